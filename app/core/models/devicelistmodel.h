#pragma once

#include "types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace trro {

// Every device of one project: one row per Device.
// Roles: Qt::DisplayRole, Qt::ToolTipRole, Qt::TextAlignmentRole, SortRole, DeviceIdRole,
// ToneRole (status column), FilterTextRole, DeviceTypeRole, DeviceStatusRole.
class DeviceListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        IdColumn,
        TypeColumn,
        StatusColumn,
        LastReportColumn,
        BadSessionsColumn, // bad sessions in the toolbar's range, from one session list
        ColumnCount
    };
    enum Role {
        DeviceTypeRole = Qt::UserRole + 32, // int (trro::DeviceType)
        DeviceStatusRole,                   // QString: offline | ready | connected
    };

    explicit DeviceListModel(QObject *parent = nullptr);

    void setDevices(const QList<Device> &devices);
    const QList<Device> &devices() const { return m_devices; }
    Device device(int row) const;
    int rowOf(const QString &deviceId) const;          // -1 when unknown
    QString deviceName(const QString &deviceId) const; // the id when the name is unknown

    // Bad sessions in the range per device id (devices missing from it had none); the column
    // is empty until set and after clearBadSessions().
    void setBadSessions(const QHash<QString, qint64> &badSessions);
    void clearBadSessions();
    bool hasBadSessions() const { return m_badKnown; }
    qint64 badSessions(const QString &deviceId) const; // -1 when not known

    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString typeText(DeviceType type);         // translated: "Vehicle" / "Cockpit"
    static QString statusText(const QString &status); // translated

private:
    QString formatLastReport(const QDateTime &time) const;

    QList<Device> m_devices;
    QHash<QString, int> m_rowById;
    QHash<QString, qint64> m_bad;
    bool m_badKnown = false;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace trro
