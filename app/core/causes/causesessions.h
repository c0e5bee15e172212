#pragma once

#include "causefinder.h"
#include "types.h"

#include <QList>
#include <QPair>

namespace trro {

// A row of a cause report followed back to the sessions the finder read (CauseInput): which of
// them hold its value, and the fleet per bucket without them, for the charts.
//
// Only what findCauses() counted takes part: a known quality, an end not before the start, a
// start inside the list's span, each SessionId once. A value folded into "(other)" matches no
// session; a details dimension matches only the sessions whose details were read.

// Whether the session holds row's value.
bool holdsCauseValue(const CauseRow &row, const DeviceSession &session, const CauseInput &input,
                     const CauseOptions &options);

// The span's sessions that hold row's value, in start order.
QList<DeviceSession> causeSessions(const CauseRow &row, const CauseInput &input,
                                   const CauseOptions &options);

// For each bucket [start, end): the sessions of the span and of the baseline that started in
// it, without those holding row's value (sessionNum, notBadSessionRatio rounded; the other
// figures 0). A bucket is clipped to the spans the lists cover; one outside both is left out.
QList<IntervalBucket> bucketsWithout(const CauseRow &row, const CauseInput &input,
                                     const CauseOptions &options,
                                     const QList<QPair<qint64, qint64>> &buckets);

} // namespace trro
