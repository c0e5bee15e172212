#include "alertmodels.h"

#include "tablerole.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace trro {

Tone alertTone(AlertState state) {
    switch (state) {
    case AlertState::Ok:
        return Tone::Good;
    case AlertState::Warning:
        return Tone::Warning;
    case AlertState::Critical:
        return Tone::Bad;
    }
    return Tone::Neutral;
}

AlertTableModel::AlertTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void AlertTableModel::setAlerts(const QList<Alert> &alerts) {
    beginResetModel();
    m_alerts = AlertEngine::worstFirst(alerts);
    endResetModel();
}

int AlertTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Alert &alert = m_alerts.at(index.row());
    if (role == AlertRole)
        return QVariant::fromValue(alert);
    if (role == ToneRole && index.column() == StateColumn)
        return int(alertTone(alert.state));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case StateColumn:
        return AlertEngine::stateLabel(alert.state);
    case RuleColumn:
        return AlertEngine::ruleLabel(alert.rule);
    case SummaryColumn:
        if (role == Qt::ToolTipRole && !alert.evidence.devices.isEmpty())
            return QString(alert.summary + QLatin1Char('\n') +
                           alert.evidence.devices.mid(0, 10).join(QLatin1String(", ")));
        return alert.summary;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StateColumn:
        return tr("State");
    case RuleColumn:
        return tr("Rule");
    case SummaryColumn:
        return tr("What was found");
    case ColumnCount:
        break;
    }
    return {};
}

AlertHistoryModel::AlertHistoryModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void AlertHistoryModel::setChanges(const QList<AlertChange> &changes) {
    beginResetModel();
    m_changes = changes;
    std::reverse(m_changes.begin(), m_changes.end());
    endResetModel();
}

void AlertHistoryModel::setTimeZone(const QTimeZone &zone) {
    m_zone = zone;
    if (!m_changes.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

int AlertHistoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_changes.size());
}

int AlertHistoryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertHistoryModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AlertChange &change = m_changes.at(index.row());
    if (role == AlertTableModel::AlertRole)
        return QVariant::fromValue(change.alert);
    if (role == ToneRole && index.column() == ChangeColumn)
        return int(alertTone(change.alert.state));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(change.time, m_zone).time(),
                                  QLocale::ShortFormat);
    case RuleColumn:
        return AlertEngine::ruleLabel(change.alert.rule);
    case ChangeColumn:
        return tr("%1 → %2").arg(AlertEngine::stateLabel(change.from),
                                 AlertEngine::stateLabel(change.alert.state));
    case SummaryColumn:
        return change.alert.summary;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AlertHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case RuleColumn:
        return tr("Rule");
    case ChangeColumn:
        return tr("Change");
    case SummaryColumn:
        return tr("What was found");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace trro
