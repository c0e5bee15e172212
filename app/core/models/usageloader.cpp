#include "usageloader.h"

#include "clock.h"
#include "licencedevicesmodel.h"
#include "usagedaysmodel.h"
#include "viewstate.h"

#include <QDateTime>

namespace trro {
namespace {

QDate serviceDate(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, serviceDayZone()).date();
}

bool sameScope(const UsageQuery &a, const UsageQuery &b) {
    return a.projectId == b.projectId && a.deviceId == b.deviceId;
}

} // namespace

UsageLoader::UsageLoader(UsageApi *usage, ViewState *state, UsageDaysModel *days,
                         LicenceDevicesModel *devices, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_usage(usage)
    , m_state(state)
    , m_days(days)
    , m_devices(devices)
    , m_clock(Clock::orSystem(clock)) {
    connect(m_state, &ViewState::changed, this,
            [this](const ViewSelection &, ViewChanges what) { onViewChanged(int(what)); });
}

UsageLoader::~UsageLoader() {
    delete m_run;
}

UsageQuery UsageLoader::currentQuery() const {
    const ViewSelection &value = m_state->value();
    const TimeWindow window = m_state->window();
    UsageQuery query;
    query.projectId = value.projectId;
    if (value.path.level == DrillPath::Level::Device ||
        value.path.level == DrillPath::Level::Session)
        query.deviceId = value.path.deviceId;
    query.startTime = window.from;
    query.endTime = window.to;
    return query;
}

void UsageLoader::onViewChanged(int what) {
    const ViewChanges changes = ViewChanges::fromInt(what);
    const UsageQuery next = currentQuery();
    const bool scope = !sameScope(next, m_query);
    if (!(changes & (ViewChange::Project | ViewChange::Range)) && !scope)
        return; // the zone, the devices picked: nothing to fetch
    m_dirty = true;
    if (m_active)
        reload();
}

void UsageLoader::setActive(bool active) {
    m_active = active;
    if (active && (m_dirty || !sameScope(currentQuery(), m_query)))
        reload();
}

void UsageLoader::cancel() {
    delete m_run;
    m_run = nullptr;
    const bool was = m_pending > 0;
    m_pending = 0;
    if (was)
        Q_EMIT loadingChanged(false);
}

void UsageLoader::reload() {
    cancel();
    const UsageQuery query = currentQuery();
    if (!sameScope(query, m_query)) { // nothing of another project or device stays
        m_days->clear();
        m_devices->clear();
        m_forecast.reset();
        m_summary.reset();
        m_deviceLicences.reset();
        m_stale = false;
        m_loadedAt = 0;
    }
    m_query = query;
    m_dirty = false;
    if (query.projectId.isEmpty() || !m_usage || query.endTime <= query.startTime)
        return;
    m_run = new QObject(this);
    m_now = m_clock->wallSecs();
    m_runFailed = false;
    m_warnings.clear();
    // The range's days serve the forecast too when they cover its baseline and the month.
    const auto [forecastFrom, forecastTo] = forecastRange(m_now);
    const bool covers = query.startTime <= forecastFrom && query.endTime >= forecastTo;
    m_pending = covers ? 3 : 4;
    if (!query.deviceId.isEmpty())
        ++m_pending;
    Q_EMIT loadingChanged(true);
    loadDays(query, covers);
    if (!covers)
        loadForecast(query);
    loadLicences(query.projectId);
    if (!query.deviceId.isEmpty())
        loadDeviceCount(query);
}

void UsageLoader::loadDays(const UsageQuery &query, bool forecastToo) {
    m_usage->durationDetails(query, m_run, [this, forecastToo](const Result<UsageDays> &r) {
        if (r.ok())
            applyDays(r.value(), forecastToo);
        else
            partFailed(r.error());
        partDone();
    });
}

void UsageLoader::applyDays(const UsageDays &days, bool forecastToo) {
    addWarnings(days.warnings);
    // The service's days of the range, up to now: no empty days of the future.
    const qint64 last = std::min(m_query.endTime, std::max(m_query.startTime + 1, m_now));
    UsageSeries series =
        usageSeries(days.days, serviceDate(m_query.startTime), serviceDate(last - 1));
    series.total = {}; // the totals row is the sum of the rows shown, whatever else was sent
    for (const UsageMinutes &day : std::as_const(series.minutes))
        series.total.add(day);
    m_days->setSeries(series);
    if (forecastToo)
        m_forecast = forecastMonth(days.days, m_now);
    Q_EMIT usageChanged();
}

void UsageLoader::loadForecast(const UsageQuery &query) {
    const auto [from, to] = forecastRange(m_now);
    UsageQuery month = query;
    month.startTime = from;
    month.endTime = to;
    m_usage->durationDetails(month, m_run, [this](const Result<UsageDays> &r) {
        if (r.ok()) {
            addWarnings(r.value().warnings);
            m_forecast = forecastMonth(r.value().days, m_now);
            Q_EMIT usageChanged();
        } else {
            partFailed(r.error());
        }
        partDone();
    });
}

void UsageLoader::loadLicences(const QString &projectId) {
    m_usage->licenses(
        projectId, QString(), m_run, [this](const Result<WarnedList<LicenceGroup>> &r) {
            if (r.ok()) {
                addWarnings(r.value().warnings);
                m_summary = summarizeLicences(r.value().items, m_now, serviceDayZone());
                Q_EMIT licencesChanged();
            } else {
                partFailed(r.error());
            }
            partDone();
        });
    m_usage->licenceDevices(projectId, QString(), m_run,
                            [this](const Result<WarnedList<DeviceLicence>> &r) {
                                if (r.ok()) {
                                    addWarnings(r.value().warnings);
                                    m_devices->setDevices(r.value().items, m_now);
                                    Q_EMIT licencesChanged();
                                } else {
                                    partFailed(r.error());
                                }
                                partDone();
                            });
}

void UsageLoader::loadDeviceCount(const UsageQuery &query) {
    m_usage->deviceLicense(query.projectId, query.deviceId, m_run, [this](const Result<qint64> &r) {
        if (r.ok()) {
            m_deviceLicences = r.value();
            Q_EMIT licencesChanged();
        } else {
            partFailed(r.error());
        }
        partDone();
    });
}

void UsageLoader::addWarnings(const QStringList &warnings) {
    for (const QString &warning : warnings) {
        if (!m_warnings.contains(warning))
            m_warnings.append(warning);
    }
}

void UsageLoader::partFailed(const ApiError &error) {
    if (m_runFailed)
        return;
    m_runFailed = true;
    m_error = error;
    Q_EMIT failed(error);
}

void UsageLoader::partDone() {
    if (m_pending <= 0 || --m_pending > 0)
        return;
    m_stale = m_runFailed;
    if (!m_runFailed) {
        m_error = ApiError();
        m_loadedAt = m_now;
    }
    Q_EMIT loadingChanged(false);
    Q_EMIT finished();
}

} // namespace trro
