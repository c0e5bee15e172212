#pragma once

#include "chartgeometry.h"
#include "sessiontelemetry.h"

#include <QList>
#include <functional>

namespace trro {

// The samples of one session on ONE time axis (unix seconds): the field and remote sides keep
// their own StartTime, so each sample is placed at its side's startTime + timeOffset. A sample
// holds until the next one; a pause longer than a few sample spacings is a gap in the lines
// (no interpolation across missing samples), and so is a sample without a value.
// Plain values, no chart library.
class SessionChartData final {
public:
    struct Side {
        SideTelemetry telemetry;
        QList<qint64> times; // unix seconds of each sample, ascending as sent
        QList<qint64> ends;  // where each sample stops holding (next sample or a gap)
        bool sorted = true;  // times ascending (a hostile service may send them in any order)
    };

    SessionChartData() = default;
    explicit SessionChartData(const QList<SideTelemetry> &sides);

    const QList<Side> &sides() const { return m_sides; }
    bool isEmpty() const;
    // The extent of the session: the earliest StartTime (or sample) to the latest end.
    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }

    // The side of a type, or -1.
    int sideIndex(DeviceType type) const;
    // The sample of a side that holds at time, or -1.
    qsizetype sampleAt(int side, qint64 time) const;
    // The span [start, end) of the sample under time: the field's first, else any side's.
    bool spanAt(qint64 time, qint64 *start, qint64 *end) const;

    // Whether a sample holds a value: the service sends -1 for "no value" (every metric it
    // samples is a rate, a duration, a count or a share, never negative).
    static bool hasValue(double value);
    // One span per sample of values (aligned on the side's samples; extra values ignored,
    // missing ones leave the sample out).
    QList<BucketSpan> spans(int side, const QList<double> &values) const;
    // The stretches [start, end) where pass(value) holds, neighbouring samples merged.
    QList<QPair<qint64, qint64>> stretches(int side, const QList<double> &values,
                                           const std::function<bool(double)> &pass) const;

private:
    QList<Side> m_sides;
    qint64 m_from = 0;
    qint64 m_to = 0;
};

} // namespace trro
