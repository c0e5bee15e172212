#pragma once

#include <QObject>

class QMenu;

namespace trro {

class AlertMonitor;
class AlertNotifier;
class AlertsPanel;
class ApiContext;
class AppSettings;
class LinkController;
class MainWindow;
class PreviousPeriodOverlay;
class SavedViewsMenu;

// The operator's tools on the window's view state: links ("Copy link", opening a link), saved
// views (the Views menu), the previous-period overlay of the charts and the alerts (a dock
// evaluated on every refresh, with desktop notifications; a click shows the evidence). Composed by
// MainWindow; everything it does goes through ViewState like the toolbar's edits.
class ViewTools final : public QObject {
    Q_OBJECT
public:
    ViewTools(MainWindow *window, AppSettings *settings, ApiContext *context);

    LinkController *links() const { return m_links; }
    SavedViewsMenu *savedViews() const { return m_savedViews; }
    QMenu *menu() const { return m_menu; }
    AlertMonitor *alertMonitor() const { return m_monitor; }
    AlertsPanel *alertsPanel() const { return m_alerts; }
    AlertNotifier *notifier() const { return m_notifier; }
    PreviousPeriodOverlay *overlay() const { return m_overlay; }

    // The profiles set up here (for the links' profile check).
    void setProfiles(const QStringList &names, const QString &current);
    // Opens a link (command line, a second start) and brings the window to the front.
    bool openLink(const QString &link);
    // Reads a rules file (validated), keeps its rules in the settings and evaluates again.
    bool importAlertRules(const QString &fileName, QString *error);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void buildAlerts(AppSettings *settings);
    void showAlerts();
    void askRulesFile(bool save);

    MainWindow *m_window;
    AppSettings *m_settings;
    LinkController *m_links;
    SavedViewsMenu *m_savedViews;
    QMenu *m_menu;
    AlertMonitor *m_monitor;
    AlertsPanel *m_alerts = nullptr;
    AlertNotifier *m_notifier = nullptr;
    PreviousPeriodOverlay *m_overlay;
};

} // namespace trro
