#pragma once

#include <QString>

class QSqlDatabase;

namespace trro {

// Where the shared history store is, read from a connection URL in libpq's form:
//   postgresql://user@host:port/db
//   postgresql:///db?host=/run/postgresql          (a Unix socket directory)
//   postgresql://user@%2Frun%2Fpostgresql:5433/db  (the same, percent-encoded)
// plus the query parameters host, port, user, dbname, sslmode, connect_timeout and
// application_name. A password is refused in the URL (it would show in `ps` and in logs): libpq
// reads it from ~/.pgpass or $PGPASSFILE, or takes $PGPASSWORD, exactly as psql does.
struct PgLocation {
    QString host; // a host name, an address or a socket directory (starts with '/'); empty: libpq's
                  // default
    int port = -1;    // -1: libpq's default (5432, or $PGPORT)
    QString user;     // empty: libpq's default ($PGUSER, else the login name)
    QString database; // empty: libpq's default (the user name)
    QString sslMode; // disable | allow | prefer | require | verify-ca | verify-full; empty: default
    int connectTimeoutSec = 10;
    QString applicationName;

    bool isValid() const { return m_valid; }
    // The URL again without anything secret, for messages and logs.
    QString display() const;
    // Puts the location into a QPSQL connection (host, port, database, user, options). The
    // password stays empty: libpq then looks it up itself (.pgpass, PGPASSFILE, PGPASSWORD).
    void applyTo(QSqlDatabase &db) const;

    // nullopt-like: an invalid location with *error set (translated) when the URL is not
    // acceptable.
    static PgLocation parse(const QString &url, QString *error);

private:
    bool m_valid = false;
};

} // namespace trro
