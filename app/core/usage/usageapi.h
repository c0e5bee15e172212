#pragma once

#include "requestscheduler.h"
#include "result.h"
#include "usagetypes.h"

#include <QObject>
#include <functional>

namespace trro {

// What GetTotalDuration and GetDurationDetails are asked for.
struct UsageQuery {
    QString projectId;
    QString deviceId; // empty: the whole project
    qint64 startTime = 0;
    qint64 endTime = 0;
};

// The usage and licence actions, on the shared RequestScheduler (signed by its ApiClient,
// under its rate limit, retries and deadlines). Every call takes a context object like
// TrroApi's. Paged lists (GetDurationDetails, GetLicenses, GetDevices: PageNum, PageSize,
// TotalCount) are fetched with the same bounds as TrroApi's lists: the first page's TotalCount
// and size fix the most pages asked for (ceil(TotalCount / items per page) + 1), a page that
// adds nothing ends the list, more items than TotalCount is an error (TooManyItems), and the
// whole list shares one deadline.
class UsageApi final : public QObject {
    Q_OBJECT
public:
    static constexpr int RequestedPageSize = 100;

    explicit UsageApi(RequestScheduler *scheduler, QObject *parent = nullptr);
    RequestScheduler *scheduler() const { return m_scheduler; }

    template <typename T> using Callback = std::function<void(const Result<T> &)>;

    void totalDuration(const UsageQuery &query, QObject *context, Callback<UsageTotals> callback,
                       Priority priority = Priority::Normal);
    // Every day of the range; days outside [startTime - 1 day, endTime] and days sent twice are
    // left out with a warning.
    void durationDetails(const UsageQuery &query, QObject *context, Callback<UsageDays> callback,
                         Priority priority = Priority::Normal);
    void licenseStat(QObject *context, Callback<LicenceStat> callback,
                     Priority priority = Priority::Normal);
    // projectId, deviceId: empty for all.
    void licenses(const QString &projectId, const QString &deviceId, QObject *context,
                  Callback<WarnedList<LicenceGroup>> callback,
                  Priority priority = Priority::Normal);
    // GetDevices: the devices and their licences; a device sent twice is kept once.
    void licenceDevices(const QString &projectId, const QString &deviceId, QObject *context,
                        Callback<WarnedList<DeviceLicence>> callback,
                        Priority priority = Priority::Normal);
    void deviceLicense(const QString &projectId, const QString &deviceId, QObject *context,
                       Callback<qint64> callback, Priority priority = Priority::Normal);

    static QJsonObject usageParams(const UsageQuery &query);

private:
    RequestScheduler *m_scheduler;
};

} // namespace trro
