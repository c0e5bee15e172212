#pragma once

#include "fleetcatalog.h"

#include <vector>

namespace trro::sim {

// One generated session. `field` and `remote` index the project's field and remote devices.
struct Session {
    qint64 startTime = 0;
    qint32 duration = 0; // seconds
    quint16 field = 0;
    quint16 remote = 0;
    quint8 quality = 0; // 0 good, 1 normal, 2 bad
    quint8 ordinal = 0; // among the sessions its vehicle started in that hour
    quint8 resolution = 0;

    qint64 endTime() const { return startTime + duration; }
    // TotalDuration counts each session's duration rounded to whole minutes, so that the sum
    // over buckets equals the total over the range.
    qint64 minutes() const { return (duration + 30) / 60; }
    bool notBad() const { return quality < 2; }
};

// Generates the sessions of one vehicle in one hour from a hash of (seed, vehicle, hour):
// reproducible and computable for any hour on its own. Activity follows China time (UTC+8):
// quiet nights, busy days, quieter weekends, the Spring Festival and National Day holidays,
// and short site-wide network incidents that make most sessions of a few hours bad. The
// configuration's degradations make the sessions they select bad.
class SessionModel final {
public:
    static constexpr qint64 MaxDurationSec = 2 * 3600; // no session lasts longer

    explicit SessionModel(const FleetCatalog &catalog);

    // What is shared by all vehicles of a project during one hour.
    struct HourContext {
        qint64 hour = 0; // hours since the epoch
        int project = 0;
        std::array<double, VehicleKindCount> rateFactor{};
        double badFactor = 1;
    };
    HourContext context(int project, qint64 hour) const;

    // Appends, in start order, the sessions the vehicle started in the hour.
    void generate(const HourContext &context, int fieldIndex, std::vector<Session> &out) const;

    QString sessionId(int project, qint64 hour, const Session &session) const;
    // Finds the session back from its id; false when no such session exists.
    bool findSession(const QString &sessionId, int *project, Session *session) const;

    static QString qualityName(int quality);
    static QString resolutionName(int resolution);

private:
    bool cockpitAvailable(const FleetDevice &cockpit, qint64 at) const;
    bool degraded(int project, const Session &session) const;

    const FleetCatalog &m_catalog;
};

} // namespace trro::sim
