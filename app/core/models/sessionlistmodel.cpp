#include "sessionlistmodel.h"

#include "modelformat.h"
#include "tablerole.h"

#include <QRegularExpression>

namespace trro {

namespace {

Tone qualityTone(const QString &quality) {
    if (quality == QLatin1String("good"))
        return Tone::Good;
    if (quality == QLatin1String("normal"))
        return Tone::Warning;
    if (quality == QLatin1String("bad"))
        return Tone::Bad;
    return Tone::Neutral;
}

// bad < normal < good: sorting ascending puts the problems first.
qint64 qualityRank(const QString &quality) {
    if (quality == QLatin1String("bad"))
        return 0;
    if (quality == QLatin1String("normal"))
        return 1;
    if (quality == QLatin1String("good"))
        return 2;
    return -1;
}

Qt::Alignment alignment(int column) {
    if (column == SessionListModel::DurationColumn || column == SessionListModel::ResolutionColumn)
        return Qt::AlignRight | Qt::AlignVCenter;
    return Qt::AlignLeft | Qt::AlignVCenter;
}

} // namespace

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void SessionListModel::setSessions(const QList<DeviceSession> &sessions) {
    beginResetModel();
    m_sessions = sessions;
    endResetModel();
}

DeviceSession SessionListModel::session(int row) const {
    return row >= 0 && row < m_sessions.size() ? m_sessions.at(row) : DeviceSession{};
}

void SessionListModel::setDeviceNames(const QHash<QString, QString> &namesById) {
    m_names = namesById;
    if (!m_sessions.isEmpty())
        Q_EMIT dataChanged(index(0, FieldDeviceColumn), index(rowCount() - 1, RemoteDeviceColumn));
}

void SessionListModel::setFocusDevice(const QString &deviceId) {
    if (deviceId == m_focus)
        return;
    m_focus = deviceId;
    if (!m_sessions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {DeviceIdRole});
}

void SessionListModel::setTimeZone(const QTimeZone &zone) {
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (!m_sessions.isEmpty())
        Q_EMIT dataChanged(index(0, StartColumn), index(rowCount() - 1, StartColumn));
}

int SessionListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionListModel::deviceLabel(const QString &deviceId) const {
    const QString name = m_names.value(deviceId);
    return name.isEmpty() ? deviceId : name;
}

QVariant SessionListModel::sortValue(const DeviceSession &session, int column) const {
    switch (column) {
    case SessionColumn:
        return session.sessionId.toLower();
    case FieldDeviceColumn:
        return deviceLabel(session.fieldDeviceId).toLower();
    case RemoteDeviceColumn:
        return deviceLabel(session.remoteDeviceId).toLower();
    case StartColumn:
        return session.startTime;
    case DurationColumn:
        return session.endTime - session.startTime;
    case ResolutionColumn:
        return resolutionPixels(session.resolution);
    case QualityColumn:
        return qualityRank(session.quality);
    }
    return {};
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceSession &session = m_sessions.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SessionColumn:
            return session.sessionId;
        case FieldDeviceColumn:
            return deviceLabel(session.fieldDeviceId);
        case RemoteDeviceColumn:
            return deviceLabel(session.remoteDeviceId);
        case StartColumn:
            return formatUnixTime(session.startTime, m_zone);
        case DurationColumn:
            return formatDurationSeconds(session.endTime - session.startTime);
        case ResolutionColumn:
            return session.resolution;
        case QualityColumn:
            return qualityText(session.quality);
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case FieldDeviceColumn:
            return session.fieldDeviceId;
        case RemoteDeviceColumn:
            return session.remoteDeviceId;
        case StartColumn:
            return QDateTime::fromSecsSinceEpoch(session.startTime, QTimeZone::utc())
                .toTimeZone(m_zone)
                .toString(Qt::ISODate);
        case DurationColumn:
            if (session.endTime < session.startTime)
                return tr("The session ends before it starts (as reported by the service)");
            return {};
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(alignment(column));
    case SortRole:
        return sortValue(session, column);
    case DeviceIdRole:
        if (m_focus == session.fieldDeviceId)
            return session.remoteDeviceId;
        if (m_focus == session.remoteDeviceId)
            return session.fieldDeviceId;
        return {};
    case ToneRole:
        return int(column == QualityColumn ? qualityTone(session.quality) : Tone::Neutral);
    case FilterTextRole:
        return QStringList{session.sessionId,
                           session.fieldDeviceId,
                           session.remoteDeviceId,
                           deviceLabel(session.fieldDeviceId),
                           deviceLabel(session.remoteDeviceId),
                           session.resolution,
                           qualityText(session.quality)}
            .join(QLatin1Char('\n'))
            .toLower();
    case SessionIdRole:
        return session.sessionId;
    case QualityRole:
        return session.quality;
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(alignment(section));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SessionColumn:
        return tr("Session");
    case FieldDeviceColumn:
        return tr("Vehicle");
    case RemoteDeviceColumn:
        return tr("Cockpit");
    case StartColumn:
        return tr("Start");
    case DurationColumn:
        return tr("Duration");
    case ResolutionColumn:
        return tr("Resolution");
    case QualityColumn:
        return tr("Quality");
    }
    return {};
}

QString SessionListModel::qualityText(const QString &quality) {
    if (quality == QLatin1String("good"))
        return tr("Good");
    if (quality == QLatin1String("normal"))
        return tr("Normal");
    if (quality == QLatin1String("bad"))
        return tr("Bad");
    return quality.isEmpty() ? tr("Unknown") : quality;
}

qint64 SessionListModel::resolutionPixels(const QString &resolution) {
    static const QRegularExpression pair(
        QStringLiteral("^\\s*(\\d+)\\s*[x*X\u00D7]\\s*(\\d+)\\s*$"));
    static const QRegularExpression lines(QStringLiteral("^\\s*(\\d+)\\s*[pPiI]\\s*$"));
    if (const QRegularExpressionMatch match = pair.match(resolution); match.hasMatch())
        return match.captured(1).toLongLong() * match.captured(2).toLongLong();
    if (const QRegularExpressionMatch match = lines.match(resolution); match.hasMatch()) {
        const qint64 height = match.captured(1).toLongLong();
        return height * height * 16 / 9;
    }
    return 0;
}

} // namespace trro
