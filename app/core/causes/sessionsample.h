#pragma once

#include "apierror.h"
#include "causefinder.h"
#include "result.h"
#include "trroapi.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace trro {

// A first answer in a bounded number of requests: a long session list read as a sample.
//
// The span is cut into equal slices and only the first page of each slice's list is asked
// (one request a slice, whatever the fleet's size). A slice whose list fits on one page is read
// whole; of a longer one the page holds its first sessions. To keep every slice in proportion,
// each slice keeps the same fraction f of its Total, the smallest fraction any slice could give
// (f = min(received / Total)), taken evenly over the sessions it sent: the sample is then
// self-weighting, so shares, ratios and contributions read off it estimate the whole list's,
// and a count scaled by 1 / f estimates the whole count (scaleSampledReport()).

// What one slice's first page said.
struct SampleSlice {
    qint64 start = 0, end = 0; // [start, end), unix seconds
    DeviceSessionPage page;
};

struct SessionSample {
    QList<DeviceSession> sessions;
    qint64 total = 0;    // the sessions the slices' Totals count
    double fraction = 1; // of each slice's sessions in the sample (0..1]
    bool complete() const { return sessions.size() == total; }
};

// The slices of [start, end): at most `slices`, none shorter than a minute.
QList<QPair<qint64, qint64>> sampleSlices(qint64 start, qint64 end, int slices);
// The self-weighting sample of the slices' pages. Sessions that did not start in their slice
// and SessionIds seen before are left out; a slice whose Total is above maxTotal counts as
// maxTotal. A slice that sent nothing while its Total is positive is an error.
Result<SessionSample> selfWeightingSample(const QList<SampleSlice> &slices, qint64 maxTotal);
// The counts of a report found over samples, scaled to the whole lists (rounded) and marked
// estimated; shares, ratios, contributions and tests stay the sample's.
void scaleSampledReport(CauseReport *report, double spanFraction, double baselineFraction);

// Asks the first page of every slice of one span at once (the scheduler keeps them under the
// rate limit) and calls back once with the sample, in the context's lifetime.
void fetchSessionSample(TrroApi *api, const QString &projectId, qint64 start, qint64 end,
                        int slices, QObject *context,
                        std::function<void(const Result<SessionSample> &)> callback);

} // namespace trro
