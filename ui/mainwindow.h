#pragma once

#include "apierror.h"
#include "types.h"
#include "viewstate.h"

#include <QMainWindow>
#include <QStringList>

class QAction;

class QDockWidget;

namespace trro {

class ApiContext;
class AppSettings;
class Clock;
class DashboardPages;
class DashboardToolbar;
class DevicePanel;
class ErrorBanner;
class ExportController;
class ViewTools;
class FleetController;
class LiveController;
class LinkedCharts;
class UsageApi;
class UsagePage;
class WindowActions;
class WindowFrame;
class WindowStatus;
class WhyTools;

// The dashboard window: it composes the toolbar, the error banner, the drill-down pages (fleet
// view, interval breakdown, device view under breadcrumbs), the device panel dock, the menus and
// the status bar, and connects them to the view state (ViewState: what the user is looking at)
// and the FleetController. The API stack (ApiContext) and the settings are passed in; the
// clock says what time it is for the views (their windows, auto-refresh, the running sessions,
// alerts; nullptr: the system's) and must outlive the window.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(ApiContext *context, AppSettings *settings, Clock *clock = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Before start(): overrides what the settings restored.
    void applyStartOptions(const StartOptions &options);
    // Loads the project list (once the context is configured), then the data.
    void start();
    // The profiles offered in the toolbar (the credentials manager fills them in).
    void setProfiles(const QStringList &names, const QString &current);
    void showError(const ApiError &error, const QString &context = QString());
    void refresh(); // F5: the fleet and the page on screen

    Clock *clock() const { return m_clock; }
    ViewState *viewState() const { return m_state; }
    DashboardToolbar *dashboardToolbar() const { return m_toolbar; }
    FleetController *fleet() const { return m_fleet; }
    DashboardPages *pages() const { return m_pages; }
    ErrorBanner *errorBanner() const { return m_banner; }
    // The slots other controllers fill: a banner above the pages (the window keeps its order of
    // arrival) and one page shown instead of the dashboard's (the welcome page).
    WindowFrame *frame() const { return m_frame; }
    DevicePanel *devicePanel() const { return m_devicePanel; }
    QDockWidget *deviceDock() const { return m_deviceDock; }
    ExportController *exporter() const { return m_exporter; }
    WindowActions *windowActions() const { return m_actions; }
    ViewTools *viewTools() const { return m_tools; } // links, saved views
    LiveController *live() const { return m_live; }  // the running sessions, the wall display
    UsagePage *usagePage() const { return m_usage; } // minutes by tier, licences
    QAction *usageAction() const { return m_usageAction; }
    WhyTools *why() const { return m_why; } // the Why panel and its questions
    // A page to show once the first project is open ("fleet", "now", "usage"); false when the
    // name is none of these.
    bool setStartPage(const QString &page);
    static QStringList startPages();
    // A question to ask once the first project is open: why the fleet's quality changed over
    // [from, to) (the command line's --why).
    void setStartWhy(qint64 from, qint64 to);
    LinkedCharts *currentCharts() const;
    const QList<Project> &projects() const { return m_state->projects(); }

Q_SIGNALS:
    void refreshStarted();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void layOut();
    void buildActions();
    void wireView();
    void wireParts();
    void showView(const ViewSelection &value, ViewChanges what);
    void reloadFleet();
    void setRatioThreshold(int percent);
    void openCacheDialog();
    void updateTitle();

    ApiContext *m_context;
    AppSettings *m_settings;
    Clock *m_clock;
    ViewState *m_state;
    DashboardToolbar *m_toolbar;
    ErrorBanner *m_banner;
    WindowFrame *m_frame = nullptr;
    FleetController *m_fleet;
    DashboardPages *m_pages;
    DevicePanel *m_devicePanel;
    QDockWidget *m_deviceDock;
    ExportController *m_exporter;
    WindowStatus *m_status = nullptr;
    WindowActions *m_actions = nullptr;
    ViewTools *m_tools = nullptr;
    LiveController *m_live;
    UsageApi *m_usageApi;
    UsagePage *m_usage;
    QAction *m_usageAction;
    QString m_startPage;
    qint64 m_startWhyFrom = 0, m_startWhyTo = 0;
    WhyTools *m_why = nullptr;
    bool m_started = false;
};

} // namespace trro
