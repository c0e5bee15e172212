#include "dashboardpages.h"

#include "charts/linkedchartsview.h"
#include "charts/sessionchartsview.h"
#include "exportcontroller.h"
#include "fleetcontroller.h"
#include "fleetview.h"
#include "modelformat.h"
#include "panels/deviceview.h"
#include "panels/intervalbreakdownpanel.h"
#include "panels/sessionview.h"
#include "sessionlistmodel.h"
#include "usage/usagechartsview.h"
#include "usage/usagepage.h"
#include "widgets/breadcrumbbar.h"

#include <QStackedWidget>
#include <QStringBuilder>
#include <QVBoxLayout>

namespace trro {
namespace {

// A stack as small as the page it shows: QStackedWidget asks for the largest minimum of all
// its pages, so the Usage page's height, hidden, kept the bottom docks (the Why panel) from
// growing over the fleet view.
class CurrentPageStack final : public QStackedWidget {
public:
    explicit CurrentPageStack(QWidget *parent)
        : QStackedWidget(parent) {
        connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
    }
    QSize minimumSizeHint() const override {
        const QWidget *page = currentWidget();
        return page ? page->minimumSizeHint().expandedTo(page->minimumSize())
                    : QStackedWidget::minimumSizeHint();
    }
};

} // namespace

DashboardPages::DashboardPages(TrroApi *api, CachedStats *statistics, FleetController *fleet,
                               QWidget *parent)
    : QWidget(parent)
    , m_fleetView(new FleetView(fleet, this))
    , m_breakdown(new IntervalBreakdownPanel(api, statistics, this))
    , m_deviceView(new DeviceView(api, statistics, this))
    , m_sessionView(new SessionView(api, this))
    , m_crumbs(new BreadcrumbBar(this))
    , m_stack(new CurrentPageStack(this)) {
    m_crumbs->setAccessibleName(tr("Location"));
    m_breakdown->setObjectName(QStringLiteral("intervalBreakdown"));
    m_deviceView->setObjectName(QStringLiteral("deviceView"));
    m_sessionView->setObjectName(QStringLiteral("sessionView"));
    m_stack->addWidget(m_fleetView);
    m_stack->addWidget(m_breakdown);
    m_stack->addWidget(m_deviceView);
    m_stack->addWidget(m_sessionView);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 6); // every page gets the same margins
    layout->setSpacing(0);
    auto *crumbRow = new QVBoxLayout;
    crumbRow->setContentsMargins(0, 0, 0, 8);
    crumbRow->addWidget(m_crumbs);
    layout->addLayout(crumbRow);
    layout->addWidget(m_stack, 1);

    connect(m_fleetView->charts(), &LinkedChartsView::intervalActivated, this,
            &DashboardPages::openInterval);
    connect(m_deviceView, &DeviceView::intervalActivated, this, &DashboardPages::openInterval);
    connect(m_breakdown, &IntervalBreakdownPanel::deviceOpened, this, &DashboardPages::openDevice);
    connect(m_deviceView, &DeviceView::sessionActivated, this, &DashboardPages::openSession);
    connect(m_crumbs, &BreadcrumbBar::crumbActivated, this, &DashboardPages::goToCrumb);
    connect(m_breakdown, &IntervalBreakdownPanel::thresholdChanged, this,
            &DashboardPages::ratioThresholdChanged);
    connect(m_breakdown, &IntervalBreakdownPanel::errorOccurred, this,
            [this](const ApiError &error) {
                Q_EMIT errorOccurred(error, tr("Loading the interval breakdown"));
            });
    connect(m_deviceView, &DeviceView::errorOccurred, this, [this](const ApiError &error) {
        Q_EMIT errorOccurred(error,
                             tr("Loading the device %1").arg(m_deviceView->device().deviceId));
    });

    connect(m_sessionView, &SessionView::errorOccurred, this, [this](const ApiError &error) {
        Q_EMIT errorOccurred(error,
                             tr("Loading the session %1").arg(m_sessionView->session().sessionId));
    });

    m_trail = {Page::Fleet};
    m_crumbs->setCrumbs({tr("Fleet")});
}

void DashboardPages::setContext(const PageContext &context) {
    const bool projectChanged = context.projectId != m_context.projectId;
    const bool zoneChanged = context.zone != m_context.zone;
    m_context = context;
    m_fleetView->setTimeZone(context.zone);
    if (projectChanged) {
        m_devices.clear();
        m_names.clear();
        showFleet();
    } else if (zoneChanged && (currentPage() == Page::Device || currentPage() == Page::Session)) {
        reloadCurrent();
    }
}

