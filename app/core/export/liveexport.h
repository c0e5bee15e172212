#pragma once

#include "liveroster.h"
#include "statsexport.h"

namespace trro {

// The sessions running now, one row per running session (ended ones are left out):
// SessionId, FieldDeviceId, RemoteDeviceId, Resolution, StartTime, LatestUpdateTime, Stale.
ExportTable liveSessionsTable(const QList<LiveRow> &rows);

} // namespace trro
