#pragma once

#include "timerange.h"
#include "types.h"
#include "viewselection.h"

#include <QToolBar>

class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace trro {

// Profile, project, interval, range (with custom from–to), time zone, refresh, auto-refresh
// and "lock time", showing the view state's value. An edit by the user goes out as the whole
// new value (selectionChanged); setSelection() shows a value and emits nothing.
class DashboardToolbar final : public QToolBar {
    Q_OBJECT
public:
    explicit DashboardToolbar(QWidget *parent = nullptr);

    // The value shown, with the toolbar's parts as they stand; the parts the toolbar does not
    // show (devices, drill-down path) are those of the last setSelection().
    ViewSelection selection() const;
    void setSelection(const ViewSelection &selection); // emits nothing

    // The window the charts should show: selection().window(now).
    TimeWindow window(const QDateTime &now) const;
    QTimeZone timeZone() const;
    bool isTimeLocked() const;

    // The credentials profiles (filled in by whoever manages them).
    void setProfiles(const QStringList &names, const QString &current);
    void setProjects(const QList<Project> &projects);
    void setProjectsLoading(bool loading);
    QString currentProjectId() const;
    QString currentProjectName() const;
    void setCurrentProjectId(const QString &projectId); // emits nothing

    QAction *refreshAction() const { return m_refresh; }
    QAction *lockAction() const { return m_lock; }
    QAction *manageCredentialsAction() const { return m_manageCredentials; }

Q_SIGNALS:
    void profileActivated(const QString &name); // the credentials follow, then the value
    void selectionChanged(const trro::ViewSelection &selection);
    void refreshRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void addParts();
    void connectParts();
    QLabel *addLabel(const QString &text, QWidget *buddy);
    void updateCustomVisibility();
    void updateIcons();
    void showCustomBounds(const TimeWindow &window);
    TimeWindow customWindow() const;
    void onLockToggled(bool locked);

    QComboBox *m_profile;
    QComboBox *m_project;
    QComboBox *m_interval;
    QComboBox *m_range;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_zone;
    QComboBox *m_autoRefresh;
    QAction *m_manageCredentials;
    QAction *m_refresh;
    QAction *m_lock;
    QAction *m_fromAction = nullptr;
    QAction *m_toAction = nullptr;
    QAction *m_dashAction = nullptr;
    ViewSelection m_shown;     // the last value set; what the toolbar does not show comes from it
    TimeWindow m_frozen;       // the window while the time is locked
    TimeWindow m_customBounds; // the custom from–to as instants (the edits show wall time)
    bool m_updating = false;
};

} // namespace trro
