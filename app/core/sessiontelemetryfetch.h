#pragma once

#include "requestscheduler.h"
#include "sessiontelemetry.h"

#include <functional>

namespace trro {

// DescribeDeviceSessionDetails on the shared scheduler: the samples of both sides of one
// session, field first. startTime/endTime of 0 leave the range to the service. The callback
// runs only while context lives.
using SessionTelemetryCallback = std::function<void(const Result<QList<SideTelemetry>> &)>;
void fetchSessionTelemetry(RequestScheduler *scheduler, const QString &sessionId, qint64 startTime,
                           qint64 endTime, QObject *context, SessionTelemetryCallback callback,
                           Priority priority = Priority::Normal);

} // namespace trro
