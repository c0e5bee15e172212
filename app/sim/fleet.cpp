#include "fleet.h"

#include <QDate>
#include <QTimeZone>
#include <algorithm>
#include <bit>

namespace trro::sim {
namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr qint64 ChinaOffset = 8 * Hour;
// Hours are cached once every session started in them has ended, with this margin.
constexpr qint64 CacheMargin = Hour;

qint64 floorDiv(qint64 a, qint64 b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

void setBit(std::vector<quint64> &bits, int index) {
    bits[size_t(index) / 64] |= quint64(1) << (index % 64);
}

qint64 countBits(const std::vector<quint64> &bits) {
    qint64 n = 0;
    for (const quint64 w : bits)
        n += std::popcount(w);
    return n;
}

int ratio(qint64 notBad, qint64 total) {
    return total > 0 ? int((200 * notBad + total) / (2 * total)) : 0;
}

QDateTime chinaTime(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone(int(ChinaOffset)));
}

} // namespace

struct Fleet::Accumulator {
    qint64 sessions = 0;
    qint64 minutes = 0;
    qint64 notBad = 0;
    std::vector<quint64> fields;
    std::vector<quint64> remotes;

    Accumulator(qsizetype fieldCount, qsizetype remoteCount)
        : fields(size_t(fieldCount + 63) / 64)
        , remotes(size_t(remoteCount + 63) / 64) {}
    void reset() {
        sessions = minutes = notBad = 0;
        std::fill(fields.begin(), fields.end(), 0);
        std::fill(remotes.begin(), remotes.end(), 0);
    }
    void add(const Session &s) {
        ++sessions;
        minutes += s.minutes();
        notBad += s.notBad() ? 1 : 0;
        setBit(fields, s.field);
        setBit(remotes, s.remote);
    }
    void add(const HourCache &c) {
        sessions += c.sessionNum;
        minutes += c.minutes;
        notBad += c.notBad;
        for (size_t i = 0; i < fields.size(); ++i)
            fields[i] |= c.fields[i];
        for (size_t i = 0; i < remotes.size(); ++i)
            remotes[i] |= c.remotes[i];
    }
};

Fleet::Fleet(const FleetConfig &config, qint64 nowSec)
    : m_catalog(config, nowSec)
    , m_model(m_catalog)
    , m_licences(m_catalog) {
    m_firstHour = m_catalog.historyStart() / Hour;
    m_cache.resize(size_t(m_catalog.projects().size()));
}

void Fleet::clearCache() {
    for (auto &project : m_cache)
        project.clear();
    m_cacheNeedsNow = 0;
}

qint64 Fleet::bucketStart(Interval interval, qint64 time) {
    switch (interval) {
    case Interval::Hour:
        return floorDiv(time, Hour) * Hour;
    case Interval::Day:
        return floorDiv(time + ChinaOffset, Day) * Day - ChinaOffset;
    case Interval::Month: {
        const QDate local = QDate(1970, 1, 1).addDays(floorDiv(time + ChinaOffset, Day));
        return QDate(1970, 1, 1).daysTo(QDate(local.year(), local.month(), 1)) * Day - ChinaOffset;
    }
    }
    return time;
}

qint64 Fleet::bucketEnd(Interval interval, qint64 start) {
    switch (interval) {
    case Interval::Hour:
        return start + Hour;
    case Interval::Day:
        return start + Day;
    case Interval::Month: {
        const QDate first = QDate(1970, 1, 1).addDays(floorDiv(start + ChinaOffset, Day));
        return QDate(1970, 1, 1).daysTo(first.addMonths(1)) * Day - ChinaOffset;
    }
    }
    return start;
}

QList<Project> Fleet::projects() const {
    QList<Project> out;
    for (const FleetProject &p : m_catalog.projects()) {
        Project project;
        project.projectId = p.config.projectId;
        project.projectName = p.config.name;
        project.projectDescription = p.config.description;
        project.policyMode = p.config.policyMode;
        project.modifyTime = chinaTime(p.modifyTime);
        out.append(project);
    }
    return out;
}

