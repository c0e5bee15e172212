#include "sessionestimate.h"

#include "checkedmath.h"

#include <QSet>

namespace trro {
namespace {

struct Tally {
    qint64 sessions = 0;
    qint64 minutes = 0;
    qint64 notBad = 0;
    qint64 badMinutes = 0;
    QSet<QString> fields;
    QSet<QString> remotes;
};

// The statistics' rounding: to the nearest percent, halves up.
int ratio(qint64 notBad, qint64 total) {
    return total > 0 ? int((200 * notBad + total) / (2 * total)) : 0;
}

} // namespace

QHash<QString, DeviceEstimate> estimateDevices(const QList<DeviceSession> &sessions, qint64 start,
                                               qint64 end) {
    QHash<QString, Tally> tallies;
    for (const DeviceSession &s : sessions) {
        if (s.startTime < start || s.startTime >= end || s.endTime < s.startTime)
            continue;
        const qint64 minutes = saturatingAdd(saturatingSub(s.endTime, s.startTime), 30) / 60;
        const bool bad = s.quality == QLatin1String("bad");
        for (const QString &device : {s.fieldDeviceId, s.remoteDeviceId}) {
            if (device.isEmpty())
                continue;
            Tally &t = tallies[device];
            ++t.sessions;
            t.minutes = saturatingAdd(t.minutes, minutes);
            t.notBad += bad ? 0 : 1;
            t.badMinutes = saturatingAdd(t.badMinutes, bad ? minutes : 0);
            if (!s.fieldDeviceId.isEmpty())
                t.fields.insert(s.fieldDeviceId);
            if (!s.remoteDeviceId.isEmpty())
                t.remotes.insert(s.remoteDeviceId);
        }
    }
    QHash<QString, DeviceEstimate> out;
    out.reserve(tallies.size());
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        DeviceEstimate e;
        e.totals.sessionNum = it->sessions;
        e.totals.totalDuration = it->minutes;
        e.totals.notBadSessionRatio = ratio(it->notBad, it->sessions);
        e.totals.activeFieldDeviceNum = it->fields.size();
        e.totals.activeRemoteDeviceNum = it->remotes.size();
        e.badSessions = it->sessions - it->notBad;
        e.badMinutes = it->badMinutes;
        out.insert(it.key(), e);
    }
    return out;
}

QHash<QString, SessionTotals> estimateDeviceTotals(const QList<DeviceSession> &sessions,
                                                   qint64 start, qint64 end) {
    const QHash<QString, DeviceEstimate> estimates = estimateDevices(sessions, start, end);
    QHash<QString, SessionTotals> out;
    out.reserve(estimates.size());
    for (auto it = estimates.cbegin(); it != estimates.cend(); ++it)
        out.insert(it.key(), it->totals);
    return out;
}

} // namespace trro
