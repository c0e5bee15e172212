#include "viewtools.h"

#include "alertmonitor.h"
#include "alerts/alertnotifier.h"
#include "alerts/alertspanel.h"
#include "apicontext.h"
#include "appsettings.h"
#include "charts/linkedchartsview.h"
#include "charts/previousperiodoverlay.h"
#include "fleet/dashboardpages.h"
#include "fleet/fleetview.h"
#include "links/linkcontroller.h"
#include "links/savedviewsmenu.h"
#include "mainwindow.h"
#include "panels/deviceview.h"
#include "toolbar/dashboardtoolbar.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace trro {

ViewTools::ViewTools(MainWindow *window, AppSettings *settings, ApiContext *context)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_links(new LinkController(window->viewState(), window))
    , m_savedViews(new SavedViewsMenu(window->viewState(), settings, window))
    , m_menu(new QMenu(tr("V&iews"), window))
    , m_monitor(new AlertMonitor(context->api(), window->fleet(), window->clock(), this))
    , m_overlay(new PreviousPeriodOverlay(
          context->api(), [window] { return window->viewState()->value().projectId; }, this)) {
    m_menu->setObjectName(QStringLiteral("viewsMenu"));
    m_menu->addAction(m_links->copyLinkAction());
    m_menu->addSeparator();
    m_menu->addAction(m_overlay->toggleAction());
    m_menu->addAction(m_overlay->weekEarlierAction());
    m_overlay->watch(window->pages()->fleetView()->charts());
    m_overlay->watch(window->pages()->deviceView()->charts());
    window->addAction(m_overlay->toggleAction()); // its shortcut anywhere in the window
    m_menu->addSeparator();
    buildAlerts(settings);
    m_menu->addSeparator();
    m_savedViews->fill(m_menu);
    // Before Help, the last menu.
    QMenuBar *bar = window->menuBar();
    const QList<QAction *> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), m_menu);
    window->dashboardToolbar()->addAction(m_links->copyLinkAction());
    window->dashboardToolbar()->addAction(m_overlay->toggleAction());

    connect(m_links, &LinkController::profileRequested, window->dashboardToolbar(),
            &DashboardToolbar::profileActivated);
    connect(m_links, &LinkController::statusMessage, this, &ViewTools::statusMessage);
    connect(m_savedViews, &SavedViewsMenu::statusMessage, this, &ViewTools::statusMessage);
}

void ViewTools::setProfiles(const QStringList &names, const QString &current) {
    m_links->setProfiles(names, current);
}

void ViewTools::buildAlerts(AppSettings *settings) {
    m_alerts = new AlertsPanel(m_window);
    m_notifier = new AlertNotifier(this);
    m_notifier->setEnabled(settings->value(AppSettings::AlertNotifications));
    m_monitor->setRules(loadAlertRules(*settings));
    m_alerts->setRules(m_monitor->rules());
    auto *dock = new QDockWidget(tr("Alerts"), m_window);
    dock->setObjectName(QStringLiteral("alertsDock"));
    dock->setWidget(m_alerts);
    dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea |
                          Qt::BottomDockWidgetArea);
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    m_window->tabifyDockWidget(m_window->deviceDock(), dock);
    m_window->deviceDock()->raise();
    QAction *toggle = dock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_menu->addAction(toggle);

    connect(m_monitor, &AlertMonitor::evaluated, this, &ViewTools::showAlerts);
    connect(m_monitor, &AlertMonitor::worsened, m_notifier, &AlertNotifier::notify);
    connect(m_alerts, &AlertsPanel::evidenceRequested, this, [this](const Alert &alert) {
        const DrillPath path = evidencePath(alert);
        if (path.level != DrillPath::Level::Fleet)
            m_window->viewState()->setPath(path);
        Q_EMIT statusMessage(alert.summary);
    });
    connect(m_alerts, &AlertsPanel::importRulesRequested, this, [this] { askRulesFile(false); });
    connect(m_alerts, &AlertsPanel::exportRulesRequested, this, [this] { askRulesFile(true); });
    connect(m_alerts, &AlertsPanel::rulesEdited, this, [this](const AlertRules &rules) {
        saveAlertRules(*m_settings, rules);
        m_monitor->setRules(rules);
        Q_EMIT statusMessage(tr("Alert rules changed"));
    });
}

void ViewTools::showAlerts() {
    m_alerts->setAlerts(m_monitor->history().current(), m_monitor->history().changes());
}

void ViewTools::askRulesFile(bool save) {
    auto *dialog =
        new QFileDialog(m_window, save ? tr("Export alert rules") : tr("Import alert rules"),
                        QString(), tr("Alert rules (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, save](const QString &file) {
        QString error;
        const bool ok = save ? writeAlertRulesFile(file, m_monitor->rules(), &error)
                             : importAlertRules(file, &error);
        if (ok)
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Alert rules"), error, QMessageBox::Ok,
                                    m_window);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

bool ViewTools::importAlertRules(const QString &fileName, QString *error) {
    AlertRules rules;
    if (!readAlertRulesFile(fileName, &rules, error))
        return false;
    saveAlertRules(*m_settings, rules);
    m_monitor->setRules(rules);
    m_alerts->setRules(rules);
    Q_EMIT statusMessage(tr("Alert rules read from %1").arg(fileName));
    return true;
}

bool ViewTools::openLink(const QString &link) {
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    return m_links->open(link);
}

} // namespace trro
