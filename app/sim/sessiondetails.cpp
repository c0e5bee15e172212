#include "sessiondetails.h"

#include "fleet.h"

#include <QJsonObject>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace trro::sim {
namespace {

// The service samples every 2 s on each side.
constexpr qint64 Step = 2;
// How long the link takes to slide into and out of a degraded stretch.
constexpr double RampSeconds = 10;

struct Noise {
    quint64 key;
    double operator()(qint64 sample, int channel) const {
        return FleetCatalog::unit(FleetCatalog::mix(key, quint64(sample) * 64 + quint64(channel)));
    }
    // A value that holds for `every` samples (CPU and memory are sampled rarely).
    double slow(qint64 sample, int channel, qint64 every) const {
        return (*this)(sample / every, channel);
    }
};

double round2(double v) {
    return std::round(v * 100.0) / 100.0;
}

// The shape of one session, shared by its two sides.
struct Profile {
    int quality = 0;
    qint64 badFrom = 0, badTo = 0;   // the degraded stretch of a bad session, unix seconds
    qint64 bumpFrom = 0, bumpTo = 0; // a short latency bump of a normal session
    int failingCard = 0;             // the vehicle's card that fails in the stretch
    double targetKbps = 2000;
    double ramp = RampSeconds;
    quint64 key = 0;

