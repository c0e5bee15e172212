#include "sessionestimate.h"

#include "checkedmath.h"

#include <QSet>

namespace trro {
namespace {

struct Tally {
    qint64 sessions = 0;
    qint64 minutes = 0;
    qint64 notBad = 0;
    QSet<QString> fields;
    QSet<QString> remotes;
};

// The statistics' rounding: to the nearest percent, halves up.
int ratio(qint64 notBad, qint64 total) {
    return total > 0 ? int((200 * notBad + total) / (2 * total)) : 0;
}

} // namespace

QHash<QString, SessionTotals> estimateDeviceTotals(const QList<DeviceSession> &sessions,
                                                   qint64 start, qint64 end) {
    QHash<QString, Tally> tallies;
    for (const DeviceSession &s : sessions) {
        if (s.startTime < start || s.startTime >= end || s.endTime < s.startTime)
            continue;
        const qint64 minutes = saturatingAdd(saturatingSub(s.endTime, s.startTime), 30) / 60;
        for (const QString &device : {s.fieldDeviceId, s.remoteDeviceId}) {
            if (device.isEmpty())
                continue;
            Tally &t = tallies[device];
            ++t.sessions;
            t.minutes = saturatingAdd(t.minutes, minutes);
            t.notBad += s.quality == QLatin1String("bad") ? 0 : 1;
            if (!s.fieldDeviceId.isEmpty())
                t.fields.insert(s.fieldDeviceId);
            if (!s.remoteDeviceId.isEmpty())
                t.remotes.insert(s.remoteDeviceId);
        }
    }
    QHash<QString, SessionTotals> out;
    out.reserve(tallies.size());
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        SessionTotals t;
        t.sessionNum = it->sessions;
        t.totalDuration = it->minutes;
        t.notBadSessionRatio = ratio(it->notBad, it->sessions);
        t.activeFieldDeviceNum = it->fields.size();
        t.activeRemoteDeviceNum = it->remotes.size();
        out.insert(it.key(), t);
    }
    return out;
}

} // namespace trro
