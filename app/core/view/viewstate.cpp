#include "viewstate.h"

#include "appsettings.h"
#include "clock.h"
#include "trroapi.h"

#include <QTimeZone>

namespace trro {

ViewState::ViewState(TrroApi *api, AppSettings *settings, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_settings(settings)
    , m_clock(Clock::orSystem(clock))
    , m_refreshTimer(m_clock->createTimer(this))
    , m_value(loadViewSelection(*settings)) {
    m_value.selectedDevices = settings->value(AppSettings::SelectedDevices);
    connect(m_refreshTimer, &ClockTimer::timeout, this, [this] {
        restartRefreshTimer();
        Q_EMIT refreshDue();
    });
    restartRefreshTimer();
}

ViewState::~ViewState() {
    delete m_projectsRequest.data();
}

ViewChanges ViewState::difference(const ViewSelection &from, const ViewSelection &to) {
    ViewChanges what;
    if (from.profile != to.profile)
        what |= ViewChange::Profile;
    if (from.projectId != to.projectId)
        what |= ViewChange::Project;
    if (from.interval != to.interval || from.preset != to.preset || from.locked != to.locked ||
        (to.preset == RangePreset::Custom && from.custom != to.custom))
        what |= ViewChange::Range;
    if (from.zone != to.zone)
        what |= ViewChange::Zone;
    if (from.autoRefreshSeconds != to.autoRefreshSeconds)
        what |= ViewChange::Refresh;
    if (from.selectedDevices != to.selectedDevices)
        what |= ViewChange::Devices;
    if (from.path != to.path)
        what |= ViewChange::Path;
    return what;
}

void ViewState::set(const ViewSelection &value) {
    ViewSelection next = value;
    if (next.projectId != m_value.projectId) {
        // What belonged to the other project goes, unless the caller says what comes instead.
        if (next.selectedDevices == m_value.selectedDevices)
            next.selectedDevices = devicesFor(next.projectId);
        if (next.path == m_value.path)
            next.path = DrillPath::fleet();
    }
    const ViewChanges what = difference(m_value, next);
    const bool lockChanged = next.locked.isValid() != m_value.locked.isValid();
    m_value = next;
    if (what == ViewChanges())
        return;
    save(what);
    if (what & ViewChange::Refresh)
        restartRefreshTimer();
    if (lockChanged) {
        Q_EMIT statusMessage(next.isTimeLocked()
                                 ? tr("Time locked: refreshes keep this period")
                                 : tr("Time unlocked: the range follows the clock again"));
    }
    Q_EMIT changed(m_value, what);
}

void ViewState::applyStartOptions(const StartOptions &options) {
    ViewSelection next = m_value;
    if (!options.projectId.isEmpty() && options.projectId != next.projectId) {
        next.projectId = options.projectId;
        next.selectedDevices.clear();
    }
    if (options.interval)
        next.interval = *options.interval;
    if (options.range) {
        next.preset = RangePreset::Custom;
        next.custom = *options.range;
        next.locked = {};
    }
    if (options.deviceIds)
        next.selectedDevices = *options.deviceIds;
    set(next);
}

void ViewState::setPath(const DrillPath &path) {
    ViewSelection next = m_value;
    next.path = path;
    set(next);
}

void ViewState::setSelectedDevices(const QStringList &deviceIds) {
    ViewSelection next = m_value;
    next.selectedDevices = deviceIds;
    set(next);
}

TimeWindow ViewState::window() const {
    return m_value.window(QDateTime::fromMSecsSinceEpoch(m_clock->wallMs(), QTimeZone::utc()));
}

FleetRequest ViewState::fleetRequest() const {
    FleetRequest request;
    request.projectId = m_value.projectId;
    request.interval = m_value.interval;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock->wallMs(), QTimeZone::utc());
    request.window = m_value.window(now);
    request.compared = m_value.comparedWindows(now);
    return request;
}

PageContext ViewState::pageContext() const {
    return {m_value.projectId, m_value.interval, window(), m_value.timeZone()};
}

QStringList ViewState::devicesFor(const QString &projectId) {
    // The devices picked last time in that project, if it is the one that was saved.
    if (!projectId.isEmpty() && m_settings->value(AppSettings::ProjectId) == projectId)
        return m_settings->value(AppSettings::SelectedDevices);
    return {};
}

void ViewState::save(ViewChanges what) {
    saveViewSelection(m_settings, m_value);
    if (what & (ViewChange::Devices | ViewChange::Project))
        m_settings->setValue(AppSettings::SelectedDevices, m_value.selectedDevices);
}

void ViewState::restartRefreshTimer() {
    m_refreshTimer->stop();
    if (m_value.autoRefreshSeconds > 0)
        m_refreshTimer->start(qint64(m_value.autoRefreshSeconds) * 1000000);
}

QString ViewState::projectLabel() const {
    for (const Project &project : m_projects) {
        if (project.projectId == m_value.projectId && !project.projectName.isEmpty())
            return project.projectName % QStringLiteral(" (") % m_value.projectId % u')';
    }
    return m_value.projectId;
}

} // namespace trro
