#include "trroapi.h"

#include "anomalies.h"
#include "parse.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace trro {
namespace {

template <typename T> using Parser = Result<QList<T>> (*)(const QJsonObject &, Page *);

// Pages through a list action until Total items arrived (or a page comes back empty: a server
// that caps PageSize below what we ask still ends), then calls back once.
template <typename T> struct PagedFetch {
    RequestScheduler *scheduler;
    QString action;
    QJsonObject params;
    QPointer<QObject> context;
    Priority priority;
    Parser<T> parse;
    TrroApi::Callback<QList<T>> callback;
    QList<T> items;
    qint64 page = 1;

    static void next(std::shared_ptr<PagedFetch> self)
    {
        QJsonObject p = self->params;
        p.insert(QStringLiteral("PageNumber"), self->page);
        p.insert(QStringLiteral("PageSize"), TrroApi::RequestedPageSize);
        ApiJob *job = self->scheduler->enqueue(self->action, p, self->priority, self->context);
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
            const qsizetype received = parsed.value().size();
            self->items.append(parsed.value());
            if (received == 0 || self->items.size() >= pageInfo.total) {
                self->callback(self->items);
                return;
            }
            ++self->page;
            next(self);
        });
    }
};

template <typename T>
void startPaged(RequestScheduler *scheduler, const QString &action, const QJsonObject &params,
                QObject *context, Priority priority, Parser<T> parse,
                TrroApi::Callback<QList<T>> callback)
{
    auto fetch = std::make_shared<PagedFetch<T>>(
        PagedFetch<T>{scheduler, action, params, context, priority, parse, std::move(callback), {}, 1});
    PagedFetch<T>::next(fetch);
}

// Runs one action and hands the parsed value to the callback, in the context's thread and
// lifetime (or the job's, without a context).
template <typename T, typename Parse>
void single(RequestScheduler *scheduler, const QString &action, const QJsonObject &params,
            QObject *context, Priority priority, Parse parse, TrroApi::Callback<T> callback)
{
    ApiJob *job = scheduler->enqueue(action, params, priority, context);
    QObject *receiver = context ? context : static_cast<QObject *>(job);
    QObject::connect(job, &ApiJob::finished, receiver, [job, parse, callback] {
        const Result<QJsonObject> &r = job->result();
        if (!r.ok()) {
            callback(r.error());
            return;
        }
        Result<T> parsed = parse(r.value());
        if (!parsed.ok()) {
            ApiError e = parsed.error();
            e.requestId = r.value().value(QLatin1String("RequestId")).toString();
            callback(e);
            return;
        }
        callback(parsed);
    });
}

} // namespace

TrroApi::TrroApi(RequestScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
{
}

QJsonObject TrroApi::statsParams(const StatsQuery &query, bool withInterval)
{
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
                                 Callback<IntervalSeries> callback, Priority priority)
{
    const QString deviceId = query.deviceId;
    const Interval interval = query.interval;
    single<IntervalSeries>(
        m_scheduler, QStringLiteral("DescribeSessionStatisticsByInterval"), statsParams(query, true),
        context, priority,
        [deviceId, interval](const QJsonObject &response) {
            Result<IntervalSeries> r = parseIntervalStatistics(response);
            if (r.ok()) {
                r.value().deviceId = deviceId;
                r.value().warnings = describeAnomalies(r.value().buckets, interval);
            }
            return r;
        },
        std::move(callback));
}

void TrroApi::sessionTotals(const StatsQuery &query, QObject *context,
                            Callback<SessionTotals> callback, Priority priority)
{
    single<SessionTotals>(m_scheduler, QStringLiteral("DescribeSessionStatistics"),
                          statsParams(query, false), context, priority, &parseSessionTotals,
                          std::move(callback));
}

void TrroApi::devices(const QString &projectId, const DeviceFilter &filter, QObject *context,
                      Callback<QList<Device>> callback, Priority priority)
{
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

void TrroApi::projects(QObject *context, Callback<QList<Project>> callback, Priority priority)
{
    startPaged<Project>(m_scheduler, QStringLiteral("DescribeProjectList"), {}, context, priority,
                        &parseProjects, std::move(callback));
}

void TrroApi::deviceSessions(const QString &projectId, const QString &deviceId, qint64 startTime,
                             qint64 endTime, QObject *context,
                             Callback<QList<DeviceSession>> callback, Priority priority)
{
    QJsonObject p;
    p.insert(QStringLiteral("ProjectId"), projectId);
    if (!deviceId.isEmpty())
        p.insert(QStringLiteral("DeviceId"), deviceId);
    if (startTime > 0)
        p.insert(QStringLiteral("StartTime"), startTime);
    if (endTime > 0)
        p.insert(QStringLiteral("EndTime"), endTime);
    startPaged<DeviceSession>(m_scheduler, QStringLiteral("DescribeDeviceSessionList"), p, context,
                              priority, &parseDeviceSessions, std::move(callback));
}

} // namespace trro
