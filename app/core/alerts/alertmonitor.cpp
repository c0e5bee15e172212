#include "alertmonitor.h"

#include "clock.h"
#include "fleetcontroller.h"
#include "requestscheduler.h"
#include "trroapi.h"

namespace trro {

AlertMonitor::AlertMonitor(TrroApi *api, FleetController *fleet, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_fleet(fleet)
    , m_clock(Clock::orSystem(clock)) {
    connect(m_fleet, &FleetController::dataChanged, this, &AlertMonitor::evaluate);
}

AlertMonitor::~AlertMonitor() {
    delete m_request.data();
}

void AlertMonitor::setRules(const AlertRules &rules) {
    if (rules == m_rules)
        return;
    m_rules = rules;
    if (m_fleet->data().isLoaded())
        evaluate();
}

void AlertMonitor::evaluate() {
    const FleetData &data = m_fleet->data();
    if (!data.isLoaded())
        return;
    delete m_request.data(); // the previous evaluation's session list, if still on its way
    const QString projectId = data.request.projectId;
    const qint64 now = qMin(m_clock->wallMs() / 1000, data.request.window.to);
    const QList<IntervalBucket> fleet = data.fleet.buckets;
    const bool wantSessions =
        m_rules.deviceBadEnabled || m_rules.deviceSilentEnabled || m_rules.badShareEnabled;
    if (!wantSessions || !m_api) {
        finish(projectId, fleet, now, std::nullopt);
        return;
    }
    const qint64 from = qMax(data.request.window.from, now - MaxSessionDays * 86400);
    auto *request = new QObject(this);
    m_request = request;
    m_api->deviceSessions(
        projectId, QString(), from, now, request,
        [this, request, projectId, fleet, now](const Result<QList<DeviceSession>> &result) {
            request->deleteLater();
            // Without the session list, the rules on the fleet series are still evaluated.
            finish(projectId, fleet, now,
                   result.ok() ? std::optional(result.value()) : std::nullopt);
        },
        Priority::Background); // after anything the user asked for
}

void AlertMonitor::finish(const QString &projectId, const QList<IntervalBucket> &fleet, qint64 now,
                          const std::optional<QList<DeviceSession>> &sessions) {
    if (projectId != m_projectId) {
        m_history.clear();
        m_projectId = projectId;
    }
    AlertInput input;
    input.now = now;
    input.fleet = fleet;
    input.sessions = sessions;
    const QList<Alert> alerts = AlertEngine::evaluate(m_rules, input);
    const QList<AlertChange> changes = m_history.update(alerts, m_clock->wallMs() / 1000);
    Q_EMIT evaluated(alerts);
    if (changes.isEmpty())
        return;
    Q_EMIT changed(changes);
    const QList<AlertChange> worse = AlertHistory::worsened(changes);
    if (!worse.isEmpty())
        Q_EMIT worsened(worse);
}

} // namespace trro