QList<Device> Fleet::devices(int project, qint64 now) {
    const FleetProject &p = m_catalog.projects().at(project);
    // Who is in a session right now (started in the last two hours, not ended yet).
    std::vector<bool> fieldBusy(size_t(p.fieldDevices.size())),
        remoteBusy(size_t(p.remoteDevices.size()));
    std::vector<Session> recent;
    for (qint64 hour = floorDiv(now, Hour) - SessionModel::MaxDurationSec / Hour;
         hour <= floorDiv(now, Hour); ++hour)
        generateHour(project, hour, recent);
    for (const Session &s : recent) {
        if (s.startTime <= now && now < s.endTime()) {
            fieldBusy[s.field] = true;
            remoteBusy[s.remote] = true;
        }
    }

    QList<Device> out;
    const auto describe = [&](const FleetDevice &d, bool busy) {
        Device device;
        device.deviceId = d.deviceId;
        device.deviceName = d.deviceName;
        device.deviceType = d.type;
        device.projectId = p.config.projectId;
        device.modifyTime = chinaTime(d.commissioned);
        if (d.offlineSince != 0 && d.offlineSince <= now) {
            device.deviceStatus = QStringLiteral("offline");
            device.lastReportTime = chinaTime(d.offlineSince);
        } else {
            device.deviceStatus = busy ? QStringLiteral("connected") : QStringLiteral("ready");
            // Devices report every 30 s.
            device.lastReportTime =
                chinaTime(floorDiv(now - qint64(d.key % 30), 30) * 30 + qint64(d.key % 30));
        }
        out.append(device);
    };
    for (int i = 0; i < p.fieldDevices.size(); ++i)
        describe(m_catalog.devices().at(p.fieldDevices.at(i)), fieldBusy[size_t(i)]);
    for (int i = 0; i < p.remoteDevices.size(); ++i)
        describe(m_catalog.devices().at(p.remoteDevices.at(i)), remoteBusy[size_t(i)]);
    return out;
}

bool Fleet::cacheable(qint64 hour, qint64 now) const {
    return (hour + 1) * Hour + SessionModel::MaxDurationSec + CacheMargin <= now;
}

void Fleet::generateHour(int project, qint64 hour, std::vector<Session> &out) const {
    if (hour < m_firstHour)
        return;
    const auto first = out.size();
    const SessionModel::HourContext context = m_model.context(project, hour);
    const qsizetype n = m_catalog.projects().at(project).fieldDevices.size();
    for (int i = 0; i < n; ++i)
        m_model.generate(context, i, out);
    std::sort(out.begin() + qsizetype(first), out.end(), [](const Session &a, const Session &b) {
        if (a.startTime != b.startTime)
            return a.startTime < b.startTime;
        if (a.field != b.field)
            return a.field < b.field;
        return a.ordinal < b.ordinal;
    });
}

const Fleet::HourCache &Fleet::hourCache(int project, qint64 hour) {
    std::vector<HourCache> &cache = m_cache[size_t(project)];
    const size_t index = size_t(hour - m_firstHour);
    if (cache.size() <= index)
        cache.resize(index + 1);
    HourCache &c = cache[index];
    if (c.ready)
        return c;
    const FleetProject &p = m_catalog.projects().at(project);
    generateHour(project, hour, c.sessions);
    c.sessions.shrink_to_fit();
    Accumulator acc(p.fieldDevices.size(), p.remoteDevices.size());
    for (const Session &s : c.sessions)
        acc.add(s);
    c.sessionNum = acc.sessions;
    c.minutes = acc.minutes;
    c.notBad = acc.notBad;
    c.fields = std::move(acc.fields);
    c.remotes = std::move(acc.remotes);
    c.ready = true;
    m_cacheNeedsNow = std::max(m_cacheNeedsNow, (hour + 1) * Hour + SessionModel::MaxDurationSec);
    return c;
}

template <typename AggregateFn, typename SessionFn>
void Fleet::visit(int project, int device, qint64 start, qint64 end, qint64 now,
                  AggregateFn onAggregate, SessionFn onSession) {
    if (now < m_cacheNeedsNow)
        clearCache(); // the clock went back: cached hours may hold sessions not ended yet
    const FleetDevice *filter = device >= 0 ? &m_catalog.devices().at(device) : nullptr;
    if (filter && filter->project != project)
        return;
    const qint64 firstHour = std::max(floorDiv(start, Hour), m_firstHour);
    const qint64 lastHour = std::min(floorDiv(end - 1, Hour), floorDiv(now, Hour));
    const auto matches = [&](const Session &s) {
        return s.startTime >= start && s.startTime < end && s.endTime() <= now;
    };
    for (qint64 hour = firstHour; hour <= lastHour; ++hour) {
        const bool whole = hour * Hour >= start && (hour + 1) * Hour <= end;
        if (filter && filter->type == DeviceType::Field) {
            m_scratch.clear();
            m_model.generate(m_model.context(project, hour), filter->index, m_scratch);
            for (const Session &s : m_scratch) {
                if (matches(s))
                    onSession(hour, s);
            }
            continue;
        }
        const std::vector<Session> *sessions = &m_scratch;
        if (cacheable(hour, now)) {
            const HourCache &c = hourCache(project, hour);
            if (!filter && whole && onAggregate(hour, c))
                continue;
            sessions = &c.sessions;
        } else {
            m_scratch.clear();
            generateHour(project, hour, m_scratch);
        }
        for (const Session &s : *sessions) {
            if (matches(s) && (!filter || s.remote == filter->index))
                onSession(hour, s);
        }
    }
}

