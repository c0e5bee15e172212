#pragma once

// The columns trro-stats writes for interval statistics, in their documented order: the machine
// CSV header, and the keys of the integer values of a row.

#include <QString>
#include <QStringList>

namespace trro::test {

inline const QString IntervalHeader =
    QStringLiteral("DeviceId,StartTime,EndTime,SessionNum,TotalDuration,NotBadSessionRatio,"
                   "ActiveFieldDeviceNum,ActiveRemoteDeviceNum");
inline const QStringList IntegerKeys{QStringLiteral("StartTime"),
                                     QStringLiteral("EndTime"),
                                     QStringLiteral("SessionNum"),
                                     QStringLiteral("TotalDuration"),
                                     QStringLiteral("NotBadSessionRatio"),
                                     QStringLiteral("ActiveFieldDeviceNum"),
                                     QStringLiteral("ActiveRemoteDeviceNum")};

} // namespace trro::test
