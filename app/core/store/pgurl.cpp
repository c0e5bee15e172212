#include "pgurl.h"

#include "textsafety.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>

namespace trro {
namespace {

constexpr int MaxUrlLength = 2048;

QString decoded(const QString &part) {
    return QUrl::fromPercentEncoding(part.toUtf8());
}

bool readPort(const QString &text, int *port) {
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 65535)
        return false;
    *port = value;
    return true;
}

bool isPlainWord(const QString &text) {
    for (const QChar c : text) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.'))
            return false;
    }
    return true;
}

// [user[:password]@]host[:port]
bool readAuthority(const QString &authority, PgLocation *location, QString *error) {
    QString hostPort = authority;
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        if (userInfo.contains(u':')) {
            *error = QCoreApplication::translate(
                "trro::PgLocation",
                "The store URL holds a password: put it in ~/.pgpass or the file named by "
                "$PGPASSFILE instead (see the PostgreSQL documentation on the password "
                "file).");
            return false;
        }
        location->user = decoded(userInfo);
        hostPort = authority.mid(at + 1);
    }
    if (hostPort.contains(u',')) {
        *error = QCoreApplication::translate("trro::PgLocation",
                                             "The store URL names several hosts; give one.");
        return false;
    }
    if (hostPort.startsWith(u'[')) { // [IPv6]:port
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0) {
            *error = QCoreApplication::translate(
                "trro::PgLocation", "The store URL has an unclosed \"[\" in its host.");
            return false;
        }
        location->host = hostPort.mid(1, close - 1);
        hostPort = hostPort.mid(close + 1);
        if (!hostPort.isEmpty() && !hostPort.startsWith(u':')) {
            *error = QCoreApplication::translate("trro::PgLocation",
                                                 "The store URL has text after its host.");
            return false;
        }
        if (hostPort.size() > 1 && !readPort(hostPort.mid(1), &location->port)) {
            *error = QCoreApplication::translate(
                "trro::PgLocation", "The store URL's port must be a number from 1 to 65535.");
            return false;
        }
        return true;
    }
    const qsizetype colon = hostPort.lastIndexOf(u':');
    if (colon >= 0) {
        if (!readPort(hostPort.mid(colon + 1), &location->port)) {
            *error = QCoreApplication::translate(
                "trro::PgLocation", "The store URL's port must be a number from 1 to 65535.");
            return false;
        }
        hostPort = hostPort.left(colon);
    }
    location->host = decoded(hostPort);
    return true;
}

bool readParameter(const QString &name, const QString &value, PgLocation *location,
                   QString *error) {
    if (name == u"host") {
        location->host = value;
    } else if (name == u"port") {
        if (!readPort(value, &location->port)) {
            *error = QCoreApplication::translate(
                "trro::PgLocation", "The store URL's port must be a number from 1 to 65535.");
            return false;
        }
    } else if (name == u"user") {
        location->user = value;
    } else if (name == u"dbname") {
        location->database = value;
    } else if (name == u"sslmode") {
        static const QStringList modes = {
            QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        if (!modes.contains(value)) {
            *error = QCoreApplication::translate("trro::PgLocation", "sslmode must be one of %1.")
                         .arg(modes.join(QStringLiteral(", ")));
            return false;
        }
        location->sslMode = value;
    } else if (name == u"connect_timeout") {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            *error = QCoreApplication::translate(
                "trro::PgLocation", "connect_timeout must be a number of seconds from 1 to 3600.");
            return false;
        }
        location->connectTimeoutSec = seconds;
    } else if (name == u"application_name") {
        location->applicationName = value;
    } else if (name == u"password") {
        *error = QCoreApplication::translate(
            "trro::PgLocation",
            "The store URL holds a password: put it in ~/.pgpass or the file named by "
            "$PGPASSFILE instead (see the PostgreSQL documentation on the password "
            "file).");
        return false;
    } else {
        *error = QCoreApplication::translate(
                     "trro::PgLocation",
                     "The store URL has a parameter trro does not know: \"%1\" (known: host, "
                     "port, user, dbname, sslmode, connect_timeout, application_name).")
                     .arg(stripControls(name));
        return false;
    }
    return true;
}

// Every value ends up in a libpq connection string: keep them plain.
bool plausible(const PgLocation &location, QString *error) {
    const QStringList values = {location.host, location.user, location.database,
                                location.applicationName};
    for (const QString &value : values) {
        if (value.size() > 255 || stripControls(value) != value || value.contains(u'\'') ||
            value.contains(u'\\') || value.contains(u' ') || value.contains(u';')) {
            *error = QCoreApplication::translate(
                "trro::PgLocation",
                "The store URL holds a value with spaces, quotes, ';' or control "
                "characters, or longer than 255 characters.");
            return false;
        }
    }
    if (!location.user.isEmpty() && !isPlainWord(location.user)) {
        *error = QCoreApplication::translate(
            "trro::PgLocation",
            "The store URL's user name may hold letters, digits, '_', '-' and '.' only.");
        return false;
    }
    return true;
}

} // namespace

PgLocation PgLocation::parse(const QString &url, QString *error) {
    PgLocation location;
    QString rest = url.trimmed();
    if (rest.size() > MaxUrlLength) {
        *error = QCoreApplication::translate("trro::PgLocation",
                                             "The store URL is longer than %1 characters.")
                     .arg(MaxUrlLength);
        return location;
    }
    const QString schemes[] = {QStringLiteral("postgresql://"), QStringLiteral("postgres://")};
    bool known = false;
    for (const QString &scheme : schemes) {
        if (rest.startsWith(scheme, Qt::CaseInsensitive)) {
            rest = rest.mid(scheme.size());
            known = true;
        }
    }
    if (!known) {
        *error = QCoreApplication::translate(
            "trro::PgLocation", "The store URL must start with postgresql:// (for example "
                                "postgresql://trro@db.example.com/trro or "
                                "postgresql:///trro?host=/run/postgresql).");
        return location;
    }
    QString query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    const qsizetype slash = rest.indexOf(u'/');
    const QString authority = slash >= 0 ? rest.left(slash) : rest;
    location.database = slash >= 0 ? decoded(rest.mid(slash + 1)) : QString();
    if (!readAuthority(authority, &location, error))
        return location;
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString name = decoded(eq >= 0 ? pair.left(eq) : pair);
        const QString value = decoded(eq >= 0 ? pair.mid(eq + 1) : QString());
        if (!readParameter(name, value, &location, error))
            return location;
    }
    if (!plausible(location, error))
        return location;
    location.m_valid = true;
    return location;
}

QString PgLocation::display() const {
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + u'@';
    const bool socket = host.startsWith(u'/');
    if (!socket)
        text += host.contains(u':') ? u'[' + host + u']' : host;
    if (port > 0 && !socket)
        text += u':' + QString::number(port);
    text += u'/' + database;
    QStringList params;
    if (socket)
        params << QStringLiteral("host=") + host;
    if (socket && port > 0)
        params << QStringLiteral("port=") + QString::number(port);
    if (!sslMode.isEmpty())
        params << QStringLiteral("sslmode=") + sslMode;
    if (!params.isEmpty())
        text += u'?' + params.join(u'&');
    return text;
}

void PgLocation::applyTo(QSqlDatabase &db) const {
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(QString());
    QStringList options;
    options << QStringLiteral("connect_timeout=%1").arg(connectTimeoutSec);
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    options << QStringLiteral("application_name=") + (applicationName.isEmpty()
                                                          ? QCoreApplication::applicationName()
                                                          : applicationName);
    db.setConnectOptions(options.join(u';'));
}

} // namespace trro
