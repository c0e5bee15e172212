#pragma once

#include "requestscheduler.h"
#include "result.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

namespace trro {

// Runs one action on the scheduler and hands the parsed value to the callback, in the context's
// thread and lifetime (or the job's, without a context). A parse error carries the answer's
// RequestId. Shared by the typed actions (TrroApi, UsageApi).
template <typename T, typename Parse>
void singleCall(RequestScheduler *scheduler, const QString &action, const QJsonObject &params,
                QObject *context, Priority priority, Parse parse,
                std::function<void(const Result<T> &)> callback, const RequestLimits &limits = {}) {
    ApiJob *job = scheduler->enqueue(action, params, priority, context, limits);
    QObject *receiver = context ? context : static_cast<QObject *>(job);
    QObject::connect(job, &ApiJob::finished, receiver, [job, parse, callback] {
        const Result<QJsonObject> &r = job->result();
        if (!r.ok()) {
            callback(r.error());
            return;
        }
        Result<T> parsed = parse(r.value());
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