    // 0 on a clean link, 1 inside the degraded stretch, ramping in between.
    double degradation(qint64 t) const {
        if (badTo <= badFrom)
            return 0;
        const double in = std::clamp((double(t - badFrom) + ramp) / ramp, 0.0, 1.0);
        const double out = std::clamp((double(badTo - t) + ramp) / ramp, 0.0, 1.0);
        return std::min(in, out);
    }
    bool inBump(qint64 t) const { return t >= bumpFrom && t < bumpTo; }
};

Profile profileOf(const Session &s, quint64 sessionKey) {
    Profile p;
    p.quality = s.quality;
    p.key = sessionKey;
    const Noise n{sessionKey};
    const double duration = double(s.duration);
    if (s.quality == 2) {
        // At least 30 s (half of a very short session), 15 to 35 % of a longer one.
        const double length =
            std::max(std::min(30.0, duration / 2), duration * (0.15 + 0.2 * n(0, 1)));
        const double start = std::min(duration * (0.1 + 0.5 * n(0, 2)), duration - length);
        p.badFrom = s.startTime + qint64(std::max(0.0, start));
        p.badTo = std::min(s.endTime(), p.badFrom + qint64(length));
        p.failingCard = n(0, 3) < 0.5 ? 0 : 1;
        p.ramp = std::clamp(duration / 12, 1.0, RampSeconds);
    } else if (s.quality == 1) {
        p.bumpFrom = s.startTime + qint64(duration * (0.2 + 0.6 * n(0, 4)));
        p.bumpTo = p.bumpFrom + 6 + 2 * qint64(3 * n(0, 5));
    }
    static const double target[] = {3500, 2000, 5500, 4500}; // kbps by resolution
    p.targetKbps = target[s.resolution % 4];
    return p;
}

// Latency (ms) and loss (%) of the vehicle's uplink on a clean stretch, by quality.
double cleanLatency(const Profile &p, const Noise &n, qint64 i) {
    static const double base[] = {35, 70, 70};
    static const double spread[] = {50, 60, 50};
    return base[p.quality] + spread[p.quality] * n(i, 1);
}

double cleanLoss(const Profile &p, const Noise &n, qint64 i) {
    static const double max[] = {0.4, 1.4, 1.6};
    return max[p.quality] * n(i, 2) * n(i, 3);
}

struct Arrays {
    QJsonArray offsets, rate, fps, lost, nack, network, video, control, cpu, mem, estimate,
        totalEstimate, capture, encode, decode, render, k100, k150, frameDelta, maxFrameDelta,
        lag100, lag150;
    QJsonArray rtt[2], cardLost[2], send[2], recv[2];
};

// One sample of the vehicle at time t (sample index i, the first one is the stream starting).
void fieldSample(const Profile &p, const Noise &n, qint64 i, qint64 t, bool first, Arrays *a) {
    const double d = p.degradation(t);
    const double bump = p.inBump(t) ? 90 + 60 * n(i, 20) : 0;
    const double latency = (1 - d) * (cleanLatency(p, n, i) + bump) + d * (300 + 600 * n(i, 21));
    const double loss = (1 - d) * cleanLoss(p, n, i) + d * (4 + 11 * n(i, 22));
    const double fps = first ? 0 : (1 - d) * (28 + 2 * n(i, 23)) + d * (6 + 10 * n(i, 24));
    const double rate = first ? 0 : p.targetKbps * ((1 - d) * (0.75 + 0.25 * n(i, 6)) + d * 0.25);
    const double delta = fps > 0 ? 1000.0 / fps : 0;
    a->network.append(first ? -1 : qint64(latency));
    a->lost.append(round2(loss));
    a->fps.append(qint64(fps));
    a->rate.append(qint64(rate));
    a->nack.append(first ? 0 : qint64(loss * 3 + 2 * n(i, 25)));
    a->estimate.append(first ? 0 : qint64(rate * (1.1 + 0.3 * n(i, 8))));
    a->totalEstimate.append(first ? 0 : qint64(rate * (2.5 + 0.5 * n(i, 9))));
    a->capture.append(first ? 0 : qint64(3 + 5 * n(i, 26)));
    a->encode.append(first ? 0 : qint64(8 + 10 * n(i, 27)));
    a->frameDelta.append(qint64(delta));
    a->maxFrameDelta.append(first ? 0
                                  : qint64(delta * (1.2 + 0.6 * n(i, 16)) + d * 500 * n(i, 28)));
    a->control.append(first ? -1 : qint64(latency * (1.0 + 0.3 * n(i, 5)) + 5));
    a->cpu.append(round2(30 + 25 * n.slow(i, 10, 15)));
    a->mem.append(round2(55 + 20 * n.slow(i, 11, 30)));
    // Two cards share the stream; in the stretch one of them fails and the other carries it.
    for (int c = 0; c < 2; ++c) {
        const bool failing = c == p.failingCard;
        const double cd = failing ? d : 0;
        const double share = failing ? 0.55 * (1 - d) : 0.45 + 0.55 * d;
        const double clean = cleanLatency(p, n, i) * (c == 0 ? 0.8 : 1.05);
        const double cardRtt =
            failing ? (1 - d) * clean + d * (500 + 1500 * n(i, 30 + c)) : clean * (1 + 0.1 * d);
        const double cleanCardLoss = cleanLoss(p, n, i);
        a->rtt[c].append(first ? 0 : qint64(cardRtt));
        a->cardLost[c].append(
            first ? 0 : qint64((1 - cd) * cleanCardLoss + cd * (15 + 45 * n(i, 32 + c))));
        a->send[c].append(first ? 0 : qint64(rate * share));
        a->recv[c].append(first ? 0 : qint64(20 + 30 * n(i, 34 + c)));
    }
}

// One sample of the cockpit: what it receives, decodes and renders.
void remoteSample(const Profile &p, const Noise &n, qint64 i, qint64 t, bool first, Arrays *a) {
    const double d = p.degradation(t);
    const double bump = p.inBump(t) ? 90 + 60 * n(i, 20) : 0;
    const double uplink = (1 - d) * (cleanLatency(p, n, i) + bump) + d * (300 + 600 * n(i, 21));
    const double loss = (1 - d) * cleanLoss(p, n, i) * 0.5 + d * (2 + 8 * n(i, 40));
    const double fps = first ? 0 : (1 - d) * (27 + 3 * n(i, 41)) + d * (5 + 10 * n(i, 42));
    const double delta = fps > 0 ? 1000.0 / fps : 20;
    const double decode = first ? 0 : 1 + 4 * n(i, 14);
    const double render = first ? 0 : 3 * n(i, 15);
    a->network.append(first ? -1 : qint64(5 + 10 * n(i, 43)));
    a->lost.append(round2(loss));
    a->fps.append(qint64(fps));
    a->rate.append(first ? 0
                         : qint64(p.targetKbps * ((1 - d) * (0.7 + 0.25 * n(i, 44)) + d * 0.2)));
    a->nack.append(first ? 0 : qint64(loss * 2 + 2 * n(i, 45)));
    a->video.append(first ? 0 : qint64(uplink + 30 + 25 * n(i, 13) + decode + render + 12));
    a->decode.append(qint64(decode));
    a->render.append(qint64(render));
    a->frameDelta.append(qint64(delta));
    a->maxFrameDelta.append(qint64(delta * (1.3 + 0.8 * n(i, 16)) + d * 600 * n(i, 46)));
    const double stutter = d * (3 + 7 * n(i, 18));
    a->k100.append(round2(stutter + (1 - d) * 0.3 * n.slow(i, 18, 20)));
    a->k150.append(round2(d * (1 + 4 * n(i, 19)) + (1 - d) * 0.1 * n.slow(i, 19, 20)));
    a->lag100.append(qint64(d * (200 + 1300 * n(i, 17))));
    a->lag150.append(qint64(d * (100 + 800 * n(i, 47))));
    a->control.append(first ? -1 : qint64(uplink * (1.0 + 0.3 * n(i, 5)) + 5));
    a->cpu.append(round2(15 + 15 * n.slow(i, 10, 15)));
    a->mem.append(round2(40 + 15 * n.slow(i, 11, 30)));
}

QJsonArray cards(const Arrays &a, quint64 key) {
    QJsonArray out;
    for (int c = 0; c < 2; ++c) {
        const quint64 h = FleetCatalog::mix(key, quint64(50 + c));
        out.append(QJsonObject{{u"NetId"_s, c},
                               {u"NetIp"_s, u"10.%1.%2.2"_s.arg(c == 0 ? 64 : 96).arg(h % 250)},
                               {u"Rtt"_s, a.rtt[c]},
                               {u"Lost"_s, a.cardLost[c]},
                               {u"SendBps"_s, a.send[c]},
                               {u"RecvBps"_s, a.recv[c]}});
    }
    return out;
}

struct Side {
    bool field = true;
    const FleetDevice *device = nullptr;
    qint64 start = 0, end = 0; // the side's own stream, unix seconds
};

QJsonObject sideObject(const Side &side, const Profile &p, const Session &s, qint64 from,
                       qint64 to) {
    const Noise n{FleetCatalog::mix(side.device->key, quint64(s.startTime))};
    Arrays a;
    qint64 firstTime = -1, lastTime = -1;
    const qint64 count = (side.end - side.start) / Step + 1;
    for (qint64 i = std::max<qint64>(0, (from - side.start + Step - 1) / Step); i < count; ++i) {
        const qint64 t = side.start + i * Step;
        if (t > to)
            break;
        if (firstTime < 0)
            firstTime = t;
        lastTime = t;
        a.offsets.append(t - firstTime);
        if (side.field)
            fieldSample(p, n, i, t, i == 0, &a);
        else
            remoteSample(p, n, i, t, i == 0, &a);
    }
    const QString resolution = SessionModel::resolutionName(s.resolution);
    const int width = resolution.section(u'*', 0, 0).toInt();
    const int height = resolution.section(u'*', 1, 1).toInt();
    // A bad session that fell back to 720p was configured for 1080p.
    const bool fellBack = s.quality == 2 && s.resolution == 1;
    QJsonObject o{
        {u"DeviceType"_s, side.field ? u"field"_s : u"remote"_s},
        {u"StartTime"_s, firstTime >= 0 ? firstTime : std::max(from, side.start)},
        {u"EndTime"_s, lastTime >= 0 ? lastTime : std::max(from, std::min(to, side.end))},
        {u"DeviceId"_s, side.device->deviceId},
        {u"Ver"_s, u"2.4"_s},
        {u"SdkMode"_s, u"server2"_s},
        {u"Width"_s, width},
        {u"Height"_s, height},
        {u"ConfigWidth"_s, side.field ? (fellBack ? 1920 : width) : 0},
        {u"ConfigHeight"_s, side.field ? (fellBack ? 1080 : height) : 0},
        {u"MultiMode"_s, side.field ? 1 : 0},
        {u"MultiNet"_s, side.field ? cards(a, side.device->key) : QJsonArray{}},
        {u"TimeOffset"_s, a.offsets},
        {u"Rate"_s, a.rate},
        {u"Fps"_s, a.fps},
        {u"Lost"_s, a.lost},
        {u"NACK"_s, a.nack},
        {u"NetworkLatency"_s, a.network},
        {u"VideoLatency"_s, a.video},
        {u"ControlLatency"_s, a.control},
        {u"CpuUsed"_s, a.cpu},
        {u"MemUsed"_s, a.mem},
        {u"BitRateEstimate"_s, a.estimate},
        {u"TotalBitrateEstimate"_s, a.totalEstimate},
        {u"CaptureCost"_s, a.capture},
        {u"EncodeCost"_s, a.encode},
        {u"DecodeCost"_s, a.decode},
        {u"RenderCost"_s, a.render},
        {u"FrameDelta"_s, a.frameDelta},
        {u"MaxFrameDelta"_s, a.maxFrameDelta},
        {u"K100"_s, a.k100},
        {u"K150"_s, a.k150},
        {u"Lag100Duration"_s, a.lag100},
        {u"Lag150Duration"_s, a.lag150},
    };
    return o;
}

} // namespace

QJsonArray SessionDetails::details(const Fleet &fleet, int project, const Session &s, qint64 start,
                                   qint64 end) {
    const FleetDevice &field = fleet.catalog().fieldDevice(project, s.field);
    const FleetDevice &remote = fleet.catalog().remoteDevice(project, s.remote);
    const QString sessionId = fleet.model().sessionId(project, s.startTime / 3600, s);
    const QString projectId = fleet.catalog().projects().at(project).config.projectId;
    const quint64 key = FleetCatalog::mix(field.key, quint64(s.startTime));
    const Profile profile = profileOf(s, key);
    // The cockpit joins a few seconds after the vehicle and both stop with the session.
    const qint64 remoteStart = s.startTime + 1 + qint64(key % 4);
    const Side sides[] = {{true, &field, s.startTime, s.endTime()},
                          {false, &remote, std::min(remoteStart, s.endTime()), s.endTime()}};
    QJsonArray out;
    for (const Side &side : sides) {
        QJsonObject o = sideObject(side, profile, s, start, end);
        o.insert(u"SessionId"_s, sessionId);
        o.insert(u"ProjectId"_s, projectId);
        out.append(o);
    }
    return out;
}

} // namespace trro::sim
