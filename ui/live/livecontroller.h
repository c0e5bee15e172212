#pragma once

#include "alertengine.h"
#include "types.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;

namespace trro {

class AppSettings;
class Clock;
class ClockTimer;
class LiveMonitor;
class LivePanel;
class LiveTotals;
class NowPage;
class TrroApi;
class WallDisplay;

// The present in the dashboard window: the running sessions of the open project (a
// LiveMonitor refreshed every live/refreshSeconds through the shared scheduler), the "Now"
// page and dock that list them, their count in the status bar and View › Wall display.
class LiveController final : public QObject {
    Q_OBJECT
public:
    // clock: the refreshes' and the totals' (nullptr: the system's).
    LiveController(QMainWindow *window, TrroApi *api, AppSettings *settings,
                   Clock *clock = nullptr);
    ~LiveController() override;

    void setProject(const QString &projectId, const QString &projectName);
    void setDeviceNames(const QHash<QString, QString> &namesById);
    void setTimeZone(const QTimeZone &zone);
    void setAlerts(const QList<Alert> &alerts);
    void start(); // refreshing begins once a project is set

    LiveMonitor *monitor() const { return m_monitor; }
    LivePanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    NowPage *page() const { return m_page; } // for the window's pages; nowRequested() shows it
    QAction *nowAction() const { return m_nowAction; }
    QLabel *statusLabel() const { return m_count; }
    QAction *wallAction() const { return m_wallAction; }
    WallDisplay *wall() const; // nullptr unless shown

    void showWall(); // full screen; Esc leaves it
    void leaveWall();

Q_SIGNALS:
    void sessionOpened(const trro::RecentSession &session);
    void sessionEnded(const QString &sessionId);
    void nowRequested(); // the Now page: View › Now, or a click on the count in the status bar

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();

    QMainWindow *m_window;
    LiveMonitor *m_monitor;
    LiveTotals *m_totals;
    LivePanel *m_panel;
    NowPage *m_page;
    QDockWidget *m_dock;
    QLabel *m_count;
    QAction *m_wallAction;
    QAction *m_nowAction;
    QPointer<WallDisplay> m_wall;
    ClockTimer *m_totalsTimer; // the wall's totals, while it is shown
    QString m_projectName;
    QHash<QString, QString> m_names;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<Alert> m_alerts;
    bool m_started = false;
};

} // namespace trro
