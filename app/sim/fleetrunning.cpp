// The sessions in progress (DescribeRecentSessionList) and how recently they reported.

#include "fleet.h"

#include <algorithm>

namespace trro::sim {
namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 SilentTailSec = 120; // a dropped link: up to the last two minutes go unheard

qint64 floorDiv(qint64 a, qint64 b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

qint64 Fleet::latestReport(const Session &s, qint64 now) {
    const quint64 h = FleetCatalog::mix(quint64(s.startTime), quint64(s.field) * 977 + s.ordinal);
    qint64 last = std::min(now, s.endTime());
    if (s.quality == 2 && h % 2 == 0 && s.duration >= 90)
        last = std::min(last, s.endTime() - std::min<qint64>(SilentTailSec, s.duration / 3));
    // Reports reach the service up to two seconds late.
    return std::max(s.startTime, last - qint64(h % 3));
}

Fleet::RunningPage Fleet::running(int project, int device, qint64 start, qint64 end, qint64 now,
                                  qint64 offset, qint64 limit) {
    RunningPage page;
    const FleetDevice *filter = device >= 0 ? &m_catalog.devices().at(device) : nullptr;
    if (filter && filter->project != project)
        return page;
    // A session runs at most MaxDurationSec: the ones in progress started in the hours since.
    const qint64 from = std::max(start, now - SessionModel::MaxDurationSec);
    const qint64 to = std::min(end, now);
    std::vector<Session> sessions;
    for (qint64 hour = floorDiv(from, Hour); hour <= floorDiv(to, Hour); ++hour) {
        m_scratch.clear();
        generateHour(project, hour, m_scratch);
        for (const Session &s : m_scratch) {
            if (s.startTime < from || s.startTime > to || s.endTime() <= now)
                continue;
            if (filter && (filter->type == DeviceType::Field ? s.field : s.remote) != filter->index)
                continue;
            sessions.push_back(s);
        }
    }
    std::sort(sessions.begin(), sessions.end(), [](const Session &a, const Session &b) {
        return a.startTime != b.startTime ? a.startTime > b.startTime : a.field < b.field;
    });
    page.total = qint64(sessions.size());
    for (qint64 i = std::max<qint64>(0, offset); i < page.total && i < offset + limit; ++i) {
        const Session &s = sessions[size_t(i)];
        const DeviceSession d = toDeviceSession(project, s);
        page.sessions.append(RecentSession{d.sessionId, d.remoteDeviceId, d.fieldDeviceId,
                                           d.resolution, s.startTime, latestReport(s, now)});
    }
    return page;
}

} // namespace trro::sim
