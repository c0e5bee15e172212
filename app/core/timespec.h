#pragma once

#include <QDateTime>
#include <QString>

namespace trro {

// Time arguments of both executables: unix seconds ("1700000000"), ISO-8601 with "Z" or an
// offset ("2024-05-01T08:00:00+08:00"), a date ("2024-05-01", midnight UTC), or relative to
// now: "now", "-24h", "-7d", "-30m", "-2w". Returns false and sets *error (translated) otherwise.
bool parseTimeSpec(const QString &text, const QDateTime &now, qint64 *unixSeconds,
                   QString *error = nullptr);

} // namespace trro
