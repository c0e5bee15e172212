#pragma once

#include "licencesummary.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QTimeZone>

namespace trro {

// The devices and their licences (GetDevices), fewest days left first (byRemainingDays), as
// seen at one moment. Columns: name, DeviceId, licence count, whole days left, expiry, state.
// The state says in words what the tone shows: expired or under CriticalDays days left is
// Tone::Bad, under WarningDays Tone::Warning.
// Roles: Qt::DisplayRole, Qt::ToolTipRole, Qt::TextAlignmentRole, SortRole, DeviceIdRole,
// ToneRole (every column of the row), FilterTextRole, RemainingDaysRole, LevelRole.
class LicenceDevicesModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr qint64 WarningDays = 30;
    static constexpr qint64 CriticalDays = 7;

    enum Column {
        NameColumn,
        IdColumn,
        LicencesColumn,
        RemainingColumn,
        ExpiryColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        RemainingDaysRole = Qt::UserRole + 32, // qint64, or no value when not known
        LevelRole,                             // int (Level)
    };
    enum class Level { Unknown, Valid, Expiring, Critical, Expired };

    explicit LicenceDevicesModel(QObject *parent = nullptr);

    // The devices as GetDevices sent them, at now (unix seconds): sorted by byRemainingDays.
    void setDevices(const QList<DeviceLicence> &devices, qint64 now);
    void clear();
    void setTimeZone(const QTimeZone &zone); // of the expiry column
    const QList<DeviceLicenceDays> &devices() const { return m_rows; }
    qint64 now() const { return m_now; }
    int rowOf(const QString &deviceId) const; // -1 when not listed
    DeviceLicenceDays device(int row) const;

    static Level levelOf(const std::optional<qint64> &days);
    // Translated: "Expired", "Expires in 5 days", "Valid", "No licence", "Unknown".
    static QString levelText(Level level, const std::optional<qint64> &days, qint64 licences);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const DeviceLicenceDays &row, int column) const;
    QVariant sortData(const DeviceLicenceDays &row, int column) const;
    QVariant toolTipData(const DeviceLicenceDays &row, int column) const;

    QList<DeviceLicenceDays> m_rows;
    qint64 m_now = 0;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

// Text filter (name or id) and "only those under WarningDays" over a LicenceDevicesModel;
// sorts by SortRole, which keeps unknown days last in ascending order.
class LicenceDevicesFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit LicenceDevicesFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setExpiringOnly(bool only);
    bool expiringOnly() const { return m_expiringOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    bool m_expiringOnly = false;
};

} // namespace trro
