#pragma once

// The known cause of the cause finder's benchmarks: yesterday as the service's day (midnight
// China time), and cockpit roc_nb_04 degraded from 13:00 to 17:00 of it.

#include "fleetcatalog.h"

#include <QDateTime>
#include <QTimeZone>

namespace trro::bench {

struct DegradedDay {
    qint64 dayStart = 0; // unix seconds
    sim::Degradation cause;
};

// Adds the degradation to fleet and says which day and cause it is.
inline DegradedDay degradeYesterday(sim::FleetConfig *fleet) {
    const QTimeZone china(8 * 3600);
    const QDate yesterday = QDateTime::currentDateTime().toTimeZone(china).date().addDays(-1);
    DegradedDay out;
    out.dayStart = QDateTime(yesterday, QTime(0, 0), china).toSecsSinceEpoch();
    out.cause.kind = sim::Degradation::Kind::Remote;
    out.cause.value = QStringLiteral("roc_nb_04");
    out.cause.from = out.dayStart + 13 * 3600;
    out.cause.to = out.dayStart + 17 * 3600;
    fleet->degradations = {out.cause};
    return out;
}

} // namespace trro::bench
