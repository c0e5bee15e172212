#include "breakdownmodel.h"

#include "checkedmath.h"
#include "devicelistmodel.h"
#include "modelformat.h"
#include "tablerole.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

namespace trro {

namespace {

// Sort keys of rows without a number. Ascending order (the default: worst first) puts them
// after every real value: no sessions, then failed, then not loaded.
constexpr qint64 NoSessionsKey = 101; // ratio column only; ratios are 0..100
constexpr qint64 FailedKey = std::numeric_limits<qint64>::max() - 1;
constexpr qint64 PendingKey = std::numeric_limits<qint64>::max();

} // namespace

DeviceIntervalStats DeviceIntervalStats::fromBuckets(const QList<IntervalBucket> &buckets,
                                                     qint64 start, qint64 end) {
    DeviceIntervalStats stats;
    double weightedRatio = 0.0;
    for (const IntervalBucket &bucket : buckets) {
        if (bucket.startTime < start || bucket.startTime >= end)
            continue;
        ++stats.bucketCount;
        stats.sessionNum = saturatingAdd(stats.sessionNum, bucket.sessionNum);
        stats.totalDuration = saturatingAdd(stats.totalDuration, bucket.totalDuration);
        weightedRatio += double(bucket.notBadSessionRatio) * double(bucket.sessionNum);
        stats.activeFieldDeviceNum =
            std::max(stats.activeFieldDeviceNum, bucket.activeFieldDeviceNum);
        stats.activeRemoteDeviceNum =
            std::max(stats.activeRemoteDeviceNum, bucket.activeRemoteDeviceNum);
    }
    if (stats.sessionNum > 0)
        stats.notBadSessionRatio = int(std::lround(weightedRatio / double(stats.sessionNum)));
    return stats;
}

qint64 DeviceIntervalStats::badSessions() const {
    const qint64 ratio = std::clamp(notBadSessionRatio, 0, 100);
    qint64 scaled = 0;
    if (sessionNum <= 0)
        return 0;
    if (!checkedMul(sessionNum, 100 - ratio, &scaled))
        return sessionNum; // beyond any real fleet; never more bad sessions than sessions
    return saturatingAdd(scaled, 50) / 100;
}

BreakdownModel::BreakdownModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void BreakdownModel::reset(const QList<Device> &devices) {
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    for (const Device &device : devices) {
        if (m_rowById.contains(device.deviceId))
            continue; // one row per device, even if the caller repeats one
        m_rowById.insert(device.deviceId, int(m_rows.size()));
        m_rows.append(Row{device, RowState::Pending, {}, {}, false, -1});
    }
    m_worst = QList<bool>(m_rows.size(), false);
    endResetModel();
}

void BreakdownModel::clear() {
    reset({});
}

void BreakdownModel::setStats(const QString &deviceId, const DeviceIntervalStats &stats) {
    const int row = rowOf(deviceId);
    if (row < 0)
        return;
    m_rows[row].state = RowState::Loaded;
    m_rows[row].stats = stats;
    m_rows[row].error = {};
    m_rows[row].estimated = false;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    updateWorst();
}

void BreakdownModel::setEstimate(const QString &deviceId, const DeviceIntervalStats &stats,
                                 qint64 badMinutes) {
    const int row = rowOf(deviceId);
    if (row < 0)
        return;
    m_rows[row].badMinutes = std::max<qint64>(badMinutes, -1);
    if (m_rows.at(row).state != RowState::Pending) {
        Q_EMIT dataChanged(index(row, BadMinutesColumn), index(row, BadMinutesColumn));
        return;
    }
    m_rows[row].stats = stats;
    m_rows[row].estimated = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool BreakdownModel::hasFigures(const Row &row) {
    return row.state == RowState::Loaded ||
           (row.estimated && (row.state == RowState::Pending || row.state == RowState::Cancelled));
}

void BreakdownModel::setFailed(const QString &deviceId, const ApiError &error) {
    const int row = rowOf(deviceId);
    if (row < 0)
        return;
    m_rows[row].state = RowState::Failed;
    m_rows[row].stats = {};
    m_rows[row].error = error;
    m_rows[row].estimated = false;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    updateWorst();
}

void BreakdownModel::setPending(const QString &deviceId) {
    const int row = rowOf(deviceId);
    if (row < 0)
        return;
    m_rows[row].state = RowState::Pending;
    m_rows[row].stats = {};
    m_rows[row].error = {};
    m_rows[row].estimated = false;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    updateWorst();
}

void BreakdownModel::setCancelled(const QString &deviceId) {
    const int row = rowOf(deviceId);
    if (row < 0 || m_rows.at(row).state != RowState::Pending)
        return;
    m_rows[row].state = RowState::Cancelled;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BreakdownModel::cancelPending() {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).state != RowState::Pending)
            continue;
        m_rows[row].state = RowState::Cancelled;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int BreakdownModel::rowOf(const QString &deviceId) const {
    return m_rowById.value(deviceId, -1);
}

QList<Device> BreakdownModel::failedDevices() const {
    QList<Device> failed;
    for (const Row &row : m_rows) {
        if (row.state == RowState::Failed)
            failed.append(row.device);
    }
    return failed;
}

int BreakdownModel::count(RowState state) const {
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [state](const Row &row) { return row.state == state; }));
}

