#include "fleetcatalog.h"

#include <QByteArray>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace trro::sim {
namespace {

constexpr qint64 Day = 86400;
constexpr qint64 ChinaOffset = 8 * 3600;

quint64 fnv1a(const QString &text) {
    quint64 h = 1469598103934665603ULL;
    const QByteArray bytes = text.toUtf8();
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return h;
}

// Relative amount of cockpit time a vehicle of each kind needs (sessions per hour at peak
// times mean minutes); used to share the cockpits between the kinds.
constexpr std::array<double, VehicleKindCount> KindWorkload = {0.25 * 6.0, 0.09 * 40.0, 0.3 * 4.0};

const std::array<const char *, 4> ExcavatorModels = {"SY215C", "XE215DA", "ZE210E", "SY365H"};

} // namespace

FleetConfig FleetConfig::standard(int demoFieldDevices, quint64 seed) {
    FleetConfig config;
    config.seed = seed;
    const int n = std::max(1, demoFieldDevices);

    ProjectConfig demo;
    demo.projectId = u"f9nbdemo7q2x4k3a"_s;
    demo.name = u"Ningbo-Zhoushan remote operations"_s;
    demo.description = u"Port trucks at the Meishan terminal, excavators at the Beilun quarry and "
                       "robotaxis on the Ningbo East New Town pilot routes, operated from the "
                       "Ningbo remote operations centre."_s;
    demo.site = u"nb"_s;
    demo.portTrucks = n * 45 / 100;
    demo.excavators = n * 30 / 100;
    demo.robotaxis = n - demo.portTrucks - demo.excavators;
    demo.cockpits = std::max(12, int(std::lround(n / 25.0)));
    demo.chronicallyBad = std::max(1, n / 75);
    demo.offlineVehicles = std::max(1, n / 150);
    demo.offlineCockpits = 1;
    config.projects.append(demo);

    ProjectConfig mine;
    mine.projectId = u"f9btmine5r8w1c6e"_s;
    mine.name = u"Baotou open-pit mine"_s;
    mine.description = u"Remote-operated excavators at the Bayan Obo open-pit mine."_s;
    mine.policyMode = u"white"_s;
    mine.site = u"bt"_s;
    mine.excavators = 24;
    mine.cockpits = 4;
    mine.chronicallyBad = 2;
    mine.offlineVehicles = 1;
    config.projects.append(mine);

    ProjectConfig taxi;
    taxi.projectId = u"f9szrtx3j6m0v2hd"_s;
    taxi.name = u"Shenzhen robotaxi pilot"_s;
    taxi.description = u"Remote assistance for the Pingshan robotaxi pilot zone."_s;
    taxi.site = u"sz"_s;
    taxi.robotaxis = 16;
    taxi.cockpits = 3;
    taxi.chronicallyBad = 1;
    config.projects.append(taxi);
    return config;
}

