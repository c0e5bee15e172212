#pragma once

#include <QByteArray>
#include <QString>

namespace trro::sim {

// The response examples published with the TRRO API (version 2022-03-25), verbatim: the
// service answers with them in example mode. DescribeSessionStatisticsByInterval's example
// holds a bucket whose EndTime is before its StartTime, two buckets with the same StartTime,
// a 1000 s "hour" bucket and gaps.
class PublishedExamples final {
public:
    // The whole {"Response": {...}} document, or empty when there is no example for the action.
    static QByteArray response(const QString &action);
};

} // namespace trro::sim
