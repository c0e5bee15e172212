#pragma once

// The one way the tests run trro-stats (cli/, hostile/, keychain/, store/): the built binary with
// an environment of the test's own, never the user's settings, cache, keychain or session bus; and
// readers of what it writes.

#include "credentials.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace trro::test {

struct CliRun {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// One run's surroundings. The environment is the system's without any TENCENTCLOUD_* or TRRO_*
// variable, with these credentials, LC_ALL=C.UTF-8 and private XDG folders.
struct CliCall {
    QString endpoint;        // passed as --endpoint first; empty: none (--demo, or in arguments)
    Credentials credentials; // TENCENTCLOUD_SECRET_ID ...; empty fields are not set
    QString tz;              // TZ; empty: the test process's own
    QString cacheHome;       // XDG_CACHE_HOME; empty: a private folder all runs share
    QStringList environment; // further "NAME=value" entries (TRRO_NOW, LANG ...)
    QByteArray input;        // written to stdin, which then ends
    // The session bus and XDG folders of the test process (the private keyring and HOME of
    // run-with-keyring.sh) instead of private folders and no bus.
    bool keychain = false;
    int timeoutMs = 180000;
};

// A call with these credentials (against endpoint, when given) and nothing else set.
CliCall keyedCall(const Credentials &credentials, const QString &endpoint = {});

// The built trro-stats that runCli() runs.
QString cliBinary();

// Runs the built trro-stats (TRRO_STATS_BINARY) with the event loop running, so that a
// service in this process answers it.
CliRun runCli(const QStringList &arguments, const CliCall &call);

// The output split into lines, without the empty one after the last '\n'.
QStringList csvRows(const QByteArray &out);

// RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes; LF or CRLF).
QList<QStringList> parseCsv(const QByteArray &text);

} // namespace trro::test
