#pragma once

#include "alerthistory.h"
#include "tablerole.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace trro {

// The alerts of the last evaluation, worst first: state, rule, what was found.
// Roles: Qt::DisplayRole, Qt::ToolTipRole, ToneRole (the state), AlertRole (the Alert).
class AlertTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StateColumn, RuleColumn, SummaryColumn, ColumnCount };
    enum Role { AlertRole = Qt::UserRole + 32 };

    explicit AlertTableModel(QObject *parent = nullptr);
    void setAlerts(const QList<Alert> &alerts);
    const QList<Alert> &alerts() const { return m_alerts; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Alert> m_alerts;
};

// The changes since the start, newest first: time, rule, from → to, what was found.
// Roles as AlertTableModel's (AlertRole: the alert at the change).
class AlertHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, RuleColumn, ChangeColumn, SummaryColumn, ColumnCount };

    explicit AlertHistoryModel(QObject *parent = nullptr);
    void setChanges(const QList<AlertChange> &changes); // oldest first, as AlertHistory has them
    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AlertChange> m_changes; // newest first
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

Tone alertTone(AlertState state);

} // namespace trro