void DashboardPages::setDevices(const QList<Device> &devices) {
    m_devices = devices;
    m_names.clear();
    for (const Device &device : devices)
        m_names.insert(device.deviceId, device.deviceName);
    m_fleetView->setDeviceNames(m_names);
    m_deviceView->setDeviceNames(m_names);
    if (m_usagePage)
        m_usagePage->setDeviceNames(m_names);
    m_sessionView->setDeviceNames(m_names);
}

void DashboardPages::setRatioThreshold(int percent) {
    m_fleetView->charts()->setRatioThreshold(percent);
    m_deviceView->setRatioThreshold(percent);
    if (m_breakdown->threshold() != percent)
        m_breakdown->setThreshold(percent);
}

void DashboardPages::setComparisonLabel(const QString &label) {
    m_fleetView->setComparisonLabel(label);
}

void DashboardPages::openInterval(qint64 start, qint64 end) {
    if (m_context.projectId.isEmpty() || end <= start)
        return;
    m_deviceView->cancel();
    m_sessionView->cancel();
    m_intervalStart = start;
    m_intervalEnd = end;
    m_breakdown->start(m_context.projectId, m_context.interval, start, end, m_devices,
                       m_context.zone);
    show(Page::Interval, {tr("Fleet"), formatTimeRange(start, end, m_context.zone)});
}

void DashboardPages::openDevice(const QString &deviceId) {
    if (m_context.projectId.isEmpty() || deviceId.isEmpty())
        return;
    Device device;
    for (const Device &d : std::as_const(m_devices)) {
        if (d.deviceId == deviceId) {
            device = d;
            break;
        }
    }
    if (device.deviceId.isEmpty())
        device.deviceId = deviceId;
    m_deviceView->open(m_context.projectId, device, m_context.interval, m_context.window.from,
                       m_context.window.to, m_context.zone);
    QStringList crumbs{tr("Fleet")};
    const bool viaInterval = m_trail.contains(Page::Interval) && currentPage() != Page::Fleet;
    if (viaInterval)
        crumbs << formatTimeRange(m_intervalStart, m_intervalEnd, m_context.zone);
    crumbs << deviceLabel(deviceId);
    show(Page::Device, crumbs);
}

void DashboardPages::setNowPage(QWidget *page) {
    if (m_nowPage || !page)
        return;
    m_nowPage = page;
    m_stack->addWidget(page);
}

void DashboardPages::showNow() {
    if (!m_nowPage)
        return;
    m_deviceView->cancel();
    m_sessionView->cancel();
    m_breakdown->cancel();
    show(Page::Now, {tr("Fleet"), tr("Now")});
}

void DashboardPages::setUsagePage(UsagePage *page) {
    if (m_usagePage || !page)
        return;
    m_usagePage = page;
    m_usagePage->setDeviceNames(m_names);
    m_stack->addWidget(page);
    connect(page, &UsagePage::deviceOpened, this, &DashboardPages::openDevice);
    connect(page, &UsagePage::projectRequested, this, [this] {
        showFleet();
        showUsage();
    });
    connect(page, &UsagePage::errorOccurred, this, [this](const ApiError &error) {
        Q_EMIT errorOccurred(error, tr("Loading the usage and licences"));
    });
}

void DashboardPages::showUsage() {
    if (!m_usagePage || currentPage() == Page::Usage)
        return;
    QStringList crumbs{tr("Fleet")};
    m_usagePath = DrillPath::fleet();
    if (currentPage() == Page::Device || currentPage() == Page::Session) {
        const QString deviceId = m_deviceView->device().deviceId;
        m_usagePath.level = DrillPath::Level::Device;
        m_usagePath.deviceId = deviceId;
        crumbs << deviceLabel(deviceId);
    }
    m_sessionView->cancel();
    m_breakdown->cancel();
    crumbs << tr("Usage");
    show(Page::Usage, crumbs);
}

void DashboardPages::goToCrumb(int level) {
    if (level < 0 || level >= m_trail.size())
        return;
    const Page page = m_trail.at(level);
    QStringList crumbs = m_crumbs->crumbs().mid(0, level + 1);
    if (page != Page::Device)
        m_deviceView->cancel();
    if (page != Page::Session)
        m_sessionView->cancel();
    if (page == Page::Fleet)
        m_breakdown->cancel(); // frees the rate limit for the fleet
    show(page, crumbs);
}

