#include "viewtools.h"

#include "links/linkcontroller.h"
#include "links/savedviewsmenu.h"
#include "mainwindow.h"
#include "toolbar/dashboardtoolbar.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace trro {

ViewTools::ViewTools(MainWindow *window, AppSettings *settings, ApiContext *context)
    : QObject(window)
    , m_window(window)
    , m_links(new LinkController(window->viewState(), window))
    , m_savedViews(new SavedViewsMenu(window->viewState(), settings, window))
    , m_menu(new QMenu(tr("V&iews"), window)) {
    Q_UNUSED(context);
    m_menu->setObjectName(QStringLiteral("viewsMenu"));
    m_menu->addAction(m_links->copyLinkAction());
    m_menu->addSeparator();
    m_savedViews->fill(m_menu);
    // Before Help, the last menu.
    QMenuBar *bar = window->menuBar();
    const QList<QAction *> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), m_menu);
    window->dashboardToolbar()->addAction(m_links->copyLinkAction());

    connect(m_links, &LinkController::profileRequested, window->dashboardToolbar(),
            &DashboardToolbar::profileActivated);
    connect(m_links, &LinkController::statusMessage, this, &ViewTools::statusMessage);
    connect(m_savedViews, &SavedViewsMenu::statusMessage, this, &ViewTools::statusMessage);
}

void ViewTools::setProfiles(const QStringList &names, const QString &current) {
    m_links->setProfiles(names, current);
}

bool ViewTools::openLink(const QString &link) {
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    return m_links->open(link);
}

} // namespace trro
