#pragma once

#include "apierror.h"
#include "types.h"
#include "viewselection.h"

#include <QMainWindow>
#include <QPointer>
#include <optional>

class QDockWidget;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace trro {

class ApiContext;
class AppSettings;
class DashboardPages;
class DashboardToolbar;
class DevicePanel;
class ErrorBanner;
class ExportController;
class FleetController;
class LinkedCharts;
class WindowActions;

// What the command line asks for; it wins over the saved settings.
struct StartOptions {
    QString projectId;
    std::optional<Interval> interval;
    std::optional<TimeWindow> range; // --from/--to: a custom range
    std::optional<QStringList> deviceIds;
};

// The dashboard window: toolbar, error banner, the drill-down pages (fleet view, interval
// breakdown, device view under breadcrumbs), the device panel dock, menus and status bar.
// It owns the FleetController; the API stack (ApiContext) and the settings are passed in and
// shared with every panel. It decides what to fetch when the user changes something, and
// persists what the user chose.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(ApiContext *context, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Before start(): overrides what the settings restored.
    void applyStartOptions(const StartOptions &options);
    // Loads the project list (once the context is configured), then the data.
    void start();
    // The profiles offered in the toolbar (the credentials manager fills them in).
    void setProfiles(const QStringList &names, const QString &current);
    void showError(const ApiError &error, const QString &context = QString());
    void refresh(); // F5: the fleet and the page on screen

    DashboardToolbar *dashboardToolbar() const { return m_toolbar; }
    FleetController *fleet() const { return m_fleet; }
    DashboardPages *pages() const { return m_pages; }
    ErrorBanner *errorBanner() const { return m_banner; }
    // The slots other controllers fill: a banner above the pages (the window keeps its order of
    // arrival) and one page shown instead of the dashboard's (the welcome page).
    void addBanner(QWidget *banner);
    void setAlternatePage(QWidget *page);
    void showAlternatePage(bool shown);
    bool isAlternatePageShown() const;
    DevicePanel *devicePanel() const { return m_devicePanel; }
    QDockWidget *deviceDock() const { return m_deviceDock; }
    ExportController *exporter() const { return m_exporter; }
    WindowActions *windowActions() const { return m_actions; }
    LinkedCharts *currentCharts() const;
    const QList<Project> &projects() const { return m_projects; }

Q_SIGNALS:
    void projectsLoaded();
    void refreshStarted();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void wireSignals();
    void restoreSettings();
    void saveSelection();
    void loadProjects();
    void onProjectsLoaded(const QList<Project> &projects);
    void selectProject(const QString &projectId);
    void reloadFleet();
    void onDeviceSelection(const QStringList &deviceIds);
    void setRatioThreshold(int percent);
    void showAbout();
    void updateStatus();
    void updateTitle();
    void showStatusMessage(const QString &message);
    QString projectLabel() const;

    ApiContext *m_context;
    AppSettings *m_settings;
    DashboardToolbar *m_toolbar;
    ErrorBanner *m_banner;
    QVBoxLayout *m_bannerArea = nullptr;
    QStackedWidget *m_content = nullptr;
    QWidget *m_alternatePage = nullptr;
    FleetController *m_fleet;
    DashboardPages *m_pages;
    DevicePanel *m_devicePanel;
    QDockWidget *m_deviceDock;
    ExportController *m_exporter;
    QTimer *m_autoRefresh;
    QTimer *m_statusTimer;
    QLabel *m_statusText;
    QLabel *m_updated;
    QProgressBar *m_busy;
    QPointer<QObject> m_projectsRequest;
    QList<Project> m_projects;
    StartOptions m_start;
    bool m_started = false;
    WindowActions *m_actions = nullptr;
};

} // namespace trro
