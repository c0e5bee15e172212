#include "trroapi.h"

#include "anomalies.h"
#include "clock.h"
#include "parse.h"
#include "responselimits.h"
#include "singlecall.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>
#include <memory>

namespace trro {
namespace {

template <typename T> using Parser = Result<QList<T>> (*)(const QJsonObject &, Page *);

QString itemKey(const Device &d) {
    return d.deviceId;
}
QString itemKey(const Project &p) {
    return p.projectId;
}
QString itemKey(const DeviceSession &s) {
    return s.sessionId;
}
QString itemKey(const RecentSession &s) {
    return s.sessionId;
}

ApiError tooManyItems(const QString &message) {
    return ApiError::make(ApiError::Kind::Malformed, QStringLiteral("TooManyItems"), message);
}

// Pages through a list action until Total items arrived, then calls back once. Bounded
// whatever the service says: the first page's Total and the number of items on it fix the
// number of pages (ceil(Total / items per page) + 1 at most); a page that comes back empty
// or adds nothing new ends the list (a server that caps PageSize below what we ask still
// ends); more items than Total is an error; and the whole list shares one deadline.
template <typename T> struct PagedFetch {
    RequestScheduler *scheduler;
    QString action;
    QJsonObject params;
    QPointer<QObject> context;
    Priority priority;
    Parser<T> parse;
    TrroApi::Callback<QList<T>> callback;
    QList<T> items;
    QSet<QString> keys;
    qint64 page = 1;
    qint64 total = -1;   // from the first page
    qint64 maxPages = 1; // from the first page
    qint64 deadlineMs = 0;
    qint64 deadlineUs = 0; // on the scheduler's clock

    static void next(std::shared_ptr<PagedFetch> self) {
        QJsonObject p = self->params;
        p.insert(QStringLiteral("PageNumber"), self->page);
        p.insert(QStringLiteral("PageSize"), TrroApi::RequestedPageSize);
        RequestLimits bounds;
        bounds.maxValues = limits::maxValues(TrroApi::RequestedPageSize);
        if (self->deadlineMs > 0) {
            bounds.deadlineMs = (self->deadlineUs - self->scheduler->clock()->monotonicUs()) / 1000;
            if (bounds.deadlineMs <= 0) {
                self->callback(ApiError::make(
                    ApiError::Kind::Timeout, QStringLiteral("Timeout"),
                    QCoreApplication::translate("trro::TrroApi",
                                                "The list from %1 was not complete within the "
                                                "deadline of %2 s (%3 pages).")
                        .arg(self->action)
                        .arg(double(self->deadlineMs) / 1000.0)
                        .arg(self->page - 1)));
                return;
            }
        }
        ApiJob *job =
            self->scheduler->enqueue(self->action, p, self->priority, self->context, bounds);
        QObject *receiver = self->context ? self->context.data() : static_cast<QObject *>(job);
        QObject::connect(job, &ApiJob::finished, receiver, [self, job] {
            const Result<QJsonObject> &r = job->result();
            if (!r.ok()) {
                self->callback(r.error());
                return;
            }
            Page pageInfo;
            Result<QList<T>> parsed = self->parse(r.value(), &pageInfo);
            if (!parsed.ok()) {
                ApiError e = parsed.error();
                e.requestId = r.value().value(QLatin1String("RequestId")).toString();
                self->callback(e);
                return;
            }
            self->onPage(self, parsed.value(), pageInfo);
        });
    }

    static void onPage(const std::shared_ptr<PagedFetch> &self, const QList<T> &received,
                       const Page &pageInfo) {
        if (self->total < 0) {
            self->total = pageInfo.total;
            const qint64 perPage = std::max<qint64>(1, received.size());
            self->maxPages = (self->total + perPage - 1) / perPage + 1;
        }
        qsizetype added = 0;
        for (const T &item : received) {
            const QString key = itemKey(item);
            if (!key.isEmpty() && self->keys.contains(key))
                continue; // a page repeated by the service
            self->keys.insert(key);
            self->items.append(item);
            ++added;
        }
        if (self->items.size() > self->total) {
            self->callback(tooManyItems(
                QCoreApplication::translate("trro::TrroApi",
                                            "The service sent more items of %1 than its Total "
                                            "of %2.")
                    .arg(self->action)
                    .arg(self->total)));
            return;
        }
        if (added == 0 || self->items.size() >= self->total) {
            self->callback(self->items);
            return;
        }
        if (self->page >= self->maxPages) {
            self->callback(tooManyItems(
                QCoreApplication::translate("trro::TrroApi",
                                            "The list from %1 did not end after %2 pages "
                                            "(Total %3).")
                    .arg(self->action)
                    .arg(self->page)
                    .arg(self->total)));
            return;
        }
        ++self->page;
        next(self);
    }
};

template <typename T>
void startPaged(RequestScheduler *scheduler, const QString &action, const QJsonObject &params,
                QObject *context, Priority priority, Parser<T> parse,
                TrroApi::Callback<QList<T>> callback) {
    auto fetch = std::make_shared<PagedFetch<T>>();
    fetch->scheduler = scheduler;
    fetch->action = action;
    fetch->params = params;
    fetch->context = context;
    fetch->priority = priority;
    fetch->parse = parse;
    fetch->callback = std::move(callback);
    fetch->deadlineMs = scheduler->options().jobDeadlineMs;
    if (fetch->deadlineMs > 0)
        fetch->deadlineUs = scheduler->clock()->monotonicUs() + fetch->deadlineMs * 1000;
    PagedFetch<T>::next(fetch);
}

template <typename T, typename Parse>
void single(RequestScheduler *scheduler, const QString &action, const QJsonObject &params,
            QObject *context, Priority priority, Parse parse, TrroApi::Callback<T> callback,
            const RequestLimits &limits = {}) {
    singleCall<T>(scheduler, action, params, context, priority, parse, std::move(callback), limits);
}

} // namespace

TrroApi::TrroApi(RequestScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler) {}

QJsonObject TrroApi::statsParams(const StatsQuery &query, bool withInterval) {
    QJsonObject p;
    p.insert(QStringLiteral("ProjectId"), query.projectId);
    if (withInterval)
        p.insert(QStringLiteral("StatisticInterval"), intervalName(query.interval));
    if (!query.deviceId.isEmpty())
        p.insert(QStringLiteral("DeviceId"), query.deviceId);
    if (query.startTime > 0)
        p.insert(QStringLiteral("StartTime"), query.startTime);
    if (query.endTime > 0)
        p.insert(QStringLiteral("EndTime"), query.endTime);
    return p;
}

void TrroApi::intervalStatistics(const StatsQuery &query, QObject *context,
                                 Callback<IntervalSeries> callback, Priority priority) {
    const QString deviceId = query.deviceId;
    const Interval interval = query.interval;
    // A statistics answer cannot hold more buckets than the range has intervals (plus slack).
    const qint64 maxBuckets = limits::maxBuckets(query);
    RequestLimits requestLimits;
    requestLimits.maxValues = limits::maxValues(maxBuckets);
    single<IntervalSeries>(
        m_scheduler, QStringLiteral("DescribeSessionStatisticsByInterval"),
        statsParams(query, true), context, priority,
        [deviceId, interval, maxBuckets](const QJsonObject &response) -> Result<IntervalSeries> {
            Result<IntervalSeries> r = parseIntervalStatistics(response);
            if (r.ok() && r.value().buckets.size() > maxBuckets) {
                return tooManyItems(
                    QCoreApplication::translate("trro::TrroApi",
                                                "The service sent %1 buckets for a range that "
                                                "has room for at most %2.")
                        .arg(r.value().buckets.size())
                        .arg(maxBuckets));
            }
            if (r.ok()) {
                r.value().deviceId = deviceId;
                r.value().warnings = describeAnomalies(r.value().buckets, interval);
            }
            return r;
        },
        std::move(callback), requestLimits);
}

void TrroApi::sessionTotals(const StatsQuery &query, QObject *context,
                            Callback<SessionTotals> callback, Priority priority) {
    RequestLimits requestLimits;
    requestLimits.maxValues = limits::maxValues(1);
    single<SessionTotals>(m_scheduler, QStringLiteral("DescribeSessionStatistics"),
                          statsParams(query, false), context, priority, &parseSessionTotals,
                          std::move(callback), requestLimits);
}

void TrroApi::sessionTelemetry(const QString &sessionId, qint64 startTime, qint64 endTime,
                               QObject *context, Callback<QList<SideTelemetry>> callback,
                               Priority priority) {
    QJsonObject p;
    p.insert(QStringLiteral("SessionId"), sessionId);
    if (startTime > 0)
        p.insert(QStringLiteral("StartTime"), startTime);
    if (endTime > 0)
        p.insert(QStringLiteral("EndTime"), endTime);
    // Two sides of a day at one sample per second, about 40 arrays each, a few cards.
    RequestLimits requestLimits;
    requestLimits.maxValues = limits::EnvelopeValues + qint64(2) * 86400 * 64;
    single<QList<SideTelemetry>>(m_scheduler, QStringLiteral("DescribeDeviceSessionDetails"), p,
                                 context, priority, &parseSessionTelemetry, std::move(callback),
                                 requestLimits);
}

void TrroApi::devices(const QString &projectId, const DeviceFilter &filter, QObject *context,
                      Callback<QList<Device>> callback, Priority priority) {
    QJsonObject p;
    p.insert(QStringLiteral("ProjectId"), projectId);
    if (filter.type != DeviceType::Unknown)
        p.insert(QStringLiteral("DeviceType"), deviceTypeName(filter.type));
    if (!filter.searchWords.isEmpty())
        p.insert(QStringLiteral("SearchWords"), filter.searchWords);
    if (!filter.status.isEmpty())
        p.insert(QStringLiteral("DeviceStatus"), filter.status);
    startPaged<Device>(m_scheduler, QStringLiteral("DescribeDeviceList"), p, context, priority,
                       &parseDevices, std::move(callback));
}

void TrroApi::projects(QObject *context, Callback<QList<Project>> callback, Priority priority) {
    startPaged<Project>(m_scheduler, QStringLiteral("DescribeProjectList"), {}, context, priority,
                        &parseProjects, std::move(callback));
}

namespace {

QJsonObject sessionListParams(const QString &projectId, const QString &deviceId, qint64 startTime,
                              qint64 endTime) {
    QJsonObject p;
    p.insert(QStringLiteral("ProjectId"), projectId);
    if (!deviceId.isEmpty())
        p.insert(QStringLiteral("DeviceId"), deviceId);
    if (startTime > 0)
        p.insert(QStringLiteral("StartTime"), startTime);
    if (endTime > 0)
        p.insert(QStringLiteral("EndTime"), endTime);
    return p;
}

Result<DeviceSessionPage> parseFirstSessionPage(const QJsonObject &response) {
    Page pageInfo;
    const Result<QList<DeviceSession>> parsed = parseDeviceSessions(response, &pageInfo);
    if (!parsed.ok())
        return parsed.error();
    DeviceSessionPage page;
    QSet<QString> keys;
    for (const DeviceSession &s : parsed.value()) {
        if (!s.sessionId.isEmpty() && keys.contains(s.sessionId))
            continue;
        keys.insert(s.sessionId);
        page.sessions.append(s);
    }
    page.total = pageInfo.total;
    if (page.total < page.sessions.size())
        return tooManyItems(QCoreApplication::translate("trro::TrroApi",
                                                        "The service sent more items of %1 than "
                                                        "its Total of %2.")
                                .arg(QStringLiteral("DescribeDeviceSessionList"))
                                .arg(page.total));
    return page;
}

} // namespace

void TrroApi::deviceSessions(const QString &projectId, const QString &deviceId, qint64 startTime,
                             qint64 endTime, QObject *context,
                             Callback<QList<DeviceSession>> callback, Priority priority) {
    startPaged<DeviceSession>(m_scheduler, QStringLiteral("DescribeDeviceSessionList"),
                              sessionListParams(projectId, deviceId, startTime, endTime), context,
                              priority, &parseDeviceSessions, std::move(callback));
}

void TrroApi::deviceSessionsFirstPage(const QString &projectId, const QString &deviceId,
                                      qint64 startTime, qint64 endTime, QObject *context,
                                      Callback<DeviceSessionPage> callback, Priority priority) {
    QJsonObject p = sessionListParams(projectId, deviceId, startTime, endTime);
    p.insert(QStringLiteral("PageNumber"), 1);
    p.insert(QStringLiteral("PageSize"), RequestedPageSize);
    RequestLimits bounds;
    bounds.maxValues = limits::maxValues(RequestedPageSize);
    single<DeviceSessionPage>(m_scheduler, QStringLiteral("DescribeDeviceSessionList"), p, context,
                              priority, &parseFirstSessionPage, std::move(callback), bounds);
}

void TrroApi::recentSessions(const QString &projectId, const QString &deviceId, QObject *context,
                             Callback<QList<RecentSession>> callback, Priority priority) {
    QJsonObject p;
    p.insert(QStringLiteral("ProjectId"), projectId);
    if (!deviceId.isEmpty())
        p.insert(QStringLiteral("DeviceId"), deviceId);
    startPaged<RecentSession>(m_scheduler, QStringLiteral("DescribeRecentSessionList"), p, context,
                              priority, &parseRecentSessions, std::move(callback));
}

} // namespace trro
