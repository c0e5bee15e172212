#include "sessionmodel.h"

#include <QDate>
#include <cmath>

using namespace Qt::StringLiterals;

namespace trro::sim {
namespace {

constexpr qint64 ChinaOffset = 8 * 3600;

// Sessions per vehicle-hour at full activity, and the median session length in minutes.
constexpr std::array<double, VehicleKindCount> PeakRate = {0.25, 0.09, 0.30};
constexpr std::array<double, VehicleKindCount> MedianMinutes = {5.0, 32.0, 3.0};

// Activity by local hour (China time), per kind.
constexpr std::array<std::array<double, 24>, VehicleKindCount> HourProfile = {{
    // Port trucks: the terminal works around the clock, less at night, dips at shift changes.
    {0.35, 0.3,  0.3, 0.3, 0.35, 0.45, 0.6, 0.8,  0.7, 1.0, 1.0,  1.0,
     0.85, 0.95, 1.0, 1.0, 1.0,  0.9,  0.8, 0.75, 0.6, 0.7, 0.55, 0.45},
    // Excavators: day shift with a lunch break, almost nothing at night.
    {0.01, 0.01, 0.01, 0.01, 0.01, 0.02, 0.2, 0.85, 1.0, 1.0,  1.0,  0.9,
     0.35, 0.8,  1.0,  1.0,  1.0,  0.9,  0.5, 0.15, 0.1, 0.05, 0.03, 0.02},
    // Robotaxis: morning and evening peaks.
    {0.08, 0.05, 0.03, 0.03, 0.03, 0.05, 0.3, 0.8, 1.0, 0.9,  0.7,  0.7,
     0.75, 0.7,  0.65, 0.7,  0.8,  1.0,  1.0, 0.9, 0.7, 0.55, 0.35, 0.15},
}};

// Weekday factors, Monday first.
constexpr std::array<std::array<double, 7>, VehicleKindCount> WeekProfile = {{
    {1.0, 1.0, 1.0, 1.0, 1.0, 0.85, 0.8},
    {1.0, 1.0, 1.0, 1.0, 1.0, 0.55, 0.2},
    {0.95, 0.95, 0.95, 0.95, 1.0, 0.8, 0.75},
}};

struct Holiday {
    int year, month, day, days;
    double factor;
};
// Spring Festival and National Day holidays (local dates).
constexpr std::array<Holiday, 10> Holidays = {{
    {2024, 2, 10, 8, 0.35},
    {2024, 10, 1, 7, 0.5},
    {2025, 1, 28, 8, 0.35},
    {2025, 10, 1, 8, 0.5},
    {2026, 2, 15, 9, 0.35},
    {2026, 10, 1, 7, 0.5},
    {2027, 2, 5, 9, 0.35},
    {2027, 10, 1, 7, 0.5},
    {2028, 1, 25, 9, 0.35},
    {2028, 10, 1, 7, 0.5},
}};

double holidayFactor(qint64 localDay) {
    static const std::array<qint64, Holidays.size()> firstDays = [] {
        std::array<qint64, Holidays.size()> days{};
        for (size_t i = 0; i < Holidays.size(); ++i)
            days[i] = QDate(1970, 1, 1)
                          .daysTo(QDate(Holidays[i].year, Holidays[i].month, Holidays[i].day));
        return days;
    }();
    for (size_t i = 0; i < Holidays.size(); ++i) {
        if (localDay >= firstDays[i] && localDay < firstDays[i] + Holidays[i].days)
            return Holidays[i].factor;
    }
    return 1.0;
}

const std::array<QLatin1String, 4> Resolutions = {
    QLatin1String("1920*1080"), QLatin1String("1280*720"), QLatin1String("2560*1440"),
    QLatin1String("1920*1536")};

} // namespace

SessionModel::SessionModel(const FleetCatalog &catalog)
    : m_catalog(catalog) {}

SessionModel::HourContext SessionModel::context(int project, qint64 hour) const {
    HourContext c;
    c.hour = hour;
    c.project = project;
    const qint64 shiftHours = m_catalog.config().activityShiftSec / 3600;
    const qint64 local = (hour - shiftHours) * 3600 + ChinaOffset;
    const qint64 localDay = local / 86400;
    const int localHour = int((local / 3600) % 24);
    const int weekday = int((localDay + 3) % 7); // 1970-01-01 was a Thursday
    const double holiday = holidayFactor(localDay);
    for (int k = 0; k < VehicleKindCount; ++k) {
        const double h = k == int(VehicleKind::Robotaxi) ? std::sqrt(holiday) : holiday;
        c.rateFactor[k] = HourProfile[k][localHour] * WeekProfile[k][weekday] * h;
    }
    // A site-wide network incident now and then: four hours where most sessions go bad.
    const quint64 projectKey = FleetCatalog::mix(m_catalog.config().seed, quint64(project) + 101);
    const double incident = FleetCatalog::unit(FleetCatalog::mix(projectKey, quint64(hour / 4)));
    c.badFactor = incident < 0.006 ? 6.0 : 1.0;
    return c;
}

bool SessionModel::cockpitAvailable(const FleetDevice &cockpit, qint64 at) const {
    return at >= cockpit.commissioned && (cockpit.offlineSince == 0 || at < cockpit.offlineSince);
}

void SessionModel::generate(const HourContext &context, int fieldIndex,
                            std::vector<Session> &out) const {
    const FleetDevice &d = m_catalog.fieldDevice(context.project, fieldIndex);
    const qint64 hourStart = context.hour * 3600;
    if (hourStart < m_catalog.historyStart() || hourStart + 3600 <= d.commissioned ||
        (d.offlineSince != 0 && hourStart >= d.offlineSince))
        return;
    const int kind = int(d.kind);
    const double lambda = PeakRate[kind] * context.rateFactor[kind] * d.activity;
    if (lambda <= 0)
        return;
    const quint64 h0 = FleetCatalog::mix(d.key, quint64(context.hour));
    const double u = FleetCatalog::unit(h0);
    // Poisson draw by inversion, at most four sessions an hour. Most vehicle-hours have no
    // session: exp(-lambda) >= 1 - lambda settles those without computing the exponential.
    if (u < 1.0 - lambda)
        return;
    double p = std::exp(-lambda);
    double cumulative = p;
    int count = 0;
    while (u >= cumulative && count < 4) {
        ++count;
        p *= lambda / count;
        cumulative += p;
    }
    if (count == 0)
        return;

    const FleetProject &project = m_catalog.projects().at(context.project);
    const auto pool = project.cockpitPool[kind];
    const int cockpits = int(project.remoteDevices.size());
    const double slot = 3600.0 / count;
    // Busy hours congest the site's network a little.
    const double stress = 0.8 + 0.4 * context.rateFactor[kind];
    for (int j = 0; j < count; ++j) {
        const quint64 hj = FleetCatalog::mix(h0, quint64(j) + 1);
        Session s;
        s.startTime = hourStart + qint64(j * slot + FleetCatalog::unit(hj) * slot * 0.8);
        if (s.startTime < d.commissioned || (d.offlineSince != 0 && s.startTime >= d.offlineSince))
            continue;
        s.field = quint16(fieldIndex);
        s.ordinal = quint8(j);

        const double bad = std::min(0.9, d.badShare * stress * context.badFactor);
        const double q = FleetCatalog::unit(FleetCatalog::mix(hj, 7));
        s.quality = q < bad ? 2 : (q < bad + d.normalShare ? 1 : 0);

        const double z = (FleetCatalog::unit(FleetCatalog::mix(hj, 9)) +
                          FleetCatalog::unit(FleetCatalog::mix(hj, 10)) +
                          FleetCatalog::unit(FleetCatalog::mix(hj, 11)) - 1.5) *
                         2.0;
        double minutes = MedianMinutes[kind] * std::exp(0.6 * z);
        if (s.quality == 2)
            minutes *= 0.6; // bad links end sessions early
        s.duration = qint32(std::clamp(minutes * 60.0, 30.0, double(MaxDurationSec)));

        // A cockpit of the kind's pool that is in service; else any cockpit in service.
        int remote = -1;
        const int poolSize = pool.second - pool.first;
        const quint64 pick = FleetCatalog::mix(hj, 8);
        for (int t = 0; t < poolSize && remote < 0; ++t) {
            const int r = pool.first + int((pick + quint64(t)) % quint64(poolSize));
            if (cockpitAvailable(m_catalog.remoteDevice(context.project, r), s.startTime))
                remote = r;
        }
        for (int r = 0; r < cockpits && remote < 0; ++r) {
            if (cockpitAvailable(m_catalog.remoteDevice(context.project, r), s.startTime))
                remote = r;
        }
        if (remote < 0)
            continue;
        s.remote = quint16(remote);

        const double res = FleetCatalog::unit(FleetCatalog::mix(hj, 12));
        if (s.quality == 2 && res < 0.6)
            s.resolution = 1;
        else if (d.kind == VehicleKind::Excavator)
            s.resolution = res < 0.5 ? 3 : 0;
        else if (d.kind == VehicleKind::Robotaxi)
            s.resolution = res < 0.3 ? 2 : 0;
        else
            s.resolution = res < 0.1 ? 1 : 0;
        // After the resolution, which a bad link lowers: a degraded resolution keeps its share.
        if (s.quality != 2 && degraded(context.project, s))
            s.quality = 2;
        out.push_back(s);
    }
}

bool SessionModel::degraded(int project, const Session &s) const {
    for (const Degradation &d : m_catalog.config().degradations) {
        if (s.startTime < d.from || s.startTime >= d.to)
            continue;
        switch (d.kind) {
        case Degradation::Kind::Field:
            if (m_catalog.fieldDevice(project, s.field).deviceId == d.value)
                return true;
            break;
        case Degradation::Kind::Remote:
            if (m_catalog.remoteDevice(project, s.remote).deviceId == d.value)
                return true;
            break;
        case Degradation::Kind::Resolution:
            if (resolutionName(s.resolution) == d.value)
                return true;
            break;
        }
    }
    return false;
}

QString SessionModel::sessionId(int project, qint64 hour, const Session &s) const {
    const quint64 h = FleetCatalog::mix(m_catalog.fieldDevice(project, s.field).key,
                                        quint64(hour) * 8 + s.ordinal + 0x5e55);
    return u"%1-%2-%3-%4-%5-%6"_s.arg(quint64(hour), 8, 16, QLatin1Char('0'))
        .arg(uint(s.field), 4, 16, QLatin1Char('0'))
        .arg(uint(0x4000 | (project & 0xfff)), 4, 16, QLatin1Char('0'))
        .arg(uint(0x8000 | (h & 0x3fff)), 4, 16, QLatin1Char('0'))
        .arg((h >> 16) & 0xffffffffffffULL, 12, 16, QLatin1Char('0'))
        .arg(uint(s.ordinal));
}

bool SessionModel::findSession(const QString &sessionId, int *project, Session *session) const {
    const QStringList parts = sessionId.split(u'-');
    if (parts.size() != 6)
        return false;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    const qint64 hour = parts.at(0).toLongLong(&ok1, 16);
    const int field = parts.at(1).toInt(&ok2, 16);
    const int p = parts.at(2).toInt(&ok3, 16) & 0xfff;
    const int ordinal = parts.at(5).toInt(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || p >= m_catalog.projects().size() ||
        field >= m_catalog.projects().at(p).fieldDevices.size())
        return false;
    std::vector<Session> sessions;
    generate(context(p, hour), field, sessions);
    for (const Session &s : sessions) {
        if (s.ordinal == ordinal && this->sessionId(p, hour, s) == sessionId) {
            *project = p;
            *session = s;
            return true;
        }
    }
    return false;
}

QString SessionModel::qualityName(int quality) {
    switch (quality) {
    case 0:
        return u"good"_s;
    case 1:
        return u"normal"_s;
    default:
        return u"bad"_s;
    }
}

QString SessionModel::resolutionName(int resolution) {
    return Resolutions.at(size_t(resolution) % Resolutions.size());
}

} // namespace trro::sim
