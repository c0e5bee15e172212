#pragma once

#include "causefinder.h"
#include "types.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace trro {

class CauseModel;
class SessionListModel;
class ToneProxyModel;

// The answer of the Why panel: the overview sentence, the top three significant rows as sentences,
// the table of every value (sortable, significant rows tinted) and, for the row clicked, its
// sessions in the span (a double-click opens one). Renders what it is given; asks nothing.
class WhyAnswerView final : public QWidget {
    Q_OBJECT
public:
    explicit WhyAnswerView(QWidget *parent = nullptr);

    // names: DeviceName by DeviceId (vehicles and cockpits).
    void setReport(const CauseReport &report, const QHash<QString, QString> &names);
    void clear();
    // The sessions of the row clicked; title says whose they are.
    void setSessions(const QString &title, const QList<DeviceSession> &sessions);
    void setTimeZone(const QTimeZone &zone);

    CauseModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableView *sessionTable() const { return m_sessionTable; }
    SessionListModel *sessionModel() const { return m_sessions; }
    QString overviewText() const;
    QString sentencesText() const;
    // The report row of the table's current row; -1: none.
    int currentReportRow() const;

Q_SIGNALS:
    void rowSelected(int reportRow); // -1: the selection was cleared
    void sessionActivated(const trro::DeviceSession &session);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildTables();

    CauseModel *m_model;
    ToneProxyModel *m_tone;
    QSortFilterProxyModel *m_sorter;
    SessionListModel *m_sessions;
    QLabel *m_overview;
    QLabel *m_sentences;
    QTableView *m_table = nullptr;
    QLabel *m_sessionsTitle;
    QTableView *m_sessionTable = nullptr;
};

} // namespace trro
