#pragma once

#include "types.h"

#include <QHash>
#include <QList>
#include <QString>
#include <array>

namespace trro::sim {

// Field devices are vehicles; remote devices are the operators' cockpits.
enum class VehicleKind : quint8 { PortTruck = 0, Excavator = 1, Robotaxi = 2, Cockpit = 3 };
inline constexpr int VehicleKindCount = 3; // the field kinds

struct ProjectConfig {
    QString projectId;
    QString name;
    QString description;
    QString policyMode = QStringLiteral("black");
    QString site; // short site code used in device ids, e.g. "nb"
    int portTrucks = 0;
    int excavators = 0;
    int robotaxis = 0;
    int cockpits = 0;
    int chronicallyBad = 0;  // vehicles whose link is poor most of the time
    int offlineVehicles = 0; // vehicles that stopped reporting some days ago
    int offlineCockpits = 0;

    int fieldDeviceCount() const { return portTrucks + excavators + robotaxis; }
    friend bool operator==(const ProjectConfig &, const ProjectConfig &) = default;
};

// A known cause, for the cause finder's tests and demos: every session of one vehicle, cockpit
// or resolution that starts in [from, to) is bad, and its details show the degraded stretch of
// a bad session. Statistics, session lists and details all follow.
struct Degradation {
    enum class Kind { Field, Remote, Resolution };
    Kind kind = Kind::Field;
    QString value; // a DeviceId, or a resolution as the session list writes it ("1280*720")
    qint64 from = 0, to = 0;

    friend bool operator==(const Degradation &, const Degradation &) = default;
};

struct FleetConfig {
    quint64 seed = 20220325;
    int historyDays = 400; // sessions exist from this many days before today up to now
    // The fleet's day comes this much later (whole hours): at time t it is as busy as at China
    // time t - shift. The demo lives the day of the user's own time zone; tests pick an afternoon.
    qint64 activityShiftSec = 0;
    QList<ProjectConfig> projects;
    QList<Degradation> degradations;

    // The demo fleet: a mixed project with demoFieldDevices vehicles (default 300) and one
    // cockpit per 25 vehicles (at least 12), an open-pit mine and a robotaxi pilot.
    static FleetConfig standard(int demoFieldDevices = 300, quint64 seed = 20220325);
    friend bool operator==(const FleetConfig &, const FleetConfig &) = default;
};

struct FleetDevice {
    QString deviceId;
    QString deviceName;
    DeviceType type = DeviceType::Field;
    VehicleKind kind = VehicleKind::PortTruck;
    int project = 0;
    int index = 0;       // among the project's field devices, or among its remote devices
    quint64 key = 0;     // seeds everything generated for this device
    double activity = 1; // multiplies the kind's session rate
    double badShare = 0.05;
    double normalShare = 0.2;
    qint64 commissioned = 0; // unix seconds; ModifyTime, no sessions before
    qint64 offlineSince = 0; // unix seconds; 0 while the device reports; no sessions after
};

struct FleetProject {
    ProjectConfig config;
    qint64 modifyTime = 0;
    QList<int> fieldDevices;  // indices into FleetCatalog::devices()
    QList<int> remoteDevices; // indices into FleetCatalog::devices()
    // For each field kind, the cockpits (indices into remoteDevices) that serve it: [first, last).
    std::array<std::pair<int, int>, VehicleKindCount> cockpitPool{};
};

// The projects and devices of the synthetic fleet. Everything is derived from the seed and from
// `anchor`, the UTC+8 midnight that starts the day the fleet was built: two catalogs built the
// same day with the same configuration are identical.
class FleetCatalog final {
public:
    FleetCatalog(const FleetConfig &config, qint64 nowSec);

    const FleetConfig &config() const { return m_config; }
    qint64 anchor() const { return m_anchor; }
    qint64 historyStart() const { return m_historyStart; }
    const QList<FleetProject> &projects() const { return m_projects; }
    const QList<FleetDevice> &devices() const { return m_devices; }

    int projectIndex(const QString &projectId) const { return m_projectIndex.value(projectId, -1); }
    int deviceIndex(const QString &deviceId) const { return m_deviceIndex.value(deviceId, -1); }
    const FleetDevice &fieldDevice(int project, int index) const;
    const FleetDevice &remoteDevice(int project, int index) const;

    static quint64 mix(quint64 a, quint64 b); // splitmix64-based hash of two words
    static double unit(quint64 h);            // [0, 1) from a hash

private:
    void addProject(const ProjectConfig &project);
    void addVehicles(int project, VehicleKind kind, int count);
    void addCockpits(int project);
    void markSpecialVehicles(int project);

    FleetConfig m_config;
    qint64 m_anchor = 0;
    qint64 m_historyStart = 0;
    QList<FleetProject> m_projects;
    QList<FleetDevice> m_devices;
    QHash<QString, int> m_projectIndex;
    QHash<QString, int> m_deviceIndex;
};

} // namespace trro::sim
