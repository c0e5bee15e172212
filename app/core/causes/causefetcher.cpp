#include "causefetcher.h"

#include "clock.h"
#include "requestscheduler.h"
#include "sessionattributes.h"
#include "sessionsample.h"
#include "trroapi.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <algorithm>
#include <memory>

namespace trro {
namespace {

// A span is settled (its list no longer changes) this long after its end: sessions last at most
// two hours and are listed once they have ended.
constexpr qint64 SettledAfterSec = 3 * 3600;
// What the fetcher keeps in memory at most.
constexpr qsizetype MaxCachedLists = 16;
constexpr qsizetype MaxCachedAttributes = 100000;

QString listKey(const CauseQuery &query, qint64 start, qint64 end) {
    return query.projectId + QLatin1Char('/') + query.deviceId + QLatin1Char('/') +
           QString::number(start) + QLatin1Char('/') + QString::number(end);
}

} // namespace

CauseFetcher::CauseFetcher(TrroApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api) {}

CauseFetcher::~CauseFetcher() {
    dropRun();
}

bool CauseFetcher::holdsList(const CauseQuery &query, qint64 start, qint64 end) const {
    return m_lists.contains(listKey(query, start, end));
}

bool CauseFetcher::settled(qint64 end) const {
    return m_api && end + SettledAfterSec <= m_api->scheduler()->clock()->wallSecs();
}

void CauseFetcher::start(const CauseQuery &query, const CauseOptions &options) {
    dropRun();
    m_query = query;
    m_options = options;
    m_input = CauseInput{};
    m_input.spanStart = query.spanStart;
    m_input.spanEnd = query.spanEnd;
    m_input.baselineStart = query.baselineStart;
    m_input.baselineEnd = query.baselineEnd;
    m_detailsTotal = m_detailsDone = m_detailsFailed = 0;
    m_spanCounted = m_baselineCounted = -1;
    m_spanTotal = m_baselineTotal = 0;
    m_spanFraction = m_baselineFraction = 1;
    m_run = new QObject(this);
    if (!m_api) {
        fail(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Cancelled"),
                            tr("The connection to the service is gone.")));
        return;
    }
    fetchLists();
}

void CauseFetcher::fetchLists() {
    // One extra step so that answers served from memory cannot finish the run early.
    m_pending = 1;
    const QString spanKey = listKey(m_query, m_query.spanStart, m_query.spanEnd);
    const QString baselineKey = listKey(m_query, m_query.baselineStart, m_query.baselineEnd);
    const bool sample = m_query.sampleSlices > 0 && m_query.deviceId.isEmpty();
    if (sample && !m_lists.contains(spanKey))
        fetchSample(m_query.spanStart, m_query.spanEnd, &m_input.span, &m_spanTotal,
                    &m_spanFraction);
    else
        fetchList(spanKey, m_query.spanStart, m_query.spanEnd, &m_input.span);
    if (sample && !m_lists.contains(baselineKey))
        fetchSample(m_query.baselineStart, m_query.baselineEnd, &m_input.baseline, &m_baselineTotal,
                    &m_baselineFraction);
    else
        fetchList(baselineKey, m_query.baselineStart, m_query.baselineEnd, &m_input.baseline);
    if (m_options.dimensions.contains(CauseDimension::Model))
        fetchNames();
    if (m_query.checkTotals) {
        fetchTotals(m_query.spanStart, m_query.spanEnd, &m_spanCounted);
        fetchTotals(m_query.baselineStart, m_query.baselineEnd, &m_baselineCounted);
    }
    stepDone();
}

void CauseFetcher::fetchList(const QString &key, qint64 start, qint64 end,
                             QList<DeviceSession> *out) {
    if (const auto cached = m_lists.constFind(key); cached != m_lists.cend()) {
        *out = *cached;
        return;
    }
    ++m_pending;
    QObject *run = m_run;
    const bool keep = settled(end);
    m_api->deviceSessions(
        m_query.projectId, m_query.deviceId, start, end, run,
        [this, run, key, keep, out](const Result<QList<DeviceSession>> &result) {
            if (run != m_run)
                return;
            if (!result.ok()) {
                fail(result.error());
                return;
            }
            *out = result.value();
            if (keep)
                keepList(key, result.value());
            stepDone();
        },
        Priority::Interactive);
}

void CauseFetcher::fetchSample(qint64 start, qint64 end, QList<DeviceSession> *out, qint64 *total,
                               double *fraction) {
    ++m_pending;
    QObject *run = m_run;
    fetchSessionSample(
        m_api, m_query.projectId, start, end, m_query.sampleSlices, run,
        [this, run, start, end, out, total, fraction](const Result<SessionSample> &result) {
            if (run != m_run)
                return;
            if (!result.ok()) {
                fail(result.error());
                return;
            }
            const SessionSample &sample = result.value();
            *out = sample.sessions;
            *total = sample.total;
            *fraction = sample.fraction;
            // Every slice on one page: the sample is the whole list.
            if (sample.complete() && settled(end))
                keepList(listKey(m_query, start, end), sample.sessions);
            stepDone();
        });
}

void CauseFetcher::keepList(const QString &key, const QList<DeviceSession> &sessions) {
    if (m_lists.size() >= MaxCachedLists)
        m_lists.clear();
    m_lists.insert(key, sessions);
}

