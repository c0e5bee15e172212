#pragma once

#include "apierror.h"
#include "sessiontelemetry.h"

#include <QObject>
#include <QPointer>

namespace trro {

class Clock;
class ClockTimer;
class TrroApi;

// Appends the samples of `more` that come after the last sample of `into`, side by side
// (matched by type and device), keeping every metric aligned on TimeOffset: a metric one
// answer lacks is padded with NaN. Returns the number of samples appended.
qsizetype appendTelemetry(QList<SideTelemetry> &into, const QList<SideTelemetry> &more);

// The last sample time of the sides (unix seconds), 0 when there is none.
qint64 lastSampleTime(const QList<SideTelemetry> &sides);

// The telemetry of one running session, kept current: the whole session once, then every
// refreshSec only the time after the last sample it has (DescribeDeviceSessionDetails with
// StartTime), appended. When the session ends (sessionEnded(), from the running list) one last
// request fetches its final samples and the tail stops asking.
class LiveTail final : public QObject {
    Q_OBJECT
public:
    LiveTail(TrroApi *api, Clock *clock = nullptr, QObject *parent = nullptr);

    void start(const QString &sessionId, qint64 refreshSec = 10);
    void stop();
    void sessionEnded(); // asks once more, then stops
    bool isRunning() const { return m_running; }
    bool isEnded() const { return m_ended; }

    QString sessionId() const { return m_sessionId; }
    const QList<SideTelemetry> &sides() const { return m_sides; }
    qint64 lastSample() const { return lastSampleTime(m_sides); }
    // The StartTime of every request so far (0: the whole session), for tests and the trace.
    const QList<qint64> &askedFrom() const { return m_askedFrom; }

Q_SIGNALS:
    void appended(qsizetype samples); // new samples are in sides()
    void ended();                     // the session is over; nothing more is asked
    void failed(const trro::ApiError &error);

private:
    void fetch();
    void arrived(const Result<QList<SideTelemetry>> &result);

    TrroApi *m_api;
    Clock *m_clock;
    ClockTimer *m_timer;
    QPointer<QObject> m_request;
    QString m_sessionId;
    QList<SideTelemetry> m_sides;
    QList<qint64> m_askedFrom;
    qint64 m_refreshSec = 10;
    bool m_running = false;
    bool m_ended = false;
    bool m_lastFetch = false;  // the session ended: this answer is the last
    bool m_endPending = false; // it ended while a request was under way
};

} // namespace trro
