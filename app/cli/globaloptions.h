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
    int timeoutMs = 0; // --timeout in seconds; 0: the client's default
    bool verbose = false;
    bool demo = false;
    bool noCache = false; // --no-cache: every statistic from the service, the cache untouched
    bool help = false;
    bool version = false;

    // Adds --endpoint, --region, --profile, --timeout, --verbose, --demo, --no-cache, --lang,
    // --help, --version.
    static void addTo(QCommandLineParser &parser);
    // Takes what is set in this parser (a later parser overrides an earlier one). Returns false
    // with a translated message for a value that is not acceptable.
    bool readFrom(const QCommandLineParser &parser, QString *error);
};

} // namespace trro::cli
