#pragma once

#include "apierror.h"
#include "types.h"

#include <QAbstractTableModel>
#include <QHash>

namespace trro {

// Per-device statistics of one interval, aggregated from that device's buckets.
struct DeviceIntervalStats {
    qint64 sessionNum = 0;
    qint64 totalDuration = 0;   // minutes
    int notBadSessionRatio = 0; // session-weighted over the buckets; meaningless when no sessions
    int bucketCount = 0;
    // Distinct devices on each side of the sessions: the bucket's own figures when there is
    // one bucket (the usual case), the largest over the buckets otherwise.
    qint64 activeFieldDeviceNum = 0;
    qint64 activeRemoteDeviceNum = 0;

    bool hasSessions() const { return sessionNum > 0; }
    // The sessions whose quality was bad: sessions × (100 − ratio) %, rounded halves up.
    qint64 badSessions() const;
    // Sums the buckets that start inside [start, end); the ratio is weighted by sessions.
    static DeviceIntervalStats fromBuckets(const QList<IntervalBucket> &buckets, qint64 start,
                                           qint64 end);
};

// One row per device of the interval breakdown. A row is pending until its request ends,
// then loaded, failed (with the error) or cancelled. A pending or cancelled row may carry an
// estimate (Row::estimated), shown marked as such until the exact figures replace it.
// Roles: Qt::DisplayRole, Qt::ToolTipRole, Qt::TextAlignmentRole, Qt::AccessibleDescriptionRole,
// SortRole, DeviceIdRole, ToneRole (ratio column and worst rows), FilterTextRole, StateRole,
// WorstRole, NoSessionsRole.
class BreakdownModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DeviceColumn,
        TypeColumn,
        SessionsColumn,
        MinutesColumn,
        RatioColumn,
        BadSessionsColumn, // impact: how many sessions of the interval were bad
        BadMinutesColumn,  // impact: their minutes, from the project's session list
        ColumnCount
    };
    enum Role {
        StateRole = Qt::UserRole + 32, // int (RowState)
        WorstRole,                     // bool: the row is among the worst devices
        NoSessionsRole, // bool: the row's figures (exact or estimated) show no session
    };
    enum class RowState { Pending, Loaded, Failed, Cancelled };

    struct Row {
        Device device;
        RowState state = RowState::Pending;
        DeviceIntervalStats stats;
        ApiError error;
        bool estimated = false; // stats is an estimate, not the service's figures
        qint64 badMinutes = -1; // from the session list; -1: unknown (no list)
    };

    static constexpr int DefaultThreshold = 80;
    static constexpr int DefaultWorstCount = 5;

    explicit BreakdownModel(QObject *parent = nullptr);

    // Replaces every row with pending rows, one per device.
    void reset(const QList<Device> &devices);
    void clear();
    // Unknown ids are ignored.
    void setStats(const QString &deviceId, const DeviceIntervalStats &stats);
    // Shows an estimate on a pending row; rows already loaded keep their exact figures. The bad
    // minutes (which only the session list knows) are kept on every row, exact or not.
    void setEstimate(const QString &deviceId, const DeviceIntervalStats &stats,
                     qint64 badMinutes = -1);
    void setFailed(const QString &deviceId, const ApiError &error);
    void setPending(const QString &deviceId);
    void setCancelled(const QString &deviceId);
    void cancelPending(); // every pending row becomes cancelled

    const QList<Row> &rows() const { return m_rows; }
    int rowOf(const QString &deviceId) const;
    QList<Device> failedDevices() const;
    int count(RowState state) const;

    // A loaded row with sessions is worst when its ratio is below the threshold, or when it is
    // one of the worstCount lowest ratios below 100 % (ties included). 0 disables the ranking.
    void setThreshold(int percent);
    int threshold() const { return m_threshold; }
    void setWorstCount(int count);
    int worstCount() const { return m_worstCount; }
    bool isWorst(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void updateWorst(); // recomputes m_worst and signals the rows that changed
    QVariant display(const Row &row, int column, bool worst) const;
    QVariant sortValue(const Row &row, int column) const;
    static bool hasFigures(const Row &row);
    static QVariant impactSortValue(const Row &row, int column);

    QList<Row> m_rows;
    QList<bool> m_worst;
    QHash<QString, int> m_rowById;
    int m_threshold = DefaultThreshold;
    int m_worstCount = DefaultWorstCount;
};

} // namespace trro
