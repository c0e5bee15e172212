// The usage and licence actions of the local service: GetTotalDuration, GetDurationDetails,
// GetLicenseStat, GetLicenses, GetDeviceLicense and GetDevices.

#include "actionhandler.h"
#include "fleet.h"
#include "paramreader.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace trro::sim {
namespace {

ActionResult failure(const ParamReader &params) {
    return ActionResult{{}, params.errorCode(), params.errorMessage()};
}

void insertMinutes(QJsonObject *o, const UsageMinutes &m) {
    for (int t = 0; t < UsageTierCount; ++t)
        o->insert(usageTierKey(t), m.tiers[size_t(t)]);
    o->insert(u"DeductDuration"_s, m.deduct);
}

QJsonArray idList(const QStringList &ids) {
    QJsonArray a;
    for (const QString &id : ids)
        a.append(id);
    return a;
}

} // namespace

int ActionHandler::optionalProject(ParamReader &params) {
    return params.has(u"ProjectId"_s) ? project(params) : -1;
}

bool ActionHandler::usageQuery(ParamReader &params, int *p, int *d, qint64 *start, qint64 *end) {
    *start = params.integer(u"StartTime"_s, true, 0);
    *end = params.integer(u"EndTime"_s, true, 0);
    *p = project(params);
    *d = device(params, *p);
    if (!params.failed() && *start > *end)
        params.fail(u"InvalidParameterValue"_s,
                    u"`StartTime` (%1) must not be after `EndTime` (%2)."_s.arg(*start).arg(*end));
    return !params.failed();
}

bool ActionHandler::pageNum(ParamReader &params, qint64 *offset, qint64 *size) {
    const qint64 number = params.integer(u"PageNum"_s, true, 1, 1);
    const qint64 asked = params.integer(u"PageSize"_s, true, 10, 1);
    *size = std::clamp<qint64>(asked, 1, std::max(1, m_pageSizeCap));
    // Far pages are empty; the product stays well inside 64 bits.
    *offset = std::min<qint64>(number - 1, qint64(1) << 31) * *size;
    return !params.failed();
}

ActionResult ActionHandler::totalDuration(ParamReader &params, qint64 now) {
    params.allowOnly({u"StartTime"_s, u"EndTime"_s, u"ProjectId"_s, u"DeviceId"_s});
    int p = 0, d = 0;
    qint64 start = 0, end = 0;
    if (!usageQuery(params, &p, &d, &start, &end))
        return failure(params);
    QJsonObject fields;
    insertMinutes(&fields, d == -2 ? UsageMinutes{} : m_fleet->usageTotal(p, d, start, end, now));
    return ActionResult{fields, {}, {}};
}

ActionResult ActionHandler::durationDetails(ParamReader &params, qint64 now) {
    params.allowOnly(
        {u"StartTime"_s, u"EndTime"_s, u"PageNum"_s, u"PageSize"_s, u"ProjectId"_s, u"DeviceId"_s});
    int p = 0, d = 0;
    qint64 start = 0, end = 0, offset = 0, size = 0;
    if (!usageQuery(params, &p, &d, &start, &end) || !pageNum(params, &offset, &size))
        return failure(params);
    const QList<DayUsage> days =
        d == -2 ? QList<DayUsage>{} : m_fleet->usage(p, d, start, end, now);
    QJsonArray list;
    for (qint64 i = offset; i < days.size() && i < offset + size; ++i) {
        QJsonObject o{{u"SessionTime"_s, QString::number(days.at(i).day)}};
        insertMinutes(&o, days.at(i).minutes);
        list.append(o);
    }
    return ActionResult{
        QJsonObject{{u"TotalCount"_s, days.size()}, {u"DurationDetails"_s, list}}, {}, {}};
}

ActionResult ActionHandler::licenseStat(ParamReader &params, qint64 now) {
    params.allowOnly({});
    if (params.failed())
        return failure(params);
    const LicenceBook &book = m_fleet->licences();
    qint64 bound = 0, unbound = 0, expired = 0, overMonth = 0;
    std::vector<std::vector<qint64>> month(size_t(m_fleet->catalog().projects().size()));
    for (const LicenceGroup &g : book.groups()) {
        const qint64 n = g.ids.size();
        if (LicenceBook::expired(g, now)) {
            expired += n;
            continue;
        }
        if (g.device < 0) {
            unbound += n;
            continue;
        }
        bound += n;
        std::vector<qint64> &minutes = month[size_t(g.project)];
        if (minutes.empty())
            minutes = m_fleet->monthMinutes(g.project, now);
        const FleetDevice &vehicle = m_fleet->catalog().devices().at(g.device);
        if (minutes[size_t(vehicle.index)] >= n * LicenceBook::MonthlyMinutesPerLicence)
            overMonth += n;
    }
    return ActionResult{QJsonObject{{u"Valid"_s, bound + unbound},
                                    {u"Bound"_s, bound},
                                    {u"UnBound"_s, unbound},
                                    {u"Expire"_s, expired},
                                    {u"MonthlyExpire"_s, overMonth}},
                        {},
                        {}};
}

