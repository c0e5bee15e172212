#pragma once

#include "causefinder.h"
#include "sessiontelemetry.h"

#include <QList>

namespace trro {

// The attributes of one session from its details (DescribeDeviceSessionDetails): the vehicle's
// network mode (MultiMode, or more than one card in MultiNet) and SDK version (Ver), and the
// stage that dominates end-to-end latency (the diagnosis). What the details do not say stays
// empty.
SessionAttributes sessionAttributes(const QList<SideTelemetry> &sides);

// Which sessions of a span to read the details of, at most maxRequests: every bad one while
// they fit in three quarters of the budget (else that many of them), and not-bad ones up to
// the rest. Each class is sampled by a hash of its SessionId, so the choice is the same on
// every run and spread over the span. The ids, bad ones first.
QStringList detailsSample(const QList<DeviceSession> &sessions, int maxRequests);

} // namespace trro
