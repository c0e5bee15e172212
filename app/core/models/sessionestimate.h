#pragma once

#include "types.h"

#include <QHash>
#include <QList>
#include <QString>

namespace trro {

// What one project-wide session list says about a device over [start, end).
struct DeviceEstimate {
    SessionTotals totals;
    qint64 badSessions = 0; // sessions whose Quality is "bad"
    qint64 badMinutes = 0;  // their minutes (each session rounded to the nearest minute)
};

// Per-device figures estimated from one project-wide session list (DescribeDeviceSessionList
// without a DeviceId): what DescribeSessionStatistics would say for each device over
// [start, end), from the sessions that started in the range. Sessions count for their vehicle
// and their cockpit; minutes are each session's length rounded to the nearest minute; a session
// is not bad unless its Quality is "bad"; ActiveFieldDeviceNum and ActiveRemoteDeviceNum are the
// distinct devices on each side of the device's sessions. The local service counts the same
// way; the real service may differ a little, so callers show these as estimates.
QHash<QString, DeviceEstimate> estimateDevices(const QList<DeviceSession> &sessions, qint64 start,
                                               qint64 end);
// The totals part of estimateDevices().
QHash<QString, SessionTotals> estimateDeviceTotals(const QList<DeviceSession> &sessions,
                                                   qint64 start, qint64 end);

} // namespace trro
