#pragma once

#include "alerthistory.h"
#include "alertrules.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace trro {

class AlertHistoryModel;
class AlertRuleEditor;
class AlertTableModel;
class ToneProxyModel;

// The alerts panel: the overall state, the state of every rule after the last refresh (worst
// first) and the changes since the start (newest first). Activating a row asks for its
// evidence (evidenceRequested), which the window shows through the view state. Under them the
// rule editor (every rule kind, its switch and numbers) and the import and export of the rules
// file (the format trro-stats check --rules reads).
class AlertsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit AlertsPanel(QWidget *parent = nullptr);

    void setAlerts(const QList<Alert> &alerts, const QList<AlertChange> &history);
    QString headline() const;
    AlertTableModel *alertModel() const { return m_alerts; }
    AlertHistoryModel *historyModel() const { return m_history; }
    QTableView *alertView() const { return m_alertView; }
    QTableView *historyView() const { return m_historyView; }
    AlertRuleEditor *ruleEditor() const { return m_editor; }
    void setRules(const AlertRules &rules); // what the rule editor shows

Q_SIGNALS:
    void evidenceRequested(const trro::Alert &alert);
    void importRulesRequested();
    void exportRulesRequested();
    void rulesEdited(const trro::AlertRules &rules); // applied in the rule editor

protected:
    void changeEvent(QEvent *event) override;

private:
    QTableView *makeView(QAbstractItemModel *model, ToneProxyModel *proxy, int stretchColumn);

    AlertTableModel *m_alerts;
    AlertHistoryModel *m_history;
    ToneProxyModel *m_alertTones;
    ToneProxyModel *m_historyTones;
    QLabel *m_headline;
    QTableView *m_alertView;
    QTableView *m_historyView;
    AlertRuleEditor *m_editor;
};

} // namespace trro
