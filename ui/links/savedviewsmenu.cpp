#include "savedviewsmenu.h"

#include "appsettings.h"
#include "viewstate.h"

#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace trro {

SavedViewsMenu::SavedViewsMenu(ViewState *state, AppSettings *settings, QWidget *window)
    : QObject(window)
    , m_state(state)
    , m_settings(settings)
    , m_window(window)
    , m_views(SavedViews::load(*settings)) {}

void SavedViewsMenu::fill(QMenu *menu) {
    m_menu = menu;
    rebuild();
}

void SavedViewsMenu::rebuild() {
    if (!m_menu)
        return;
    for (QAction *action : m_menu->actions()) {
        if (action->property("savedViews").toBool()) {
            m_menu->removeAction(action);
            action->deleteLater();
        }
    }
    const auto add = [this](QAction *action) {
        action->setProperty("savedViews", true);
        m_menu->addAction(action);
        return action;
    };
    QAction *save = add(new QAction(tr("&Save current view…"), m_menu));
    save->setObjectName(QStringLiteral("saveViewAction"));
    connect(save, &QAction::triggered, this, &SavedViewsMenu::askName);
    add(new QAction(m_menu))->setSeparator(true);
    if (m_views.isEmpty())
        add(new QAction(tr("No saved views"), m_menu))->setEnabled(false);
    auto *removeMenu = new QMenu(tr("&Delete saved view"), m_menu);
    for (const SavedView &view : std::as_const(m_views)) {
        const QString name = view.name;
        QAction *item = add(new QAction(name, m_menu));
        connect(item, &QAction::triggered, this, [this, name] { open(name); });
        connect(removeMenu->addAction(name), &QAction::triggered, this,
                [this, name] { remove(name); });
    }
    add(new QAction(m_menu))->setSeparator(true);
    QAction *removeAction = add(removeMenu->menuAction());
    removeAction->setEnabled(!m_views.isEmpty());
    QAction *exportAction = add(new QAction(tr("&Export views…"), m_menu));
    exportAction->setEnabled(!m_views.isEmpty());
    connect(exportAction, &QAction::triggered, this, &SavedViewsMenu::askExportFile);
    connect(add(new QAction(tr("&Import views…"), m_menu)), &QAction::triggered, this,
            &SavedViewsMenu::askImportFile);
}

bool SavedViewsMenu::saveCurrent(const QString &name) {
    const QString trimmed = name.trimmed();
    if (!SavedViews::isValidName(trimmed)) {
        problem(tr("A view needs a name of at most %1 characters.").arg(SavedViews::MaxNameLength));
        return false;
    }
    if (!SavedViews::put(&m_views, SavedViews::capture(trimmed, m_state->value()))) {
        problem(
            tr("There are already %1 saved views: delete one first.").arg(SavedViews::MaxViews));
        return false;
    }
    persist();
    Q_EMIT statusMessage(tr("Saved the view \"%1\"").arg(trimmed));
    return true;
}

bool SavedViewsMenu::open(const QString &name) {
    for (const SavedView &view : std::as_const(m_views)) {
        if (view.name == name) {
            m_state->set(SavedViews::apply(view, m_state->value()));
            Q_EMIT statusMessage(tr("Opened the view \"%1\"").arg(name));
            return true;
        }
    }
    return false;
}

bool SavedViewsMenu::remove(const QString &name) {
    const auto count = m_views.removeIf([&name](const SavedView &v) { return v.name == name; });
    if (count > 0)
        persist();
    return count > 0;
}

bool SavedViewsMenu::exportTo(const QString &fileName) {
    QString error;
    if (!SavedViews::exportFile(fileName, m_views, &error)) {
        problem(error);
        return false;
    }
    Q_EMIT statusMessage(
        tr("Exported %n view(s) to %1", nullptr, int(m_views.size())).arg(fileName));
    return true;
}

bool SavedViewsMenu::importFrom(const QString &fileName) {
    QList<SavedView> imported;
    QString error;
    if (!SavedViews::importFile(fileName, &imported, &error)) {
        problem(error);
        return false;
    }
    QList<SavedView> merged = m_views;
    for (const SavedView &view : std::as_const(imported)) {
        if (!SavedViews::put(&merged, view)) {
            problem(tr("There are already %1 saved views: delete some first.")
                        .arg(SavedViews::MaxViews));
            return false;
        }
    }
    m_views = merged;
    persist();
    Q_EMIT statusMessage(tr("Imported %n view(s)", nullptr, int(imported.size())));
    return true;
}

void SavedViewsMenu::persist() {
    SavedViews::save(*m_settings, m_views);
    rebuild();
}

void SavedViewsMenu::askName() {
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("saveViewDialog"));
    dialog->setWindowTitle(tr("Save current view"));
    dialog->setLabelText(tr("Name of the view (project, interval, range, devices and page):"));
    dialog->setTextValue(m_state->projectLabel());
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString &name) { saveCurrent(name); });
    dialog->open();
}

void SavedViewsMenu::askExportFile() {
    auto *dialog =
        new QFileDialog(m_window, tr("Export views"),
                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                        tr("Saved views (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QStringLiteral("trro-views.json"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { exportTo(file); });
    dialog->open();
}

void SavedViewsMenu::askImportFile() {
    auto *dialog =
        new QFileDialog(m_window, tr("Import views"),
                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                        tr("Saved views (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { importFrom(file); });
    dialog->open();
}

void SavedViewsMenu::problem(const QString &text) {
    Q_EMIT statusMessage(text);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Saved views"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("savedViewsProblem"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace trro
