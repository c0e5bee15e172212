#include "alertmonitor.h"

#include "clock.h"
#include "fleetcontroller.h"
#include "requestscheduler.h"
#include "trroapi.h"
#include "usageapi.h"
#include "usageforecast.h"

namespace trro {

struct AlertMonitor::Round {
    QString projectId;
    AlertInput input;
    QObject *context = nullptr; // the requests' context, deleted when the round ends
    int pending = 1;            // held by evaluate() until every request is asked
};

AlertMonitor::AlertMonitor(TrroApi *api, FleetController *fleet, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_fleet(fleet)
    , m_clock(Clock::orSystem(clock)) {
    if (m_api)
        m_usage = new UsageApi(m_api->scheduler(), this);
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
    delete m_request.data(); // the previous evaluation's requests, if still on their way
    auto round = std::make_shared<Round>();
    round->projectId = data.request.projectId;
    round->input.clockNow = m_clock->wallMs() / 1000;
    round->input.now = qMin(round->input.clockNow, data.request.window.to);
    round->input.fleet = data.fleet.buckets;
    round->context = new QObject(this);
    m_request = round->context;
    if (m_api &&
        (m_rules.deviceBadEnabled || m_rules.deviceSilentEnabled || m_rules.badShareEnabled))
        fetchSessions(round,
                      qMax(data.request.window.from, round->input.now - MaxSessionDays * 86400));
    if (m_usage && m_rules.licenceExpiryEnabled)
        fetchLicences(round);
    if (m_usage && m_rules.forecastMinutesEnabled)
        fetchUsageDays(round);
    done(round);
}

// Without the session list, the rules on the fleet series are still evaluated; so for the
// licences and the days.
void AlertMonitor::fetchSessions(const std::shared_ptr<Round> &round, qint64 from) {
    ++round->pending;
    m_api->deviceSessions(
        round->projectId, QString(), from, round->input.now, round->context,
        [this, round](const Result<QList<DeviceSession>> &result) {
            if (result.ok())
                round->input.sessions = result.value();
            done(round);
        },
        Priority::Background); // after anything the user asked for
}

void AlertMonitor::fetchLicences(const std::shared_ptr<Round> &round) {
    ++round->pending;
    m_usage->licenceDevices(
        round->projectId, QString(), round->context,
        [this, round](const Result<WarnedList<DeviceLicence>> &result) {
            if (result.ok())
                round->input.licences = result.value().items;
            done(round);
        },
        Priority::Background);
}

void AlertMonitor::fetchUsageDays(const std::shared_ptr<Round> &round) {
    ++round->pending;
    const auto [from, to] = forecastRange(round->input.clockNow);
    m_usage->durationDetails(
        UsageQuery{round->projectId, QString(), from, to}, round->context,
        [this, round](const Result<UsageDays> &result) {
            if (result.ok())
                round->input.usageDays = result.value().days;
            done(round);
        },
        Priority::Background);
}

void AlertMonitor::done(const std::shared_ptr<Round> &round) {
    if (--round->pending > 0)
        return;
    round->context->deleteLater();
    finish(round->projectId, round->input);
}

void AlertMonitor::finish(const QString &projectId, const AlertInput &input) {
    if (projectId != m_projectId) {
        m_history.clear();
        m_projectId = projectId;
    }
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
