#include "livesessionmodel.h"

#include "modelformat.h"
#include "tablerole.h"

#include <QSet>

namespace trro {
namespace {

Tone qualityTone(const LiveQuality &q) {
    switch (q.verdict) {
    case LiveQuality::Verdict::Good:
        return Tone::Good;
    case LiveQuality::Verdict::Degraded:
        return Tone::Warning;
    case LiveQuality::Verdict::Bad:
        return Tone::Bad;
    case LiveQuality::Verdict::Unknown:
        break;
    }
    return Tone::Neutral;
}

// bad < degraded < good < not measured: sorting ascending puts the problems first.
int verdictRank(LiveQuality::Verdict v) {
    switch (v) {
    case LiveQuality::Verdict::Bad:
        return 0;
    case LiveQuality::Verdict::Degraded:
        return 1;
    case LiveQuality::Verdict::Good:
        return 2;
    case LiveQuality::Verdict::Unknown:
        break;
    }
    return 3;
}

} // namespace

LiveSessionModel::LiveSessionModel(QObject *parent)
    : QAbstractTableModel(parent) {}

LiveSessionModel::State LiveSessionModel::stateOf(const LiveRow &row) {
    if (row.ended)
        return State::Ended;
    return row.stale ? State::Stale : State::Running;
}

void LiveSessionModel::setRows(const QList<LiveRow> &rows, qint64 now) {
    m_now = now;
    QHash<QString, const LiveRow *> incoming;
    for (const LiveRow &r : rows)
        incoming.insert(r.session.sessionId, &r);
    // Rows that left, from the end so that indices stay valid.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (incoming.contains(m_rows.at(i).session.sessionId))
            continue;
        int first = i;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).session.sessionId))
            --first;
        beginRemoveRows(QModelIndex(), first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first;
    }
    QSet<QString> kept;
    for (LiveRow &r : m_rows) {
        r = *incoming.value(r.session.sessionId);
        kept.insert(r.session.sessionId);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    QList<LiveRow> added;
    for (const LiveRow &r : rows) {
        if (!kept.contains(r.session.sessionId))
            added.append(r);
    }
    if (!added.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows.append(added);
        endInsertRows();
    }
    reindex();
}

void LiveSessionModel::reindex() {
    m_index.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).session.sessionId, i);
}

const LiveRow *LiveSessionModel::row(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int LiveSessionModel::rowOf(const QString &sessionId) const {
    return m_index.value(sessionId, -1);
}

void LiveSessionModel::setDeviceNames(const QHash<QString, QString> &namesById) {
    m_names = namesById;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, FieldDeviceColumn), index(rowCount() - 1, RemoteDeviceColumn));
}

void LiveSessionModel::setTimeZone(const QTimeZone &zone) {
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StartColumn), index(rowCount() - 1, StartColumn));
}

int LiveSessionModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LiveSessionModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString LiveSessionModel::deviceLabel(const QString &deviceId) const {
    const QString name = m_names.value(deviceId);
    return name.isEmpty() ? deviceId : name;
}

QString LiveSessionModel::stateText(State state) {
    switch (state) {
    case State::Running:
        return tr("running");
    case State::Stale:
        return tr("no report");
    case State::Ended:
        return tr("ended");
    }
    return {};
}

QVariant LiveSessionModel::display(const LiveRow &r, int column) const {
    switch (column) {
    case FieldDeviceColumn:
        return deviceLabel(r.session.fieldDeviceId);
    case RemoteDeviceColumn:
        return deviceLabel(r.session.remoteDeviceId);
    case StateColumn:
        return stateText(stateOf(r));
    case QualityColumn:
        if (!r.quality.known())
            return liveVerdictText(r.quality.verdict);
        return tr("%1 (%2)").arg(liveVerdictText(r.quality.verdict), liveQualitySummary(r.quality));
    case StartColumn:
        return formatUnixTime(r.session.startTime, m_zone);
    case RunningColumn:
        return formatDurationSeconds(r.runningFor(m_now));
    case UpdateColumn:
        return formatAge(r.updateAge(m_now));
    case ResolutionColumn:
        return r.session.resolution;
    case SessionColumn:
        return r.session.sessionId;
    }
    return {};
}

QVariant LiveSessionModel::sortValue(const LiveRow &r, int column) const {
    switch (column) {
    case FieldDeviceColumn:
        return deviceLabel(r.session.fieldDeviceId).toLower();
    case RemoteDeviceColumn:
        return deviceLabel(r.session.remoteDeviceId).toLower();
    case StateColumn:
        return int(stateOf(r));
    case QualityColumn:
        return verdictRank(r.quality.verdict);
    case StartColumn:
        return r.session.startTime;
    case RunningColumn:
        return r.runningFor(m_now);
    case UpdateColumn:
        return r.updateAge(m_now);
    case ResolutionColumn:
        return r.session.resolution.toLower();
    case SessionColumn:
        return r.session.sessionId.toLower();
    }
    return {};
}

QVariant LiveSessionModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LiveRow &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case Qt::ToolTipRole:
        switch (column) {
        case FieldDeviceColumn:
            return r.session.fieldDeviceId;
        case RemoteDeviceColumn:
            return r.session.remoteDeviceId;
        case StateColumn:
            if (r.ended)
                return tr("The session left the service's list of running sessions; its last "
                          "figures are shown until the next refresh.");
            if (r.stale)
                return tr("No report for %1: the link may be down.")
                    .arg(formatDurationSeconds(r.updateAge(m_now)));
            return {};
        case QualityColumn:
            if (r.quality.known())
                return tr("Median of the last %1 s, measured %2 ago")
                    .arg(LiveQualityWindowSec)
                    .arg(formatAge(std::max<qint64>(0, m_now - r.quality.sampledAt)));
            return {};
        case UpdateColumn:
            return formatUnixTime(r.session.latestUpdateTime, m_zone);
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column == RunningColumn || column == UpdateColumn
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortValue(r, column);
    case DeviceIdRole:
        return r.session.fieldDeviceId;
    case ToneRole:
        if (column == StateColumn && r.stale)
            return int(Tone::Warning);
        if (column == QualityColumn && !r.ended)
            return int(qualityTone(r.quality));
        return {};
    case FilterTextRole:
        return QStringList{r.session.fieldDeviceId,  deviceLabel(r.session.fieldDeviceId),
                           r.session.remoteDeviceId, deviceLabel(r.session.remoteDeviceId),
                           r.session.sessionId,      r.session.resolution}
            .join(QLatin1Char(' '))
            .toLower();
    case SessionIdRole:
        return r.session.sessionId;
    case StateRole:
        return int(stateOf(r));
    }
    return {};
}

QVariant LiveSessionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldDeviceColumn:
        return tr("Vehicle");
    case RemoteDeviceColumn:
        return tr("Cockpit");
    case StateColumn:
        return tr("State");
    case QualityColumn:
        return tr("Live quality");
    case StartColumn:
        return tr("Started");
    case RunningColumn:
        return tr("Running for");
    case UpdateColumn:
        return tr("Last report");
    case ResolutionColumn:
        return tr("Resolution");
    case SessionColumn:
        return tr("Session");
    }
    return {};
}

} // namespace trro
