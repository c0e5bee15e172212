#pragma once

// A tiny model of the statistics the service computes, for tests of the cache's decisions
// without a network: sessions with a start, a length, a vehicle and a cockpit; cells of an
// hour (UTC) or a day (UTC+8); a range [start, end) counts the sessions that start inside it
// and have ended; the cells at the edges count only what lies inside the range; empty cells
// are left out. The same rules as the local service (app/sim/fleet.h).

#include "types.h"

#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <algorithm>

namespace trro::test {

struct ModelSession {
    qint64 start = 0;
    qint64 seconds = 0;
    bool notBad = true;
    int vehicle = 0;
    int cockpit = 0;
};

class ModelService final {
public:
    static constexpr qint64 Hour = 3600;
    static constexpr qint64 Day = 86400;
    static constexpr qint64 China = 8 * 3600;

    ModelService(qint64 from, qint64 to, int vehicles, int cockpits, quint32 seed) {
        QRandomGenerator random(seed);
        for (qint64 t = from; t < to;) {
            t += 60 + qint64(random.bounded(3600));
            ModelSession s;
            s.start = t;
            s.seconds = 30 + qint64(random.bounded(2 * 3600 - 30));
            s.notBad = random.bounded(10) < 8;
            s.vehicle = int(random.bounded(vehicles));
            s.cockpit = int(random.bounded(cockpits));
            m_sessions.append(s);
        }
    }

    static qint64 cellStart(Interval interval, qint64 t) {
        const qint64 size = interval == Interval::Hour ? Hour : Day;
        const qint64 offset = interval == Interval::Hour ? 0 : China;
        const qint64 shifted = t + offset;
        return (shifted >= 0 ? shifted / size : -((-shifted + size - 1) / size)) * size - offset;
    }
    static qint64 cellEnd(Interval interval, qint64 start) {
        return start + (interval == Interval::Hour ? Hour : Day);
    }

    // device: "" for the project, "v<N>" a vehicle, "c<N>" a cockpit.
    QList<IntervalBucket> answer(const QString &device, Interval interval, qint64 start, qint64 end,
                                 qint64 now) const {
        QList<IntervalBucket> out;
        if (start >= end)
            return out;
        for (qint64 cell = cellStart(interval, start); cell < end; cell = cellEnd(interval, cell)) {
            const qint64 from = std::max(cell, start);
            const qint64 to = std::min(cellEnd(interval, cell), end);
            IntervalBucket b;
            b.startTime = cell;
            b.endTime = cellEnd(interval, cell);
            qint64 notBad = 0;
            QSet<int> vehicles, cockpits;
            for (const ModelSession &s : m_sessions) {
                if (s.start < from || s.start >= to || s.start + s.seconds > now ||
                    !matches(s, device))
                    continue;
                ++b.sessionNum;
                b.totalDuration += (s.seconds + 30) / 60;
                notBad += s.notBad ? 1 : 0;
                vehicles.insert(s.vehicle);
                cockpits.insert(s.cockpit);
            }
            if (b.sessionNum == 0)
                continue;
            b.notBadSessionRatio = int((200 * notBad + b.sessionNum) / (2 * b.sessionNum));
            b.activeFieldDeviceNum = vehicles.size();
            b.activeRemoteDeviceNum = cockpits.size();
            out.append(b);
        }
        return out;
    }

    // The devices with a session starting in [start, end) that has ended by now.
    QSet<QString> activeDevices(qint64 start, qint64 end, qint64 now) const {
        QSet<QString> out;
        for (const ModelSession &s : m_sessions) {
            if (s.start >= start && s.start < end && s.start + s.seconds <= now) {
                out.insert(QStringLiteral("v%1").arg(s.vehicle));
                out.insert(QStringLiteral("c%1").arg(s.cockpit));
            }
        }
        return out;
    }

    const QList<ModelSession> &sessions() const { return m_sessions; }

private:
    static bool matches(const ModelSession &s, const QString &device) {
        if (device.isEmpty())
            return true;
        const int index = device.mid(1).toInt();
        return device.startsWith(QLatin1Char('v')) ? s.vehicle == index : s.cockpit == index;
    }

    QList<ModelSession> m_sessions;
};

} // namespace trro::test