void DashboardPages::reloadCurrent() {
    switch (currentPage()) {
    case Page::Fleet:
        break;
    case Page::Interval:
        m_breakdown->start(m_context.projectId, m_context.interval, m_intervalStart, m_intervalEnd,
                           m_devices, m_context.zone);
        break;
    case Page::Device:
        m_deviceView->open(m_context.projectId, m_deviceView->device(), m_context.interval,
                           m_context.window.from, m_context.window.to, m_context.zone);
        break;
    case Page::Session:
        m_sessionView->open(m_sessionView->session(), m_context.zone);
        break;
    case Page::Now:
        Q_EMIT nowReloadRequested();
        break;
    case Page::Usage:
        m_usagePage->reload();
        break;
    }
}

DashboardPages::Page DashboardPages::currentPage() const {
    if (m_stack->currentWidget() == m_breakdown)
        return Page::Interval;
    if (m_stack->currentWidget() == m_deviceView)
        return Page::Device;
    if (m_stack->currentWidget() == m_sessionView)
        return Page::Session;
    if (m_nowPage && m_stack->currentWidget() == m_nowPage)
        return Page::Now;
    if (m_usagePage && m_stack->currentWidget() == m_usagePage)
        return Page::Usage;
    return Page::Fleet;
}

LinkedCharts *DashboardPages::currentCharts() const {
    switch (currentPage()) {
    case Page::Fleet:
        return m_fleetView->charts();
    case Page::Device:
        return m_deviceView->charts();
    case Page::Session:
        return m_sessionView->charts();
    case Page::Usage:
        return m_usagePage->charts();
    case Page::Interval:
    case Page::Now:
        break;
    }
    return nullptr;
}

QWidget *DashboardPages::currentPageWidget() const {
    return m_stack->currentWidget();
}

QString DashboardPages::currentTitle() const {
    switch (currentPage()) {
    case Page::Fleet:
        return tr("Fleet statistics");
    case Page::Interval:
        return tr("Interval breakdown, %1")
            .arg(formatTimeRange(m_intervalStart, m_intervalEnd, m_context.zone));
    case Page::Device:
        return tr("Device %1").arg(deviceLabel(m_deviceView->device().deviceId));
    case Page::Session:
        return tr("Session %1").arg(m_sessionView->session().sessionId);
    case Page::Now:
        return tr("Running sessions");
    case Page::Usage:
        return m_usagePage->title();
    }
    return {};
}

void DashboardPages::show(Page page, const QStringList &crumbs) {
    const Page before = currentPage();
    m_trail.clear();
    for (int i = 0; i < crumbs.size(); ++i) {
        if (i == 0)
            m_trail << Page::Fleet;
        else if (i == crumbs.size() - 1)
            m_trail << page;
        else if ((page == Page::Session || page == Page::Usage) && i == crumbs.size() - 2)
            m_trail << Page::Device; // a session, a device's usage: opened from the device
        else
            m_trail << Page::Interval;
    }
    m_crumbs->setCrumbs(crumbs);
    switch (page) {
    case Page::Fleet:
        m_stack->setCurrentWidget(m_fleetView);
        break;
    case Page::Interval:
        m_stack->setCurrentWidget(m_breakdown);
        break;
    case Page::Device:
        m_stack->setCurrentWidget(m_deviceView);
        break;
    case Page::Session:
        m_stack->setCurrentWidget(m_sessionView);
        break;
    case Page::Now:
        m_stack->setCurrentWidget(m_nowPage);
        break;
    case Page::Usage:
        m_stack->setCurrentWidget(m_usagePage);
        break;
    }
    if (page != before)
        Q_EMIT pageChanged(page);
    notePath();
}

DrillPath DashboardPages::path() const {
    DrillPath path;
    const Page page = currentPage();
    if (page == Page::Fleet || page == Page::Now) // links and saved views keep the history
        return path;
    if (page == Page::Usage) // the device whose usage it shows, or the fleet
        return m_usagePath;
    if (m_trail.contains(Page::Interval)) {
        path.intervalStart = m_intervalStart;
        path.intervalEnd = m_intervalEnd;
    }
    if (page == Page::Interval) {
        path.level = DrillPath::Level::Interval;
        return path;
    }
    path.level = DrillPath::Level::Device;
    path.deviceId = m_deviceView->device().deviceId;
    if (page == Page::Session) {
        path.level = DrillPath::Level::Session;
        path.sessionId = m_sessionView->session().sessionId;
    }
    return path;
}

