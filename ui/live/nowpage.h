#pragma once

#include "livehistory.h"
#include "types.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QLabel;

namespace trro {

class KpiTile;
class LiveMonitor;
class LivePanel;

// The "Now" page of the window: the figures of the running sessions as large tiles (running,
// bad and degraded live quality, without a report), each with its trend over the last hour and
// its change against ten minutes ago, over the table of the sessions. The Now dock shows the
// same table beside the history.
class NowPage final : public QWidget {
    Q_OBJECT
public:
    static constexpr qint64 CompareAgoSec = 600;

    explicit NowPage(LiveMonitor *monitor, QWidget *parent = nullptr);

    void setDeviceNames(const QHash<QString, QString> &namesById);
    void setTimeZone(const QTimeZone &zone);
    void setProjectName(const QString &name);
    void clearHistory(); // another project: its counts start anew

    LivePanel *panel() const { return m_panel; }
    const LiveHistory &history() const { return m_history; }
    KpiTile *runningTile() const { return m_running; }
    KpiTile *badTile() const { return m_bad; }
    KpiTile *degradedTile() const { return m_degraded; }
    KpiTile *staleTile() const { return m_stale; }

Q_SIGNALS:
    void sessionOpened(const trro::RecentSession &session);

private:
    void countAnswer();
    void showCounts();

    LiveMonitor *m_monitor;
    QLabel *m_title;
    KpiTile *m_running;
    KpiTile *m_bad;
    KpiTile *m_degraded;
    KpiTile *m_stale;
    LivePanel *m_panel;
    LiveHistory m_history;
    qint64 m_counted = 0; // the answer last counted (lastSuccess)
};

} // namespace trro
