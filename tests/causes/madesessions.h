#pragma once

// Hand-made session lists for the cause finder's tests.

#include "types.h"

#include <QList>
#include <QString>

namespace trro::test {

// n sessions with one cockpit, the first `bad` of them bad, one every `every` seconds from
// start, five minutes long, spread over `vehicles` vehicles (v-0, v-1, ...).
inline QList<DeviceSession> madeSessions(const QString &prefix, const QString &remote, int n,
                                         int bad, qint64 start, qint64 every, int vehicles = 1) {
    QList<DeviceSession> out;
    for (int i = 0; i < n; ++i) {
        DeviceSession s;
        s.sessionId = prefix + QString::number(i);
        s.fieldDeviceId = QStringLiteral("v-%1").arg(i % vehicles);
        s.remoteDeviceId = remote;
        s.resolution = QStringLiteral("1920*1080");
        s.startTime = start + i * every;
        s.endTime = s.startTime + 300;
        s.quality = i < bad ? QStringLiteral("bad") : QStringLiteral("good");
        out.append(s);
    }
    return out;
}

} // namespace trro::test
