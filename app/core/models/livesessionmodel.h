#pragma once

#include "liveroster.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace trro {

// The sessions running now (a LiveRoster), one row per session. Rows keep their place from one
// refresh to the next (a view sorts through a proxy; selections survive refreshes): ended ones
// leave, new ones are appended.
// Roles: Qt::DisplayRole, Qt::ToolTipRole, Qt::TextAlignmentRole, SortRole, DeviceIdRole (the
// vehicle), ToneRole (live quality; stale and ended rows: warning and neutral), FilterTextRole,
// SessionIdRole, StateRole.
class LiveSessionModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        FieldDeviceColumn,
        RemoteDeviceColumn,
        StateColumn,
        QualityColumn,
        StartColumn,
        RunningColumn,
        UpdateColumn,
        ResolutionColumn,
        SessionColumn,
        ColumnCount
    };
    enum Role {
        SessionIdRole = Qt::UserRole + 32, // QString
        StateRole,                         // int (State)
    };
    enum class State { Running, Stale, Ended };

    explicit LiveSessionModel(QObject *parent = nullptr);

    // The roster's rows as of `now` (unix seconds).
    void setRows(const QList<LiveRow> &rows, qint64 now);
    const LiveRow *row(int row) const;
    int rowOf(const QString &sessionId) const;

    void setDeviceNames(const QHash<QString, QString> &namesById);
    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(State state); // translated

private:
    static State stateOf(const LiveRow &row);
    QString deviceLabel(const QString &deviceId) const;
    QVariant display(const LiveRow &row, int column) const;
    QVariant sortValue(const LiveRow &row, int column) const;
    void reindex();

    QList<LiveRow> m_rows;
    QHash<QString, int> m_index;
    QHash<QString, QString> m_names;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    qint64 m_now = 0;
};

} // namespace trro
