#include "collectoroptions.h"

#include "textsafety.h"
#include "timespec.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace trro::collector {
namespace {

constexpr int MaxProjects = 100;
constexpr qint64 MinEverySec = 10;
constexpr qint64 MaxEverySec = 7 * 86400;

bool readProjects(const QCommandLineParser &parser, QStringList *projects, QString *error) {
    for (const QString &value : parser.values(QStringLiteral("project"))) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString id = part.trimmed();
            static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
            if (!plain.match(id).hasMatch()) {
                *error = QCoreApplication::translate(
                             "trro::collector::CollectorOptions",
                             "--project expects a project id (letters, digits, '_', '-', '.'), "
                             "not \"%1\".")
                             .arg(stripControls(id).left(80));
                return false;
            }
            if (!projects->contains(id))
                projects->append(id);
        }
    }
    if (projects->isEmpty()) {
        *error = QCoreApplication::translate("trro::collector::CollectorOptions",
                                             "Name at least one project with --project ID.");
        return false;
    }
    if (projects->size() > MaxProjects) {
        *error = QCoreApplication::translate("trro::collector::CollectorOptions",
                                             "At most %1 projects per collector.")
                     .arg(MaxProjects);
        return false;
    }
    return true;
}

bool readIntervals(const QString &text, QList<Interval> *intervals, QString *error) {
    intervals->clear();
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        Interval interval = Interval::Day;
        if (!parseInterval(part.trimmed(), &interval)) {
            *error = QCoreApplication::translate(
                         "trro::collector::CollectorOptions",
                         "--interval expects hour, day and/or month separated by commas, not "
                         "\"%1\".")
                         .arg(stripControls(text).left(80));
            return false;
        }
        if (!intervals->contains(interval))
            intervals->append(interval);
    }
    if (intervals->isEmpty()) {
        *error = QCoreApplication::translate("trro::collector::CollectorOptions",
                                             "--interval needs at least one of hour, day, month.");
        return false;
    }
    return true;
}

bool readMetrics(const QCommandLineParser &parser, CollectorOptions *options, QString *error) {
    options->metricsPerDevice = parser.isSet(QStringLiteral("metrics-per-device"));
    if (!parser.isSet(QStringLiteral("metrics-listen"))) {
        if (!options->metricsPerDevice)
            return true;
        *error = QCoreApplication::translate("trro::collector::CollectorOptions",
                                             "--metrics-per-device needs --metrics-listen.");
        return false;
    }
    ListenAddress address;
    if (!ListenAddress::parse(parser.value(QStringLiteral("metrics-listen")), &address, error))
        return false;
    options->metricsListen = address;
    return true;
}

} // namespace

bool parseDuration(const QString &text, qint64 *seconds) {
    static const QRegularExpression form(QStringLiteral("^([0-9]{1,7})([smhd]?)$"));
    const QRegularExpressionMatch match = form.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    const qint64 value = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    const qint64 scale = unit == u"m" ? 60 : unit == u"h" ? 3600 : unit == u"d" ? 86400 : 1;
    *seconds = value * scale;
    return *seconds >= MinEverySec && *seconds <= MaxEverySec;
}

