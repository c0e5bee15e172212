#pragma once

#include "savedview.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace trro {

class AppSettings;
class ViewState;

// The Views menu's saved views: "Save current view…" names the view state, each saved view
// sets it back, and the views are exported to or imported from a small JSON file to share a
// team's standard views. Kept in the settings (AppSettings::SavedViews).
class SavedViewsMenu final : public QObject {
    Q_OBJECT
public:
    SavedViewsMenu(ViewState *state, AppSettings *settings, QWidget *window);

    // Filled with the save, open, delete, export and import entries (rebuilt on changes).
    void fill(QMenu *menu);
    const QList<SavedView> &views() const { return m_views; }

    // What the menu entries do, also for tests. false with the reason shown.
    bool saveCurrent(const QString &name);
    bool open(const QString &name);
    bool remove(const QString &name);
    bool exportTo(const QString &fileName);
    bool importFrom(const QString &fileName);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void rebuild();
    void askName();
    void askExportFile();
    void askImportFile();
    void persist();
    void problem(const QString &text);

    ViewState *m_state;
    AppSettings *m_settings;
    QWidget *m_window;
    QMenu *m_menu = nullptr;
    QList<SavedView> m_views;
};

} // namespace trro
