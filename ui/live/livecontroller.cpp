#include "livecontroller.h"

#include "appsettings.h"
#include "clock.h"
#include "diagnosissettings.h"
#include "livemonitor.h"
#include "livepanel.h"
#include "livetotals.h"
#include "nowpage.h"
#include "walldisplay.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMouseEvent>
#include <QScreen>

namespace trro {
namespace {

constexpr qint64 TotalsRefreshSec = 60; // the wall's totals: two requests a minute

} // namespace

LiveController::LiveController(QMainWindow *window, TrroApi *api, AppSettings *settings,
                               Clock *clock)
    : QObject(window)
    , m_window(window)
    , m_monitor(new LiveMonitor(api, clock, this))
    , m_totals(new LiveTotals(api, clock, this))
    , m_panel(new LivePanel(m_monitor, window))
    , m_page(new NowPage(m_monitor, window))
    , m_dock(new QDockWidget(tr("Now"), window))
    , m_count(new QLabel(window))
    , m_wallAction(new QAction(tr("&Wall display"), this))
    , m_nowAction(new QAction(tr("Running sessions &page"), this))
    , m_totalsTimer(Clock::orSystem(clock)->createTimer(this)) {
    m_monitor->setRefreshSec(std::clamp(settings->value(AppSettings::LiveRefreshSeconds), 2, 3600));
    m_monitor->setThresholds(loadDiagnosisThresholds(*settings));
    m_panel->setObjectName(QStringLiteral("livePanel"));
    m_dock->setObjectName(QStringLiteral("nowDock"));
    m_dock->setWidget(m_panel);
    m_dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    m_dock->toggleViewAction()->setText(tr("&Now: running sessions"));
    m_count->setObjectName(QStringLiteral("liveCount"));
    m_count->setAccessibleName(tr("Running sessions"));
    m_wallAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_wallAction->setObjectName(QStringLiteral("wallDisplayAction"));
    m_page->setObjectName(QStringLiteral("nowPage"));
    m_nowAction->setObjectName(QStringLiteral("nowPageAction"));
    m_nowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_nowAction->setToolTip(tr("The sessions running now, with their figures over the last hour"));
    // The count in the status bar opens the page too.
    m_count->setTextFormat(Qt::PlainText);
    m_count->setCursor(Qt::PointingHandCursor);
    m_count->installEventFilter(this);

    connect(m_panel, &LivePanel::sessionOpened, this, &LiveController::sessionOpened);
    connect(m_page, &NowPage::sessionOpened, this, &LiveController::sessionOpened);
    connect(m_nowAction, &QAction::triggered, this, &LiveController::nowRequested);
    connect(m_monitor, &LiveMonitor::sessionEnded, this, &LiveController::sessionEnded);
    connect(m_monitor, &LiveMonitor::updated, this, &LiveController::updateCount);
    connect(m_wallAction, &QAction::triggered, this, &LiveController::showWall);
    connect(m_totalsTimer, &ClockTimer::timeout, this, [this] {
        m_totals->refresh();
        m_totalsTimer->start(TotalsRefreshSec * 1000000);
    });
    updateCount();
}

LiveController::~LiveController() {
    delete m_wall;
}

WallDisplay *LiveController::wall() const {
    return m_wall;
}

bool LiveController::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_count && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        Q_EMIT nowRequested();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void LiveController::setProject(const QString &projectId, const QString &projectName) {
    if (projectId != m_monitor->projectId())
        m_page->clearHistory();
    m_projectName = projectName;
    m_page->setProjectName(projectName);
    m_monitor->setScope(projectId);
    m_totals->setProject(projectId);
    if (m_wall) {
        m_wall->setProjectName(projectName);
        m_totals->refresh();
    }
    if (m_started && !m_monitor->isRunning())
        m_monitor->start();
}

void LiveController::setDeviceNames(const QHash<QString, QString> &namesById) {
    m_names = namesById;
    m_panel->setDeviceNames(namesById);
    m_page->setDeviceNames(namesById);
    if (m_wall)
        m_wall->setDeviceNames(namesById);
}

void LiveController::setTimeZone(const QTimeZone &zone) {
    m_zone = zone;
    m_panel->setTimeZone(zone);
    m_page->setTimeZone(zone);
    m_totals->setTimeZone(zone);
    if (m_wall)
        m_wall->setTimeZone(zone);
}

void LiveController::setAlerts(const QList<Alert> &alerts) {
    m_alerts = alerts;
    if (m_wall)
        m_wall->setAlerts(alerts);
}

void LiveController::start() {
    m_started = true;
    if (!m_monitor->projectId().isEmpty())
        m_monitor->start();
}

void LiveController::updateCount() {
    if (m_monitor->lastSuccess() == 0) {
        m_count->setText(m_monitor->lastError().isEmpty() ? QString() : tr("● running: ?"));
        return;
    }
    QString text = tr("● %n running", nullptr, m_monitor->roster().running());
    if (m_monitor->roster().stale() > 0)
        text += tr(", %n without a report", nullptr, m_monitor->roster().stale());
    if (!m_monitor->lastError().isEmpty())
        text += tr(" (not current)");
    m_count->setText(text);
    m_count->setToolTip(tr("Sessions running now, refreshed every %1 s; click for the Now page")
                            .arg(m_monitor->refreshSec()));
}

void LiveController::showWall() {
    if (!m_wall) {
        m_wall = new WallDisplay(m_monitor, m_totals);
        m_wall->setAttribute(Qt::WA_DeleteOnClose);
        m_wall->setProjectName(m_projectName);
        m_wall->setDeviceNames(m_names);
        m_wall->setTimeZone(m_zone);
        m_wall->setAlerts(m_alerts);
        connect(m_wall, &WallDisplay::leaveRequested, this, &LiveController::leaveWall);
    }
    m_totals->refresh();
    m_totalsTimer->start(TotalsRefreshSec * 1000000);
    // The screen of the window; without a window manager full screen is only a flag.
    if (QScreen *screen = m_window->screen())
        m_wall->setGeometry(screen->geometry());
    m_wall->showFullScreen();
    m_wall->raise();
    m_wall->activateWindow();
}

void LiveController::leaveWall() {
    m_totalsTimer->stop();
    if (m_wall)
        m_wall->close();
    m_window->show();
    m_window->activateWindow();
}

} // namespace trro
