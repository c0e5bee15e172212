#include "requestscheduler.h"

#include "apiclient.h"
#include "clock.h"

#include <QCoreApplication>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <limits>

namespace trro {
namespace {

ApiError cancelledError() {
    return ApiError::make(
        ApiError::Kind::Cancelled, QStringLiteral("Cancelled"),
        QCoreApplication::translate("trro::RequestScheduler", "The request was cancelled."));
}

} // namespace

ApiJob::ApiJob(const QString &action, const QJsonObject &params, Priority priority,
               QObject *context, QObject *parent)
    : QObject(parent)
    , m_action(action)
    , m_params(params)
    , m_priority(priority)
    , m_context(context)
    , m_hasContext(context != nullptr) {}

RequestScheduler::RequestScheduler(ApiClient *client, QObject *parent)
    : RequestScheduler(client, Options{}, parent) {}

RequestScheduler::RequestScheduler(ApiClient *client, const Options &options, QObject *parent)
    : RequestScheduler(client, options, nullptr, parent) {}

RequestScheduler::RequestScheduler(ApiClient *client, const Options &options, Clock *clock,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
    , m_clock(Clock::orSystem(clock))
    , m_timer(m_clock->createTimer(this))
    , m_random(QRandomGenerator::global()->generate()) {
    connect(m_timer, &ClockTimer::timeout, this, &RequestScheduler::pump);
}

qint64 RequestScheduler::nowUs() const {
    return m_clock->monotonicUs();
}

RequestScheduler::~RequestScheduler() {
    // Jobs still queued end as cancelled so that no caller waits forever.
    cancelAll();
}

void RequestScheduler::setOptions(const Options &options) {
    m_options = options;
    m_paces.clear();
    schedulePump(0);
}

ApiJob *RequestScheduler::enqueue(const QString &action, const QJsonObject &params,
                                  Priority priority, QObject *context,
                                  const RequestLimits &limits) {
    auto *job = new ApiJob(action, params, priority, context, this);
    job->m_sequence = ++m_sequence;
    job->m_limits = limits;
    const qint64 deadlineMs = limits.deadlineMs > 0 ? limits.deadlineMs : m_options.jobDeadlineMs;
    if (deadlineMs > 0) {
        job->m_deadline = m_clock->createTimer(job);
        job->m_deadlineUs = deadlineMs * 1000;
        connect(job->m_deadline, &ClockTimer::timeout, this, [this, job, deadlineMs] {
            if (job->m_finished)
                return;
            finishJob(job, ApiError::make(
                               ApiError::Kind::Timeout, QStringLiteral("Timeout"),
                               QCoreApplication::translate(
                                   "trro::RequestScheduler",
                                   "No answer to %1 within the deadline of %2 s (%3 attempts).")
                                   .arg(job->m_action)
                                   .arg(double(deadlineMs) / 1000.0)
                                   .arg(job->m_attempts)));
        });
    }
    if (context) {
        connect(context, &QObject::destroyed, job, [this, job] {
            if (!job->m_finished)
                finishJob(job, cancelledError());
        });
    }
    m_queue.append(job);
    schedulePump(0);
    return job;
}

void RequestScheduler::cancel(QObject *context) {
    const QList<ApiJob *> jobs = findChildren<ApiJob *>(Qt::FindDirectChildrenOnly);
    for (ApiJob *job : jobs) {
        if (!job->m_finished && job->m_hasContext && job->m_context == context)
            finishJob(job, cancelledError());
    }
}

void RequestScheduler::cancelAll() {
    const QList<ApiJob *> jobs = findChildren<ApiJob *>(Qt::FindDirectChildrenOnly);
    for (ApiJob *job : jobs) {
        if (!job->m_finished)
            finishJob(job, cancelledError());
    }
}

void RequestScheduler::schedulePump(qint64 delayUs) {
    const qint64 delay = std::clamp<qint64>(delayUs, 0, 60LL * 1000000);
    if (m_timer->isActive() && m_timer->remainingUs() <= delay)
        return;
    m_timer->start(delay);
}

bool RequestScheduler::takeToken(const QString &action, qint64 nowUs, qint64 *waitUs) {
    if (m_options.ratePerSecond <= 0)
        return true;
    Pace &pace = m_paces[action];
    const double rate = m_options.ratePerSecond / pace.slowdown;
    const double intervalUs = 1e6 / rate;
    const int limit = std::max(1, int(std::floor(rate)));
    const qint64 windowUs = 1000000 + qint64(m_options.windowMarginMs) * 1000;
    while (!pace.sentUs.isEmpty() && pace.sentUs.first() <= nowUs - windowUs)
        pace.sentUs.removeFirst();

    qint64 wait = 0;
    if (pace.sentUs.size() >= limit)
        wait = pace.sentUs.at(pace.sentUs.size() - limit) + windowUs - nowUs;
    // Virtual scheduling with a tolerance of one interval: a timer that fires late does not
    // lose the time it was late by; the window check above bounds any catching up.
    const double earliest = pace.theoreticalUs - intervalUs;
    if (nowUs < earliest)
        wait = std::max(wait, qint64(std::ceil(earliest - nowUs)));
    if (wait > 0) {
        *waitUs = wait;
        return false;
    }
    pace.theoreticalUs = std::max(pace.theoreticalUs, double(nowUs)) + intervalUs;
    pace.sentUs.append(nowUs);
    return true;
}

qint64 RequestScheduler::backoffMs(int attempt) {
    // Exponential with full jitter in [base/2, base * 2^attempt].
    const double ceiling = std::min<double>(m_options.maxBackoffMs,
                                            m_options.baseBackoffMs * std::pow(2.0, attempt - 1));
    const double floor = m_options.baseBackoffMs / 2.0;
    return qint64(floor + m_random.generateDouble() * std::max(0.0, ceiling - floor));
}

void RequestScheduler::pump() {
    const qint64 now = nowUs();
    // Highest priority first, then oldest.
    std::stable_sort(m_queue.begin(), m_queue.end(), [](const ApiJob *a, const ApiJob *b) {
        if (a->m_priority != b->m_priority)
            return a->m_priority > b->m_priority;
        return a->m_sequence < b->m_sequence;
    });
    qint64 nextWake = -1;
    auto wakeIn = [&nextWake](qint64 ms) {
        if (nextWake < 0 || ms < nextWake)
            nextWake = ms;
    };
    for (qsizetype i = 0; i < m_queue.size() && m_inFlight < m_options.maxInFlight;) {
        ApiJob *job = m_queue.at(i);
        if (job->m_notBeforeUs > now) {
            wakeIn(job->m_notBeforeUs - now);
            ++i;
            continue;
        }
        qint64 wait = 0;
        if (!takeToken(job->m_action, now, &wait)) {
            wakeIn(wait);
            ++i; // another action may still have tokens
            continue;
        }
        m_queue.removeAt(i);
        dispatch(job);
    }
    if (nextWake >= 0)
        schedulePump(nextWake);
    if (m_queue.isEmpty() && m_inFlight == 0)
        Q_EMIT idle();
}

void RequestScheduler::dispatch(ApiJob *job) {
    ++job->m_attempts;
    // The deadline runs from the first attempt: time spent queued behind the rate limit of
    // other jobs does not count.
    if (job->m_attempts == 1 && job->m_deadline)
        job->m_deadline->start(job->m_deadlineUs);
    ++m_inFlight;
    ++m_stats.sent;
    if (job->m_attempts > 1)
        ++m_stats.retried;
    ApiReply *reply = m_client->send(job->m_action, job->m_params, job->m_limits.maxValues);
    job->m_reply = reply;
    connect(reply, &ApiReply::finished, job, [this, job, reply] { onReplyFinished(job, reply); });
    // If the job is cancelled while in flight, its reply is aborted in finishJob().
}

void RequestScheduler::onReplyFinished(ApiJob *job, ApiReply *reply) {
    --m_inFlight;
    job->m_reply = nullptr;
    const Result<QJsonObject> &result = reply->result();
    if (job->m_finished)
        return;
    Pace &pace = m_paces[job->m_action];
    if (result.ok()) {
        pace.slowdown = std::max(1.0, pace.slowdown * 0.9);
        finishJob(job, result);
        schedulePump(0);
        return;
    }
    const ApiError &error = result.error();
    if (error.isRateLimited()) {
        ++m_stats.rateLimited;
        // Another client may share the account: slow this action down, recover on success.
        pace.slowdown = std::min(8.0, pace.slowdown * 1.5);
    }
    const bool clockCorrected = error.code == QLatin1String("AuthFailure.SignatureExpire") &&
                                error.serverClockKnown && job->m_attempts == 1;
    const bool retry =
        (error.isRetryable() || clockCorrected) && job->m_attempts <= m_options.maxRetries;
    if (retry) {
        job->m_notBeforeUs = nowUs() + (clockCorrected ? 0 : backoffMs(job->m_attempts) * 1000);
        m_queue.append(job);
        schedulePump(0);
        return;
    }
    finishJob(job, result);
    schedulePump(0);
}

void RequestScheduler::finishJob(ApiJob *job, Result<QJsonObject> result) {
    if (job->m_finished)
        return;
    job->m_finished = true;
    m_queue.removeAll(job);
    if (!result.ok() && result.error().kind != ApiError::Kind::Cancelled)
        ++m_stats.failed;
    if (job->m_reply) {
        ApiReply *reply = job->m_reply;
        job->m_reply = nullptr;
        reply->disconnect(job);
        --m_inFlight;
        reply->abort();
    }
    job->m_result = std::move(result);
    // A job whose context is gone ends silently: nobody is left to hear it.
    if (!job->m_hasContext || job->m_context)
        Q_EMIT job->finished();
    job->deleteLater();
    if (m_queue.isEmpty() && m_inFlight == 0)
        QTimer::singleShot(0, this, [this] {
            if (m_queue.isEmpty() && m_inFlight == 0)
                Q_EMIT idle();
        });
}

} // namespace trro
