#include "sessiontelemetryfetch.h"

#include "responselimits.h"

namespace trro {

void fetchSessionTelemetry(RequestScheduler *scheduler, const QString &sessionId, qint64 startTime,
                           qint64 endTime, QObject *context, SessionTelemetryCallback callback,
                           Priority priority) {
    QJsonObject p;
    p.insert(QStringLiteral("SessionId"), sessionId);
    if (startTime > 0)
        p.insert(QStringLiteral("StartTime"), startTime);
    if (endTime > 0)
        p.insert(QStringLiteral("EndTime"), endTime);
    // Two sides of a day at one sample per second, about 40 arrays each, a few cards.
    RequestLimits requestLimits;
    requestLimits.maxValues = limits::EnvelopeValues + qint64(2) * 86400 * 64;
    ApiJob *job = scheduler->enqueue(QStringLiteral("DescribeDeviceSessionDetails"), p, priority,
                                     context, requestLimits);
    QObject *receiver = context ? context : static_cast<QObject *>(job);
    QObject::connect(job, &ApiJob::finished, receiver, [job, callback] {
        const Result<QJsonObject> &r = job->result();
        if (!r.ok()) {
            callback(r.error());
            return;
        }
        const Result<QList<SideTelemetry>> parsed = parseSessionTelemetry(r.value());
        if (!parsed.ok()) {
            ApiError e = parsed.error();
            e.requestId = r.value().value(QLatin1String("RequestId")).toString();
            callback(e);
            return;
        }
        callback(parsed);
    });
}

} // namespace trro
