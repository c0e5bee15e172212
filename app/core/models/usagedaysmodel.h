#pragma once

#include "usageforecast.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QSortFilterProxyModel>

namespace trro {

// The minutes of a range by day and resolution tier (GetDurationDetails as a series: one row
// per calendar day of the service's days, days the service left out as zeros) and a totals row
// at the bottom. Columns: the day, the thirteen tiers in the API's order, the session minutes
// (every tier but the two Online ones) and DeductDuration. A value the service sent that was
// not plausible shows as 0 with a warning tone and a tooltip saying it was left out.
// Roles: Qt::DisplayRole, Qt::ToolTipRole, Qt::TextAlignmentRole, SortRole, ToneRole,
// TotalRowRole.
class UsageDaysModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DayColumn,
        FirstTierColumn, // UsageTier::Voice; tier t is column FirstTierColumn + t
        SessionMinutesColumn = FirstTierColumn + UsageTierCount,
        DeductColumn,
        ColumnCount
    };
    enum Role {
        TotalRowRole = Qt::UserRole + 32, // bool: the totals row
    };

    explicit UsageDaysModel(QObject *parent = nullptr);

    void setSeries(const UsageSeries &series);
    void clear();
    const UsageSeries &series() const { return m_series; }
    bool isEmpty() const { return m_series.dates.isEmpty(); }
    int totalRow() const; // -1 when empty

    // The minutes of a row (the totals row included).
    UsageMinutes minutesAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Voice", "SD", "HD", "FHD", "2K", "4K", "Online", "Multi-SD", ... (translated).
    static QString tierLabel(int tier);
    static int tierOfColumn(int column); // -1 for the other columns

private:
    QVariant displayData(int row, int column) const;
    QVariant toolTipData(int row, int column) const;
    static qint64 columnValue(const UsageMinutes &minutes, int column);
    static bool isRejected(const UsageMinutes &minutes, int column);

    UsageSeries m_series;
};

// Sorts the days by any column (SortRole) while the totals row stays at the bottom.
class UsageDaysSortModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit UsageDaysSortModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace trro
