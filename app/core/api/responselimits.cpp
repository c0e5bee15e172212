#include "responselimits.h"

#include "checkedmath.h"

#include <algorithm>

namespace trro::limits {

qint64 maxBuckets(const StatsQuery &query) {
    if (query.startTime <= 0 || query.endTime <= 0 || query.endTime < query.startTime)
        return MaxBucketsUnbounded;
    const qint64 width =
        query.interval == Interval::Month ? 28 * 86400 : nominalSeconds(query.interval);
    const qint64 span = saturatingSub(query.endTime, query.startTime);
    const qint64 intervals = span / width + 2; // partial intervals at both ends
    return std::min(MaxBucketsUnbounded, intervals + intervals / 4 + 8);
}

qint64 maxValues(qint64 maxItems) {
    qint64 values = 0;
    if (maxItems < 0 || !checkedMul(maxItems, ValuesPerItem, &values) ||
        !checkedAdd(values, EnvelopeValues, &values))
        return std::numeric_limits<qint64>::max();
    return values;
}

qint64 countJsonValues(const QByteArray &body, qint64 stopAbove) {
    // Every value but the top-level one follows '[', ':' or ',' outside a string; counting
    // those characters (and the top level) bounds the values without building any of them.
    qint64 count = 1;
    bool inString = false;
    const char *p = body.constData();
    const char *const end = p + body.size();
    for (; p < end; ++p) {
        const char c = *p;
        if (inString) {
            if (c == '\\')
                ++p; // the escaped character (a \uXXXX's digits are plain characters)
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == ':' || c == ',') {
            if (++count > stopAbove)
                return count;
        }
    }
    return count;
}

} // namespace trro::limits
