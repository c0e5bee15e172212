#pragma once

#include "types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace trro {

// The sessions of one device (DescribeDeviceSessionList): one row per DeviceSession.
// Roles: Qt::DisplayRole, Qt::ToolTipRole, Qt::TextAlignmentRole, SortRole, DeviceIdRole (the
// peer of the focus device), ToneRole (quality), FilterTextRole, SessionIdRole, QualityRole.
class SessionListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SessionColumn,
        FieldDeviceColumn,
        RemoteDeviceColumn,
        StartColumn,
        DurationColumn,
        ResolutionColumn,
        QualityColumn,
        ColumnCount
    };
    enum Role {
        SessionIdRole = Qt::UserRole + 32, // QString
        QualityRole,                       // QString: good | normal | bad | other
    };

    explicit SessionListModel(QObject *parent = nullptr);

    void setSessions(const QList<DeviceSession> &sessions);
    const QList<DeviceSession> &sessions() const { return m_sessions; }
    DeviceSession session(int row) const;

    // Device names shown instead of ids (the id stays in the tooltip and the filter text).
    void setDeviceNames(const QHash<QString, QString> &namesById);
    // The device whose sessions these are: DeviceIdRole answers its peer.
    void setFocusDevice(const QString &deviceId);
    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString qualityText(const QString &quality); // translated
    // Pixels of "1920x1080", "1920*1080" or "1080p" (as 1920x1080); 0 when unknown.
    static qint64 resolutionPixels(const QString &resolution);

private:
    QString deviceLabel(const QString &deviceId) const;
    QVariant sortValue(const DeviceSession &session, int column) const;

    QList<DeviceSession> m_sessions;
    QHash<QString, QString> m_names;
    QString m_focus;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace trro
