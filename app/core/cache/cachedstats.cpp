#include "cachedstats.h"

#include "anomalies.h"
#include "apiclient.h"
#include "clock.h"
#include "modelformat.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QSet>
#include <QTimeZone>

namespace trro {
namespace {

Q_LOGGING_CATEGORY(lcCache, "trro.cache")

// Finished probes kept for queries that arrive a little later.
constexpr qsizetype ProbesKept = 64;

bool cacheable(const StatsQuery &q) {
    return !q.projectId.isEmpty() && q.startTime > 0 && q.endTime > q.startTime;
}

} // namespace

struct CachedStats::Pending {
    StatsQuery query;
    CacheKey key;
    QPointer<QObject> context;
    bool hasContext = false;
    DetailedCallback callback;
    Priority priority = Priority::Normal;
    qint64 now = 0;
    StatsCache::Loaded loaded;
    TimeRanges quiet;
    TimeRanges busy;
    int requests = 0;
};

struct CachedStats::Probe {
    TimeRanges::Range window;
    bool done = false;
    bool ok = false;
    bool anySession = false;
    QSet<QString> devices;
    QList<PendingPtr> waiting;
};

CachedStats::CachedStats(TrroApi *api, AsyncStatsCache *cache, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_clock(Clock::orSystem(clock)) {
    connect(m_cache, &AsyncStatsCache::warning, this, [this](const QString &message) {
        // Shown by whoever listens (a banner, stderr of trro-stats); logged when nobody does.
        if (!isSignalConnected(QMetaMethod::fromSignal(&CachedStats::warning)))
            qCWarning(lcCache).noquote() << message;
        Q_EMIT warning(message);
    });
}

CachedStats::~CachedStats() = default;

qint64 CachedStats::serviceNow() const {
    // The local clock, or the service's when it is behind ours (the correction is bounded
    // to a day): a service clock running ahead can never make an open bucket look final.
    const qint64 local = m_clock->wallSecs();
    return std::min(local, local + m_api->scheduler()->client()->clockOffset());
}

void CachedStats::intervalStatistics(const StatsQuery &query, QObject *context, Callback callback,
                                     Priority priority) {
    intervalStatisticsDetailed(
        query, context,
        [callback = std::move(callback)](const Result<IntervalSeries> &r, const CacheOutcome &) {
            callback(r);
        },
        priority);
}

void CachedStats::intervalStatisticsDetailed(const StatsQuery &query, QObject *context,
                                             DetailedCallback callback, Priority priority) {
    ++m_stats.queries;
    auto p = std::make_shared<Pending>();
    p->query = query;
    // What a key may see depends on its account and permissions: one scope per SecretId.
    const ApiClient *client = m_api->scheduler()->client();
    p->key =
        CacheKey{client->endpoint().toString() + QLatin1Char('#') + client->credentials().secretId,
                 query.projectId, query.deviceId, query.interval};
    p->context = context;
    p->hasContext = context != nullptr;
    p->callback = std::move(callback);
    p->priority = priority;
    if (!m_enabled || !cacheable(query)) {
        passThrough(p);
        return;
    }
    p->now = serviceNow();
    m_cache->load(p->key, query.startTime, query.endTime, p->now - m_policy.maxAgeSec, this,
                  [this, p](const StatsCache::Loaded &loaded) {
                      if (p->hasContext && !p->context)
                          return; // the caller went away while the file was read
                      p->loaded = loaded;
                      if (loaded.ok)
                          plan(p);
                      else
                          passThrough(p);
                  });
}

void CachedStats::passThrough(const PendingPtr &p) {
    if (p->hasContext && !p->context)
        return;
    ++m_stats.fetches;
    ++p->requests;
    QObject *receiver = p->hasContext ? p->context.data() : this;
    m_api->intervalStatistics(
        p->query, receiver,
        [this, p](const Result<IntervalSeries> &r) {
            CacheOutcome outcome;
            outcome.requests = p->requests;
            deliver(p, r, outcome);
        },
        p->priority);
}

void CachedStats::plan(const PendingPtr &p) {
    PlanInput in;
    in.start = p->query.startTime;
    in.end = p->query.endTime;
    in.now = p->now;
    in.pieces = p->loaded.pieces;
    in.boundaries = p->loaded.boundaries;
    in.quiet = p->quiet;
    in.busy = p->busy;
    const CachePlan result = planQuery(in, m_policy);
    switch (result.action) {
    case CachePlan::Action::Serve:
        serve(p, result);
        return;
    case CachePlan::Action::Probe:
        probe(p, result.probe);
        return;
    case CachePlan::Action::Fetch:
    case CachePlan::Action::Unavailable:
        fetch(p, result);
        return;
    }
}

void CachedStats::serve(const PendingPtr &p, const CachePlan &plan) {
    ++m_stats.servedFromCache;
    // Pieces that serve a clip other than their own are stored with the new clip, so that the
    // next move of the window starts from it.
    for (const CachePiece &piece : plan.kept) {
        const qint64 needStart = std::max(p->query.startTime, piece.cellStart);
        const qint64 needEnd = std::min(p->query.endTime, piece.cellEnd);
        if (piece.clipStart != needStart || piece.clipEnd != needEnd) {
            CachePiece derived = piece;
            derived.clipStart = needStart;
            derived.clipEnd = needEnd;
            m_cache->storeDerived(p->key, derived, m_policy.settleSec);
        }
    }
    m_cache->touch(p->key, p->now);
    CacheOutcome outcome;
    outcome.fromCache = true;
    outcome.ageSeconds = plan.dataAsOf > 0 ? std::max<qint64>(0, p->now - plan.dataAsOf) : 0;
    outcome.requests = p->requests;
    deliver(p, makeSeries(p, assembleBuckets(plan.kept)), outcome);
}

void CachedStats::fetch(const PendingPtr &p, const CachePlan &plan) {
    if (p->hasContext && !p->context)
        return; // the caller went away while a probe ran
    StatsQuery sub = p->query;
    sub.startTime = plan.fetchStart;
    sub.endTime = plan.fetchEnd;
    ++m_stats.fetches;
    ++p->requests;
    if (sub.startTime != p->query.startTime || sub.endTime != p->query.endTime)
        ++m_stats.partialFetches;
    const qint64 fetchedAt = serviceNow();
    QObject *receiver = p->hasContext ? p->context.data() : this;
    m_api->intervalStatistics(
        sub, receiver,
        [this, p, plan, fetchedAt](const Result<IntervalSeries> &r) {
            onFetched(p, plan, fetchedAt, r);
        },
        p->priority);
}

void CachedStats::onFetched(const PendingPtr &p, const CachePlan &plan, qint64 fetchedAt,
                            const Result<IntervalSeries> &result) {
    CacheOutcome outcome;
    outcome.requests = p->requests;
    if (!result.ok()) {
        if (result.error().isRetryable())
            serveOffline(p, result);
        else
            deliver(p, result, outcome);
        return;
    }
    const bool whole = plan.fetchStart == p->query.startTime && plan.fetchEnd == p->query.endTime;
    const AbsorbedAnswer absorbed =
        absorbAnswer(plan.fetchStart, plan.fetchEnd, fetchedAt, result.value().buckets);
    if (!absorbed.clean) {
        // Hostile or unexpected data is never combined: the whole range, as the service says.
        if (whole)
            deliver(p, result, outcome);
        else
            passThrough(p);
        return;
    }
    m_cache->store(p->key, plan.fetchStart, plan.fetchEnd, absorbed, m_policy.settleSec);
    IntervalSeries series = makeSeries(p, assembleBuckets(plan.kept, result.value().buckets));
    series.requestId = result.value().requestId;
    outcome.ageSeconds = plan.dataAsOf > 0 ? std::max<qint64>(0, p->now - plan.dataAsOf) : 0;
    deliver(p, series, outcome);
}

void CachedStats::serveOffline(const PendingPtr &p, const Result<IntervalSeries> &failure) {
    m_cache->load(p->key, p->query.startTime, p->query.endTime, 0, this,
                  [this, p, failure](const StatsCache::Loaded &loaded) {
                      if (serveOfflineFrom(p, failure.error(), loaded))
                          return;
                      CacheOutcome outcome;
                      outcome.requests = p->requests;
                      deliver(p, failure, outcome);
                  });
}

bool CachedStats::serveOfflineFrom(const PendingPtr &p, const ApiError &error,
                                   const StatsCache::Loaded &loaded) {
    const qint64 now = serviceNow();
    if (!loaded.ok)
        return false;
    PlanInput in;
    in.start = p->query.startTime;
    in.end = p->query.endTime;
    in.now = now;
    in.pieces = loaded.pieces;
    in.boundaries = loaded.boundaries;
    in.quiet = p->quiet;
    in.offline = true;
    const CachePlan plan = planQuery(in, m_policy);
    if (plan.action != CachePlan::Action::Serve)
        return false;
    ++m_stats.servedOffline;
    CacheOutcome outcome;
    outcome.fromCache = true;
    outcome.offline = true;
    outcome.serviceError = error;
    outcome.requests = p->requests;
    outcome.ageSeconds = plan.dataAsOf > 0 ? std::max<qint64>(0, now - plan.dataAsOf) : 0;
    outcome.notCached = plan.notCached;
    IntervalSeries series;
    series.deviceId = p->query.deviceId;
    series.buckets = assembleBuckets(plan.kept);
    series.warnings = describeAnomalies(series.buckets, p->query.interval, false);
    const QString gaps = emptyIntervalsWarning(
        countEmptyIntervals(series.buckets, p->query.interval, plan.notCached));
    if (!gaps.isEmpty())
        series.warnings << gaps;
    series.warnings << offlineNote(error, outcome.ageSeconds, plan.notCached);
    Q_EMIT servedOffline(p->query.projectId, p->query.deviceId, outcome.ageSeconds);
    deliver(p, series, outcome);
    return true;
}

QString CachedStats::offlineNote(const ApiError &error, qint64 ageSeconds,
                                 const TimeRanges &notCached) {
    QString note =
        ageSeconds > 0
            ? tr("The service could not be reached (%1); these figures come from the local "
                 "cache and may be up to %2 old.")
                  .arg(error.code, formatAge(ageSeconds))
            : tr("The service could not be reached (%1); these figures come from the local "
                 "cache and are final.")
                  .arg(error.code);
    if (notCached.isEmpty())
        return note;
    const auto utc = [](qint64 t) {
        return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate);
    };
    QStringList ranges;
    constexpr qsizetype Shown = 3;
    for (const TimeRanges::Range &r : notCached.ranges().mid(0, Shown))
        ranges << utc(r.start) + QStringLiteral(" \u2013 ") + utc(r.end);
    QString list = ranges.join(QLatin1String(", "));
    if (notCached.ranges().size() > Shown)
        list +=
            QLatin1Char(' ') + tr("and %n more", nullptr, int(notCached.ranges().size() - Shown));
    return note + QLatin1Char(' ') +
           tr("Not in the cache, so left out (not empty, unknown): %1; buckets reaching into "
              "these times are not shown.")
               .arg(list);
}

void CachedStats::probe(const PendingPtr &p, const TimeRanges::Range &window) {
    const QString id = p->key.endpoint + QLatin1Char('\n') + p->key.projectId + QLatin1Char('\n') +
                       QString::number(window.start) + QLatin1Char('-') +
                       QString::number(window.end);
    auto it = m_probes.find(id);
    if (it != m_probes.end()) {
        if ((*it)->done) {
            applyProbe(p, **it);
            plan(p);
        } else {
            (*it)->waiting.append(p);
        }
        return;
    }
    if (m_probes.size() >= ProbesKept) {
        for (auto i = m_probes.begin(); i != m_probes.end();)
            i = (*i)->done ? m_probes.erase(i) : std::next(i);
    }
    auto state = std::make_shared<Probe>();
    state->window = window;
    state->waiting.append(p);
    m_probes.insert(id, state);
    ++m_stats.probes;
    m_api->deviceSessions(
        p->query.projectId, QString(), window.start, window.end, this,
        [this, state](const Result<QList<DeviceSession>> &r) {
            state->done = true;
            state->ok = r.ok();
            if (r.ok()) {
                for (const DeviceSession &s : r.value()) {
                    // Only sessions starting inside the window change the statistics there.
                    if (s.startTime < state->window.start || s.startTime >= state->window.end)
                        continue;
                    state->anySession = true;
                    state->devices.insert(s.fieldDeviceId);
                    state->devices.insert(s.remoteDeviceId);
                }
            }
            const QList<PendingPtr> waiting = std::exchange(state->waiting, {});
            for (const PendingPtr &w : waiting) {
                if (w->hasContext && !w->context)
                    continue;
                applyProbe(w, *state);
                plan(w);
            }
        },
        p->priority);
}

void CachedStats::applyProbe(const PendingPtr &p, const Probe &probe) {
    const bool active =
        !probe.ok || (p->query.deviceId.isEmpty() ? probe.anySession
                                                  : probe.devices.contains(p->query.deviceId));
    if (active)
        p->busy.add(probe.window.start, probe.window.end);
    else
        p->quiet.add(probe.window.start, probe.window.end);
}

IntervalSeries CachedStats::makeSeries(const PendingPtr &p,
                                       const QList<IntervalBucket> &buckets) const {
    IntervalSeries series;
    series.deviceId = p->query.deviceId;
    series.buckets = buckets;
    series.warnings = describeAnomalies(buckets, p->query.interval);
    return series;
}

void CachedStats::deliver(const PendingPtr &p, const Result<IntervalSeries> &result,
                          const CacheOutcome &outcome) {
    if (p->hasContext && !p->context)
        return;
    p->callback(result, outcome);
}

} // namespace trro
