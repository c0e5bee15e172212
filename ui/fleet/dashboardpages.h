#pragma once

#include "apierror.h"
#include "sessiondiagnosis.h"
#include "timerange.h"
#include "types.h"
#include "viewstate.h"

#include <QHash>
#include <QWidget>

class QStackedWidget;

namespace trro {

class BreadcrumbBar;
class DeviceView;
class FleetController;
class FleetView;
class IntervalBreakdownPanel;
class LinkedCharts;
class LinkedChartsView;
class CachedStats;
class Clock;
class SessionView;
class TrroApi;
class UsagePage;
struct ExportTarget;

// The drill-down: breadcrumbs (Fleet › interval › device › session) over a stack of pages —
// the fleet view, the interval breakdown, the device view and the session view. Clicking an
// interval in any chart opens its breakdown; opening a device opens its view; activating a
// session in the device view opens its session view; a crumb goes back. The "Now" page (the
// running sessions) sits beside the drill-down, under the fleet's crumb; the Usage page (minutes
// by tier, licences) under the fleet's crumb for the project, under the device's for a device.
class DashboardPages final : public QWidget {
    Q_OBJECT
public:
    enum class Page { Fleet, Interval, Device, Session, Now, Usage };

    DashboardPages(TrroApi *api, CachedStats *statistics, FleetController *fleet,
                   QWidget *parent = nullptr);

    void setContext(const PageContext &context);
    PageContext context() const { return m_context; }
    // The project's devices (for the breakdown and for the names in charts and crumbs).
    void setDevices(const QList<Device> &devices);
    void setRatioThreshold(int percent);
    void setComparisonLabel(const QString &label);

    void openInterval(qint64 start, qint64 end);
    void openDevice(const QString &deviceId);
    // A session of the device view's list (its row gives quality, peers and times).
    void openSession(const QString &sessionId);
    // A running session (from the "Now" list): its vehicle, then the session tailed live.
    void openLiveSession(const RecentSession &session, qint64 refreshSec);
    // A session from elsewhere (the Why panel's list): its vehicle, then the session.
    void openSessionOf(const DeviceSession &session);
    void setDiagnosisThresholds(const DiagnosisThresholds &thresholds);
    // The clock of the device view's and the session view's time (nullptr: the system's).
    void setClock(Clock *clock);
    // The page of the running sessions (made by the window's live part); shown by showNow().
    void setNowPage(QWidget *page);
    void showNow();
    // The page of usage and licences (made by the window); showUsage() shows it for the
    // device on screen (device or session view), else for the project.
    void setUsagePage(UsagePage *page);
    void showUsage();
    UsagePage *usagePage() const { return m_usagePage; }
    void goToCrumb(int level);
    // Where the user is, and going there (a saved view, a link): pathChanged() follows every
    // move, made here or by the user.
    DrillPath path() const;
    void setPath(const DrillPath &path);
    void showFleet() { goToCrumb(0); }
    // F5 on a drill-down page: fetch its data again.
    void reloadCurrent();

    Page currentPage() const;
    LinkedCharts *currentCharts() const; // the charts on screen (nullptr on the breakdown)
    QWidget *currentPageWidget() const;
    QString currentTitle() const; // for export headers
    // What the Export menu exports on the page shown: its charts, the page, the session's
    // samples on the session page, a header and a file name.
    ExportTarget exportTarget(const QString &projectLabel, const QString &projectId) const;

    FleetView *fleetView() const { return m_fleetView; }
    IntervalBreakdownPanel *breakdownPanel() const { return m_breakdown; }
    DeviceView *deviceView() const { return m_deviceView; }
    SessionView *sessionView() const { return m_sessionView; }
    BreadcrumbBar *breadcrumbs() const { return m_crumbs; }

Q_SIGNALS:
    void pageChanged(trro::DashboardPages::Page page);
    void pathChanged(const trro::DrillPath &path);
    void errorOccurred(const trro::ApiError &error, const QString &context);
    void ratioThresholdChanged(int percent);
    void nowReloadRequested(); // F5 on the Now page

private:
    void show(Page page, const QStringList &crumbs);
    QString deviceLabel(const QString &deviceId) const;
    void notePath();
    // Opens the session's vehicle, then the session under it (live: tailed every refreshSec).
    void openViaVehicle(const DeviceSession &session, bool live, qint64 refreshSec);

    FleetView *m_fleetView;
    IntervalBreakdownPanel *m_breakdown;
    DeviceView *m_deviceView;
    SessionView *m_sessionView;
    QWidget *m_nowPage = nullptr;
    UsagePage *m_usagePage = nullptr;
    DrillPath m_usagePath; // the device the Usage page was opened for (Device level), or none
    BreadcrumbBar *m_crumbs;
    QStackedWidget *m_stack;
    PageContext m_context;
    QList<Device> m_devices;
    QHash<QString, QString> m_names;
    QList<Page> m_trail; // the page of each crumb (a session crumb has none)
    qint64 m_intervalStart = 0;
    qint64 m_intervalEnd = 0;
    DrillPath m_reported;
};

} // namespace trro