void DashboardPages::setPath(const DrillPath &path) {
    if (path == this->path())
        return;
    const bool viaInterval = path.intervalEnd > path.intervalStart;
    if (path.level == DrillPath::Level::Fleet || (!viaInterval && path.deviceId.isEmpty())) {
        showFleet();
        return;
    }
    if (viaInterval) {
        showFleet();
        openInterval(path.intervalStart, path.intervalEnd);
    } else if (currentPage() != Page::Fleet) {
        showFleet();
    }
    if (path.level == DrillPath::Level::Interval || path.deviceId.isEmpty())
        return;
    openDevice(path.deviceId);
    if (path.level == DrillPath::Level::Session && !path.sessionId.isEmpty())
        openSession(path.sessionId);
}

void DashboardPages::notePath() {
    const DrillPath now = path();
    if (now == m_reported)
        return;
    m_reported = now;
    Q_EMIT pathChanged(now);
}

void DashboardPages::openSession(const QString &sessionId) {
    if (sessionId.isEmpty())
        return;
    DeviceSession session;
    for (const DeviceSession &s : m_deviceView->sessionModel()->sessions()) {
        if (s.sessionId == sessionId) {
            session = s;
            break;
        }
    }
    session.sessionId = sessionId;
    QStringList crumbs = m_crumbs->crumbs();
    if (currentPage() == Page::Session)
        crumbs.removeLast(); // one session crumb at a time
    else if (currentPage() != Page::Device)
        return; // sessions are opened from their device
    m_sessionView->open(session, m_context.zone);
    crumbs << tr("Session %1").arg(sessionId);
    show(Page::Session, crumbs);
}

void DashboardPages::openLiveSession(const RecentSession &running, qint64 refreshSec) {
    if (running.sessionId.isEmpty())
        return;
    DeviceSession session;
    session.sessionId = running.sessionId;
    session.fieldDeviceId = running.fieldDeviceId;
    session.remoteDeviceId = running.remoteDeviceId;
    session.resolution = running.resolution;
    session.startTime = running.startTime;
    openViaVehicle(session, true, refreshSec);
}

void DashboardPages::openSessionOf(const DeviceSession &session) {
    if (!session.sessionId.isEmpty())
        openViaVehicle(session, false, 0);
}

void DashboardPages::openViaVehicle(const DeviceSession &session, bool live, qint64 refreshSec) {
    openDevice(session.fieldDeviceId);
    if (currentPage() != Page::Device)
        return; // no project open
    QStringList crumbs = m_crumbs->crumbs();
    if (live) {
        m_sessionView->openLive(session, m_context.zone, refreshSec);
        crumbs << tr("Session %1 (live)").arg(session.sessionId);
    } else {
        m_sessionView->open(session, m_context.zone);
        crumbs << tr("Session %1").arg(session.sessionId);
    }
    show(Page::Session, crumbs);
}

void DashboardPages::setClock(Clock *clock) {
    m_deviceView->setClock(clock);
    m_sessionView->setClock(clock);
}

void DashboardPages::setDiagnosisThresholds(const DiagnosisThresholds &thresholds) {
    m_sessionView->setThresholds(thresholds);
}

QString DashboardPages::deviceLabel(const QString &deviceId) const {
    const QString name = m_names.value(deviceId);
    return name.isEmpty() || name == deviceId ? deviceId : name;
}

ExportTarget DashboardPages::exportTarget(const QString &projectLabel,
                                          const QString &projectId) const {
    ExportTarget target;
    target.charts = currentCharts();
    target.page = currentPageWidget();
    target.header.title = currentTitle();
    target.header.project = projectLabel;
    if (target.charts && target.charts->isStale())
        target.header.note = tr("Stale data: the last refresh failed");
    target.fileStem = QStringLiteral("trro-") % projectId;
    if (currentPage() == Page::Session) {
        SessionView *session = m_sessionView;
        target.writeCsv = [session](const QString &path, QString *error) {
            return session->writeCsv(path, error);
        };
        target.fileStem = QStringLiteral("trro-session-") % session->session().sessionId;
    } else if (currentPage() == Page::Usage) {
        UsagePage *usage = m_usagePage;
        target.writeCsv = [usage](const QString &path, QString *error) {
            return usage->writeCsv(path, error);
        };
        target.fileStem = usage->fileStem();
    }
    return target;
}

} // namespace trro
