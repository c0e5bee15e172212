#pragma once

#include "types.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace trro {

// Qt SQL binds a null QString as SQL NULL. The store's text columns are NOT NULL and "" is a
// value there (the fleet's device id, an empty name): bind those as empty text.
inline QVariant pgText(const QString &text) {
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

// One interval_stats row as a bucket: seven columns from `first` (bucket start and end as unix
// seconds, sessions, minutes, not-bad ratio, active vehicles, active cockpits).
inline IntervalBucket bucketAt(const QSqlQuery &query, int first) {
    IntervalBucket b;
    b.startTime = query.value(first).toLongLong();
    b.endTime = query.value(first + 1).toLongLong();
    b.sessionNum = query.value(first + 2).toLongLong();
    b.totalDuration = query.value(first + 3).toLongLong();
    b.notBadSessionRatio = query.value(first + 4).toInt();
    b.activeFieldDeviceNum = query.value(first + 5).toLongLong();
    b.activeRemoteDeviceNum = query.value(first + 6).toLongLong();
    return b;
}

} // namespace trro
