#include "viewlink.h"

#include "textsafety.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>

namespace trro {
namespace {

constexpr qint64 EarliestTime = 946684800; // 2000-01-01
constexpr qint64 LatestTime = 4102444800;  // 2100-01-01
constexpr qsizetype MaxIdLength = 128;

QString isoTime(qint64 seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate); // ...Z
}

// Unix seconds or ISO 8601 with Z or an offset, between 2000 and 2100.
bool parseTime(const QString &text, qint64 *seconds) {
    bool ok = false;
    qint64 value = text.toLongLong(&ok);
    if (!ok) {
        const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
            return false;
        value = t.toSecsSinceEpoch();
    }
    if (value < EarliestTime || value > LatestTime)
        return false;
    *seconds = value;
    return true;
}

// Ids and profile names: printable, no controls, bounded.
bool plausibleId(const QString &id) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.:@-]+$"));
    return !id.isEmpty() && id.size() <= MaxIdLength && pattern.match(id).hasMatch();
}

bool plausibleName(const QString &name) {
    return !name.isEmpty() && name.size() <= MaxIdLength && !hasControls(name) &&
           name.trimmed() == name;
}

} // namespace

ViewLink ViewLinks::fromSelection(const ViewSelection &selection, const TimeWindow &window) {
    ViewLink link;
    link.profile = selection.profile;
    link.projectId = selection.projectId;
    link.interval = selection.interval;
    link.window = window;
    link.path = selection.path;
    return link;
}

ViewSelection ViewLinks::apply(const ViewLink &link, const ViewSelection &current) {
    ViewSelection s = current;
    if (!link.profile.isEmpty())
        s.profile = link.profile;
    s.projectId = link.projectId;
    s.interval = link.interval;
    s.preset = RangePreset::Custom;
    s.custom = link.window;
    s.locked = {};
    s.path = link.path;
    return s;
}

QUrl ViewLinks::toUrl(const ViewLink &link) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("project"), link.projectId);
    query.addQueryItem(QStringLiteral("interval"), intervalName(link.interval));
    query.addQueryItem(QStringLiteral("from"), isoTime(link.window.from));
    query.addQueryItem(QStringLiteral("to"), isoTime(link.window.to));
    if (!link.profile.isEmpty())
        query.addQueryItem(QStringLiteral("profile"), link.profile);
    const DrillPath &p = link.path;
    if (p.level != DrillPath::Level::Fleet && p.intervalEnd > p.intervalStart) {
        query.addQueryItem(QStringLiteral("bucketFrom"), isoTime(p.intervalStart));
        query.addQueryItem(QStringLiteral("bucketTo"), isoTime(p.intervalEnd));
    }
    if (p.level == DrillPath::Level::Device || p.level == DrillPath::Level::Session)
        query.addQueryItem(QStringLiteral("device"), p.deviceId);
    if (p.level == DrillPath::Level::Session)
        query.addQueryItem(QStringLiteral("session"), p.sessionId);
    QUrl url;
    url.setScheme(scheme());
    url.setHost(QStringLiteral("open"));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

bool ViewLinks::looksLikeLink(const QString &argument) {
    return argument.startsWith(scheme() + QLatin1Char(':'), Qt::CaseInsensitive);
}

namespace {

using Params = QHash<QString, QString>;

// The query as names and values: each known name at most once, no unknown name.
bool readParams(const QUrl &url, Params *params, QString *error) {
    static const QSet<QString> known{
        QStringLiteral("project"),  QStringLiteral("interval"), QStringLiteral("from"),
        QStringLiteral("to"),       QStringLiteral("profile"),  QStringLiteral("bucketFrom"),
        QStringLiteral("bucketTo"), QStringLiteral("device"),   QStringLiteral("session")};
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    if (items.size() > known.size()) {
        *error = ViewLinks::tr("The link has too many parameters.");
        return false;
    }
    for (const auto &[name, value] : items) {
        if (!known.contains(name)) {
            *error = ViewLinks::tr("The link has an unknown parameter \"%1\".")
                         .arg(stripControls(name).left(40));
            return false;
        }
        if (params->contains(name)) {
            *error = ViewLinks::tr("The link gives \"%1\" twice.").arg(name);
            return false;
        }
        params->insert(name, value);
    }
    return true;
}

bool readWindow(const Params &params, const QString &fromKey, const QString &toKey,
                TimeWindow *window, QString *error) {
    qint64 from = 0;
    qint64 to = 0;
    if (!parseTime(params.value(fromKey), &from) || !parseTime(params.value(toKey), &to) ||
        from >= to) {
        *error = ViewLinks::tr("The link's %1 and %2 must be times from 2000 to 2100, %1 "
                               "before %2.")
                     .arg(fromKey, toKey);
        return false;
    }
    *window = {from, to};
    return true;
}

bool readPath(const Params &params, DrillPath *path, QString *error) {
    *path = DrillPath::fleet();
    const bool hasBucket = params.contains(QStringLiteral("bucketFrom")) ||
                           params.contains(QStringLiteral("bucketTo"));
    if (hasBucket) {
        TimeWindow bucket;
        if (!readWindow(params, QStringLiteral("bucketFrom"), QStringLiteral("bucketTo"), &bucket,
                        error))
            return false;
        path->level = DrillPath::Level::Interval;
        path->intervalStart = bucket.from;
        path->intervalEnd = bucket.to;
    }
    if (params.contains(QStringLiteral("device"))) {
        path->deviceId = params.value(QStringLiteral("device"));
        if (!plausibleId(path->deviceId)) {
            *error = ViewLinks::tr("The link's device is not a device id.");
            return false;
        }
        path->level = DrillPath::Level::Device;
    }
    if (params.contains(QStringLiteral("session"))) {
        path->sessionId = params.value(QStringLiteral("session"));
        if (path->deviceId.isEmpty() || !plausibleId(path->sessionId)) {
            *error = ViewLinks::tr("The link's session needs a device and a session id.");
            return false;
        }
        path->level = DrillPath::Level::Session;
    }
    return true;
}

} // namespace

bool ViewLinks::parse(const QString &text, ViewLink *link, QString *error) {
    if (text.size() > MaxLinkLength) {
        *error = tr("The link is longer than %1 characters.").arg(MaxLinkLength);
        return false;
    }
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(scheme(), Qt::CaseInsensitive) != 0 ||
        url.host() != QLatin1String("open") || !url.userInfo().isEmpty() ||
        (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.port() != -1) {
        *error = tr("This is not a dashboard link (trro-dashboard://open?...).");
        return false;
    }
    Params params;
    if (!readParams(url, &params, error))
        return false;
    ViewLink parsed;
    parsed.projectId = params.value(QStringLiteral("project"));
    if (!plausibleId(parsed.projectId)) {
        *error = tr("The link has no valid project.");
        return false;
    }
    if (!parseInterval(params.value(QStringLiteral("interval")), &parsed.interval)) {
        *error = tr("The link's interval must be hour, day or month.");
        return false;
    }
    if (!readWindow(params, QStringLiteral("from"), QStringLiteral("to"), &parsed.window, error) ||
        !readPath(params, &parsed.path, error))
        return false;
    if (params.contains(QStringLiteral("profile"))) {
        parsed.profile = params.value(QStringLiteral("profile"));
        if (!plausibleName(parsed.profile)) {
            *error = tr("The link's profile is not a profile name.");
            return false;
        }
    }
    *link = parsed;
    return true;
}

} // namespace trro
