#pragma once

#include "fleetcatalog.h"

#include <QList>
#include <QStringList>

namespace trro::sim {

// One purchase of licences: bound to a vehicle, or the project's spares not bound yet.
struct LicenceGroup {
    int project = 0;
    int device = -1; // index into FleetCatalog::devices() of the vehicle; -1: unbound
    QStringList ids;
    qint64 expireTime = 0;  // unix seconds
    qint64 durationSec = 0; // the term bought (Duration)
};

// The licences of the fleet, derived like the catalog from the seed and the anchor (the China
// midnight the fleet was built): every vehicle has one licence (one in ten has two) whose
// expiry lies between 12 days before the anchor and 90 days after it, so that some have
// expired, some expire this month and most later; each project has one or two groups of
// spare licences (a tenth of its vehicles, at least one) not bound to any vehicle, expiring in
// 20 to 80 days. Cockpits need no licence. A licence keeps its Status 1 (bound) or 0 (unbound)
// until ExpireTime, then reads 2 (service stopped); RemainDay counts the whole days left
// (floor((ExpireTime - now) / 86400), 0 once expired). The sim does not stop an expired
// vehicle's sessions. A licence allows MonthlyMinutesPerLicence minutes a month (LimitedTime).
class LicenceBook final {
public:
    static constexpr qint64 MonthlyMinutesPerLicence = 30000;

    explicit LicenceBook(const FleetCatalog &catalog);

    const QList<LicenceGroup> &groups() const { return m_groups; }
    // The group bound to a device (index into FleetCatalog::devices()), or nullptr.
    const LicenceGroup *ofDevice(int device) const;

    static int status(const LicenceGroup &group, qint64 now); // 0 unbound, 1 bound, 2 stopped
    static qint64 remainDays(const LicenceGroup &group, qint64 now);
    static bool expired(const LicenceGroup &group, qint64 now) { return group.expireTime <= now; }

private:
    QList<LicenceGroup> m_groups;
    QHash<int, int> m_byDevice; // device -> index into m_groups
};

} // namespace trro::sim
