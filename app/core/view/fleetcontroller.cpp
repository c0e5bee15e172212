#include "fleetcontroller.h"

#include "checkedmath.h"
#include "clock.h"
#include "trroapi.h"

#include <cmath>

namespace trro {
namespace {

// What the series tells of the totals: the sums, and the session-weighted ratio. The active
// device counts are not additive: they stay unknown (-1).
SessionTotals totalsFromSeries(const IntervalSeries &series) {
    SessionTotals totals;
    double weighted = 0;
    for (const IntervalBucket &b : series.buckets) {
        totals.sessionNum = saturatingAdd(totals.sessionNum, b.sessionNum);
        totals.totalDuration = saturatingAdd(totals.totalDuration, b.totalDuration);
        weighted += double(b.notBadSessionRatio) * double(b.sessionNum);
    }
    totals.notBadSessionRatio =
        totals.sessionNum > 0 ? int(std::lround(weighted / double(totals.sessionNum))) : 0;
    totals.activeFieldDeviceNum = -1;
    totals.activeRemoteDeviceNum = -1;
    return totals;
}

} // namespace

FleetController::FleetController(TrroApi *api, CachedStats *statistics, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(Clock::system())
    , m_statistics(statistics) {}

void FleetController::setClock(Clock *clock) {
    m_clock = Clock::orSystem(clock);
}

FleetController::~FleetController() {
    // Destroying the contexts cancels their requests; their callbacks never run.
    delete m_fleetRun;
    delete m_deviceRun;
}

void FleetController::load(const FleetRequest &request) {
    m_request = request;
    cancel();
    if (!request.isValid())
        return;
    startFleet();
    for (const QString &id : std::as_const(m_selected))
        fetchDevice(id);
    updateLoading();
}

void FleetController::reload() {
    load(m_request);
}

void FleetController::cancel() {
    // May run inside one of the callbacks: the contexts go away later, and the generation
    // counters make any callback of an older run return at once.
    ++m_fleetGeneration;
    ++m_deviceGeneration;
    dropContext(m_fleetRun);
    dropContext(m_deviceRun);
    m_fleetPending = 0;
    m_devicePending = 0;
    m_deviceInFlight.clear();
    updateLoading();
}

void FleetController::setSelectedDevices(const QStringList &deviceIds) {
    QStringList unique;
    for (const QString &id : deviceIds) {
        if (!id.isEmpty() && !unique.contains(id))
            unique << id;
    }
    if (unique == m_selected)
        return;
    m_selected = unique;
    for (auto it = m_devices.begin(); it != m_devices.end();) {
        if (m_selected.contains(it.key()))
            ++it;
        else
            it = m_devices.erase(it);
    }
    if (m_request.isValid()) {
        for (const QString &id : std::as_const(m_selected)) {
            const auto entry = m_devices.constFind(id);
            const bool current = entry != m_devices.cend() && entry->request == m_request;
            const bool inFlight = m_deviceInFlight.value(id) == m_request;
            if (!current && !inFlight)
                fetchDevice(id);
        }
    }
    updateLoading();
    Q_EMIT deviceSeriesChanged();
}

const IntervalSeries *FleetController::deviceSeries(const QString &deviceId) const {
    const auto it = m_devices.constFind(deviceId);
    if (it == m_devices.cend() || !it->loaded)
        return nullptr;
    return &it->series;
}

bool FleetController::isDeviceStale(const QString &deviceId) const {
    const auto it = m_devices.constFind(deviceId);
    return it != m_devices.cend() && it->stale;
}

void FleetController::dropContext(QPointer<QObject> &context) {
    if (!context)
        return;
    QObject *run = context;
    context = nullptr;
    m_api->scheduler()->cancel(run);
    run->deleteLater();
}

void FleetController::startFleet() {
    m_fleetRun = new QObject(this);
    const quint64 generation = m_fleetGeneration;
    m_incoming = FleetData();
    m_incoming.request = m_request;
    m_incomingSeriesOk = false;
    m_incomingTotalsOk = false;
    m_incomingCache = CacheOutcome();
    m_fleetPending = 3;

    StatsQuery query;
    query.projectId = m_request.projectId;
    query.interval = m_request.interval;
    query.startTime = m_request.window.from;
    query.endTime = m_request.window.to;
    const ComparedWindows compared = m_request.totalsWindows();
    StatsQuery totals = query;
    totals.startTime = compared.current.from;
    totals.endTime = compared.current.to;
    StatsQuery previous = query;
    previous.startTime = compared.previous.from;
    previous.endTime = compared.previous.to;

    auto reportError = [this](const ApiError &error, const QString &context) {
        if (error.kind != ApiError::Kind::Cancelled && !m_errorReported) {
            m_errorReported = true; // one banner per run
            Q_EMIT errorOccurred(error, context);
        }
    };
    m_errorReported = false;
    m_statistics->intervalStatisticsDetailed(
        query, m_fleetRun,
        [this, reportError, generation](const Result<IntervalSeries> &result,
                                        const CacheOutcome &cache) {
            if (generation != m_fleetGeneration)
                return;
            if (result.ok()) {
                m_incoming.fleet = result.value();
                m_incomingSeriesOk = true;
                m_incomingCache = cache;
                if (cache.offline)
                    reportError(cache.serviceError,
                                tr("The service cannot be reached: showing cached statistics"));
            } else {
                reportError(result.error(), tr("Loading the fleet statistics per interval"));
            }
            fleetPartDone();
        },
        Priority::Interactive);
    m_api->sessionTotals(
        totals, m_fleetRun,
        [this, reportError, generation](const Result<SessionTotals> &result) {
            if (generation != m_fleetGeneration)
                return;
            if (result.ok()) {
                m_incoming.totals = result.value();
                m_incomingTotalsOk = true;
            } else {
                reportError(result.error(), tr("Loading the fleet totals"));
            }
            fleetPartDone();
        },
        Priority::Interactive);
    m_api->sessionTotals(
        previous, m_fleetRun,
        [this, reportError, generation](const Result<SessionTotals> &result) {
            if (generation != m_fleetGeneration)
                return;
            if (result.ok()) {
                m_incoming.previousTotals = result.value();
                m_incoming.hasPrevious = true;
            } else {
                reportError(result.error(), tr("Loading the totals of the previous period"));
            }
            fleetPartDone();
        },
        Priority::Interactive);
}

void FleetController::fleetPartDone() {
    if (--m_fleetPending > 0)
        return;
    ++m_fleetGeneration;
    dropContext(m_fleetRun);
    // A series from the cache is shown even when the totals failed (the service is down):
    // better than an empty view, and marked stale.
    if (m_incomingSeriesOk && (m_incomingTotalsOk || m_incomingCache.fromCache))
        acceptIncoming();
    else if (m_data.isLoaded())
        setStale(true);
    updateLoading();
}

void FleetController::acceptIncoming() {
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock->wallMs(), QTimeZone::utc());
    if (m_incomingTotalsOk && !m_incomingCache.offline) {
        m_data = m_incoming;
        m_data.fetchedAt = now;
        setStale(false);
        Q_EMIT dataChanged();
        return;
    }
    // From the cache, the service unreachable (or failing): what is on screen for the same
    // question is at least as recent; anything else is better than an empty view.
    if (m_data.isLoaded() && m_data.request == m_incoming.request) {
        setStale(true);
        return;
    }
    m_data = m_incoming;
    m_data.offline = true;
    m_data.fetchedAt = now.addSecs(-m_incomingCache.ageSeconds);
    if (!m_incomingTotalsOk) {
        m_data.totals = totalsFromSeries(m_data.fleet);
        m_data.hasTotals = false;
        m_data.hasPrevious = false;
    }
    // Marked stale before the data goes out, so that views draw it stale at once.
    setStale(true);
    Q_EMIT dataChanged();
}

void FleetController::fetchDevice(const QString &deviceId) {
    if (!m_deviceRun)
        m_deviceRun = new QObject(this);
    ++m_devicePending;
    m_deviceInFlight.insert(deviceId, m_request);

    StatsQuery query;
    query.projectId = m_request.projectId;
    query.deviceId = deviceId;
    query.interval = m_request.interval;
    query.startTime = m_request.window.from;
    query.endTime = m_request.window.to;
    const FleetRequest request = m_request;
    const quint64 generation = m_deviceGeneration;
    m_statistics->intervalStatisticsDetailed(
        query, m_deviceRun,
        [this, deviceId, request, generation](const Result<IntervalSeries> &result,
                                              const CacheOutcome &cache) {
            if (generation != m_deviceGeneration)
                return;
            m_deviceInFlight.remove(deviceId);
            if (m_selected.contains(deviceId)) {
                DeviceEntry &entry = m_devices[deviceId];
                if (result.ok()) {
                    entry.series = result.value();
                    entry.series.deviceId = deviceId;
                    entry.request = request;
                    entry.loaded = true;
                    entry.stale = cache.offline;
                } else {
                    entry.stale = entry.loaded;
                    if (result.error().kind != ApiError::Kind::Cancelled)
                        Q_EMIT errorOccurred(
                            result.error(),
                            tr("Loading the statistics of device %1").arg(deviceId));
                }
                Q_EMIT deviceSeriesChanged();
            }
            devicePartDone();
        },
        Priority::Normal);
}

void FleetController::devicePartDone() {
    if (--m_devicePending <= 0) {
        m_devicePending = 0;
        ++m_deviceGeneration;
        dropContext(m_deviceRun);
    }
    updateLoading();
}

void FleetController::setStale(bool stale) {
    if (m_stale == stale)
        return;
    m_stale = stale;
    Q_EMIT staleChanged(stale);
}

void FleetController::updateLoading() {
    const bool loading = isLoading();
    if (loading == m_wasLoading)
        return;
    m_wasLoading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace trro
