#pragma once

#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

namespace trro {

class ApiClient;
class Clock;
class ClockTimer;
class ApiReply;

enum class Priority { Background = 0, Normal = 1, Interactive = 2 };

// Bounds of one job besides the scheduler's options.
struct RequestLimits {
    qint64 maxValues = 0;  // JSON values the answer may hold (ApiClient::send); 0: no limit
    qint64 deadlineMs = 0; // the job's total time, retries included; 0: Options::jobDeadlineMs
};

// One scheduled request: may be sent several times (retries); ends once.
class ApiJob final : public QObject {
    Q_OBJECT
public:
    QString action() const { return m_action; }
    QJsonObject params() const { return m_params; }
    const Result<QJsonObject> &result() const { return m_result; }
    int attempts() const { return m_attempts; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(); // the job is deleted (deleteLater) right after

private:
    friend class RequestScheduler;
    ApiJob(const QString &action, const QJsonObject &params, Priority priority, QObject *context,
           QObject *parent);

    QString m_action;
    QJsonObject m_params;
    Priority m_priority;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    quint64 m_sequence = 0;
    int m_attempts = 0;
    qint64 m_notBeforeUs = 0; // backoff: not sent before this scheduler time
    QPointer<ApiReply> m_reply;
    RequestLimits m_limits;
    ClockTimer *m_deadline = nullptr; // on the scheduler's clock
    qint64 m_deadlineUs = 0;
    Result<QJsonObject> m_result{ApiError{}};
    bool m_finished = false;
};

// Shared by every caller: per-action token bucket (default 20 requests/s), several requests
// in flight, bounded retries with exponential backoff and jitter on transient errors, adaptive
// slow-down when the service still answers RequestLimitExceeded, priorities, cancellation.
class RequestScheduler final : public QObject {
    Q_OBJECT
public:
    struct Options {
        // Per action: the service allows 20 in any one-second window. Requests are paced
        // evenly at this rate (a late timer is caught up on), and never more than
        // ratePerSecond are sent in any window of one second plus windowMarginMs, which leaves
        // room for requests that leave evenly spaced but arrive a little closer together.
        double ratePerSecond = 20.0;
        int windowMarginMs = 25;
        int maxInFlight = 16;
        int maxRetries = 5;
        int baseBackoffMs = 250;
        int maxBackoffMs = 8000;
        // Every job ends within this time from its first attempt, however many attempts it
        // takes (0: no deadline); each attempt is bounded by the client's timeout as well.
        int jobDeadlineMs = DefaultJobDeadlineMs;
    };
    static constexpr int DefaultJobDeadlineMs = 120000;

    explicit RequestScheduler(ApiClient *client, QObject *parent = nullptr);
    RequestScheduler(ApiClient *client, const Options &options, QObject *parent = nullptr);
    // clock: what pacing, backoff and the rate window are measured on (nullptr: the system's).
    RequestScheduler(ApiClient *client, const Options &options, Clock *clock,
                     QObject *parent = nullptr);
    ~RequestScheduler() override;

    ApiClient *client() const { return m_client; }
    Clock *clock() const { return m_clock; } // what its pacing and deadlines are measured on
    const Options &options() const { return m_options; }
    void setOptions(const Options &options);

    // context: when it is destroyed, or cancel(context) is called, the job ends Cancelled.
    // nullptr means the job belongs to nobody in particular. A job still running at its
    // deadline ends with Kind::Timeout.
    ApiJob *enqueue(const QString &action, const QJsonObject &params,
                    Priority priority = Priority::Normal, QObject *context = nullptr,
                    const RequestLimits &limits = {});
    void cancel(QObject *context);
    void cancelAll();

    int pendingCount() const { return int(m_queue.size()); }
    int inFlightCount() const { return m_inFlight; }

    struct Stats {
        qint64 sent = 0; // HTTP requests sent, retries included
        qint64 retried = 0;
        qint64 rateLimited = 0; // RequestLimitExceeded answers seen
        qint64 failed = 0;      // jobs that ended with an error
    };
    Stats stats() const { return m_stats; }

Q_SIGNALS:
    void idle(); // nothing queued and nothing in flight

private:
    struct Pace {
        double theoreticalUs = 0; // when the next request is due (virtual scheduling)
        QList<qint64> sentUs;     // send times within the current window, oldest first
        double slowdown = 1.0;    // >= 1, raised on RequestLimitExceeded, decays on success
    };

    void pump();
    void schedulePump(qint64 delayUs);
    void dispatch(ApiJob *job);
    void onReplyFinished(ApiJob *job, ApiReply *reply);
    void finishJob(ApiJob *job, Result<QJsonObject> result);
    bool takeToken(const QString &action, qint64 nowUs, qint64 *waitUs);
    qint64 nowUs() const;
    qint64 backoffMs(int attempt);

    ApiClient *m_client;
    Options m_options;
    QList<ApiJob *> m_queue;
    QHash<QString, Pace> m_paces;
    Clock *m_clock;
    ClockTimer *m_timer;
    QRandomGenerator m_random;
    quint64 m_sequence = 0;
    int m_inFlight = 0;
    Stats m_stats;
};

} // namespace trro
