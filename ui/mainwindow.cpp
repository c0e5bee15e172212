#include "mainwindow.h"

#include "apiclient.h"
#include "apicontext.h"
#include "appsettings.h"
#include "apptheme.h"
#include "cache/cachedialog.h"
#include "cachedstats.h"
#include "charts/linkedchartsview.h"
#include "fleet/dashboardpages.h"
#include "fleet/exportcontroller.h"
#include "fleet/fleetview.h"
#include "fleetcontroller.h"
#include "panels/devicepanel.h"
#include "panels/sessionview.h"
#include "requestscheduler.h"
#include "toolbar/dashboardtoolbar.h"
#include "trroapi.h"
#include "widgets/errorbanner.h"
#include "widgets/themeicon.h"
#include "windowactions.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace trro {

MainWindow::MainWindow(ApiContext *context, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_settings(settings)
    , m_toolbar(new DashboardToolbar(this))
    , m_banner(new ErrorBanner(this))
    , m_fleet(new FleetController(context->api(), this))
    , m_pages(new DashboardPages(context->api(), m_fleet, this))
    , m_devicePanel(new DevicePanel(context->api(), this))
    , m_deviceDock(new QDockWidget(tr("Devices"), this))
    , m_exporter(new ExportController(settings, this))
    , m_autoRefresh(new QTimer(this))
    , m_statusTimer(new QTimer(this))
    , m_statusText(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_busy(new QProgressBar(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(themedIcon(QStringLiteral("trro-dashboard"), palette()));
    setMinimumSize(960, 640);
    addToolBar(Qt::TopToolBarArea, m_toolbar);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_bannerArea = new QVBoxLayout;
    m_bannerArea->setSpacing(0);
    layout->addLayout(m_bannerArea);
    m_content = new QStackedWidget(central);
    m_content->addWidget(m_pages);
    layout->addWidget(m_content, 1);
    setCentralWidget(central);
    addBanner(m_banner);

    m_devicePanel->setObjectName(QStringLiteral("devicePanel"));
    m_deviceDock->setObjectName(QStringLiteral("devicesDock"));
    m_deviceDock->setWidget(m_devicePanel);
    m_deviceDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_deviceDock);

    m_busy->setRange(0, 0);
    m_busy->setFixedSize(110, 10);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    m_statusText->setTextFormat(Qt::PlainText); // may quote the service's messages
    m_updated->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_updated);
    m_statusTimer->setInterval(300);

    m_exporter->setTargetProvider([this] {
        ExportTarget target;
        target.charts = currentCharts();
        target.page = m_pages->currentPageWidget();
        target.header.title = m_pages->currentTitle();
        target.header.project = projectLabel();
        if (target.charts && target.charts->isStale())
            target.header.note = tr("Stale data: the last refresh failed");
        target.fileStem = QStringLiteral("trro-") % m_toolbar->currentProjectId();
        if (m_pages->currentPage() == DashboardPages::Page::Session) {
            SessionView *session = m_pages->sessionView();
            target.writeCsv = [session](const QString &path, QString *error) {
                return session->writeCsv(path, error);
            };
            target.fileStem = QStringLiteral("trro-session-") % session->session().sessionId;
        }
        return target;
    });

    buildActions();
    wireSignals();
    restoreSettings();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::applyStartOptions(const StartOptions &options) {
    m_start = options;
    ViewSelection selection = m_toolbar->selection();
    if (!options.projectId.isEmpty())
        selection.projectId = options.projectId;
    if (options.interval)
        selection.interval = *options.interval;
    if (options.range) {
        selection.preset = RangePreset::Custom;
        selection.custom = *options.range;
    }
    m_toolbar->setSelection(selection);
    m_pages->setComparisonLabel(TimeRange::previousPeriodLabel(selection.preset));
}

void MainWindow::start() {
    m_started = true;
    if (!m_settings->contains(AppSettings::WindowState))
        resizeDocks({m_deviceDock}, {500}, Qt::Horizontal); // wide enough for every column
    if (m_context->isConfigured())
        loadProjects();
}

void MainWindow::setProfiles(const QStringList &names, const QString &current) {
    m_toolbar->setProfiles(names, current);
    updateTitle();
}

void MainWindow::showError(const ApiError &error, const QString &context) {
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    m_banner->showError(error, context);
    m_banner->setStaleSince(m_fleet->isStale() ? m_fleet->data().fetchedAt : QDateTime());
    updateStatus();
}

void MainWindow::refresh() {
    Q_EMIT refreshStarted();
    if (m_projects.isEmpty()) {
        loadProjects();
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
    parts.devicePanel = m_devicePanel;
    parts.settings = m_settings;
    m_actions = new WindowActions(this, parts);
    connect(m_actions, &WindowActions::aboutRequested, this, &MainWindow::showAbout);

    m_toolbar->addSeparator();
    m_toolbar->addAction(m_exporter->exportAction());
    if (QWidget *button = m_toolbar->widgetForAction(m_exporter->exportAction()))
        button->setAccessibleName(tr("Export"));
}

void MainWindow::wireSignals() {
    connect(m_context, &ApiContext::configurationChanged, this, [this] {
        m_projects.clear();
        if (m_started)
            loadProjects();
        updateTitle();
    });
    connect(m_context->client(), &ApiClient::clockSkewCorrected, this, [this](qint64 seconds) {
        showStatusMessage(tr("This computer's clock differs from the service's by %n s; requests "
                             "now use the service's time. Enable time synchronisation (NTP).",
                             nullptr, int(seconds)));
    });
    connect(m_toolbar, &DashboardToolbar::projectActivated, this, &MainWindow::selectProject);
    connect(m_toolbar, &DashboardToolbar::rangeChanged, this, [this] {
        m_pages->setComparisonLabel(TimeRange::previousPeriodLabel(m_toolbar->selection().preset));
        saveSelection();
        reloadFleet();
        if (m_pages->currentPage() == DashboardPages::Page::Device)
            m_pages->reloadCurrent(); // the device view shows the chosen range too
    });
    connect(m_toolbar, &DashboardToolbar::timeZoneChanged, this, [this] {
        saveSelection();
        m_devicePanel->setTimeZone(m_toolbar->timeZone());
        PageContext context = m_pages->context();
        context.zone = m_toolbar->timeZone();
        m_pages->setContext(context);
    });
    connect(m_toolbar, &DashboardToolbar::refreshRequested, this, &MainWindow::refresh);
    connect(m_toolbar, &DashboardToolbar::timeLockToggled, this, [this](bool locked) {
        showStatusMessage(locked ? tr("Time locked: refreshes keep this period")
                                 : tr("Time unlocked: the range follows the clock again"));
        if (!locked)
            reloadFleet();
    });
    connect(m_toolbar, &DashboardToolbar::autoRefreshChanged, this, [this](int seconds) {
        saveSelection();
        if (seconds > 0)
            m_autoRefresh->start(seconds * 1000);
        else
            m_autoRefresh->stop();
    });
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (!m_fleet->isLoading())
            reloadFleet();
    });

    connect(m_fleet, &FleetController::errorOccurred, this, &MainWindow::showError);
    connect(m_fleet, &FleetController::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_fleet, &FleetController::staleChanged, this, [this](bool stale) {
        m_banner->setStaleSince(stale ? m_fleet->data().fetchedAt : QDateTime());
        updateStatus();
    });
    connect(m_fleet, &FleetController::dataChanged, this, [this] {
        if (m_fleet->data().offline) {
            // From the cache: the banner that says why stays, with the age of the data.
            m_banner->setStaleSince(m_fleet->data().fetchedAt);
        } else if (!m_banner->isHidden() && m_banner->error().kind != ApiError::Kind::Usage) {
            m_banner->dismiss(); // a good answer supersedes an earlier failure
        }
        updateStatus();
    });
    CachedStats *statistics = CachedStats::of(m_context->api());
    connect(statistics, &CachedStats::warning, this, [this](const QString &message) {
        showError(ApiError::make(ApiError::Kind::Usage, QStringLiteral("Cache.Warning"), message),
                  tr("Statistics cache"));
    });
    connect(m_actions, &WindowActions::cacheRequested, this, [this, statistics] {
        auto *dialog = new CacheDialog(statistics->cache(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CacheDialog::cleared, this,
                [this] { showStatusMessage(tr("The statistics cache is empty")); });
        dialog->open();
    });
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::refresh);
    connect(m_pages, &DashboardPages::errorOccurred, this, &MainWindow::showError);
    connect(m_pages, &DashboardPages::ratioThresholdChanged, this, &MainWindow::setRatioThreshold);
    connect(m_pages, &DashboardPages::pageChanged, this, &MainWindow::updateTitle);

    connect(m_devicePanel, &DevicePanel::selectionChanged, this, &MainWindow::onDeviceSelection);
    connect(m_devicePanel, &DevicePanel::deviceOpened, m_pages, &DashboardPages::openDevice);
    connect(m_devicePanel, &DevicePanel::devicesLoaded, this,
            [this](const QList<Device> &devices) { m_pages->setDevices(devices); });
    connect(m_devicePanel, &DevicePanel::errorOccurred, this,
            [this](const ApiError &error) { showError(error, tr("Loading the devices")); });

    connect(m_exporter, &ExportController::exported, this, [this](const QString &path) {
        showStatusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_exporter, &ExportController::copied, this,
            [this] { showStatusMessage(tr("Copied to the clipboard")); });
    connect(m_exporter, &ExportController::failed, this, [this](const QString &message) {
        showError(ApiError::make(ApiError::Kind::Usage, QStringLiteral("Export.Failed"), message),
                  tr("Export failed"));
    });
}

void MainWindow::restoreSettings() {
    restoreGeometry(m_settings->value(AppSettings::WindowGeometry));
    restoreState(m_settings->value(AppSettings::WindowState));
    const ViewSelection selection = loadViewSelection(*m_settings);
    m_toolbar->setSelection(selection);
    if (selection.autoRefreshSeconds > 0)
        m_autoRefresh->start(selection.autoRefreshSeconds * 1000);
    setRatioThreshold(m_settings->value(AppSettings::RatioThreshold));
    m_devicePanel->setTimeZone(m_toolbar->timeZone());
    m_pages->setComparisonLabel(TimeRange::previousPeriodLabel(selection.preset));
}

void MainWindow::saveSelection() {
    saveViewSelection(m_settings, m_toolbar->selection());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_settings->setValue(AppSettings::WindowGeometry, saveGeometry());
    m_settings->setValue(AppSettings::WindowState, saveState());
    saveSelection();
    m_settings->sync();
    m_fleet->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::loadProjects() {
    delete m_projectsRequest;
    if (!m_context->isConfigured())
        return;
    m_projectsRequest = new QObject(this);
    m_toolbar->setProjectsLoading(true);
    showStatusMessage(tr("Loading the projects…"));
    m_context->api()->projects(
        m_projectsRequest,
        [this](const Result<QList<Project>> &result) {
            m_projectsRequest->deleteLater();
            if (result.ok()) {
                onProjectsLoaded(result.value());
                return;
            }
            m_toolbar->setProjects(m_projects);
            showStatusMessage(QString());
            showError(result.error(), tr("Loading the project list"));
            const QString wanted = m_start.projectId.isEmpty()
                                       ? m_settings->value(AppSettings::ProjectId)
                                       : m_start.projectId;
            const ApiError::Kind kind = result.error().kind;
            const bool unreachable = kind == ApiError::Kind::Network ||
                                     kind == ApiError::Kind::Timeout ||
                                     kind == ApiError::Kind::Http;
            if (m_projects.isEmpty() && unreachable && !wanted.isEmpty()) {
                // Offline: the project of last time, from the cache, until a refresh works.
                Project last;
                last.projectId = wanted;
                m_toolbar->setProjects({last});
                selectProject(wanted);
            }
        },
        Priority::Interactive);
}

void MainWindow::onProjectsLoaded(const QList<Project> &projects) {
    m_projects = projects;
    const QString wanted = m_toolbar->selection().projectId;
    m_toolbar->setProjects(projects);
    QString chosen;
    for (const Project &project : projects) {
        if (project.projectId == wanted)
            chosen = wanted;
    }
    if (chosen.isEmpty() && !projects.isEmpty())
        chosen = projects.first().projectId;
    if (projects.isEmpty())
        showStatusMessage(tr("This account has no TRRO project yet."));
    else if (!wanted.isEmpty() && chosen != wanted)
        showStatusMessage(tr("Project %1 was not found; showing %2.").arg(wanted, chosen));
    else
        showStatusMessage(QString());
    Q_EMIT projectsLoaded();
    if (!chosen.isEmpty())
        selectProject(chosen);
}

void MainWindow::selectProject(const QString &projectId) {
    m_toolbar->setCurrentProjectId(projectId);
    const bool changed = projectId != m_devicePanel->projectId();
    const QString savedProject = m_settings->value(AppSettings::ProjectId);
    m_devicePanel->setProject(projectId);
    QStringList selection;
    if (m_start.deviceIds) {
        selection = *m_start.deviceIds;
        m_start.deviceIds.reset();
    } else if (changed && savedProject == projectId) {
        selection = m_settings->value(AppSettings::SelectedDevices);
    }
    if (changed) {
        m_devicePanel->setSelectedDeviceIds(selection);
        m_fleet->setSelectedDevices(selection);
        m_settings->setValue(AppSettings::SelectedDevices, selection);
    }
    saveSelection();
    updateTitle();
    reloadFleet();
}

void MainWindow::reloadFleet() {
    FleetRequest request;
    request.projectId = m_toolbar->currentProjectId();
    request.interval = m_toolbar->selection().interval;
    request.window = m_toolbar->window(QDateTime::currentDateTimeUtc());
    m_pages->setContext(
        {request.projectId, request.interval, request.window, m_toolbar->timeZone()});
    if (!request.isValid())
        return;
    m_fleet->load(request);
    updateStatus();
}

void MainWindow::onDeviceSelection(const QStringList &deviceIds) {
    m_fleet->setSelectedDevices(deviceIds);
    m_settings->setValue(AppSettings::SelectedDevices, deviceIds);
}

void MainWindow::setRatioThreshold(int percent) {
    m_settings->setValue(AppSettings::RatioThreshold, percent);
    m_pages->setRatioThreshold(percent);
}

void MainWindow::showAbout() {
    auto *box = new QMessageBox(QMessageBox::Information, tr("About TRRO Dashboard"),
                                tr("<b>TRRO Dashboard %1</b><p>Fleet statistics of Tencent Cloud "
                                   "Real-time Remote Operation: sessions, session minutes, "
                                   "quality and active devices per interval.</p>")
                                    .arg(QStringLiteral(TRRO_VERSION)),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->open();
}

void MainWindow::updateStatus() {
    const int pending =
        m_context->scheduler()->pendingCount() + m_context->scheduler()->inFlightCount();
    const bool busy = pending > 0 || m_fleet->isLoading();
    m_busy->setVisible(busy);
    if (busy && !m_statusTimer->isActive())
        m_statusTimer->start();
    else if (!busy)
        m_statusTimer->stop();

    QString updated;
    const FleetData &fleet = m_fleet->data();
    if (fleet.isLoaded()) {
        const QString time =
            QLocale().toString(fleet.fetchedAt.toLocalTime().time(), QLocale::ShortFormat);
        updated = m_fleet->isStale() ? tr("Stale — last good data from %1").arg(time)
                                     : tr("Updated %1").arg(time);
    }
    if (busy)
        updated = tr("%n request(s) pending", nullptr, pending) % QStringLiteral("   ") % updated;
    m_updated->setText(updated);
    m_updated->setForegroundRole(m_fleet->isStale() ? QPalette::BrightText
                                                    : QPalette::PlaceholderText);
}

void MainWindow::updateTitle() {
    QString title = tr("TRRO Fleet Dashboard");
    const QString project = projectLabel();
    if (!project.isEmpty())
        title = project % QStringLiteral(" — ") % title;
    if (!m_context->profileName().isEmpty())
        title += QStringLiteral(" [") % m_context->profileName() % u']';
    setWindowTitle(title);
}

void MainWindow::showStatusMessage(const QString &message) {
    m_statusText->setText(message);
}

QString MainWindow::projectLabel() const {
    const QString id = m_toolbar->currentProjectId();
    for (const Project &project : m_projects) {
        if (project.projectId == id && !project.projectName.isEmpty())
            return project.projectName % QStringLiteral(" (") % id % u')';
    }
    return id;
}

void MainWindow::addBanner(QWidget *banner) {
    m_bannerArea->addWidget(banner);
}

void MainWindow::setAlternatePage(QWidget *page) {
    if (m_alternatePage)
        m_content->removeWidget(m_alternatePage);
    m_alternatePage = page;
    if (page)
        m_content->addWidget(page);
}

void MainWindow::showAlternatePage(bool shown) {
    m_content->setCurrentWidget(shown && m_alternatePage ? m_alternatePage
                                                         : static_cast<QWidget *>(m_pages));
}

bool MainWindow::isAlternatePageShown() const {
    return m_alternatePage && m_content->currentWidget() == m_alternatePage;
}

} // namespace trro
