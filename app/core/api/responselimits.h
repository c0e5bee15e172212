#pragma once

#include "types.h"

#include <QByteArray>

namespace trro {

// Bounds on what one answer may hold, derived from the question. A body is checked against
// them before it is parsed, so that a flood of tiny items under the byte cap cannot take
// memory out of proportion to its size.
namespace limits {

// JSON values (as countJsonValues() counts them) one item of a list may use: a bucket or a
// device of seven fields uses about 15; the envelope (Response, RequestId, Total, Error ...)
// gets EnvelopeValues on top.
constexpr qint64 ValuesPerItem = 32;
constexpr qint64 EnvelopeValues = 64;
// The most items any list answer may announce in Total.
constexpr qint64 MaxListTotal = 1000000;
// Statistics answers for a range the service chose itself (no StartTime/EndTime sent).
constexpr qint64 MaxBucketsUnbounded = 100000;
// Plausible unix times for anything the service reports: 2000-01-01 to 2100-01-01 UTC.
constexpr qint64 EarliestTime = 946684800;
constexpr qint64 LatestTime = 4102444800;
// Counts (sessions, minutes, devices) beyond this are not plausible, and sums of many of
// them still fit into 64 bits.
constexpr qint64 MaxCount = qint64(1) << 40;
// The longest text field kept (names, descriptions, ids).
constexpr qsizetype MaxTextLength = 4096;

// The most buckets an answer for this question may hold: one per interval of the range (hour
// and day buckets counted at their nominal width, months at 28 days), a quarter more for
// duplicates and odd widths, plus 8.
qint64 maxBuckets(const StatsQuery &query);

// JSON values an answer of at most maxItems items may hold.
qint64 maxValues(qint64 maxItems);

// A measure of the JSON values in body, counted without parsing: one plus every '[', ':' and
// ',' outside strings (a member counts twice, an element once); counting stops once it is
// above stopAbove. Strings are skipped as a whole, escapes included.
qint64 countJsonValues(const QByteArray &body, qint64 stopAbove);

} // namespace limits
} // namespace trro
