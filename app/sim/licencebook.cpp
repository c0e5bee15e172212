#include "licencebook.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace trro::sim {
namespace {

constexpr qint64 Day = 86400;

QString licenceId(quint64 h) {
    return u"trro-%1-%2-%3-%4-%5"_s.arg(h >> 32, 8, 16, QLatin1Char('0'))
        .arg((h >> 16) & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(h & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(FleetCatalog::mix(h, 1) & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(FleetCatalog::mix(h, 2) & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

} // namespace

LicenceBook::LicenceBook(const FleetCatalog &catalog) {
    const qint64 anchor = catalog.anchor();
    for (int p = 0; p < catalog.projects().size(); ++p) {
        const FleetProject &project = catalog.projects().at(p);
        for (const int device : project.fieldDevices) {
            const FleetDevice &d = catalog.devices().at(device);
            LicenceGroup group;
            group.project = p;
            group.device = device;
            const int count = FleetCatalog::unit(FleetCatalog::mix(d.key, 22)) < 0.1 ? 2 : 1;
            for (int i = 0; i < count; ++i)
                group.ids << licenceId(FleetCatalog::mix(d.key, 31 + quint64(i)));
            const double u = FleetCatalog::unit(FleetCatalog::mix(d.key, 21));
            group.expireTime = anchor + qint64((-12.0 + 102.0 * u) * Day) / 60 * 60;
            group.durationSec =
                (FleetCatalog::unit(FleetCatalog::mix(d.key, 23)) < 0.8 ? 365 : 30) * Day;
            m_byDevice.insert(device, int(m_groups.size()));
            m_groups.append(group);
        }
        const quint64 key = FleetCatalog::mix(catalog.config().seed, quint64(p) + 0x11c);
        const int spares = std::max<int>(1, int(project.fieldDevices.size()) / 10);
        const int groups = spares >= 2 ? 2 : 1;
        for (int g = 0; g < groups; ++g) {
            LicenceGroup group;
            group.project = p;
            const int count = g == 0 ? (spares + 1) / 2 : spares / 2;
            for (int i = 0; i < count; ++i)
                group.ids << licenceId(FleetCatalog::mix(key, quint64(g) * 1000 + quint64(i)));
            const double u = FleetCatalog::unit(FleetCatalog::mix(key, 500 + quint64(g)));
            group.expireTime = anchor + qint64((20.0 + 60.0 * u) * Day) / 60 * 60;
            group.durationSec = 365 * Day;
            m_groups.append(group);
        }
    }
}

const LicenceGroup *LicenceBook::ofDevice(int device) const {
    const int index = m_byDevice.value(device, -1);
    return index < 0 ? nullptr : &m_groups.at(index);
}

int LicenceBook::status(const LicenceGroup &group, qint64 now) {
    if (expired(group, now))
        return 2;
    return group.device >= 0 ? 1 : 0;
}

qint64 LicenceBook::remainDays(const LicenceGroup &group, qint64 now) {
    return expired(group, now) ? 0 : (group.expireTime - now) / Day;
}

} // namespace trro::sim
