#include "usageapi.h"

#include "clock.h"
#include "responselimits.h"
#include "singlecall.h"
#include "usageparse.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>
#include <memory>

namespace trro {
namespace {

ApiError tooManyItems(const QString &message) {
    return ApiError::make(ApiError::Kind::Malformed, QStringLiteral("TooManyItems"), message);
}

// One page's items and warnings, from a parser of the usage domain.
template <typename T> struct PageOf {
    QList<T> items;
    QStringList warnings;
    qint64 totalCount = 0;
};
template <typename T>
using PageParser = std::function<Result<PageOf<T>>(const QJsonObject &response)>;

// Pages through PageNum/PageSize/TotalCount until TotalCount items arrived (see UsageApi).
template <typename T> struct PagedUsage {
    // The context lupdate gives this struct's messages.
    static QString tr(const char *text) {
        return QCoreApplication::translate("trro::PagedUsage", text);
    }

    RequestScheduler *scheduler = nullptr;
    QString action;
    QJsonObject params;
    QPointer<QObject> context;
    Priority priority = Priority::Normal;
    qint64 valuesPerPage = 0;
    PageParser<T> parse;
    std::function<QString(const T &)> key;
    std::function<void(const Result<WarnedList<T>> &)> callback;
    WarnedList<T> list;
    QSet<QString> keys;
    qint64 page = 1;
    qint64 total = -1;
    qint64 maxPages = 1;
    qint64 deadlineMs = 0;
    qint64 deadlineUs = 0;

    static void next(const std::shared_ptr<PagedUsage> &self) {
        QJsonObject p = self->params;
        p.insert(QStringLiteral("PageNum"), self->page);
        p.insert(QStringLiteral("PageSize"), UsageApi::RequestedPageSize);
        RequestLimits bounds;
        bounds.maxValues = self->valuesPerPage;
        if (self->deadlineMs > 0) {
            bounds.deadlineMs = (self->deadlineUs - self->scheduler->clock()->monotonicUs()) / 1000;
            if (bounds.deadlineMs <= 0) {
                self->callback(ApiError::make(
                    ApiError::Kind::Timeout, QStringLiteral("Timeout"),
                    tr("The list from %1 was not complete within the deadline of %2 s (%3 "
                       "pages).")
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
            Result<PageOf<T>> parsed = self->parse(r.value());
            if (!parsed.ok()) {
                ApiError e = parsed.error();
                e.requestId = r.value().value(QLatin1String("RequestId")).toString();
                self->callback(e);
                return;
            }
            onPage(self, parsed.value());
        });
    }

    static void onPage(const std::shared_ptr<PagedUsage> &self, const PageOf<T> &received) {
        if (self->total < 0) {
            self->total = received.totalCount;
            const qint64 perPage = std::max<qint64>(1, received.items.size());
            self->maxPages = (self->total + perPage - 1) / perPage + 1;
        }
        self->list.warnings.append(received.warnings);
        qsizetype added = 0;
        for (const T &item : received.items) {
            const QString key = self->key(item);
            if (self->keys.contains(key)) {
                self->list.warnings.append(
                    tr("%1 sent %2 twice: the second is left out.").arg(self->action, key));
                continue;
            }
            self->keys.insert(key);
            self->list.items.append(item);
            ++added;
        }
        if (self->list.items.size() > self->total) {
            self->callback(tooManyItems(tr("The service sent more items of %1 than its "
                                           "TotalCount of %2.")
                                            .arg(self->action)
                                            .arg(self->total)));
            return;
        }
        if (added == 0 || self->list.items.size() >= self->total) {
            self->callback(self->list);
            return;
        }
        if (self->page >= self->maxPages) {
            self->callback(tooManyItems(tr("The list from %1 did not end after %2 pages "
                                           "(TotalCount %3).")
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
                QObject *context, Priority priority, qint64 valuesPerPage, PageParser<T> parse,
                std::function<QString(const T &)> key,
                std::function<void(const Result<WarnedList<T>> &)> callback) {
    auto fetch = std::make_shared<PagedUsage<T>>();
    fetch->scheduler = scheduler;
    fetch->action = action;
    fetch->params = params;
    fetch->context = context;
    fetch->priority = priority;
    fetch->valuesPerPage = valuesPerPage;
    fetch->parse = std::move(parse);
    fetch->key = std::move(key);
    fetch->callback = std::move(callback);
    fetch->deadlineMs = scheduler->options().jobDeadlineMs;
    if (fetch->deadlineMs > 0)
        fetch->deadlineUs = scheduler->clock()->monotonicUs() + fetch->deadlineMs * 1000;
    PagedUsage<T>::next(fetch);
}

// One action of at most one value's size.
template <typename T, typename Parse>
void single(RequestScheduler *scheduler, const QString &action, const QJsonObject &params,
            QObject *context, Priority priority, Parse parse, UsageApi::Callback<T> callback) {
    RequestLimits bounds;
    bounds.maxValues = limits::maxValues(1);
    singleCall<T>(scheduler, action, params, context, priority, parse, std::move(callback), bounds);
}

QJsonObject filterParams(const QString &projectId, const QString &deviceId) {
    QJsonObject p;
    if (!projectId.isEmpty())
        p.insert(QStringLiteral("ProjectId"), projectId);
    if (!deviceId.isEmpty())
        p.insert(QStringLiteral("DeviceId"), deviceId);
    return p;
}

// A licence entry's ids and values: how GetLicenses' pages are told apart.
QString groupKey(const LicenceGroup &g) {
    return g.licenseIds.isEmpty()
               ? QStringLiteral("%1/%2/%3").arg(int(g.status)).arg(g.expireTime).arg(g.count)
               : g.licenseIds.join(QLatin1Char(','));
}

} // namespace

UsageApi::UsageApi(RequestScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler) {}

QJsonObject UsageApi::usageParams(const UsageQuery &query) {
    QJsonObject p = filterParams(query.projectId, query.deviceId);
    p.insert(QStringLiteral("StartTime"), query.startTime);
    p.insert(QStringLiteral("EndTime"), query.endTime);
    return p;
}

void UsageApi::totalDuration(const UsageQuery &query, QObject *context,
                             Callback<UsageTotals> callback, Priority priority) {
    single<UsageTotals>(m_scheduler, QStringLiteral("GetTotalDuration"), usageParams(query),
                        context, priority, &parseTotalDuration, std::move(callback));
}

void UsageApi::durationDetails(const UsageQuery &query, QObject *context,
                               Callback<UsageDays> callback, Priority priority) {
    const qint64 from = query.startTime - 86400;
    const qint64 to = query.endTime;
    PageParser<UsageDay> parse = [from,
                                  to](const QJsonObject &response) -> Result<PageOf<UsageDay>> {
        UsagePage page;
        Result<UsageDays> r = parseDurationDetails(response, &page);
        if (!r.ok())
            return r.error();
        PageOf<UsageDay> out;
        out.totalCount = page.totalCount;
        out.warnings = r.value().warnings;
        for (const UsageDay &d : r.value().days) {
            if (d.day < from || d.day > to)
                out.warnings.append(tr("GetDurationDetails sent the day %1, outside the range "
                                       "asked for: left out.")
                                        .arg(d.day));
            else
                out.items.append(d);
        }
        return out;
    };
    startPaged<UsageDay>(
        m_scheduler, QStringLiteral("GetDurationDetails"), usageParams(query), context, priority,
        limits::maxValues(RequestedPageSize), parse,
        [](const UsageDay &d) { return QString::number(d.day); },
        [callback = std::move(callback)](const Result<WarnedList<UsageDay>> &r) {
            if (!r.ok()) {
                callback(r.error());
                return;
            }
            UsageDays days{r.value().items, r.value().warnings};
            std::stable_sort(days.days.begin(), days.days.end(),
                             [](const UsageDay &a, const UsageDay &b) { return a.day < b.day; });
            callback(days);
        });
}

void UsageApi::licenseStat(QObject *context, Callback<LicenceStat> callback, Priority priority) {
    single<LicenceStat>(m_scheduler, QStringLiteral("GetLicenseStat"), {}, context, priority,
                        &parseLicenseStat, std::move(callback));
}

void UsageApi::licenses(const QString &projectId, const QString &deviceId, QObject *context,
                        Callback<WarnedList<LicenceGroup>> callback, Priority priority) {
    PageParser<LicenceGroup> parse =
        [](const QJsonObject &response) -> Result<PageOf<LicenceGroup>> {
        UsagePage page;
        auto r = parseLicenses(response, &page);
        if (!r.ok())
            return r.error();
        return PageOf<LicenceGroup>{r.value().items, r.value().warnings, page.totalCount};
    };
    // Entries list their ids: room for a few thousand a page.
    startPaged<LicenceGroup>(
        m_scheduler, QStringLiteral("GetLicenses"), filterParams(projectId, deviceId), context,
        priority, limits::maxValues(RequestedPageSize * 40), parse, &groupKey, std::move(callback));
}

void UsageApi::licenceDevices(const QString &projectId, const QString &deviceId, QObject *context,
                              Callback<WarnedList<DeviceLicence>> callback, Priority priority) {
    PageParser<DeviceLicence> parse =
        [](const QJsonObject &response) -> Result<PageOf<DeviceLicence>> {
        UsagePage page;
        auto r = parseLicenceDevices(response, &page);
        if (!r.ok())
            return r.error();
        return PageOf<DeviceLicence>{r.value().items, r.value().warnings, page.totalCount};
    };
    startPaged<DeviceLicence>(
        m_scheduler, QStringLiteral("GetDevices"), filterParams(projectId, deviceId), context,
        priority, limits::maxValues(RequestedPageSize * 40), parse,
        [](const DeviceLicence &d) { return d.deviceId; }, std::move(callback));
}

void UsageApi::deviceLicense(const QString &projectId, const QString &deviceId, QObject *context,
                             Callback<qint64> callback, Priority priority) {
    single<qint64>(m_scheduler, QStringLiteral("GetDeviceLicense"),
                   filterParams(projectId, deviceId), context, priority, &parseDeviceLicense,
                   std::move(callback));
}

} // namespace trro
