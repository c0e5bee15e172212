#include "sessiondetails.h"

#include "fleet.h"

#include <QJsonObject>
#include <cmath>

using namespace Qt::StringLiterals;

namespace trro::sim {
namespace {

struct Noise {
    quint64 key;
    double operator()(int sample, int channel) const {
        return FleetCatalog::unit(FleetCatalog::mix(key, quint64(sample) * 64 + quint64(channel)));
    }
};

double round2(double v) {
    return std::round(v * 100.0) / 100.0;
}

} // namespace

QJsonArray SessionDetails::details(const Fleet &fleet, int project, const Session &s, qint64 start,
                                   qint64 end) {
    const qint64 from = std::max(s.startTime, start);
    const qint64 to = std::min(s.endTime(), end);
    const qint64 step = std::max<qint64>(2, (s.duration / 300 + 1) / 2 * 2);
    const QString resolution = SessionModel::resolutionName(s.resolution);
    const int width = resolution.section(u'*', 0, 0).toInt();
    const int height = resolution.section(u'*', 1, 1).toInt();
    const QString sessionId = fleet.model().sessionId(project, s.startTime / 3600, s);
    const QString projectId = fleet.catalog().projects().at(project).config.projectId;
    // Latency (ms) and loss (%) ranges by quality: good, normal, bad.
    const double latencyBase[] = {45, 95, 210};
    const double latencySpread[] = {40, 90, 400};
    const double lossMax[] = {0.4, 2.0, 12.0};

    QJsonArray out;
    for (int side = 0; side < 2; ++side) {
        const FleetDevice &device = side == 0 ? fleet.catalog().fieldDevice(project, s.field)
                                              : fleet.catalog().remoteDevice(project, s.remote);
        const Noise noise{FleetCatalog::mix(device.key, quint64(s.startTime))};
        QJsonArray offsets, rate, fps, lost, network, video, cpu, mem, estimate, encode, decode,
            render, k100, k150, frameDelta, maxFrameDelta, lag100, lag150, control;
        int i = 0;
        for (qint64 t = from; t <= to; t += step, ++i) {
            const double latency = latencyBase[s.quality] + latencySpread[s.quality] * noise(i, 1);
            const double loss = lossMax[s.quality] * noise(i, 2) * noise(i, 3);
            const bool stall = s.quality == 2 && noise(i, 4) < 0.15;
            offsets.append(t - s.startTime);
            network.append(qint64(latency));
            lost.append(round2(loss));
            control.append(qint64(latency * 1.1 + 8 * noise(i, 5)));
            if (side == 0) {
                rate.append(qint64(stall ? 300 + 300 * noise(i, 6) : 1800 + 2200 * noise(i, 6)));
                fps.append(qint64(stall ? 8 + 8 * noise(i, 7) : 25 + 5 * noise(i, 7)));
                estimate.append(qint64(2000 + 2000 * noise(i, 8)));
                encode.append(qint64(6 + 20 * noise(i, 9)));
                cpu.append(round2(30 + 25 * noise(i, 10)));
                mem.append(round2(55 + 20 * noise(i, 11)));
            } else {
                const double delta = stall ? 90 + 120 * noise(i, 12) : 33 + 8 * noise(i, 12);
                video.append(qint64(latency + 40 + 30 * noise(i, 13)));
                decode.append(qint64(1 + 4 * noise(i, 14)));
                render.append(qint64(1 + 3 * noise(i, 15)));
                frameDelta.append(qint64(delta));
                maxFrameDelta.append(qint64(delta * (1.5 + 2 * noise(i, 16))));
                lag100.append(stall ? qint64(100 + 400 * noise(i, 17)) : 0);
                lag150.append(stall ? qint64(50 * noise(i, 17)) : 0);
                k100.append(stall ? round2(2 + 6 * noise(i, 18)) : round2(0.3 * noise(i, 18)));
                k150.append(stall ? round2(1 + 3 * noise(i, 19)) : 0);
                cpu.append(round2(15 + 15 * noise(i, 10)));
                mem.append(round2(40 + 15 * noise(i, 11)));
            }
        }
        out.append(QJsonObject{
            {u"DeviceType"_s, side == 0 ? u"field"_s : u"remote"_s},
            {u"StartTime"_s, from},
            {u"EndTime"_s, to},
            {u"SessionId"_s, sessionId},
            {u"ProjectId"_s, projectId},
            {u"DeviceId"_s, device.deviceId},
            {u"Ver"_s, u"2.4"_s},
            {u"SdkMode"_s, u"server2"_s},
            {u"Rate"_s, rate},
            {u"Fps"_s, fps},
            {u"Lost"_s, lost},
            {u"NetworkLatency"_s, network},
            {u"VideoLatency"_s, video},
            {u"CpuUsed"_s, cpu},
            {u"MemUsed"_s, mem},
            {u"TimeOffset"_s, offsets},
            {u"DecodeCost"_s, decode},
            {u"RenderCost"_s, render},
            {u"K100"_s, k100},
            {u"K150"_s, k150},
            {u"NACK"_s, QJsonArray{}},
            {u"BitRateEstimate"_s, estimate},
            {u"Width"_s, width},
            {u"Height"_s, height},
            {u"EncodeCost"_s, encode},
            {u"CaptureCost"_s, QJsonArray{}},
            {u"ConfigWidth"_s, width},
            {u"ConfigHeight"_s, height},
            {u"FrameDelta"_s, frameDelta},
            {u"MaxFrameDelta"_s, maxFrameDelta},
            {u"TotalBitrateEstimate"_s, QJsonArray{}},
            {u"Lag100Duration"_s, lag100},
            {u"Lag150Duration"_s, lag150},
            {u"MultiMode"_s, 0},
            {u"MultiNet"_s, QJsonArray{}},
            {u"ControlLatency"_s, control},
        });
    }
    return out;
}

} // namespace trro::sim