void BreakdownModel::setThreshold(int percent) {
    percent = std::clamp(percent, 0, 100);
    if (percent == m_threshold)
        return;
    m_threshold = percent;
    updateWorst();
}

void BreakdownModel::setWorstCount(int count) {
    count = std::max(0, count);
    if (count == m_worstCount)
        return;
    m_worstCount = count;
    updateWorst();
}

bool BreakdownModel::isWorst(int row) const {
    return row >= 0 && row < m_worst.size() && m_worst.at(row);
}

void BreakdownModel::updateWorst() {
    QList<int> ratios;
    for (const Row &row : m_rows) {
        if (row.state == RowState::Loaded && row.stats.hasSessions() &&
            row.stats.notBadSessionRatio < 100)
            ratios.append(row.stats.notBadSessionRatio);
    }
    std::sort(ratios.begin(), ratios.end());
    const int cutoff = m_worstCount > 0 && !ratios.isEmpty()
                           ? ratios.at(std::min<qsizetype>(m_worstCount, ratios.size()) - 1)
                           : -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const bool candidate = row.state == RowState::Loaded && row.stats.hasSessions();
        const int ratio = row.stats.notBadSessionRatio;
        const bool worst = candidate && (ratio < m_threshold || (ratio < 100 && ratio <= cutoff));
        if (worst != m_worst.at(i)) {
            m_worst[i] = worst;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

int BreakdownModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownModel::display(const Row &row, int column, bool worst) const {
    const QLocale locale;
    switch (column) {
    case DeviceColumn:
        return row.device.deviceName.isEmpty() ? row.device.deviceId : row.device.deviceName;
    case TypeColumn:
        return DeviceListModel::typeText(row.device.deviceType);
    case SessionsColumn:
    case MinutesColumn:
    case BadSessionsColumn: {
        if (!hasFigures(row))
            return QString();
        const qint64 value = column == SessionsColumn  ? row.stats.sessionNum
                             : column == MinutesColumn ? row.stats.totalDuration
                                                       : row.stats.badSessions();
        if (row.state != RowState::Loaded)
            return tr("\u2248 %1", "an estimated figure").arg(locale.toString(value));
        return locale.toString(value);
    }
    case BadMinutesColumn:
        if (row.badMinutes < 0)
            return QString();
        return locale.toString(row.badMinutes);
    case RatioColumn:
        switch (row.state) {
        case RowState::Pending:
            if (row.estimated && row.stats.hasSessions())
                return tr("\u2248 %1 (estimate)").arg(formatPercent(row.stats.notBadSessionRatio));
            return tr("Loading\u2026");
        case RowState::Failed:
            return tr("Failed");
        case RowState::Cancelled:
            return tr("Cancelled");
        case RowState::Loaded:
            break;
        }
        if (!row.stats.hasSessions())
            return tr("no sessions");
        if (worst)
            return QString(QStringLiteral("\u25BC ") % formatPercent(row.stats.notBadSessionRatio));
        return formatPercent(row.stats.notBadSessionRatio);
    }
    return {};
}

QVariant BreakdownModel::sortValue(const Row &row, int column) const {
    switch (column) {
    case DeviceColumn:
        return (row.device.deviceName.isEmpty() ? row.device.deviceId : row.device.deviceName)
            .toLower();
    case TypeColumn:
        return qint64(row.device.deviceType);
    case SessionsColumn:
    case MinutesColumn:
    case RatioColumn:
    case BadSessionsColumn:
        if (row.state == RowState::Failed)
            return FailedKey;
        if (!hasFigures(row))
            return PendingKey;
        if (column == SessionsColumn)
            return row.stats.sessionNum;
        if (column == MinutesColumn)
            return row.stats.totalDuration;
        return impactSortValue(row, column);
    case BadMinutesColumn:
        if (row.badMinutes < 0)
            return PendingKey;
        return impactSortValue(row, column);
    }
    return {};
}

QVariant BreakdownModel::impactSortValue(const Row &row, int column) {
    // Ascending (worst first) puts the largest impact first: bad sessions, ties broken by bad
    // minutes, and the other way round for the minutes column.
    // A device without a session comes after every device that had one.
    constexpr qint64 Scale = qint64(1) << 24;
    if (column != RatioColumn && !row.stats.hasSessions())
        return qint64(1);
    const qint64 sessions = std::clamp<qint64>(row.stats.badSessions(), 0, Scale - 1);
    const qint64 minutes = std::clamp<qint64>(row.badMinutes, 0, Scale - 1);
    if (column == BadSessionsColumn)
        return -(sessions * Scale + minutes);
    if (column == BadMinutesColumn)
        return -(minutes * Scale + sessions);
    return row.stats.hasSessions() ? qint64(row.stats.notBadSessionRatio) : NoSessionsKey;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const bool worst = m_worst.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column, worst);
    case Qt::ToolTipRole:
        if (row.state == RowState::Failed)
            return row.error.userMessage();
        if (column == DeviceColumn)
            return row.device.deviceId;
        if (worst)
            return tr("Among the worst devices of this interval (threshold %1)")
                .arg(formatPercent(m_threshold));
        return {};
    case Qt::AccessibleDescriptionRole:
        if (row.state == RowState::Failed)
            return tr("Request failed: %1").arg(row.error.code);
        return worst ? tr("Among the worst devices") : QString();
    case Qt::TextAlignmentRole:
        if (column != DeviceColumn && column != TypeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case SortRole:
        return sortValue(row, column);
    case DeviceIdRole:
        return row.device.deviceId;
    case ToneRole: // only where it means something: no swatch on ordinary rows
        if (worst)
            return int(Tone::Bad);
        if (row.state == RowState::Failed && column == RatioColumn)
            return int(Tone::Warning);
        return {};
    case FilterTextRole:
        return QString(row.device.deviceName % QLatin1Char('\n') % row.device.deviceId).toLower();
    case StateRole:
        return int(row.state);
    case WorstRole:
        return worst;
    case NoSessionsRole:
        return hasFigures(row) && !row.stats.hasSessions();
    }
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const bool number = section != DeviceColumn && section != TypeColumn;
        return QVariant::fromValue(
            Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole && section == RatioColumn)
        return tr("Share of sessions whose quality was not bad (weighted by sessions)");
    if (role == Qt::ToolTipRole && section == BadSessionsColumn)
        return tr("Sessions whose quality was bad: the interval's impact, most first");
    if (role == Qt::ToolTipRole && section == BadMinutesColumn)
        return tr("Minutes of the bad sessions, from the project's session list");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeviceColumn:
        return tr("Device");
    case TypeColumn:
        return tr("Type");
    case SessionsColumn:
        return tr("Sessions");
    case MinutesColumn:
        return tr("Minutes");
    case RatioColumn:
        return tr("Not-bad ratio");
    case BadSessionsColumn:
        return tr("Bad sessions");
    case BadMinutesColumn:
        return tr("Bad minutes");
    }
    return {};
}

} // namespace trro
