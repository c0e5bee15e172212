#include "livetail.h"

#include "clock.h"
#include "trroapi.h"

#include <QtNumeric>
#include <algorithm>

namespace trro {
namespace {

// Pads a metric to `count` samples with NaN (it was empty or cut short), or leaves it empty
// when it never had a value.
void padTo(QList<double> &values, qsizetype count) {
    while (values.size() < count)
        values.append(qQNaN());
}

} // namespace

qint64 lastSampleTime(const QList<SideTelemetry> &sides) {
    qint64 last = 0;
    for (const SideTelemetry &s : sides) {
        if (!s.timeOffset.isEmpty())
            last = std::max(last, s.startTime + qint64(s.timeOffset.constLast()));
    }
    return last;
}

qsizetype appendTelemetry(QList<SideTelemetry> &into, const QList<SideTelemetry> &more) {
    qsizetype appended = 0;
    for (const SideTelemetry &add : more) {
        auto side = std::find_if(into.begin(), into.end(), [&](const SideTelemetry &s) {
            return s.deviceType == add.deviceType && s.deviceId == add.deviceId;
        });
        if (side == into.end()) {
            into.append(add);
            appended += add.timeOffset.size();
            continue;
        }
        if (side->timeOffset.isEmpty())
            side->startTime = add.startTime;
        const double last = side->timeOffset.isEmpty() ? -1 : side->timeOffset.constLast();
        const qsizetype before = side->timeOffset.size();
        side->metrics.resize(std::max(side->metrics.size(), add.metrics.size()));
        for (qsizetype i = 0; i < add.timeOffset.size(); ++i) {
            const double offset = double(add.startTime - side->startTime) + add.timeOffset.at(i);
            if (offset <= last)
                continue; // already there
            const qsizetype n = side->timeOffset.size();
            side->timeOffset.append(offset);
            for (qsizetype m = 0; m < side->metrics.size(); ++m) {
                QList<double> &values = side->metrics[m];
                const QList<double> empty;
                const QList<double> &from = m < add.metrics.size() ? add.metrics.at(m) : empty;
                if (values.isEmpty() && from.isEmpty())
                    continue;
                padTo(values, n);
                values.append(i < from.size() ? from.at(i) : qQNaN());
            }
            for (const NetCardSamples &card : add.multiNet) {
                auto own =
                    std::find_if(side->multiNet.begin(), side->multiNet.end(),
                                 [&](const NetCardSamples &c) { return c.netId == card.netId; });
                if (own == side->multiNet.end()) {
                    NetCardSamples fresh;
                    fresh.netId = card.netId;
                    fresh.netIp = card.netIp;
                    side->multiNet.append(fresh);
                    own = side->multiNet.end() - 1;
                }
                for (auto [values, source] :
                     {std::pair{&own->rtt, &card.rtt}, std::pair{&own->lost, &card.lost},
                      std::pair{&own->sendBps, &card.sendBps},
                      std::pair{&own->recvBps, &card.recvBps}}) {
                    padTo(*values, n);
                    values->append(i < source->size() ? source->at(i) : qQNaN());
                }
            }
        }
        const qsizetype n = side->timeOffset.size();
        for (QList<double> &values : side->metrics) {
            if (!values.isEmpty())
                padTo(values, n);
        }
        for (NetCardSamples &card : side->multiNet) {
            for (QList<double> *values : {&card.rtt, &card.lost, &card.sendBps, &card.recvBps})
                padTo(*values, n);
        }
        side->endTime = std::max(side->endTime, add.endTime);
        appended += n - before;
    }
    return appended;
}

LiveTail::LiveTail(TrroApi *api, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(Clock::orSystem(clock))
    , m_timer(m_clock->createTimer(this)) {
    connect(m_timer, &ClockTimer::timeout, this, &LiveTail::fetch);
}

void LiveTail::start(const QString &sessionId, qint64 refreshSec) {
    stop();
    m_sessionId = sessionId;
    m_refreshSec = std::max<qint64>(1, refreshSec);
    m_sides.clear();
    m_askedFrom.clear();
    m_ended = false;
    m_lastFetch = false;
    m_endPending = false;
    m_running = true;
    fetch();
}

void LiveTail::stop() {
    m_running = false;
    m_timer->stop();
    delete m_request;
}

void LiveTail::sessionEnded() {
    if (!m_running || m_lastFetch || m_endPending)
        return;
    if (m_request) {
        m_endPending = true; // the answer under way may miss the last samples: one more
        return;
    }
    m_lastFetch = true;
    m_timer->stop();
    fetch();
}

void LiveTail::fetch() {
    if (!m_running || m_request)
        return;
    auto *request = new QObject(this);
    m_request = request;
    const qint64 last = lastSample();
    const qint64 from = last > 0 ? last + 1 : 0;
    m_askedFrom.append(from);
    m_api->sessionTelemetry(
        m_sessionId, from, 0, request,
        [this, request](const Result<QList<SideTelemetry>> &result) {
            request->deleteLater();
            m_request = nullptr;
            arrived(result);
        },
        Priority::Interactive);
}

void LiveTail::arrived(const Result<QList<SideTelemetry>> &result) {
    if (!result.ok()) {
        Q_EMIT failed(result.error());
    } else {
        const qsizetype added = appendTelemetry(m_sides, result.value());
        if (added > 0 || m_askedFrom.size() == 1)
            Q_EMIT appended(added);
    }
    if (m_endPending) {
        m_endPending = false;
        m_lastFetch = true;
        fetch();
        return;
    }
    if (m_lastFetch && result.ok()) {
        m_running = false;
        m_ended = true;
        Q_EMIT ended();
        return;
    }
    m_timer->start(m_refreshSec * 1000 * 1000); // after a failure too: the same pace
}

} // namespace trro
