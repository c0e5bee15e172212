#include "windowactions.h"

#include "appsettings.h"
#include "apptheme.h"
#include "charts/linkedchartsview.h"
#include "fleet/exportcontroller.h"
#include "panels/devicepanel.h"
#include "toolbar/dashboardtoolbar.h"
#include "widgets/themeicon.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>

namespace trro {

WindowActions::WindowActions(QMainWindow *window, const Parts &parts)
    : QObject(window)
    , m_parts(parts)
    , m_zoomReset(new QAction(tr("&Reset zoom"), this))
    , m_zoomUndo(new QAction(tr("&Undo zoom"), this))
    , m_zoomRedo(new QAction(tr("Re&do zoom"), this))
    , m_findDevice(new QAction(tr("&Find device…"), this))
    , m_quit(new QAction(tr("&Quit"), this)) {
    setThemedIcon(m_zoomReset, QStringLiteral("zoom-reset"));
    setThemedIcon(m_zoomUndo, QStringLiteral("undo"));
    setThemedIcon(m_zoomRedo, QStringLiteral("redo"));
    setThemedIcon(m_findDevice, QStringLiteral("search"));
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_zoomUndo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_zoomRedo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_findDevice->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    parts.toolbar->refreshAction()->setShortcuts(
        {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    // On the window, so that the shortcuts work wherever the focus is.
    for (QAction *action : {m_zoomReset, m_zoomUndo, m_zoomRedo, m_findDevice, m_quit,
                            parts.toolbar->refreshAction(), parts.exporter->exportAction()}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);
    }

    connect(m_zoomReset, &QAction::triggered, this, [this] {
        if (LinkedCharts *charts = m_parts.currentCharts())
            charts->zoomReset();
    });
    connect(m_zoomUndo, &QAction::triggered, this, [this] {
        if (LinkedCharts *charts = m_parts.currentCharts())
            charts->undo();
    });
    connect(m_zoomRedo, &QAction::triggered, this, [this] {
        if (LinkedCharts *charts = m_parts.currentCharts())
            charts->redo();
    });
    connect(m_findDevice, &QAction::triggered, this, [this] {
        m_parts.deviceDock->show();
        m_parts.deviceDock->raise();
        m_parts.devicePanel->focusSearch();
    });
    connect(m_quit, &QAction::triggered, window, &QWidget::close);
    buildMenus(window);
}

void WindowActions::buildMenus(QMainWindow *window) {
    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(m_parts.exporter->exportAction());
    file->addMenu(m_parts.exporter->menu());
    file->addSeparator();
    file->addAction(m_parts.toolbar->manageCredentialsAction());
    QAction *cache =
        file->addAction(tr("Statistics &cache…"), this, &WindowActions::cacheRequested);
    cache->setObjectName(QStringLiteral("actionStatisticsCache"));
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(m_parts.toolbar->refreshAction());
    view->addAction(m_parts.toolbar->lockAction());
    view->addSeparator();
    view->addAction(m_zoomReset);
    view->addAction(m_zoomUndo);
    view->addAction(m_zoomRedo);
    view->addSeparator();
    auto *layoutGroup = new QActionGroup(this);
    QAction *overlay = view->addAction(tr("Devices &overlaid on the fleet"));
    QAction *multiples = view->addAction(tr("Devices as &small multiples"));
    for (QAction *action : {overlay, multiples}) {
        action->setCheckable(true);
        layoutGroup->addAction(action);
    }
    overlay->setChecked(true);
    connect(multiples, &QAction::toggled, this, [this](bool on) {
        m_parts.fleetCharts->setLayoutMode(on ? LinkedChartsView::LayoutMode::SmallMultiples
                                              : LinkedChartsView::LayoutMode::Overlay);
    });
    view->addSeparator();
    view->addAction(m_findDevice);
    view->addAction(m_parts.deviceDock->toggleViewAction());
    view->addActions(m_parts.viewActions);

    QMenu *theme = view->addMenu(tr("&Appearance"));
    auto *themeGroup = new QActionGroup(this);
    AppTheme::Choice current = AppTheme::Choice::System;
    AppTheme::parseKey(m_parts.settings->value(AppSettings::Theme), &current);
    for (AppTheme::Choice choice :
         {AppTheme::Choice::System, AppTheme::Choice::Light, AppTheme::Choice::Dark}) {
        QAction *action = theme->addAction(AppTheme::label(choice));
        action->setCheckable(true);
        action->setChecked(choice == current);
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] {
            m_parts.settings->setValue(AppSettings::Theme, AppTheme::key(choice));
            AppTheme::apply(choice);
        });
    }

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(tr("&About TRRO Dashboard"), this, [window] { showAbout(window); });
}

void WindowActions::showAbout(QMainWindow *window) {
    auto *box = new QMessageBox(QMessageBox::Information, tr("About TRRO Dashboard"),
                                tr("<b>TRRO Dashboard %1</b><p>Fleet statistics of Tencent Cloud "
                                   "Real-time Remote Operation: sessions, session minutes, "
                                   "quality and active devices per interval.</p>")
                                    .arg(QStringLiteral(TRRO_VERSION)),
                                QMessageBox::Close, window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(window->windowIcon().pixmap(64, 64));
    box->open();
}

} // namespace trro
