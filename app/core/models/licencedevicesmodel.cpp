#include "licencedevicesmodel.h"

#include "modelformat.h"
#include "tablerole.h"

#include <QLocale>
#include <QStringBuilder>
#include <limits>

namespace trro {
namespace {

Tone toneOf(LicenceDevicesModel::Level level) {
    switch (level) {
    case LicenceDevicesModel::Level::Expired:
    case LicenceDevicesModel::Level::Critical:
        return Tone::Bad;
    case LicenceDevicesModel::Level::Expiring:
        return Tone::Warning;
    case LicenceDevicesModel::Level::Valid:
    case LicenceDevicesModel::Level::Unknown:
        break;
    }
    return Tone::Neutral;
}

QString nameOf(const DeviceLicence &device) {
    return device.deviceName.isEmpty() ? device.deviceId : device.deviceName;
}

} // namespace

LicenceDevicesModel::LicenceDevicesModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void LicenceDevicesModel::setDevices(const QList<DeviceLicence> &devices, qint64 now) {
    beginResetModel();
    m_rows = byRemainingDays(devices, now);
    m_now = now;
    endResetModel();
}

void LicenceDevicesModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void LicenceDevicesModel::setTimeZone(const QTimeZone &zone) {
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ExpiryColumn), index(rowCount() - 1, ExpiryColumn));
}

int LicenceDevicesModel::rowOf(const QString &deviceId) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).device.deviceId == deviceId)
            return row;
    }
    return -1;
}

DeviceLicenceDays LicenceDevicesModel::device(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : DeviceLicenceDays{};
}

LicenceDevicesModel::Level LicenceDevicesModel::levelOf(const std::optional<qint64> &days) {
    if (!days)
        return Level::Unknown;
    if (*days < 0)
        return Level::Expired;
    if (*days < CriticalDays)
        return Level::Critical;
    if (*days < WarningDays)
        return Level::Expiring;
    return Level::Valid;
}

QString LicenceDevicesModel::levelText(Level level, const std::optional<qint64> &days,
                                       qint64 licences) {
    switch (level) {
    case Level::Expired:
        return tr("Expired");
    case Level::Critical:
    case Level::Expiring:
        return *days == 0 ? tr("Expires within a day")
                          : tr("Expires in %n day(s)", nullptr, int(*days));
    case Level::Valid:
        return tr("Valid");
    case Level::Unknown:
        break;
    }
    return licences == 0 ? tr("No licence") : tr("Unknown");
}

int LicenceDevicesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LicenceDevicesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LicenceDevicesModel::displayData(const DeviceLicenceDays &row, int column) const {
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return nameOf(row.device);
    case IdColumn:
        return row.device.deviceId;
    case LicencesColumn:
        return locale.toString(row.device.licenseCount);
    case RemainingColumn:
        return row.days ? locale.toString(*row.days) : QStringLiteral("–");
    case ExpiryColumn:
        return row.device.expireTime > 0 ? formatUnixTime(row.device.expireTime, m_zone)
                                         : QStringLiteral("–");
    case StateColumn:
        return levelText(levelOf(row.days), row.days, row.device.licenseCount);
    default:
        break;
    }
    return {};
}

QVariant LicenceDevicesModel::sortData(const DeviceLicenceDays &row, int column) const {
    switch (column) {
    case NameColumn:
        return nameOf(row.device).toLower();
    case IdColumn:
        return row.device.deviceId.toLower();
    case LicencesColumn:
        return row.device.licenseCount;
    case RemainingColumn:
    case StateColumn: // unknown days after every known one
        return row.days.value_or(std::numeric_limits<qint64>::max());
    case ExpiryColumn:
        return row.device.expireTime > 0 ? row.device.expireTime
                                         : std::numeric_limits<qint64>::max();
    default:
        break;
    }
    return {};
}

QVariant LicenceDevicesModel::toolTipData(const DeviceLicenceDays &row, int column) const {
    if (column == NameColumn || column == IdColumn)
        return row.device.deviceName.isEmpty()
                   ? row.device.deviceId
                   : tr("%1 (%2)").arg(row.device.deviceName, row.device.deviceId);
    if (column == RemainingColumn || column == StateColumn) {
        QString text = tr("Whole days left at %1").arg(formatUnixTime(m_now, m_zone));
        if (row.device.monthlyRemainTime)
            text += u'\n' % tr("Minutes left this month: %1")
                                .arg(QLocale().toString(*row.device.monthlyRemainTime));
        return text;
    }
    if (column == LicencesColumn && !row.device.licenseIds.isEmpty())
        return row.device.licenseIds.join(QStringLiteral(", "));
    return {};
}

QVariant LicenceDevicesModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceLicenceDays &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((column == LicencesColumn || column == RemainingColumn ? Qt::AlignRight
                                                                                 : Qt::AlignLeft) |
                          Qt::AlignVCenter));
    case SortRole:
        return sortData(row, column);
    case DeviceIdRole:
        return row.device.deviceId;
    case ToneRole:
        return int(toneOf(levelOf(row.days)));
    case FilterTextRole:
        return QString(row.device.deviceName % QLatin1Char('\n') % row.device.deviceId).toLower();
    case RemainingDaysRole:
        return row.days ? QVariant(*row.days) : QVariant();
    case LevelRole:
        return int(levelOf(row.days));
    default:
        break;
    }
    return {};
}

QVariant LicenceDevicesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(
            (section == LicencesColumn || section == RemainingColumn ? Qt::AlignRight
                                                                     : Qt::AlignLeft) |
            Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && section == RemainingColumn)
        return tr("Whole days until the licence expires; negative once it has expired");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("Device ID");
    case LicencesColumn:
        return tr("Licences");
    case RemainingColumn:
        return tr("Days left");
    case ExpiryColumn:
        return tr("Expires");
    case StateColumn:
        return tr("State");
    default:
        break;
    }
    return {};
}

LicenceDevicesFilterModel::LicenceDevicesFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(SortRole);
}

void LicenceDevicesFilterModel::setSearchText(const QString &text) {
    m_search = text.trimmed().toLower();
    invalidateFilter();
}

void LicenceDevicesFilterModel::setExpiringOnly(bool only) {
    m_expiringOnly = only;
    invalidateFilter();
}

bool LicenceDevicesFilterModel::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_search.isEmpty() && !index.data(FilterTextRole).toString().contains(m_search))
        return false;
    if (m_expiringOnly) {
        const QVariant days = index.data(LicenceDevicesModel::RemainingDaysRole);
        if (!days.isValid() || days.toLongLong() >= LicenceDevicesModel::WarningDays)
            return false;
    }
    return true;
}

} // namespace trro
