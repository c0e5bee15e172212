#pragma once

#include "result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

class QTimer;

namespace trro {

class ApiClient;
class ApiReply;

enum class Priority { Background = 0, Normal = 1, Interactive = 2 };

// One scheduled request: may be sent several times (retries); ends once.
class ApiJob final : public QObject
{
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
    qint64 m_notBeforeMs = 0; // backoff: not sent before this scheduler time
    QPointer<ApiReply> m_reply;
    Result<QJsonObject> m_result{ApiError{}};
    bool m_finished = false;
};

// Shared by every caller: per-action token bucket (default 20 requests/s), several requests
// in flight, bounded retries with exponential backoff and jitter on transient errors, adaptive
// slow-down when the service still answers RequestLimitExceeded, priorities, cancellation.
class RequestScheduler final : public QObject
{
    Q_OBJECT
public:
    struct Options {
        // Per action. The service allows 20 in any one-second window; 2 % below that leaves
        // room for requests that leave evenly spaced but arrive a little closer together.
        double ratePerSecond = 19.6;
        int burst = 1;               // tokens the bucket holds at most (1 = evenly spaced)
        int maxInFlight = 16;
        int maxRetries = 5;
        int baseBackoffMs = 250;
        int maxBackoffMs = 8000;
    };

    explicit RequestScheduler(ApiClient *client, QObject *parent = nullptr);
    RequestScheduler(ApiClient *client, const Options &options, QObject *parent = nullptr);
    ~RequestScheduler() override;

    ApiClient *client() const { return m_client; }
    const Options &options() const { return m_options; }
    void setOptions(const Options &options);

    // context: when it is destroyed, or cancel(context) is called, the job ends Cancelled.
    // nullptr means the job belongs to nobody in particular.
    ApiJob *enqueue(const QString &action, const QJsonObject &params,
                    Priority priority = Priority::Normal, QObject *context = nullptr);
    void cancel(QObject *context);
    void cancelAll();

    int pendingCount() const { return int(m_queue.size()); }
    int inFlightCount() const { return m_inFlight; }

    struct Stats {
        qint64 sent = 0;        // HTTP requests sent, retries included
        qint64 retried = 0;
        qint64 rateLimited = 0; // RequestLimitExceeded answers seen
        qint64 failed = 0;      // jobs that ended with an error
    };
    Stats stats() const { return m_stats; }

Q_SIGNALS:
    void idle(); // nothing queued and nothing in flight

private:
    struct Bucket {
        double tokens = 0.0;
        qint64 lastRefillMs = 0;
        double slowdown = 1.0; // >= 1, raised on RequestLimitExceeded, decays on success
    };

    void pump();
    void schedulePump(qint64 delayMs);
    void dispatch(ApiJob *job);
    void onReplyFinished(ApiJob *job, ApiReply *reply);
    void finishJob(ApiJob *job, Result<QJsonObject> result);
    bool takeToken(const QString &action, qint64 nowMs, qint64 *waitMs);
    qint64 backoffMs(int attempt);

    ApiClient *m_client;
    Options m_options;
    QList<ApiJob *> m_queue;
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
    QTimer *m_timer;
    QRandomGenerator m_random;
    quint64 m_sequence = 0;
    int m_inFlight = 0;
    Stats m_stats;
};

} // namespace trro