void CollectorOptions::addTo(QCommandLineParser &parser) {
    parser.addOptions({
        {QStringLiteral("store"),
         QCoreApplication::translate(
             "trro::collector::CollectorOptions",
             "The shared history store, a PostgreSQL URL: postgresql://user@host:port/db or "
             "postgresql:///db?host=/run/postgresql. The password comes from ~/.pgpass or "
             "$PGPASSFILE, never from the URL."),
         QCoreApplication::translate("trro::collector::CollectorOptions", "URL")},
        {QStringLiteral("project"),
         QCoreApplication::translate("trro::collector::CollectorOptions",
                                     "A project to collect (repeat for more)."),
         QCoreApplication::translate("trro::collector::CollectorOptions", "ID")},
        {QStringLiteral("interval"),
         QCoreApplication::translate(
             "trro::collector::CollectorOptions",
             "The intervals to collect, separated by commas: hour, day, month (default: "
             "hour,day)."),
         QCoreApplication::translate("trro::collector::CollectorOptions", "LIST")},
        {QStringLiteral("since"),
         QCoreApplication::translate(
             "trro::collector::CollectorOptions",
             "Collect from this time on: 2026-01-01, 2026-01-01T08:00, -30d, -90d@d ... "
             "(default: -30d@d)."),
         QCoreApplication::translate("trro::collector::CollectorOptions", "TIME")},
        {QStringLiteral("once"),
         QCoreApplication::translate("trro::collector::CollectorOptions",
                                     "Fill everything up to now, then exit.")},
        {QStringLiteral("every"),
         QCoreApplication::translate(
             "trro::collector::CollectorOptions",
             "Keep going: a cycle every DURATION (30s, 5m, 1h; at least 10 s)."),
         QCoreApplication::translate("trro::collector::CollectorOptions", "DURATION")},
        {QStringLiteral("retention"),
         QCoreApplication::translate(
             "trro::collector::CollectorOptions",
             "Keep this many months of statistics and sessions in the store, for every program "
             "using it (0: keep everything)."),
         QCoreApplication::translate("trro::collector::CollectorOptions", "MONTHS")},
        {QStringLiteral("metrics-listen"),
         QCoreApplication::translate(
             "trro::collector::CollectorOptions",
             "Serve Prometheus metrics at http://ADDR:PORT/metrics; a port alone listens on the "
             "loopback (127.0.0.1), [::1]:PORT on IPv6, 0.0.0.0:PORT on every interface."),
         QCoreApplication::translate("trro::collector::CollectorOptions", "ADDR:PORT")},
        {QStringLiteral("metrics-per-device"),
         QCoreApplication::translate(
             "trro::collector::CollectorOptions",
             "The metrics include a series per device and interval (high cardinality: three "
             "series per device and interval).")},
    });
}

bool CollectorOptions::readFrom(const QCommandLineParser &parser, const QDateTime &now,
                                const QTimeZone &zone, QString *error) {
    if (!parser.isSet(QStringLiteral("store"))) {
        *error = QCoreApplication::translate("trro::collector::CollectorOptions",
                                             "Name the store with --store URL.");
        return false;
    }
    store = PgLocation::parse(parser.value(QStringLiteral("store")), error);
    if (!store.isValid())
        return false;
    if (!readProjects(parser, &projects, error))
        return false;
    if (parser.isSet(QStringLiteral("interval")) &&
        !readIntervals(parser.value(QStringLiteral("interval")), &intervals, error))
        return false;
    const QString sinceText = parser.isSet(QStringLiteral("since"))
                                  ? parser.value(QStringLiteral("since"))
                                  : QStringLiteral("-30d@d");
    QString why;
    if (!parseTimeSpec(sinceText, now, &since, &why, zone)) {
        *error = QStringLiteral("--since: ") + why;
        return false;
    }
    if (since >= now.toSecsSinceEpoch()) {
        *error = QCoreApplication::translate("trro::collector::CollectorOptions",
                                             "--since must be in the past.");
        return false;
    }
    once = parser.isSet(QStringLiteral("once"));
    const bool every = parser.isSet(QStringLiteral("every"));
    if (once == every) {
        *error = QCoreApplication::translate("trro::collector::CollectorOptions",
                                             "Give either --once or --every DURATION.");
        return false;
    }
    if (every && !parseDuration(parser.value(QStringLiteral("every")), &everySec)) {
        *error = QCoreApplication::translate(
                     "trro::collector::CollectorOptions",
                     "--every expects a duration from 10 s to 7 days such as 30s, 5m or 1h, not "
                     "\"%1\".")
                     .arg(stripControls(parser.value(QStringLiteral("every"))).left(80));
        return false;
    }
    if (!readMetrics(parser, this, error))
        return false;
    if (parser.isSet(QStringLiteral("retention"))) {
        bool ok = false;
        retentionMonths = parser.value(QStringLiteral("retention")).toInt(&ok);
        if (!ok || retentionMonths < 0 || retentionMonths > 1200) {
            *error = QCoreApplication::translate(
                "trro::collector::CollectorOptions",
                "--retention expects a number of months from 0 to 1200.");
            return false;
        }
    }
    return true;
}

} // namespace trro::collector
