#include "savedview.h"

#include "appsettings.h"
#include "textsafety.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace trro {
namespace {

constexpr qint64 EarliestTime = 946684800; // 2000-01-01
constexpr qint64 LatestTime = 4102444800;  // 2100-01-01
constexpr qsizetype MaxDevices = 1000;

bool plausibleId(const QString &id) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.:@-]{1,128}$"));
    return pattern.match(id).hasMatch();
}

bool readTime(const QJsonObject &o, const char *key, qint64 *value) {
    const QJsonValue v = o.value(QLatin1String(key));
    const double d = v.toDouble(-1);
    if (!v.isDouble() || !(d >= EarliestTime && d <= LatestTime) || d != qint64(d))
        return false;
    *value = qint64(d);
    return true;
}

QJsonObject viewObject(const SavedView &view) {
    const ViewSelection &s = view.selection;
    QJsonObject o{{QStringLiteral("name"), view.name},
                  {QStringLiteral("project"), s.projectId},
                  {QStringLiteral("interval"), intervalName(s.interval)},
                  {QStringLiteral("range"), TimeRange::presetKey(s.preset)},
                  {QStringLiteral("zone"), TimeRange::zoneKey(s.zone)},
                  {QStringLiteral("autoRefresh"), s.autoRefreshSeconds}};
    if (s.preset == RangePreset::Custom) {
        o.insert(QStringLiteral("from"), s.custom.from);
        o.insert(QStringLiteral("to"), s.custom.to);
    }
    if (!s.selectedDevices.isEmpty())
        o.insert(QStringLiteral("devices"), QJsonArray::fromStringList(s.selectedDevices));
    if (s.path.level != DrillPath::Level::Fleet && s.path.intervalEnd > s.path.intervalStart) {
        o.insert(QStringLiteral("bucketFrom"), s.path.intervalStart);
        o.insert(QStringLiteral("bucketTo"), s.path.intervalEnd);
    }
    if (!s.path.deviceId.isEmpty())
        o.insert(QStringLiteral("device"), s.path.deviceId);
    if (!s.path.sessionId.isEmpty())
        o.insert(QStringLiteral("session"), s.path.sessionId);
    return o;
}

bool readRange(const QJsonObject &o, ViewSelection *s) {
    if (!TimeRange::parsePresetKey(o.value(QLatin1String("range")).toString(), &s->preset))
        return false;
    if (s->preset != RangePreset::Custom)
        return !o.contains(QLatin1String("from")) && !o.contains(QLatin1String("to"));
    return readTime(o, "from", &s->custom.from) && readTime(o, "to", &s->custom.to) &&
           s->custom.isValid();
}

bool readDevices(const QJsonObject &o, ViewSelection *s) {
    if (!o.contains(QLatin1String("devices")))
        return true;
    const QJsonValue v = o.value(QLatin1String("devices"));
    if (!v.isArray() || v.toArray().size() > MaxDevices)
        return false;
    for (const QJsonValue &d : v.toArray()) {
        if (!plausibleId(d.toString()))
            return false;
        s->selectedDevices << d.toString();
    }
    return true;
}

bool readPath(const QJsonObject &o, DrillPath *path) {
    *path = DrillPath::fleet();
    if (o.contains(QLatin1String("bucketFrom")) || o.contains(QLatin1String("bucketTo"))) {
        if (!readTime(o, "bucketFrom", &path->intervalStart) ||
            !readTime(o, "bucketTo", &path->intervalEnd) ||
            path->intervalEnd <= path->intervalStart)
            return false;
        path->level = DrillPath::Level::Interval;
    }
    if (o.contains(QLatin1String("device"))) {
        path->deviceId = o.value(QLatin1String("device")).toString();
        if (!plausibleId(path->deviceId))
            return false;
        path->level = DrillPath::Level::Device;
    }
    if (o.contains(QLatin1String("session"))) {
        path->sessionId = o.value(QLatin1String("session")).toString();
        if (path->deviceId.isEmpty() || !plausibleId(path->sessionId))
            return false;
        path->level = DrillPath::Level::Session;
    }
    return true;
}

