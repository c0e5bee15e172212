#include "usagedaysmodel.h"

#include "tablerole.h"
#include "usagelabels.h"

#include <QLocale>

namespace trro {
namespace {

// The day with its weekday: usage follows the week.
const QString DateFormat = QStringLiteral("yyyy-MM-dd ddd");

} // namespace

UsageDaysModel::UsageDaysModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void UsageDaysModel::setSeries(const UsageSeries &series) {
    beginResetModel();
    m_series = series;
    endResetModel();
}

void UsageDaysModel::clear() {
    setSeries({});
}

int UsageDaysModel::totalRow() const {
    return m_series.dates.isEmpty() ? -1 : int(m_series.dates.size());
}

UsageMinutes UsageDaysModel::minutesAt(int row) const {
    if (row >= 0 && row < m_series.minutes.size())
        return m_series.minutes.at(row);
    return row == totalRow() ? m_series.total : UsageMinutes{};
}

int UsageDaysModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() || m_series.dates.isEmpty() ? 0 : int(m_series.dates.size()) + 1;
}

int UsageDaysModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int UsageDaysModel::tierOfColumn(int column) {
    const int tier = column - FirstTierColumn;
    return tier >= 0 && tier < UsageTierCount ? tier : -1;
}

qint64 UsageDaysModel::columnValue(const UsageMinutes &minutes, int column) {
    if (column == SessionMinutesColumn)
        return minutes.minutes();
    if (column == DeductColumn)
        return minutes.deductDuration;
    const int tier = tierOfColumn(column);
    return tier >= 0 ? minutes.tiers[size_t(tier)] : 0;
}

bool UsageDaysModel::isRejected(const UsageMinutes &minutes, int column) {
    if (column == DeductColumn)
        return minutes.isRejected(UsageMinutes::DeductBit);
    if (column == SessionMinutesColumn) {
        for (int t = 0; t < UsageTierCount; ++t) {
            if (isSessionTier(t) && minutes.isRejected(t))
                return true;
        }
        return false;
    }
    const int tier = tierOfColumn(column);
    return tier >= 0 && minutes.isRejected(tier);
}

QVariant UsageDaysModel::displayData(int row, int column) const {
    const QLocale locale;
    if (column == DayColumn)
        return row == totalRow() ? tr("Total")
                                 : locale.toString(m_series.dates.at(row), DateFormat);
    return locale.toString(columnValue(minutesAt(row), column));
}

QVariant UsageDaysModel::toolTipData(int row, int column) const {
    const UsageMinutes minutes = minutesAt(row);
    if (isRejected(minutes, column))
        return tr("The service sent an impossible value here: it was left out of every sum.");
    if (column == SessionMinutesColumn)
        return tr("Minutes of sessions: every tier but Online and Multi-Online");
    if (column == DeductColumn)
        return tr("Billed minutes (DeductDuration), as the service counts them");
    if (column == DayColumn && row != totalRow())
        return tr("The service's day (China time, UTC+8)");
    return {};
}

QVariant UsageDaysModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            (column == DayColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    case SortRole:
        if (column == DayColumn)
            return row == totalRow() ? qint64(-1) : m_series.dates.at(row).toJulianDay();
        return columnValue(minutesAt(row), column);
    case ToneRole:
        return int(isRejected(minutesAt(row), column) ? Tone::Warning : Tone::Neutral);
    case TotalRowRole:
        return row == totalRow();
    default:
        break;
    }
    return {};
}

QVariant UsageDaysModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(
            (section == DayColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && tierOfColumn(section) >= 0)
        return tr("Minutes at %1 (the API's %2)")
            .arg(tierLabel(tierOfColumn(section)), usageTierKey(tierOfColumn(section)));
    if (role == Qt::ToolTipRole)
        return toolTipData(-1, section);
    if (role != Qt::DisplayRole)
        return {};
    if (section == DayColumn)
        return tr("Day");
    if (section == SessionMinutesColumn)
        return tr("Session minutes");
    if (section == DeductColumn)
        return tr("Billed");
    return tierLabel(tierOfColumn(section));
}

QString UsageDaysModel::tierLabel(int tier) {
    return usageTierLabel(tier);
}

UsageDaysSortModel::UsageDaysSortModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(SortRole);
}

bool UsageDaysSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const bool leftTotal = left.data(UsageDaysModel::TotalRowRole).toBool();
    const bool rightTotal = right.data(UsageDaysModel::TotalRowRole).toBool();
    if (leftTotal || rightTotal) // the totals row sorts last in either order
        return sortOrder() == Qt::AscendingOrder ? rightTotal && !leftTotal
                                                 : leftTotal && !rightTotal;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace trro
