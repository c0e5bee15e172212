#pragma once

#include "types.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace trro {

class LiveMonitor;
class LiveSessionModel;
class ToneProxyModel;

// "Now": the sessions running at this moment (a LiveMonitor's roster) in a sortable,
// filterable table, with the count, the time of the last answer and its age. A failed refresh
// keeps the rows, greyed, with what went wrong. Double-clicking a session opens it.
class LivePanel final : public QWidget {
    Q_OBJECT
public:
    explicit LivePanel(LiveMonitor *monitor, QWidget *parent = nullptr);

    void setDeviceNames(const QHash<QString, QString> &namesById);
    void setTimeZone(const QTimeZone &zone);

    LiveSessionModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    QString statusText() const; // what the line under the table says

Q_SIGNALS:
    void sessionOpened(const trro::RecentSession &session);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showRoster();
    void updateStatus();

    LiveMonitor *m_monitor;
    LiveSessionModel *m_model;
    ToneProxyModel *m_tone;
    QSortFilterProxyModel *m_sort;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace trro
