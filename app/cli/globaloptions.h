#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTimeZone>

class QCommandLineParser;

namespace trro::cli {

// Options every command accepts, before or after the command name. trro-collector takes the
// same ones except those about the local cache and the demo (OptionSet::Service).
struct GlobalOptions {
    enum class OptionSet {
        All,     // trro-stats
        Service, // trro-collector: no --demo, --no-cache
    };

    QString endpoint;  // --endpoint (else TRRO_ENDPOINT, else the default; see Endpoint::resolve)
    QString region;    // --region, overrides TENCENTCLOUD_REGION
    QString profile;   // --profile
    int timeoutMs = 0; // --timeout in seconds (one attempt); 0: the client's default
    // --deadline in seconds (one request with its retries and pages); 0: the default
    int deadlineMs = 0;
    bool verbose = false;
    bool demo = false;
    bool noCache = false; // --no-cache: every statistic from the service, the cache untouched
    // --store URL: the shared history store (libpq URL, validated) read before the service
    QString storeUrl;
    bool quiet = false; // --quiet: errors only on stderr
    bool help = false;
    bool version = false;
    // --tz (else $TRRO_TZ, else the system zone): how dates and times without an offset are
    // read and how the table shows times.
    QTimeZone timeZone = QTimeZone::systemTimeZone();

    // Adds --endpoint, --region, --profile, --timeout, --deadline, --verbose, --quiet (-q),
    // --demo, --no-cache, --store, --tz, --lang, --help, --version; not those named in except
    // (a command's own, see Command::ownGlobalOptions).
    static void addTo(QCommandLineParser &parser, OptionSet set = OptionSet::All,
                      const QStringList &except = {});
    // Takes what is set in this parser (a later parser overrides an earlier one), except the
    // options named in except. Returns false with a translated message for a value that is not
    // acceptable.
    bool readFrom(const QCommandLineParser &parser, QString *error, OptionSet set = OptionSet::All,
                  const QStringList &except = {});
    // $TRRO_TZ, read before the command line (which overrides it).
    bool readEnvironment(QString *error);
    // The option name's value as a number of seconds above 0 and up to an hour, in *ms (at least
    // 1). False with a translated *error otherwise.
    static bool readSeconds(const QCommandLineParser &parser, const QString &name, int *ms,
                            QString *error);
    // The names of the global options, for suggestions ("did you mean").
    static QStringList names();

private:
    bool readStore(const QCommandLineParser &parser, QString *error);
};

} // namespace trro::cli