quint64 FleetCatalog::mix(quint64 a, quint64 b) {
    quint64 z = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double FleetCatalog::unit(quint64 h) {
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

FleetCatalog::FleetCatalog(const FleetConfig &config, qint64 nowSec)
    : m_config(config) {
    m_anchor = (nowSec + ChinaOffset) / Day * Day - ChinaOffset;
    m_historyStart = m_anchor - qint64(std::max(1, config.historyDays)) * Day;
    for (const ProjectConfig &project : config.projects)
        addProject(project);
}

const FleetDevice &FleetCatalog::fieldDevice(int project, int index) const {
    return m_devices.at(m_projects.at(project).fieldDevices.at(index));
}

const FleetDevice &FleetCatalog::remoteDevice(int project, int index) const {
    return m_devices.at(m_projects.at(project).remoteDevices.at(index));
}

void FleetCatalog::addProject(const ProjectConfig &config) {
    const int project = int(m_projects.size());
    FleetProject p;
    p.config = config;
    const quint64 h = mix(m_config.seed, fnv1a(config.projectId));
    p.modifyTime = m_historyStart - 420 * Day + qint64(unit(h) * 40 * Day);
    m_projects.append(p);
    m_projectIndex.insert(config.projectId, project);

    addVehicles(project, VehicleKind::PortTruck, config.portTrucks);
    addVehicles(project, VehicleKind::Excavator, config.excavators);
    addVehicles(project, VehicleKind::Robotaxi, config.robotaxis);
    addCockpits(project);
    markSpecialVehicles(project);
}

void FleetCatalog::addVehicles(int project, VehicleKind kind, int count) {
    FleetProject &p = m_projects[project];
    const QString site = p.config.site;
    const QString siteUpper = site.toUpper();
    const int width = count > 999 ? 4 : 3;
    for (int i = 1; i <= count; ++i) {
        FleetDevice d;
        d.type = DeviceType::Field;
        d.kind = kind;
        d.project = project;
        d.index = int(p.fieldDevices.size());
        const QString number = u"%1"_s.arg(i, width, 10, QLatin1Char('0'));
        switch (kind) {
        case VehicleKind::PortTruck:
            d.deviceId = u"itv_%1_%2"_s.arg(site, number);
            d.deviceName = u"Port truck %1-%2"_s.arg(siteUpper, number);
            d.badShare = 0.04;
            d.normalShare = 0.18;
            break;
        case VehicleKind::Excavator:
            d.deviceId = u"exc_%1_%2"_s.arg(site, number);
            d.deviceName = u"Excavator %1-%2 (%3)"_s.arg(
                siteUpper, number,
                QLatin1String(ExcavatorModels.at(size_t(i) % ExcavatorModels.size())));
            d.badShare = 0.06;
            d.normalShare = 0.22;
            break;
        case VehicleKind::Robotaxi:
        case VehicleKind::Cockpit:
            d.deviceId = u"rtx_%1_%2"_s.arg(site, number);
            d.badShare = 0.05;
            d.normalShare = 0.28;
            break;
        }
        d.key = mix(m_config.seed, fnv1a(d.deviceId));
        if (kind == VehicleKind::Robotaxi) {
            // Green new-energy plates: province, city letter, D, five digits.
            const QString plate = site == u"sz"_s ? u"粤BD"_s : u"浙BD"_s;
            d.deviceName =
                u"Robotaxi %1%2"_s.arg(plate).arg(int(d.key % 100000), 5, 10, QLatin1Char('0'));
        }
        d.activity = 0.6 + 0.8 * unit(mix(d.key, 2));
        const double jitter = 0.5 + unit(mix(d.key, 3));
        d.badShare *= jitter;
        d.normalShare *= 0.8 + 0.4 * unit(mix(d.key, 4));
        // Most of the fleet predates the history; the rest joined over the year.
        const double u = unit(mix(d.key, 1));
        if (u < 0.7) {
            d.commissioned = m_historyStart - qint64((1 + u / 0.7 * 300) * Day);
        } else {
            const double share = (u - 0.7) / 0.3;
            d.commissioned = m_historyStart + qint64(share * (m_config.historyDays - 20) * Day);
        }
        d.commissioned = d.commissioned / 60 * 60;
        m_deviceIndex.insert(d.deviceId, int(m_devices.size()));
        p.fieldDevices.append(int(m_devices.size()));
        m_devices.append(d);
    }
}

void FleetCatalog::addCockpits(int project) {
    FleetProject &p = m_projects[project];
    const ProjectConfig &c = p.config;
    for (int i = 1; i <= c.cockpits; ++i) {
        FleetDevice d;
        d.type = DeviceType::Remote;
        d.kind = VehicleKind::Cockpit;
        d.project = project;
        d.index = int(p.remoteDevices.size());
        d.deviceId = u"roc_%1_%2"_s.arg(c.site).arg(i, 2, 10, QLatin1Char('0'));
        d.deviceName =
            u"Remote cockpit %1-%2"_s.arg(c.site.toUpper()).arg(i, 2, 10, QLatin1Char('0'));
        d.key = mix(m_config.seed, fnv1a(d.deviceId));
        d.commissioned =
            (m_historyStart - qint64((60 + 340 * unit(mix(d.key, 1))) * Day)) / 60 * 60;
        m_deviceIndex.insert(d.deviceId, int(m_devices.size()));
        p.remoteDevices.append(int(m_devices.size()));
        m_devices.append(d);
    }

    // Share the cockpits between the kinds present, in proportion to their workload
    // (largest remainder, at least one each). With fewer cockpits than kinds, all serve all.
    const std::array<int, VehicleKindCount> counts = {c.portTrucks, c.excavators, c.robotaxis};
    int present = 0;
    double total = 0;
    for (int k = 0; k < VehicleKindCount; ++k) {
        if (counts[k] > 0) {
            ++present;
            total += counts[k] * KindWorkload[k];
        }
    }
    if (c.cockpits < std::max(1, present) || present == 0) {
        for (auto &pool : p.cockpitPool)
            pool = {0, c.cockpits};
        return;
    }
    std::array<int, VehicleKindCount> share{};
    std::array<double, VehicleKindCount> remainder{};
    int assigned = 0;
    for (int k = 0; k < VehicleKindCount; ++k) {
        if (counts[k] == 0)
            continue;
        const double exact = (c.cockpits - present) * counts[k] * KindWorkload[k] / total;
        share[k] = 1 + int(exact);
        remainder[k] = exact - int(exact);
        assigned += share[k];
    }
    while (assigned < c.cockpits) {
        int best = -1;
        for (int k = 0; k < VehicleKindCount; ++k) {
            if (counts[k] > 0 && (best < 0 || remainder[k] > remainder[best]))
                best = k;
        }
        ++share[best];
        remainder[best] = -1;
        ++assigned;
    }
    int first = 0;
    for (int k = 0; k < VehicleKindCount; ++k) {
        p.cockpitPool[k] =
            counts[k] > 0 ? std::pair{first, first + share[k]} : std::pair{0, c.cockpits};
        first += counts[k] > 0 ? share[k] : 0;
    }
}

void FleetCatalog::markSpecialVehicles(int project) {
    FleetProject &p = m_projects[project];
    const int n = int(p.fieldDevices.size());
    const ProjectConfig &c = p.config;
    for (int j = 0; j < c.chronicallyBad && n > 0; ++j) {
        FleetDevice &d = m_devices[p.fieldDevices.at(int((j + 0.37) * n / c.chronicallyBad) % n)];
        d.badShare = 0.35 + 0.15 * unit(mix(d.key, 5));
        d.normalShare = 0.3;
    }
    for (int j = 0; j < c.offlineVehicles && n > 0; ++j) {
        FleetDevice &d = m_devices[p.fieldDevices.at(int((j + 0.71) * n / c.offlineVehicles) % n)];
        const qint64 daysAgo = 3 + 6 * j + qint64(d.key % 3);
        d.offlineSince = m_anchor - daysAgo * Day + qint64(unit(mix(d.key, 6)) * Day) / 60 * 60;
        d.commissioned = std::min(d.commissioned, m_historyStart - 30 * Day);
    }
    const int cockpits = int(p.remoteDevices.size());
    for (int j = 0; j < c.offlineCockpits && cockpits > 1; ++j) {
        FleetDevice &d = m_devices[p.remoteDevices.at((cockpits / 2 + j) % cockpits)];
        d.offlineSince =
            m_anchor - (18 + 5 * j) * Day + qint64(unit(mix(d.key, 6)) * Day) / 60 * 60;
    }
}

} // namespace trro::sim
