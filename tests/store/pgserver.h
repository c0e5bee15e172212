#pragma once

// A private PostgreSQL server for one test program: initdb into a temporary folder, Unix socket
// only (listen_addresses = ''), on a free port number (it names the socket), stopped and
// removed when the object goes, also when a test failed. Each test program starts its own, so
// `ctest -j2` runs them side by side without sharing anything.
//
// initdb refuses to run as root: as root (the fresh-machine check runs the suite as root in a
// chroot) the server runs as the user `postgres` (else `nobody`) through setpriv, which also
// sets the parent-death signal, so a test program that crashes takes its server with it.
// Nothing here uses the system's PostgreSQL service.

#include "pgurl.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace trro::test {

class PgServer final {
public:
    PgServer();
    ~PgServer();

    // The folder of initdb and postgres (the newest /usr/lib/postgresql/N/bin), or empty when
    // PostgreSQL is not installed.
    static QString binaryDir();

    // Creates the cluster and starts the server; false with error() otherwise.
    bool start();
    void stop();
    QString error() const { return m_error; }

    // A new empty database on this server; its URL (libpq form, the socket directory as host).
    QString createDatabase(const QString &name);
    QString url(const QString &database) const;
    PgLocation location(const QString &database) const;
    QString socketDir() const { return m_socketDir; }
    int port() const { return m_port; }
    QString log() const { return QString::fromLocal8Bit(m_log); }

    static constexpr auto SuperUser = "trro";

private:
    bool run(const QString &program, const QStringList &arguments, QString *output);
    void configure(QProcess &process) const;
    bool prepareFolders();

    QTemporaryDir m_root;
    QString m_dataDir;
    QString m_socketDir;
    QString m_runAs; // empty: as this process's user
    int m_port = 0;
    std::unique_ptr<QProcess> m_server;
    QByteArray m_log;
    QString m_error;
};

} // namespace trro::test

// QSKIP when PostgreSQL is not installed (saying so), QFAIL with the reason when it is and the
// server does not start.
#define TRRO_START_PGSERVER(server)                                                                \
    do {                                                                                           \
        if (trro::test::PgServer::binaryDir().isEmpty())                                           \
            QSKIP("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/postgres): run "      \
                  "scripts/install-deps.sh to test the shared history store");                     \
        if (!(server).start())                                                                     \
            QFAIL(qPrintable(QStringLiteral("the private PostgreSQL server did not start: ") +     \
                             (server).error()));                                                   \
    } while (false)
