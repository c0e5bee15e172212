#pragma once

#include <QObject>

class QMenu;

namespace trro {

class ApiContext;
class AppSettings;
class LinkController;
class MainWindow;
class SavedViewsMenu;

// The operator's tools on the window's view state: links ("Copy link", opening a link) and
// saved views, in a Views menu and on the toolbar. Composed by MainWindow; everything it does
// goes through ViewState like the toolbar's edits.
class ViewTools final : public QObject {
    Q_OBJECT
public:
    ViewTools(MainWindow *window, AppSettings *settings, ApiContext *context);

    LinkController *links() const { return m_links; }
    SavedViewsMenu *savedViews() const { return m_savedViews; }
    QMenu *menu() const { return m_menu; }

    // The profiles set up here (for the links' profile check).
    void setProfiles(const QStringList &names, const QString &current);
    // Opens a link (command line, a second start) and brings the window to the front.
    bool openLink(const QString &link);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    MainWindow *m_window;
    LinkController *m_links;
    SavedViewsMenu *m_savedViews;
    QMenu *m_menu;
};

} // namespace trro
