#include "actionhandler.h"

#include "fleet.h"
#include "paramreader.h"
#include "sessiondetails.h"

#include <QJsonArray>
#include <QTimeZone>
#include <limits>

using namespace Qt::StringLiterals;

namespace trro::sim {
namespace {

constexpr qint64 Day = 86400;

QString chinaIso(const QDateTime &time) {
    return time.toTimeZone(QTimeZone(8 * 3600)).toString(Qt::ISODate);
}

QString typeName(DeviceType type) {
    return type == DeviceType::Remote ? u"remote"_s : u"field"_s;
}

ActionResult failure(const ParamReader &params) {
    return ActionResult{{}, params.errorCode(), params.errorMessage()};
}

QJsonObject deviceJson(const Device &d) {
    return QJsonObject{{u"DeviceId"_s, d.deviceId},
                       {u"DeviceName"_s, d.deviceName},
                       {u"DeviceStatus"_s, d.deviceStatus},
                       {u"DeviceType"_s, typeName(d.deviceType)},
                       {u"ModifyTime"_s, chinaIso(d.modifyTime)},
                       {u"LastReportTime"_s, chinaIso(d.lastReportTime)},
                       {u"ProjectId"_s, d.projectId}};
}

} // namespace

ActionHandler::ActionHandler(Fleet *fleet, int pageSizeCap)
    : m_fleet(fleet)
    , m_pageSizeCap(pageSizeCap) {}

bool ActionHandler::isServed(const QString &action) {
    static const QStringList served = {u"DescribeSessionStatisticsByInterval"_s,
                                       u"DescribeSessionStatistics"_s,
                                       u"DescribeDeviceList"_s,
                                       u"DescribeProjectList"_s,
                                       u"DescribeDeviceSessionList"_s,
                                       u"DescribeDeviceSessionDetails"_s,
                                       u"DescribeRecentSessionList"_s,
                                       u"DescribeProjectInfo"_s,
                                       u"DescribeDeviceInfo"_s,
                                       u"GetTotalDuration"_s,
                                       u"GetDurationDetails"_s,
                                       u"GetLicenseStat"_s,
                                       u"GetLicenses"_s,
                                       u"GetDeviceLicense"_s,
                                       u"GetDevices"_s};
    return served.contains(action);
}

bool ActionHandler::isKnown(const QString &action) {
    static const QStringList others = {
        u"BatchDeleteDevices"_s,   u"BatchDeletePolicy"_s,    u"BoundLicenses"_s,
        u"CreateCloudRecording"_s, u"CreateDevice"_s,         u"CreateProject"_s,
        u"DeleteCloudRecording"_s, u"DeleteProject"_s,        u"DescribePolicy"_s,
        u"GetDeviceLicense"_s,     u"GetDevices"_s,           u"GetDurationDetails"_s,
        u"GetLicenseStat"_s,       u"GetLicenses"_s,          u"GetTotalDuration"_s,
        u"ModifyCallbackUrl"_s,    u"ModifyDevice"_s,         u"ModifyPolicy"_s,
        u"ModifyProject"_s,        u"ModifyProjectSecMode"_s, u"StartPublishLiveStream"_s,
        u"StopPublishLiveStream"_s};
    return isServed(action) || others.contains(action);
}

ActionResult ActionHandler::handle(const QString &action, const QJsonObject &body, qint64 now) {
    ParamReader params(body);
    if (action == u"DescribeSessionStatisticsByInterval"_s)
        return intervalStatistics(params, now);
    if (action == u"DescribeSessionStatistics"_s)
        return sessionStatistics(params, now);
    if (action == u"DescribeDeviceList"_s)
        return deviceList(params, now);
    if (action == u"DescribeProjectList"_s)
        return projectList(params);
    if (action == u"DescribeProjectInfo"_s)
        return projectInfo(params);
    if (action == u"DescribeDeviceInfo"_s)
        return deviceInfo(params, now);
    if (action == u"DescribeDeviceSessionList"_s)
        return deviceSessionList(params, now);
    if (action == u"DescribeRecentSessionList"_s)
        return recentSessionList(params, now);
    if (action == u"DescribeDeviceSessionDetails"_s)
        return deviceSessionDetails(params, now);
    if (action == u"GetTotalDuration"_s)
        return totalDuration(params, now);
    if (action == u"GetDurationDetails"_s)
        return durationDetails(params, now);
    if (action == u"GetLicenseStat"_s)
        return licenseStat(params, now);
    if (action == u"GetLicenses"_s)
        return licenses(params, now);
    if (action == u"GetDeviceLicense"_s)
        return deviceLicense(params, now);
    if (action == u"GetDevices"_s)
        return licenceDevices(params, now);
    return ActionResult{{},
                        u"UnsupportedOperation"_s,
                        u"The action `%1` is not served by the local TRRO service."_s.arg(action)};
}

int ActionHandler::project(ParamReader &params) {
    const QString id = params.string(u"ProjectId"_s, true);
    if (params.failed())
        return -1;
    const int index = m_fleet->catalog().projectIndex(id);
    if (index < 0)
        params.fail(u"ResourceNotFound"_s, u"The project `%1` does not exist."_s.arg(id));
    return index;
}

int ActionHandler::device(ParamReader &params, int project) {
    const QString id = params.string(u"DeviceId"_s, false);
    if (params.failed() || id.isEmpty())
        return -1;
    const int index = m_fleet->catalog().deviceIndex(id);
    // Unknown devices select nothing, like a device without sessions.
    if (index < 0 || m_fleet->catalog().devices().at(index).project != project)
        return -2;
    return index;
}

bool ActionHandler::range(ParamReader &params, qint64 now, qint64 defaultSpan, qint64 *start,
                          qint64 *end) {
    *end = params.integer(u"EndTime"_s, false, now);
    *start = params.integer(u"StartTime"_s, false, std::max<qint64>(0, *end - defaultSpan));
    if (!params.failed() && *start > *end) {
        params.fail(u"InvalidParameterValue"_s,
                    u"`StartTime` (%1) must not be after `EndTime` (%2)."_s.arg(*start).arg(*end));
    }
    return !params.failed();
}

qint64 ActionHandler::pageSize(ParamReader &params, bool required) {
    const qint64 size = params.integer(u"PageSize"_s, required, 10, required ? 1 : 0);
    return std::clamp<qint64>(size == 0 ? 10 : size, 1, std::max(1, m_pageSizeCap));
}

ActionResult ActionHandler::intervalStatistics(ParamReader &params, qint64 now) {
    params.allowOnly(
        {u"ProjectId"_s, u"StatisticInterval"_s, u"DeviceId"_s, u"StartTime"_s, u"EndTime"_s});
    const int p = project(params);
    const QString intervalText = params.string(u"StatisticInterval"_s, true);
    params.expectOneOf(u"StatisticInterval"_s, intervalText, {u"hour"_s, u"day"_s, u"month"_s});
    const Interval interval = intervalText == u"hour"_s  ? Interval::Hour
                              : intervalText == u"day"_s ? Interval::Day
                                                         : Interval::Month;
    const int d = device(params, p);
    const qint64 span =
        interval == Interval::Hour ? Day : (interval == Interval::Day ? 31 * Day : 366 * Day);
    qint64 start = 0, end = 0;
    if (!range(params, now, span, &start, &end))
        return failure(params);

    QJsonArray buckets;
    if (d != -2) {
        const QList<IntervalBucket> list =
            m_fleet->intervalStatistics(p, d, interval, start, end, now);
        for (const IntervalBucket &b : list) {
            buckets.append(QJsonObject{{u"ActiveFieldDeviceNum"_s, b.activeFieldDeviceNum},
                                       {u"ActiveRemoteDeviceNum"_s, b.activeRemoteDeviceNum},
                                       {u"SessionNum"_s, b.sessionNum},
                                       {u"TotalDuration"_s, b.totalDuration},
                                       {u"StartTime"_s, b.startTime},
                                       {u"EndTime"_s, b.endTime},
                                       {u"NotBadSessionRatio"_s, b.notBadSessionRatio}});
        }
    }
    return ActionResult{QJsonObject{{u"SessionStatistics"_s, buckets}}, {}, {}};
}

ActionResult ActionHandler::sessionStatistics(ParamReader &params, qint64 now) {
    params.allowOnly({u"ProjectId"_s, u"DeviceId"_s, u"StartTime"_s, u"EndTime"_s});
    const int p = project(params);
    const int d = device(params, p);
    qint64 start = 0, end = 0;
    if (!range(params, now, 31 * Day, &start, &end))
        return failure(params);
    const SessionTotals t = d == -2 ? SessionTotals{} : m_fleet->totals(p, d, start, end, now);
    return ActionResult{QJsonObject{{u"SessionNum"_s, t.sessionNum + m_totalsSessionSkew},
                                    {u"TotalDuration"_s, t.totalDuration},
                                    {u"ActiveFieldDeviceNum"_s, t.activeFieldDeviceNum},
                                    {u"ActiveRemoteDeviceNum"_s, t.activeRemoteDeviceNum},
                                    {u"NotBadSessionRatio"_s, t.notBadSessionRatio}},
                        {},
                        {}};
}

ActionResult ActionHandler::deviceList(ParamReader &params, qint64 now) {
    params.allowOnly({u"ProjectId"_s, u"DeviceType"_s, u"SearchWords"_s, u"PageSize"_s,
                      u"PageNumber"_s, u"DeviceStatus"_s, u"RegisterType"_s});
    const int p = project(params);
    const QString type = params.string(u"DeviceType"_s, false);
    params.expectOneOf(u"DeviceType"_s, type, {u"field"_s, u"remote"_s});
    const QString search = params.string(u"SearchWords"_s, false).trimmed();
    const QString status = params.string(u"DeviceStatus"_s, false);
    params.expectOneOf(u"DeviceStatus"_s, status,
                       {u"offline"_s, u"ready"_s, u"connected"_s, u"online"_s});
    const qint64 size = pageSize(params, false);
    const qint64 number = std::max<qint64>(1, params.integer(u"PageNumber"_s, false, 1));
    params.integer(u"RegisterType"_s, false, 0);
    if (params.failed())
        return failure(params);

    QJsonArray page;
    qint64 total = 0;
    const QList<Device> devices = m_fleet->devices(p, now);
    for (const Device &d : devices) {
        if (!type.isEmpty() && typeName(d.deviceType) != type)
            continue;
        if (!search.isEmpty() && !d.deviceId.contains(search, Qt::CaseInsensitive) &&
            !d.deviceName.contains(search, Qt::CaseInsensitive))
            continue;
        if (!status.isEmpty() && !(status == d.deviceStatus ||
                                   (status == u"online"_s && d.deviceStatus != u"offline"_s)))
            continue;
        if (total >= (number - 1) * size && total < number * size)
            page.append(deviceJson(d));
        ++total;
    }
    return ActionResult{
        QJsonObject{{u"Devices"_s, page}, {u"Total"_s, total}, {u"Num"_s, page.size()}}, {}, {}};
}

ActionResult ActionHandler::projectList(ParamReader &params) {
    params.allowOnly({u"PageSize"_s, u"PageNumber"_s});
    const qint64 size = pageSize(params, false);
    const qint64 number = std::max<qint64>(1, params.integer(u"PageNumber"_s, false, 1));
    if (params.failed())
        return failure(params);
    const QList<Project> projects = m_fleet->projects();
    QJsonArray page;
    for (qint64 i = (number - 1) * size; i < std::min<qint64>(projects.size(), number * size);
         ++i) {
        const Project &p = projects.at(i);
        page.append(QJsonObject{{u"ProjectId"_s, p.projectId},
                                {u"ProjectName"_s, p.projectName},
                                {u"ProjectDescription"_s, p.projectDescription},
                                {u"PolicyMode"_s, p.policyMode},
                                {u"ModifyTime"_s, chinaIso(p.modifyTime)}});
    }
    return ActionResult{
        QJsonObject{{u"Projects"_s, page}, {u"Total"_s, projects.size()}, {u"Num"_s, page.size()}},
        {},
        {}};
}

ActionResult ActionHandler::projectInfo(ParamReader &params) {
    params.allowOnly({u"ProjectId"_s});
    const int p = project(params);
    if (params.failed())
        return failure(params);
    const Project info = m_fleet->projects().at(p);
    return ActionResult{QJsonObject{{u"ProjectName"_s, info.projectName},
                                    {u"ProjectDescription"_s, info.projectDescription},
                                    {u"PolicyMode"_s, info.policyMode},
                                    {u"ModifyTime"_s, chinaIso(info.modifyTime)}},
                        {},
                        {}};
}

ActionResult ActionHandler::deviceInfo(ParamReader &params, qint64 now) {
    params.allowOnly({u"ProjectId"_s, u"DeviceId"_s});
    const int p = project(params);
    const QString id = params.string(u"DeviceId"_s, true);
    if (params.failed())
        return failure(params);
    const QList<Device> devices = m_fleet->devices(p, now);
    for (const Device &d : devices) {
        if (d.deviceId == id) {
            QJsonObject fields = deviceJson(d);
            fields.remove(u"DeviceId"_s);
            fields.remove(u"ProjectId"_s);
            return ActionResult{fields, {}, {}};
        }
    }
    return ActionResult{{}, u"ResourceNotFound"_s, u"The device `%1` does not exist."_s.arg(id)};
}

ActionResult ActionHandler::deviceSessionList(ParamReader &params, qint64 now) {
    params.allowOnly({u"ProjectId"_s, u"PageNumber"_s, u"PageSize"_s, u"DeviceId"_s, u"StartTime"_s,
                      u"EndTime"_s});
    const int p = project(params);
    const qint64 number = std::max<qint64>(1, params.integer(u"PageNumber"_s, true, 1));
    const qint64 size = pageSize(params, true);
    const int d = device(params, p);
    qint64 start = 0, end = 0;
    if (!range(params, now, 7 * Day, &start, &end))
        return failure(params);
    Fleet::SessionPage page;
    if (d != -2)
        page = m_fleet->sessions(p, d, start, end, now, (number - 1) * size, size);
    QJsonArray list;
    for (const DeviceSession &s : std::as_const(page.sessions)) {
        list.append(QJsonObject{{u"SessionId"_s, s.sessionId},
                                {u"RemoteDeviceId"_s, s.remoteDeviceId},
                                {u"FieldDeviceId"_s, s.fieldDeviceId},
                                {u"Resolution"_s, s.resolution},
                                {u"StartTime"_s, s.startTime},
                                {u"EndTime"_s, s.endTime},
                                {u"Quality"_s, s.quality}});
    }
    return ActionResult{QJsonObject{{u"DeviceSessionList"_s, list},
                                    {u"Total"_s, page.total},
                                    {u"Num"_s, list.size()}},
                        {},
                        {}};
}

ActionResult ActionHandler::recentSessionList(ParamReader &params, qint64 now) {
    params.allowOnly({u"ProjectId"_s, u"PageNumber"_s, u"PageSize"_s, u"DeviceId"_s, u"StartTime"_s,
                      u"EndTime"_s});
    const int p = project(params);
    const qint64 number = std::max<qint64>(1, params.integer(u"PageNumber"_s, true, 1));
    const qint64 size = pageSize(params, true);
    const int d = device(params, p);
    const qint64 earliest = now - 2 * 3600;
    qint64 start = params.integer(u"StartTime"_s, false, earliest);
    qint64 end = params.integer(u"EndTime"_s, false, now);
    if (params.failed())
        return failure(params);
    if (start < earliest || start > now)
        start = earliest;
    if (end < earliest || end > now)
        end = now;
    if (start > end)
        return ActionResult{
            {},
            u"InvalidParameterValue"_s,
            u"`StartTime` (%1) must not be after `EndTime` (%2)."_s.arg(start).arg(end)};
    Fleet::RunningPage page;
    if (d != -2)
        page = m_fleet->running(p, d, start, end, now, (number - 1) * size, size);
    QJsonArray list;
    for (const RecentSession &s : std::as_const(page.sessions)) {
        list.append(QJsonObject{{u"SessionId"_s, s.sessionId},
                                {u"RemoteDeviceId"_s, s.remoteDeviceId},
                                {u"FieldDeviceId"_s, s.fieldDeviceId},
                                {u"Resolution"_s, s.resolution},
                                {u"StartTime"_s, s.startTime},
                                {u"LatestUpdateTime"_s, s.latestUpdateTime}});
    }
    return ActionResult{QJsonObject{{u"RecentSessionList"_s, list},
                                    {u"Total"_s, page.total},
                                    {u"Num"_s, list.size()}},
                        {},
                        {}};
}

ActionResult ActionHandler::deviceSessionDetails(ParamReader &params, qint64 now) {
    params.allowOnly({u"SessionId"_s, u"StartTime"_s, u"EndTime"_s});
    const QString id = params.string(u"SessionId"_s, true);
    const qint64 start = params.integer(u"StartTime"_s, false, 0);
    const qint64 end = params.integer(u"EndTime"_s, false, std::numeric_limits<qint64>::max());
    if (params.failed())
        return failure(params);
    int p = 0;
    Session session;
    if (!m_fleet->model().findSession(id, &p, &session) || session.startTime > now)
        return ActionResult{
            {}, u"ResourceNotFound"_s, u"The session `%1` does not exist."_s.arg(id)};
    // A session in progress has samples up to its latest report.
    const qint64 until =
        now < session.endTime() ? std::min(end, Fleet::latestReport(session, now)) : end;
    return ActionResult{
        QJsonObject{{u"Details"_s, SessionDetails::details(*m_fleet, p, session, start, until)}},
        {},
        {}};
}

} // namespace trro::sim