bool readView(const QJsonObject &o, SavedView *view) {
    static const QSet<QString> known{
        QStringLiteral("name"),       QStringLiteral("project"),     QStringLiteral("interval"),
        QStringLiteral("range"),      QStringLiteral("from"),        QStringLiteral("to"),
        QStringLiteral("zone"),       QStringLiteral("autoRefresh"), QStringLiteral("devices"),
        QStringLiteral("bucketFrom"), QStringLiteral("bucketTo"),    QStringLiteral("device"),
        QStringLiteral("session")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return false;
    }
    ViewSelection &s = view->selection;
    s.projectId = o.value(QLatin1String("project")).toString();
    const int refresh = o.value(QLatin1String("autoRefresh")).toInt(-1);
    if (!plausibleId(s.projectId) ||
        !parseInterval(o.value(QLatin1String("interval")).toString(), &s.interval) ||
        !TimeRange::parseZoneKey(o.value(QLatin1String("zone")).toString(), &s.zone) ||
        !(refresh == 0 || refresh == 30 || refresh == 60 || refresh == 300))
        return false;
    s.autoRefreshSeconds = refresh;
    return readRange(o, &s) && readDevices(o, &s) && readPath(o, &s.path);
}

} // namespace

bool SavedViews::isValidName(const QString &name) {
    return !name.trimmed().isEmpty() && name.size() <= MaxNameLength && !hasControls(name) &&
           name.trimmed() == name;
}

SavedView SavedViews::capture(const QString &name, const ViewSelection &selection) {
    SavedView view;
    view.name = name;
    view.selection = selection;
    view.selection.profile.clear();
    if (selection.isTimeLocked()) {
        view.selection.preset = RangePreset::Custom;
        view.selection.custom = selection.locked;
        view.selection.locked = {};
    }
    if (view.selection.preset != RangePreset::Custom)
        view.selection.custom = {};
    return view;
}

ViewSelection SavedViews::apply(const SavedView &view, const ViewSelection &current) {
    ViewSelection s = view.selection;
    s.profile = current.profile;
    if (s.preset != RangePreset::Custom)
        s.custom = current.custom; // the custom bounds of last time stay for the toolbar
    return s;
}

bool SavedViews::put(QList<SavedView> *views, const SavedView &view) {
    for (SavedView &existing : *views) {
        if (existing.name == view.name) {
            existing = view;
            return true;
        }
    }
    if (views->size() >= MaxViews)
        return false;
    views->append(view);
    return true;
}

QByteArray SavedViews::toJson(const QList<SavedView> &views) {
    QJsonArray list;
    for (const SavedView &view : views)
        list.append(viewObject(view));
    return QJsonDocument(
               QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("views"), list}})
        .toJson(QJsonDocument::Indented);
}

bool SavedViews::fromJson(const QByteArray &json, QList<SavedView> *views, QString *error) {
    if (json.size() > MaxFileBytes) {
        *error = tr("The views file is larger than %1 KiB.").arg(MaxFileBytes / 1024);
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    const QJsonValue list = root.value(QLatin1String("views"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        root.value(QLatin1String("version")).toInt() != 1 || !list.isArray() || root.size() != 2) {
        *error = tr("This is not a saved-views file (version 1).");
        return false;
    }
    if (list.toArray().size() > MaxViews) {
        *error = tr("The file holds more than %1 views.").arg(MaxViews);
        return false;
    }
    QList<SavedView> parsed;
    for (const QJsonValue &value : list.toArray()) {
        SavedView view;
        view.name = value.toObject().value(QLatin1String("name")).toString();
        if (!isValidName(view.name)) {
            *error = tr("View %1 has no valid name.").arg(parsed.size() + 1);
            return false;
        }
        if (!value.isObject() || !readView(value.toObject(), &view)) {
            *error = tr("The view \"%1\" is damaged or not of this version.").arg(view.name);
            return false;
        }
        put(&parsed, view);
    }
    *views = parsed;
    return true;
}

QList<SavedView> SavedViews::load(const AppSettings &settings) {
    QList<SavedView> views;
    QString error;
    const QByteArray json = settings.value(AppSettings::SavedViews);
    if (json.isEmpty() || !fromJson(json, &views, &error))
        return {};
    return views;
}

void SavedViews::save(AppSettings &settings, const QList<SavedView> &views) {
    settings.setValue(AppSettings::SavedViews, toJson(views));
}

bool SavedViews::exportFile(const QString &fileName, const QList<SavedView> &views,
                            QString *error) {
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(views)) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

bool SavedViews::importFile(const QString &fileName, QList<SavedView> *views, QString *error) {
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(fileName, file.errorString());
        return false;
    }
    QString problem;
    if (!fromJson(file.read(MaxFileBytes + 1), views, &problem)) {
        *error = tr("%1: %2").arg(fileName, problem);
        return false;
    }
    return true;
}

} // namespace trro