void Fleet::forEachSession(int project, int device, qint64 start, qint64 end, qint64 now,
                           const std::function<void(const Session &)> &fn) {
    visit(
        project, device, start, end, now, [](qint64, const HourCache &) { return false; },
        [&fn](qint64, const Session &s) { fn(s); });
}

QList<IntervalBucket> Fleet::intervalStatistics(int project, int device, Interval interval,
                                                qint64 start, qint64 end, qint64 now) {
    const FleetProject &p = m_catalog.projects().at(project);
    QList<IntervalBucket> out;
    Accumulator acc(p.fieldDevices.size(), p.remoteDevices.size());
    qint64 current = 0;
    bool open = false;
    const auto flush = [&] {
        if (open && acc.sessions > 0) {
            IntervalBucket b;
            b.startTime = current;
            b.endTime = bucketEnd(interval, current);
            b.sessionNum = acc.sessions;
            b.totalDuration = acc.minutes;
            b.notBadSessionRatio = ratio(acc.notBad, acc.sessions);
            b.activeFieldDeviceNum = countBits(acc.fields);
            b.activeRemoteDeviceNum = countBits(acc.remotes);
            out.append(b);
        }
        acc.reset();
    };
    const auto enter = [&](qint64 hour) {
        const qint64 bucket =
            interval == Interval::Hour ? hour * Hour : bucketStart(interval, hour * Hour);
        if (!open || bucket != current) {
            flush();
            current = bucket;
            open = true;
        }
    };
    visit(
        project, device, start, end, now,
        [&](qint64 hour, const HourCache &c) {
            enter(hour);
            acc.add(c);
            return true;
        },
        [&](qint64 hour, const Session &s) {
            enter(hour);
            acc.add(s);
        });
    flush();
    return out;
}

SessionTotals Fleet::totals(int project, int device, qint64 start, qint64 end, qint64 now) {
    const FleetProject &p = m_catalog.projects().at(project);
    Accumulator acc(p.fieldDevices.size(), p.remoteDevices.size());
    visit(
        project, device, start, end, now,
        [&](qint64, const HourCache &c) {
            acc.add(c);
            return true;
        },
        [&](qint64, const Session &s) { acc.add(s); });
    SessionTotals t;
    t.sessionNum = acc.sessions;
    t.totalDuration = acc.minutes;
    t.notBadSessionRatio = ratio(acc.notBad, acc.sessions);
    t.activeFieldDeviceNum = countBits(acc.fields);
    t.activeRemoteDeviceNum = countBits(acc.remotes);
    return t;
}

Fleet::SessionPage Fleet::sessions(int project, int device, qint64 start, qint64 end, qint64 now,
                                   qint64 offset, qint64 limit) {
    SessionPage page;
    visit(
        project, device, start, end, now,
        [&](qint64, const HourCache &c) {
            // Whole hours before the page are only counted.
            if (page.total + c.sessionNum <= offset) {
                page.total += c.sessionNum;
                return true;
            }
            return false;
        },
        [&](qint64, const Session &s) {
            if (page.total >= offset && page.total < offset + limit)
                page.sessions.append(toDeviceSession(project, s));
            ++page.total;
        });
    return page;
}

DeviceSession Fleet::toDeviceSession(int project, const Session &s) const {
    DeviceSession d;
    d.sessionId = m_model.sessionId(project, floorDiv(s.startTime, Hour), s);
    d.fieldDeviceId = m_catalog.fieldDevice(project, s.field).deviceId;
    d.remoteDeviceId = m_catalog.remoteDevice(project, s.remote).deviceId;
    d.resolution = SessionModel::resolutionName(s.resolution);
    d.startTime = s.startTime;
    d.endTime = s.endTime();
    d.quality = SessionModel::qualityName(s.quality);
    return d;
}

} // namespace trro::sim
