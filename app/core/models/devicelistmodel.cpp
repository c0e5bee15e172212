#include "devicelistmodel.h"

#include "modelformat.h"
#include "tablerole.h"

#include <QLocale>
#include <algorithm>

namespace trro {

namespace {

Tone statusTone(const QString &status) {
    if (status == QLatin1String("connected"))
        return Tone::Good;
    if (status == QLatin1String("ready"))
        return Tone::Neutral;
    if (status == QLatin1String("offline"))
        return Tone::Warning;
    return Tone::Neutral;
}

// Offline < ready < connected, so that sorting by status groups the healthy devices.
int statusRank(const QString &status) {
    if (status == QLatin1String("offline"))
        return 0;
    if (status == QLatin1String("ready"))
        return 1;
    if (status == QLatin1String("connected"))
        return 2;
    return -1;
}

} // namespace

DeviceListModel::DeviceListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void DeviceListModel::setDevices(const QList<Device> &devices) {
    beginResetModel();
    m_devices = devices;
    m_rowById.clear();
    for (int row = 0; row < m_devices.size(); ++row)
        m_rowById.insert(m_devices.at(row).deviceId, row);
    endResetModel();
}

Device DeviceListModel::device(int row) const {
    return row >= 0 && row < m_devices.size() ? m_devices.at(row) : Device{};
}

int DeviceListModel::rowOf(const QString &deviceId) const {
    return m_rowById.value(deviceId, -1);
}

QString DeviceListModel::deviceName(const QString &deviceId) const {
    const int row = rowOf(deviceId);
    if (row < 0 || m_devices.at(row).deviceName.isEmpty())
        return deviceId;
    return m_devices.at(row).deviceName;
}

void DeviceListModel::setBadSessions(const QHash<QString, qint64> &badSessions) {
    m_bad = badSessions;
    m_badKnown = true;
    if (!m_devices.isEmpty())
        Q_EMIT dataChanged(index(0, BadSessionsColumn), index(rowCount() - 1, BadSessionsColumn));
}

void DeviceListModel::clearBadSessions() {
    if (!m_badKnown)
        return;
    m_bad.clear();
    m_badKnown = false;
    if (!m_devices.isEmpty())
        Q_EMIT dataChanged(index(0, BadSessionsColumn), index(rowCount() - 1, BadSessionsColumn));
}

qint64 DeviceListModel::badSessions(const QString &deviceId) const {
    return m_badKnown ? std::max<qint64>(m_bad.value(deviceId, 0), 0) : -1;
}

QString DeviceListModel::formatLastReport(const QDateTime &time) const {
    // Most devices reported today: the time alone keeps the column narrow; older reports
    // (offline devices) carry their date.
    const QDateTime local = time.toTimeZone(m_zone);
    if (local.date() == QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date())
        return formatTimeOfDay(time, m_zone);
    return formatDateTime(time, m_zone);
}

void DeviceListModel::setTimeZone(const QTimeZone &zone) {
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (!m_devices.isEmpty())
        Q_EMIT dataChanged(index(0, LastReportColumn), index(rowCount() - 1, LastReportColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

int DeviceListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_devices.size());
}

int DeviceListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Device &device = m_devices.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return device.deviceName.isEmpty() ? device.deviceId : device.deviceName;
        case IdColumn:
            return device.deviceId;
        case TypeColumn:
            return typeText(device.deviceType);
        case StatusColumn:
            return statusText(device.deviceStatus);
        case LastReportColumn:
            return device.lastReportTime.isValid() ? formatLastReport(device.lastReportTime)
                                                   : tr("never");
        case BadSessionsColumn:
            return m_badKnown ? QLocale().toString(badSessions(device.deviceId)) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (column == LastReportColumn && device.lastReportTime.isValid())
            return device.lastReportTime.toTimeZone(m_zone).toString(Qt::ISODate);
        if ((column == NameColumn || column == IdColumn) && !device.deviceName.isEmpty())
            return tr("%1 (%2)").arg(device.deviceName, device.deviceId);
        if (column == NameColumn || column == IdColumn)
            return device.deviceId;
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            (column == BadSessionsColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case SortRole:
        switch (column) {
        case NameColumn:
            return (device.deviceName.isEmpty() ? device.deviceId : device.deviceName).toLower();
        case IdColumn:
            return device.deviceId.toLower();
        case TypeColumn:
            return int(device.deviceType);
        case StatusColumn:
            return statusRank(device.deviceStatus);
        case LastReportColumn:
            return device.lastReportTime.isValid() ? device.lastReportTime.toSecsSinceEpoch()
                                                   : qint64(-1);
        case BadSessionsColumn:
            return badSessions(device.deviceId); // numerically; -1 (not known) below zero
        }
        return {};
    case DeviceIdRole:
        return device.deviceId;
    case ToneRole:
        return int(column == StatusColumn ? statusTone(device.deviceStatus) : Tone::Neutral);
    case FilterTextRole:
        return QString(device.deviceName % QLatin1Char('\n') % device.deviceId).toLower();
    case DeviceTypeRole:
        return int(device.deviceType);
    case DeviceStatusRole:
        return device.deviceStatus;
    }
    return {};
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(
            (section == BadSessionsColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && section == BadSessionsColumn)
        return tr("Sessions whose quality was bad in the toolbar's range, from the project's "
                  "session list");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("Device ID");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case LastReportColumn:
        return tr("Last report");
    case BadSessionsColumn:
        return tr("Bad sessions"); // in the range: the tooltip says so, the dock is narrow
    }
    return {};
}

QString DeviceListModel::typeText(DeviceType type) {
    switch (type) {
    case DeviceType::Field:
        return tr("Vehicle");
    case DeviceType::Remote:
        return tr("Cockpit");
    case DeviceType::Unknown:
        break;
    }
    return tr("Unknown");
}

QString DeviceListModel::statusText(const QString &status) {
    if (status == QLatin1String("connected"))
        return tr("Connected");
    if (status == QLatin1String("ready"))
        return tr("Ready");
    if (status == QLatin1String("offline"))
        return tr("Offline");
    return status.isEmpty() ? tr("Unknown") : status;
}

} // namespace trro
