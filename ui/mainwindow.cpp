#include "mainwindow.h"

#include "alertmonitor.h"
#include "apicontext.h"
#include "apistack.h"
#include "appsettings.h"
#include "cache/cachedialog.h"
#include "cachedstats.h"
#include "charts/linkedchartsview.h"
#include "clock.h"
#include "diagnosissettings.h"
#include "fleet/dashboardpages.h"
#include "fleet/exportcontroller.h"
#include "fleet/fleetview.h"
#include "fleetcontroller.h"
#include "live/livecontroller.h"
#include "live/livepanel.h"
#include "live/nowpage.h"
#include "livemonitor.h"
#include "panels/devicepanel.h"
#include "panels/sessionview.h"
#include "toolbar/dashboardtoolbar.h"
#include "usage/usagepage.h"
#include "usageapi.h"
#include "viewtools.h"
#include "why/whytools.h"
#include "widgets/errorbanner.h"
#include "widgets/themeicon.h"
#include "windowactions.h"
#include "windowframe.h"
#include "windowstatus.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>

namespace trro {

MainWindow::MainWindow(ApiContext *context, AppSettings *settings, Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_settings(settings)
    , m_clock(Clock::orSystem(clock))
    , m_state(new ViewState(context->api(), settings, m_clock, this))
    , m_toolbar(new DashboardToolbar(this))
    , m_banner(new ErrorBanner(this))
    , m_fleet(new FleetController(context->api(), context->statistics(), this))
    , m_pages(new DashboardPages(context->api(), context->statistics(), m_fleet, this))
    , m_devicePanel(new DevicePanel(context->api(), this))
    , m_deviceDock(new QDockWidget(tr("Devices"), this))
    , m_exporter(new ExportController(settings, this))
    , m_live(new LiveController(this, context->api(), settings, m_clock))
    , m_usageApi(new UsageApi(context->scheduler(), this))
    , m_usage(new UsagePage(m_usageApi, m_state, m_clock, this))
    , m_usageAction(new QAction(tr("&Usage and licences"), this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(themedIcon(QStringLiteral("trro-dashboard"), palette()));
    setMinimumSize(960, 640);
    m_fleet->setClock(m_clock);
    m_pages->setClock(m_clock);
    m_pages->setNowPage(m_live->page());
    m_usage->setObjectName(QStringLiteral("usagePage"));
    m_pages->setUsagePage(m_usage);
    m_usageAction->setObjectName(QStringLiteral("usagePageAction"));
    m_usageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_usageAction->setToolTip(
        tr("Minutes per day by resolution tier, the month-end forecast and the licences"));
    connect(m_usageAction, &QAction::triggered, m_pages, &DashboardPages::showUsage);
    layOut();
    m_status = new WindowStatus(statusBar(), m_banner, m_fleet, context->scheduler(), this);
    statusBar()->addPermanentWidget(m_live->statusLabel());
    m_exporter->setTargetProvider([this] {
        return m_pages->exportTarget(m_state->projectLabel(), m_state->value().projectId);
    });
    buildActions();
    wireView();
    wireParts();

    restoreGeometry(m_settings->value(AppSettings::WindowGeometry));
    restoreState(m_settings->value(AppSettings::WindowState));
    setRatioThreshold(m_settings->value(AppSettings::RatioThreshold));
    // Read once: nothing changes them while the window runs (the settings file only).
    m_pages->setDiagnosisThresholds(loadDiagnosisThresholds(*m_settings));
    // What the settings restored is shown; nothing is fetched before start().
    const ViewSelection &restored = m_state->value();
    m_toolbar->setSelection(restored);
    m_devicePanel->setTimeZone(restored.timeZone());
    m_pages->setComparisonLabel(TimeRange::previousPeriodLabel(restored.preset));
    m_status->update();
}

MainWindow::~MainWindow() = default;

void MainWindow::layOut() {
    addToolBar(Qt::TopToolBarArea, m_toolbar);
    m_frame = new WindowFrame(m_pages, this);
    setCentralWidget(m_frame);
    m_frame->addBanner(m_banner);

    m_devicePanel->setObjectName(QStringLiteral("devicePanel"));
    m_deviceDock->setObjectName(QStringLiteral("devicesDock"));
    m_deviceDock->setWidget(m_devicePanel);
    m_deviceDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_deviceDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_live->dock());
}

void MainWindow::applyStartOptions(const StartOptions &options) {
    m_state->applyStartOptions(options);
}

void MainWindow::start() {
    m_started = true;
    if (!m_settings->contains(AppSettings::WindowState)) {
        resizeDocks({m_deviceDock}, {500}, Qt::Horizontal); // wide enough for every column
        resizeDocks({m_live->dock()}, {190}, Qt::Vertical); // a handful of running sessions
    }
    m_live->start();
    if (m_context->isConfigured())
        m_state->loadProjects();
}

void MainWindow::setProfiles(const QStringList &names, const QString &current) {
    m_toolbar->setProfiles(names, current);
    m_tools->setProfiles(names, current);
    updateTitle();
}

void MainWindow::showError(const ApiError &error, const QString &context) {
    m_status->showError(error, context);
}

void MainWindow::refresh() {
    Q_EMIT refreshStarted();
    if (m_state->projects().isEmpty()) {
        m_state->loadProjects();
        return;
    }
    reloadFleet();
    m_devicePanel->reload();
    m_pages->reloadCurrent();
}

LinkedCharts *MainWindow::currentCharts() const {
    return m_pages->currentCharts();
}

void MainWindow::buildActions() {
    WindowActions::Parts parts;
    parts.currentCharts = [this] { return currentCharts(); };
    parts.fleetCharts = m_pages->fleetView()->charts();
    parts.toolbar = m_toolbar;
    parts.exporter = m_exporter;
    parts.deviceDock = m_deviceDock;
    m_why = new WhyTools(this, m_context);
    addDockWidget(Qt::BottomDockWidgetArea, m_why->dock());
    tabifyDockWidget(m_live->dock(), m_why->dock());
    parts.viewActions = {m_live->nowAction(), m_live->dock()->toggleViewAction(),
                         m_live->wallAction(), m_usageAction, m_why->action()};
    parts.devicePanel = m_devicePanel;
    parts.settings = m_settings;
    m_actions = new WindowActions(this, parts);
    connect(m_actions, &WindowActions::cacheRequested, this, &MainWindow::openCacheDialog);

    m_toolbar->addSeparator();
    m_toolbar->addAction(m_exporter->exportAction());
    if (QWidget *button = m_toolbar->widgetForAction(m_exporter->exportAction()))
        button->setAccessibleName(tr("Export"));
    m_tools = new ViewTools(this, m_settings, m_context);
    connect(m_tools, &ViewTools::statusMessage, m_status, &WindowStatus::showMessage);
    connect(m_tools->alertMonitor(), &AlertMonitor::evaluated, m_live, &LiveController::setAlerts);
}

// The view state and whoever edits or shows it.
void MainWindow::wireView() {
    connect(m_context, &ApiContext::configurationChanged, this, [this] {
        m_state->clearProjects();
        if (m_started)
            m_state->loadProjects();
        updateTitle();
    });
    connect(m_state, &ViewState::changed, this, &MainWindow::showView);
    connect(m_state, &ViewState::projectsChanged, m_toolbar, &DashboardToolbar::setProjects);
    connect(m_state, &ViewState::projectsLoadingChanged, m_toolbar,
            &DashboardToolbar::setProjectsLoading);
    connect(m_state, &ViewState::projectsFailed, this,
            [this](const ApiError &error) { showError(error, tr("Loading the project list")); });
    connect(m_state, &ViewState::statusMessage, m_status, &WindowStatus::showMessage);
    connect(m_state, &ViewState::refreshDue, this, [this] {
        if (!m_fleet->isLoading())
            reloadFleet();
    });
    connect(m_toolbar, &DashboardToolbar::selectionChanged, m_state, &ViewState::set);
    connect(m_toolbar, &DashboardToolbar::refreshRequested, this, &MainWindow::refresh);
    connect(m_pages, &DashboardPages::pathChanged, m_state, &ViewState::setPath);
    connect(m_devicePanel, &DevicePanel::selectionChanged, m_state, &ViewState::setSelectedDevices);
}

void MainWindow::wireParts() {
    m_status->watch(m_context->client(), m_context->statistics(), m_exporter);
    m_status->watchStore(m_context->client(), m_context->stack()->cache());
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::refresh);
    connect(m_pages, &DashboardPages::errorOccurred, this, &MainWindow::showError);
    connect(m_pages, &DashboardPages::ratioThresholdChanged, this, &MainWindow::setRatioThreshold);
    connect(m_pages, &DashboardPages::pageChanged, this, &MainWindow::updateTitle);
    connect(m_devicePanel, &DevicePanel::deviceOpened, m_pages, &DashboardPages::openDevice);
    connect(m_devicePanel, &DevicePanel::devicesLoaded, m_pages, &DashboardPages::setDevices);
    connect(m_devicePanel, &DevicePanel::devicesLoaded, m_live,
            [this](const QList<Device> &devices) {
                QHash<QString, QString> names;
                for (const Device &d : devices) {
                    if (!d.deviceName.isEmpty())
                        names.insert(d.deviceId, d.deviceName);
                }
                m_live->setDeviceNames(names);
            });
    connect(m_live, &LiveController::nowRequested, m_pages, &DashboardPages::showNow);
    connect(m_pages, &DashboardPages::nowReloadRequested, m_live->monitor(),
            &LiveMonitor::refreshNow);
    connect(m_live, &LiveController::sessionOpened, this, [this](const RecentSession &session) {
        m_pages->openLiveSession(session, m_live->monitor()->refreshSec());
    });
    connect(m_live, &LiveController::sessionEnded, m_pages->sessionView(),
            &SessionView::liveSessionEnded);
    connect(m_devicePanel, &DevicePanel::errorOccurred, this,
            [this](const ApiError &error) { showError(error, tr("Loading the devices")); });
}

// Every part shows the new value; only what changed is fetched again.
void MainWindow::showView(const ViewSelection &value, ViewChanges what) {
    m_toolbar->setSelection(value);
    const TimeWindow window = m_state->pageContext().window; // of the device panel's column
    m_devicePanel->setRange(window.from, window.to);
    if (what & ViewChange::Project) {
        m_devicePanel->setProject(value.projectId);
        m_devicePanel->setSelectedDeviceIds(value.selectedDevices);
    }
    if (what & ViewChange::Zone) {
        m_devicePanel->setTimeZone(value.timeZone());
        m_live->setTimeZone(value.timeZone());
    }
    if (what & ViewChange::Project)
        m_live->setProject(value.projectId, m_state->projectLabel());
    if (what & (ViewChange::Project | ViewChange::Devices))
        m_fleet->setSelectedDevices(value.selectedDevices);
    m_pages->setComparisonLabel(TimeRange::previousPeriodLabel(value.preset));
    if (what & (ViewChange::Project | ViewChange::Range | ViewChange::Zone))
        m_pages->setContext(m_state->pageContext());
    if (what & (ViewChange::Project | ViewChange::Range))
        reloadFleet();
    if ((what & ViewChange::Range) && m_pages->currentPage() == DashboardPages::Page::Device)
        m_pages->reloadCurrent(); // the device view shows the chosen range too
    if (what & ViewChange::Path)
        m_pages->setPath(value.path);
    if (!m_startPage.isEmpty() && !value.projectId.isEmpty()) {
        if (m_startPage == QLatin1String("now"))
            m_pages->showNow();
        else if (m_startPage == QLatin1String("usage"))
            m_pages->showUsage();
        m_startPage.clear();
    }
    if (m_startWhyTo > m_startWhyFrom && !value.projectId.isEmpty()) {
        m_why->selectTopOnce();
        m_why->askFleet(m_startWhyFrom, m_startWhyTo);
        m_startWhyFrom = m_startWhyTo = 0;
    }
    updateTitle();
}

QStringList MainWindow::startPages() {
    return {QStringLiteral("fleet"), QStringLiteral("now"), QStringLiteral("usage")};
}

bool MainWindow::setStartPage(const QString &page) {
    if (!startPages().contains(page))
        return false;
    m_startPage = page;
    return true;
}

void MainWindow::setStartWhy(qint64 from, qint64 to) {
    m_startWhyFrom = from;
    m_startWhyTo = to;
}

void MainWindow::reloadFleet() {
    const FleetRequest request = m_state->fleetRequest();
    if (request.isValid())
        m_fleet->load(request);
    m_status->update();
}

void MainWindow::setRatioThreshold(int percent) {
    m_settings->setValue(AppSettings::RatioThreshold, percent);
    m_pages->setRatioThreshold(percent);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_settings->setValue(AppSettings::WindowGeometry, saveGeometry());
    m_settings->setValue(AppSettings::WindowState, saveState());
    m_settings->sync();
    m_fleet->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::openCacheDialog() {
    auto *dialog = new CacheDialog(m_context->statistics()->cache(), this, m_settings);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CacheDialog::cleared, this,
            [this] { m_status->showMessage(tr("The statistics cache is empty")); });
    dialog->open();
}

void MainWindow::updateTitle() {
    QString title = tr("TRRO Fleet Dashboard");
    const QString project = m_state->projectLabel();
    m_live->setProject(m_state->value().projectId, project); // its name may arrive later
    if (!project.isEmpty())
        title = project % QStringLiteral(" — ") % title;
    if (!m_context->profileName().isEmpty())
        title += QStringLiteral(" [") % m_context->profileName() % u']';
    setWindowTitle(title);
}

} // namespace trro
