#pragma once

#include "apierror.h"
#include "fleetcontroller.h"
#include "types.h"
#include "viewselection.h"

#include <QFlags>
#include <QObject>
#include <QPointer>

namespace trro {

class AppSettings;
class Clock;
class ClockTimer;
class TrroApi;

// What a change of the view touches, so that each listener does only its part.
enum class ViewChange {
    Project = 0x01, // another project: its devices, the fleet, back to the fleet page
    Range = 0x02,   // interval, preset, custom bounds or the time lock: fetch again
    Zone = 0x04,    // the times are shown in another zone: relabel, nothing to fetch
    Refresh = 0x08, // the auto-refresh period
    Devices = 0x10, // the devices picked in the device panel
    Path = 0x20,    // the drill-down path
    Profile = 0x40, // the credentials profile's name
};
Q_DECLARE_FLAGS(ViewChanges, ViewChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(ViewChanges)

// Where the drill-down pages take their project, interval, range and zone from.
struct PageContext {
    QString projectId;
    Interval interval = Interval::Day;
    TimeWindow window;
    QTimeZone zone = QTimeZone::systemTimeZone();
};

// The one view state of the dashboard: what the user is looking at (a ViewSelection), with one
// signal carrying the new value. The toolbar, the device panel and the drill-down pages send
// their edits here and show what changed() says; a deep link, a saved view or a command-line
// option would set it the same way. It derives the requests (fleetRequest(), pageContext()),
// loads the project list with the offline fallback, persists the choices through the typed
// settings and ticks the auto-refresh. No widget.
class ViewState final : public QObject {
    Q_OBJECT
public:
    // settings and api must outlive this; clock: nullptr for the system's.
    ViewState(TrroApi *api, AppSettings *settings, Clock *clock = nullptr,
              QObject *parent = nullptr);
    ~ViewState() override;

    const ViewSelection &value() const { return m_value; }
    // The new value: changed() once when it differs, and saved. A project change drops the
    // device selection (restoring the saved one of that project) and goes back to the fleet.
    void set(const ViewSelection &value);
    // Before the project list is loaded: overrides what the settings restored.
    void applyStartOptions(const StartOptions &options);
    // The convenience edits of one part.
    void setPath(const DrillPath &path);
    void setSelectedDevices(const QStringList &deviceIds);

    // The window at the clock's now, and the requests of the pages.
    TimeWindow window() const;
    FleetRequest fleetRequest() const;
    PageContext pageContext() const;

    // Loads the project list (all pages) and picks the project: the wanted one when the account
    // has it, else the first. With the service unreachable, the project of last time stays, so
    // the cache can answer until a refresh works.
    void loadProjects();
    void clearProjects(); // the account changed
    const QList<Project> &projects() const { return m_projects; }
    bool isLoadingProjects() const { return !m_projectsRequest.isNull(); }
    // "Name (id)", or the id when the name is unknown.
    QString projectLabel() const;

Q_SIGNALS:
    void changed(const trro::ViewSelection &value, trro::ViewChanges what);
    void projectsChanged(const QList<trro::Project> &projects);
    void projectsLoadingChanged(bool loading);
    void projectsFailed(const trro::ApiError &error);
    void statusMessage(const QString &message);
    void refreshDue(); // the auto-refresh period has passed

private:
    static ViewChanges difference(const ViewSelection &from, const ViewSelection &to);
    void onProjectsLoaded(const QList<Project> &projects);
    void onProjectsFailed(const ApiError &error);
    QStringList devicesFor(const QString &projectId);
    void save(ViewChanges what);
    void restartRefreshTimer();

    TrroApi *m_api;
    AppSettings *m_settings;
    Clock *m_clock;
    ClockTimer *m_refreshTimer;
    ViewSelection m_value;
    QList<Project> m_projects;
    QPointer<QObject> m_projectsRequest;
    std::optional<QStringList> m_startDevices; // --devices, for the first project chosen
    QString m_wantedProject;                   // --project or the saved one
};

} // namespace trro

Q_DECLARE_METATYPE(trro::ViewChanges)
