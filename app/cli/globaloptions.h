#pragma once

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace trro::cli {

// Options every command accepts, before or after the command name.
struct GlobalOptions {
    QString endpoint;  // --endpoint (else TRRO_ENDPOINT, else the default; see Endpoint::resolve)
    QString region;    // --region, overrides TENCENTCLOUD_REGION
    QString profile;   // --profile
    int timeoutMs = 0; // --timeout in seconds (one attempt); 0: the client's default
    // --deadline in seconds (one request with its retries and pages); 0: the default
    int deadlineMs = 0;
    bool verbose = false;
    bool demo = false;
    bool noCache = false; // --no-cache: every statistic from the service, the cache untouched
    bool help = false;
    bool version = false;

    // Adds --endpoint, --region, --profile, --timeout, --deadline, --verbose, --demo, --no-cache,
    // --lang, --help, --version.
    static void addTo(QCommandLineParser &parser);
    // Takes what is set in this parser (a later parser overrides an earlier one). Returns false
    // with a translated message for a value that is not acceptable.
    bool readFrom(const QCommandLineParser &parser, QString *error);
};

} // namespace trro::cli
