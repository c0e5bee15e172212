#pragma once

#include <QJsonObject>
#include <QString>

namespace trro::sim {

class Fleet;
class ParamReader;

struct ActionResult {
    QJsonObject fields; // the members of Response besides RequestId
    QString errorCode;  // empty on success
    QString errorMessage;

    bool ok() const { return errorCode.isEmpty(); }
};

// Serves the TRRO actions from the fleet, validating parameters like the service.
//
// Defaults when StartTime/EndTime are absent: EndTime = now (the service's clock); StartTime =
// EndTime - 24 h for hour buckets, - 31 days for day buckets, - 366 days for month buckets,
// - 31 days for DescribeSessionStatistics and - 7 days for DescribeDeviceSessionList.
// StartTime 0 is a valid value (from the start of the history). StartTime > EndTime is
// InvalidParameterValue. An unknown ProjectId is ResourceNotFound; an unknown DeviceId (or one
// of another project) selects nothing. PageNumber counts from 1 (0 is read as 1); PageSize
// defaults to 10 and is capped at the service's page size cap. DescribeRecentSessionList looks
// at the last two hours: a StartTime or EndTime absent or outside them reads as two hours ago
// and now. A running session's details end at its latest report.
// The usage and licence actions (GetTotalDuration, GetDurationDetails, GetLicenseStat,
// GetLicenses, GetDeviceLicense, GetDevices) take StartTime and EndTime as required where the
// API says so (StartTime > EndTime is InvalidParameterValue) and PageNum/PageSize as required
// numbers from 1 (0 is InvalidParameterValue; PageSize is capped like the others); a ProjectId
// that does not exist is ResourceNotFound, a DeviceId the project lacks selects nothing (for
// GetDeviceLicense it is ResourceNotFound). See fleetusage.h and licencebook.h for the values.
class ActionHandler final {
public:
    ActionHandler(Fleet *fleet, int pageSizeCap);

    static bool isServed(const QString &action); // the actions this service answers
    static bool isKnown(const QString &action);  // every action of the 2022-03-25 API

    void setPageSizeCap(int cap) { m_pageSizeCap = cap; }
    // Added to DescribeSessionStatistics' SessionNum (see FaultOptions::totalsSessionSkew).
    void setTotalsSessionSkew(int skew) { m_totalsSessionSkew = skew; }
    ActionResult handle(const QString &action, const QJsonObject &params, qint64 now);

private:
    ActionResult intervalStatistics(ParamReader &params, qint64 now);
    ActionResult sessionStatistics(ParamReader &params, qint64 now);
    ActionResult deviceList(ParamReader &params, qint64 now);
    ActionResult projectList(ParamReader &params);
    ActionResult projectInfo(ParamReader &params);
    ActionResult deviceInfo(ParamReader &params, qint64 now);
    ActionResult deviceSessionList(ParamReader &params, qint64 now);
    ActionResult recentSessionList(ParamReader &params, qint64 now);
    ActionResult deviceSessionDetails(ParamReader &params, qint64 now);
    // Usage and licences (usageactions.cpp).
    ActionResult totalDuration(ParamReader &params, qint64 now);
    ActionResult durationDetails(ParamReader &params, qint64 now);
    ActionResult licenseStat(ParamReader &params, qint64 now);
    ActionResult licenses(ParamReader &params, qint64 now);
    ActionResult deviceLicense(ParamReader &params, qint64 now);
    ActionResult licenceDevices(ParamReader &params, qint64 now);
    bool usageQuery(ParamReader &params, int *project, int *device, qint64 *start, qint64 *end);
    bool pageNum(ParamReader &params, qint64 *offset, qint64 *size);
    int optionalProject(ParamReader &params);

    int project(ParamReader &params);
    int device(ParamReader &params, int project);
    bool range(ParamReader &params, qint64 now, qint64 defaultSpan, qint64 *start, qint64 *end);
    qint64 pageSize(ParamReader &params, bool required);

    Fleet *m_fleet;
    int m_totalsSessionSkew = 0;
    int m_pageSizeCap;
};

} // namespace trro::sim