void CauseFetcher::fetchNames() {
    if (const auto cached = m_names.constFind(m_query.projectId); cached != m_names.cend()) {
        m_input.deviceNames = *cached;
        return;
    }
    ++m_pending;
    QObject *run = m_run;
    DeviceFilter filter;
    filter.type = DeviceType::Field;
    m_api->devices(
        m_query.projectId, filter, run,
        [this, run](const Result<QList<Device>> &result) {
            if (run != m_run)
                return;
            // Without the names the "model" dimension is empty; the rest still stands.
            if (result.ok()) {
                QHash<QString, QString> names;
                for (const Device &d : result.value())
                    names.insert(d.deviceId, d.deviceName);
                m_names.insert(m_query.projectId, names);
                m_input.deviceNames = names;
            }
            stepDone();
        },
        Priority::Interactive);
}

void CauseFetcher::fetchTotals(qint64 start, qint64 end, qint64 *out) {
    ++m_pending;
    QObject *run = m_run;
    StatsQuery query;
    query.projectId = m_query.projectId;
    query.deviceId = m_query.deviceId;
    query.startTime = start;
    query.endTime = end;
    m_api->sessionTotals(
        query, run,
        [this, run, out](const Result<SessionTotals> &result) {
            if (run != m_run)
                return;
            *out = result.ok() ? result.value().sessionNum : -1;
            stepDone();
        },
        Priority::Interactive);
}

void CauseFetcher::stepDone() {
    if (--m_pending > 0)
        return;
    listsDone();
}

void CauseFetcher::listsDone() {
    Q_EMIT listed(m_input.span.size(), m_input.baseline.size());
    if (!m_run)
        return;
    if (m_query.sampleSlices > 0) {
        // A list from memory is whole: its Total is its size.
        Q_EMIT sampled(m_input.span.size(), m_spanFraction < 1 ? m_spanTotal : m_input.span.size(),
                       m_input.baseline.size(),
                       m_baselineFraction < 1 ? m_baselineTotal : m_input.baseline.size());
        if (!m_run)
            return;
    }
    if (m_query.checkTotals) {
        // Of a sample, what its list's Total says.
        const qint64 spanListed = m_spanFraction < 1 ? m_spanTotal : m_input.span.size();
        const qint64 baselineListed =
            m_baselineFraction < 1 ? m_baselineTotal : m_input.baseline.size();
        const bool complete = m_spanCounted == spanListed && m_baselineCounted == baselineListed;
        Q_EMIT totalsChecked(complete, spanListed, m_spanCounted, baselineListed,
                             m_baselineCounted);
        if (!m_run)
            return;
    }
    const bool details = std::any_of(m_options.dimensions.cbegin(), m_options.dimensions.cend(),
                                     &isDetailsDimension);
    if (details)
        fetchDetails();
    else
        finish();
}

void CauseFetcher::fetchDetails() {
    const QStringList sample = detailsSample(m_input.span, m_query.maxDetails);
    QStringList wanted;
    for (const QString &id : sample) {
        if (const auto cached = m_attributes.constFind(id); cached != m_attributes.cend())
            m_input.attributes.insert(id, *cached);
        else
            wanted.append(id);
    }
    m_detailsTotal = int(wanted.size());
    Q_EMIT detailsPlanned(m_detailsTotal);
    if (!m_run)
        return;
    if (wanted.isEmpty()) {
        finish();
        return;
    }
    QObject *run = m_run;
    for (const QString &id : wanted) {
        m_api->sessionTelemetry(
            id, 0, 0, run,
            [this, run, id](const Result<QList<SideTelemetry>> &result) {
                if (run == m_run)
                    detailsDone(id, result);
            },
            Priority::Interactive);
    }
}

void CauseFetcher::detailsDone(const QString &sessionId,
                               const Result<QList<SideTelemetry>> &result) {
    ++m_detailsDone;
    if (result.ok() && !result.value().isEmpty()) {
        const SessionAttributes attributes = sessionAttributes(result.value());
        m_input.attributes.insert(sessionId, attributes);
        if (m_attributes.size() >= MaxCachedAttributes)
            m_attributes.clear();
        m_attributes.insert(sessionId, attributes);
    } else {
        ++m_detailsFailed; // the session stays without attributes
    }
    Q_EMIT detailsProgress(m_detailsDone, m_detailsTotal);
    if (m_run && m_detailsDone == m_detailsTotal)
        finish();
}

void CauseFetcher::finish() {
    // The finder's pass runs on the pool: over a day of a few thousand vehicles it takes tens
    // of milliseconds, too long for the GUI thread of a dashboard. The report comes back here;
    // the watcher dies with the run, so a cancelled run delivers nothing.
    auto promise = std::make_shared<QPromise<CauseReport>>();
    auto *watcher = new QFutureWatcher<CauseReport>(m_run);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const QList<CauseReport> results = watcher->future().results();
        watcher->setParent(nullptr); // not deleted with the run while it signals
        watcher->deleteLater();
        dropRun();
        Q_EMIT finished(results.isEmpty() ? CauseReport{} : results.constFirst());
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, input = m_input, options = m_options,
                                          spanFraction = m_spanFraction,
                                          baselineFraction = m_baselineFraction] {
        CauseReport report = findCauses(input, options);
        scaleSampledReport(&report, spanFraction, baselineFraction);
        promise->addResult(report);
        promise->finish();
    });
}

void CauseFetcher::fail(const ApiError &error) {
    dropRun();
    Q_EMIT failed(error);
}

void CauseFetcher::cancel() {
    dropRun();
}

void CauseFetcher::dropRun() {
    QObject *run = m_run;
    m_run = nullptr;
    m_pending = 0;
    if (!run)
        return;
    if (m_api)
        m_api->scheduler()->cancel(run);
    delete run;
}

} // namespace trro
