#include "globaloptions.h"

#include "localization.h"
#include "pgurl.h"
#include "textsafety.h"
#include "timespec.h"

#include <QCommandLineParser>

namespace trro::cli {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("trro::cli::GlobalOptions", text);
}

constexpr double MaxTimeoutSeconds = 3600;

} // namespace

void GlobalOptions::addTo(QCommandLineParser &parser, OptionSet set, const QStringList &except) {
    QList<QCommandLineOption> options{
        {QStringLiteral("endpoint"),
         tr("API endpoint (default: $TRRO_ENDPOINT, else https://trro.tencentcloudapi.com). "
            "Plain http only for loopback addresses."),
         tr("URL")},
        {QStringLiteral("region"),
         tr("Region sent as X-TC-Region (overrides "
            "$TENCENTCLOUD_REGION)."),
         tr("REGION")},
        {QStringLiteral("profile"), tr("Saved credentials profile to use."), tr("NAME")},
        {QStringLiteral("timeout"),
         tr("Time one attempt of a request may take, to the last byte of the answer, in "
            "seconds (default 30)."),
         tr("SEC")},
        {QStringLiteral("deadline"),
         tr("Time one request may take with all its retries and pages, in seconds (default "
            "120)."),
         tr("SEC")},
        {QStringLiteral("verbose"),
         tr("Describe every request and answer on stderr (signature redacted).")},
        {{QStringLiteral("q"), QStringLiteral("quiet")},
         tr("Print errors only: no warnings, notes or progress (for cron).")},
        {QStringLiteral("tz"),
         tr("Time zone for reading dates and times without an offset and for showing times in "
            "the table: an IANA name (Asia/Shanghai), UTC, local or an offset (+08:00). "
            "Default: $TRRO_TZ, else the system's zone. The service's day and month buckets "
            "follow China time (UTC+8) whatever the zone."),
         tr("ZONE")},
        {QStringLiteral("lang"),
         tr("Language of messages: zh_CN or en (default: the system's language)."), tr("LANG")},
        {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")},
        {QStringLiteral("version"), tr("Show the version.")},
    };
    if (set == OptionSet::All) {
        options.insert(options.size() - 3,
                       {QStringLiteral("demo"),
                        tr("Run against the built-in local service with demo credentials.")});
        options.insert(options.size() - 3,
                       {QStringLiteral("no-cache"),
                        tr("Ask the service for every statistic; neither read nor write the local "
                           "statistics cache.")});
        options.insert(options.size() - 3,
                       {QStringLiteral("store"),
                        tr("Read statistics from the shared history store that trro-collector "
                           "fills (a PostgreSQL URL such as postgresql:///trro?host=/run/"
                           "postgresql) and ask the service only for what it does not hold."),
                        tr("URL")});
    }
    options.removeIf([&except](const QCommandLineOption &option) {
        return except.contains(option.names().constLast());
    });
    parser.addOptions(options);
}

bool GlobalOptions::readFrom(const QCommandLineParser &parser, QString *error, OptionSet set,
                             const QStringList &except) {
    const auto isSet = [&parser, &except](const QString &name) {
        return !except.contains(name) && parser.isSet(name);
    };
    if (isSet(QStringLiteral("endpoint")))
        endpoint = parser.value(QStringLiteral("endpoint"));
    if (isSet(QStringLiteral("region")))
        region = parser.value(QStringLiteral("region")).trimmed();
    if (isSet(QStringLiteral("profile")))
        profile = parser.value(QStringLiteral("profile")).trimmed();
    if (isSet(QStringLiteral("timeout")) &&
        !readSeconds(parser, QStringLiteral("timeout"), &timeoutMs, error))
        return false;
    if (isSet(QStringLiteral("deadline")) &&
        !readSeconds(parser, QStringLiteral("deadline"), &deadlineMs, error))
        return false;
    if (!region.isEmpty() && !isPlausibleRegion(region)) {
        // Checked again before anything is sent; said here with the option's name.
        *error = tr("--region expects a region name such as ap-guangzhou (letters, digits and "
                    "'-'), not \"%1\".")
                     .arg(stripControls(region));
        return false;
    }
    if (isSet(QStringLiteral("tz"))) {
        QString why;
        if (!parseTimeZone(parser.value(QStringLiteral("tz")), &timeZone, &why)) {
            *error = QStringLiteral("--tz: ") + why;
            return false;
        }
    }
    if (isSet(QStringLiteral("lang")) &&
        !isSupportedLanguage(parser.value(QStringLiteral("lang")))) {
        *error = tr("--lang must be zh_CN or en (the languages trro-stats can show), not \"%1\".")
                     .arg(parser.value(QStringLiteral("lang")));
        return false;
    }
    verbose = verbose || isSet(QStringLiteral("verbose"));
    quiet = quiet || isSet(QStringLiteral("quiet"));
    if (set == OptionSet::All) {
        demo = demo || isSet(QStringLiteral("demo"));
        noCache = noCache || isSet(QStringLiteral("no-cache"));
        if (isSet(QStringLiteral("store")) && !readStore(parser, error))
            return false;
    }
    help = help || isSet(QStringLiteral("help"));
    version = version || isSet(QStringLiteral("version"));
    if (demo && !endpoint.isEmpty()) {
        *error = tr("--demo runs its own local service and cannot be combined with --endpoint.");
        return false;
    }
    if (!storeUrl.isEmpty() && (noCache || demo)) {
        *error = tr("--store is read through the statistics cache: it cannot be combined with "
                    "--no-cache or --demo.");
        return false;
    }
    if (verbose && quiet) {
        *error = tr("--verbose and --quiet cannot be combined.");
        return false;
    }
    return true;
}

bool GlobalOptions::readStore(const QCommandLineParser &parser, QString *error) {
    const QString url = parser.value(QStringLiteral("store"));
    QString why;
    if (!PgLocation::parse(url, &why).isValid()) {
        *error = QStringLiteral("--store: ") + why;
        return false;
    }
    storeUrl = url;
    return true;
}

bool GlobalOptions::readEnvironment(QString *error) {
    const QString zone = qEnvironmentVariable("TRRO_TZ");
    if (zone.isEmpty())
        return true;
    QString why;
    if (parseTimeZone(zone, &timeZone, &why))
        return true;
    *error = QStringLiteral("TRRO_TZ: ") + why;
    return false;
}

bool GlobalOptions::readSeconds(const QCommandLineParser &parser, const QString &name, int *ms,
                                QString *error) {
    bool ok = false;
    const QString text = parser.value(name);
    const double seconds = text.toDouble(&ok);
    if (!ok || !(seconds > 0) || seconds > MaxTimeoutSeconds) {
        *error = tr("--%1 expects a number of seconds between 0 and %2, not \"%3\".")
                     .arg(name)
                     .arg(MaxTimeoutSeconds)
                     .arg(stripControls(text.left(64)));
        return false;
    }
    *ms = qMax(1, qRound(seconds * 1000));
    return true;
}

QStringList GlobalOptions::names() {
    return {QStringLiteral("endpoint"), QStringLiteral("region"),  QStringLiteral("profile"),
            QStringLiteral("timeout"),  QStringLiteral("verbose"), QStringLiteral("quiet"),
            QStringLiteral("tz"),       QStringLiteral("demo"),    QStringLiteral("no-cache"),
            QStringLiteral("store"),    QStringLiteral("lang"),    QStringLiteral("help"),
            QStringLiteral("version")};
}

} // namespace trro::cli
