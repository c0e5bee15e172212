#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace trro {

// Granularity of DescribeSessionStatisticsByInterval.
enum class Interval { Hour, Day, Month };

QString intervalName(Interval interval);                     // "hour" | "day" | "month"
bool parseInterval(const QString &text, Interval *interval); // accepts the API names
qint64 nominalSeconds(Interval interval);                    // 3600, 86400, 30 * 86400

// One SessionIntervalStatistic, exactly as the service returned it.
struct IntervalBucket {
    qint64 startTime = 0; // unix seconds
    qint64 endTime = 0;   // unix seconds; may be before startTime in hostile data
    qint64 sessionNum = 0;
    qint64 totalDuration = 0;   // minutes
    int notBadSessionRatio = 0; // integer percent 0..100
    qint64 activeFieldDeviceNum = 0;
    qint64 activeRemoteDeviceNum = 0;

    friend bool operator==(const IntervalBucket &, const IntervalBucket &) = default;
};

// DescribeSessionStatistics: totals over a range.
struct SessionTotals {
    qint64 sessionNum = 0;
    qint64 totalDuration = 0; // minutes
    int notBadSessionRatio = 0;
    qint64 activeFieldDeviceNum = 0;
    qint64 activeRemoteDeviceNum = 0;

    friend bool operator==(const SessionTotals &, const SessionTotals &) = default;
};

enum class DeviceType { Unknown, Field, Remote };
QString deviceTypeName(DeviceType type); // "field" | "remote" | ""
DeviceType parseDeviceType(const QString &text);

struct Device {
    QString deviceId;
    QString deviceName;
    QString deviceStatus; // offline | ready | connected
    DeviceType deviceType = DeviceType::Unknown;
    QString projectId;
    QDateTime modifyTime;
    QDateTime lastReportTime;

    friend bool operator==(const Device &, const Device &) = default;
};

struct Project {
    QString projectId;
    QString projectName;
    QString projectDescription;
    QString policyMode;
    QDateTime modifyTime;

    friend bool operator==(const Project &, const Project &) = default;
};

struct DeviceSession {
    QString sessionId;
    QString remoteDeviceId;
    QString fieldDeviceId;
    QString resolution;
    qint64 startTime = 0;
    qint64 endTime = 0;
    QString quality; // good | normal | bad

    friend bool operator==(const DeviceSession &, const DeviceSession &) = default;
};

// One RecentSessionInfo of DescribeRecentSessionList: a session the service saw recently and
// has not seen end. LatestUpdateTime is the last report of either side.
struct RecentSession {
    QString sessionId;
    QString remoteDeviceId;
    QString fieldDeviceId;
    QString resolution;
    qint64 startTime = 0;        // unix seconds
    qint64 latestUpdateTime = 0; // unix seconds

    friend bool operator==(const RecentSession &, const RecentSession &) = default;
};

// Filters of the statistics actions. An empty deviceId means the whole project.
struct StatsQuery {
    QString projectId;
    QString deviceId;
    Interval interval = Interval::Day;
    qint64 startTime = 0; // 0: not sent
    qint64 endTime = 0;   // 0: not sent
};

// The result of one DescribeSessionStatisticsByInterval call.
struct IntervalSeries {
    QString deviceId;              // empty for the project
    QList<IntervalBucket> buckets; // in the order the service returned them
    QStringList warnings;          // anomalies found in the buckets (see anomalies.h)
    QString requestId;
};

} // namespace trro

Q_DECLARE_METATYPE(trro::IntervalBucket)
Q_DECLARE_METATYPE(trro::Device)
Q_DECLARE_METATYPE(trro::Project)
Q_DECLARE_METATYPE(trro::DeviceSession)
