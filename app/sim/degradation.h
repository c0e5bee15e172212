#pragma once

#include "fleetcatalog.h"

#include <QString>

namespace trro::sim {

// --degrade KIND=VALUE@FROM..TO: KIND field, remote or resolution; VALUE a DeviceId or a
// resolution ("1280*720"); FROM and TO in the syntax of trro-stats --from (unix seconds, ISO
// 8601, YYYY-MM-DD[THH:MM] in UTC, relative to now: -26h, -1d@d, now). False with a message.
bool parseDegradation(const QString &text, qint64 nowSec, Degradation *out, QString *error);

// The demo fleet's known cause: cockpit roc_nb_04 degrades yesterday from 13:00 to 17:00 in the
// user's time zone (localOffsetSec ahead of UTC), for the days around nowSec.
Degradation demoDegradation(qint64 localOffsetSec, qint64 nowSec);

} // namespace trro::sim