ActionResult ActionHandler::licenses(ParamReader &params, qint64 now) {
    params.allowOnly({u"PageNum"_s, u"PageSize"_s, u"ProjectId"_s, u"DeviceId"_s, u"Status"_s});
    qint64 offset = 0, size = 0;
    pageNum(params, &offset, &size);
    const int p = optionalProject(params);
    const QString deviceId = params.string(u"DeviceId"_s, false);
    const qint64 status = params.integer(u"Status"_s, false, -1);
    if (!params.failed() && params.has(u"Status"_s) && status > 3)
        params.fail(u"InvalidParameterValue"_s,
                    u"The value of `Status` must be 0, 1, 2 or 3, not %1."_s.arg(status));
    if (params.failed())
        return failure(params);
    const int device = deviceId.isEmpty() ? -1 : m_fleet->catalog().deviceIndex(deviceId);
    QList<const LicenceGroup *> picked;
    for (const LicenceGroup &g : m_fleet->licences().groups()) {
        if ((p >= 0 && g.project != p) ||
            (!deviceId.isEmpty() && (device < 0 || g.device != device)))
            continue;
        if (status >= 0 && LicenceBook::status(g, now) != status)
            continue;
        picked.append(&g);
    }
    std::stable_sort(picked.begin(), picked.end(),
                     [](const auto *a, const auto *b) { return a->expireTime < b->expireTime; });
    QJsonArray list;
    for (qint64 i = offset; i < picked.size() && i < offset + size; ++i) {
        const LicenceGroup &g = *picked.at(i);
        list.append(QJsonObject{{u"Count"_s, g.ids.size()},
                                {u"Status"_s, LicenceBook::status(g, now)},
                                {u"ExpireTime"_s, QString::number(g.expireTime)},
                                {u"Duration"_s, QString::number(g.durationSec)},
                                {u"RemainDay"_s, LicenceBook::remainDays(g, now)},
                                {u"LicenseIds"_s, idList(g.ids)}});
    }
    return ActionResult{
        QJsonObject{{u"Licenses"_s, list}, {u"TotalCount"_s, picked.size()}}, {}, {}};
}

ActionResult ActionHandler::deviceLicense(ParamReader &params, qint64 now) {
    params.allowOnly({u"ProjectId"_s, u"DeviceId"_s});
    const int p = project(params);
    const QString id = params.string(u"DeviceId"_s, true);
    if (params.failed())
        return failure(params);
    const int d = m_fleet->catalog().deviceIndex(id);
    if (d < 0 || m_fleet->catalog().devices().at(d).project != p)
        return ActionResult{
            {}, u"ResourceNotFound"_s, u"The device `%1` does not exist."_s.arg(id)};
    const LicenceGroup *g = m_fleet->licences().ofDevice(d);
    const qint64 available = g && !LicenceBook::expired(*g, now) ? g->ids.size() : 0;
    return ActionResult{QJsonObject{{u"AvailableCount"_s, available}}, {}, {}};
}

ActionResult ActionHandler::licenceDevices(ParamReader &params, qint64 now) {
    params.allowOnly({u"PageNum"_s, u"PageSize"_s, u"ProjectId"_s, u"DeviceId"_s});
    qint64 offset = 0, size = 0;
    pageNum(params, &offset, &size);
    const int p = optionalProject(params);
    const QString deviceId = params.string(u"DeviceId"_s, false);
    if (params.failed())
        return failure(params);
    const FleetCatalog &catalog = m_fleet->catalog();
    QJsonArray list;
    qint64 total = 0;
    for (int project = 0; project < catalog.projects().size(); ++project) {
        if (p >= 0 && project != p)
            continue;
        std::vector<qint64> month;
        for (const int d : catalog.projects().at(project).fieldDevices) {
            const FleetDevice &vehicle = catalog.devices().at(d);
            const LicenceGroup *g = m_fleet->licences().ofDevice(d);
            if (!g || (!deviceId.isEmpty() && vehicle.deviceId != deviceId))
                continue;
            if (total >= offset && total < offset + size) {
                if (month.empty())
                    month = m_fleet->monthMinutes(project, now);
                const qint64 limit = g->ids.size() * LicenceBook::MonthlyMinutesPerLicence;
                list.append(QJsonObject{{u"DeviceId"_s, vehicle.deviceId},
                                        {u"DeviceName"_s, vehicle.deviceName},
                                        {u"LicenseCount"_s, g->ids.size()},
                                        {u"RemainDay"_s, LicenceBook::remainDays(*g, now)},
                                        {u"ExpireTime"_s, QString::number(g->expireTime)},
                                        {u"Duration"_s, QString::number(g->durationSec)},
                                        {u"LicenseIds"_s, idList(g->ids)},
                                        {u"MonthlyRemainTime"_s,
                                         std::max<qint64>(0, limit - month[size_t(vehicle.index)])},
                                        {u"LimitedTime"_s, limit}});
            }
            ++total;
        }
    }
    return ActionResult{QJsonObject{{u"Devices"_s, list}, {u"TotalCount"_s, total}}, {}, {}};
}

} // namespace trro::sim
