#include "pgserver.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QUuid>
#include <QVersionNumber>
#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace trro::test {
namespace {

constexpr int StartTimeoutMs = 60000;

// A port number nobody listens on over TCP; the server uses it only to name its socket.
int freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 54321;
    return probe.serverPort();
}

bool chownTo(const QString &path, const QString &user) {
    const struct passwd *pw = getpwnam(user.toLocal8Bit().constData());
    return pw && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

} // namespace

PgServer::PgServer()
    : m_root(QDir::tempPath() + QStringLiteral("/trro-pg-XXXXXX")) {}

PgServer::~PgServer() {
    stop();
}

QString PgServer::binaryDir() {
    const QDir base(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber best;
    QString found;
    for (const QString &entry : base.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = base.filePath(entry + QStringLiteral("/bin"));
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (QFileInfo(bin + QStringLiteral("/postgres")).isExecutable() &&
            QFileInfo(bin + QStringLiteral("/initdb")).isExecutable() && version > best) {
            best = version;
            found = bin;
        }
    }
    return found;
}

// As root: the program runs as m_runAs, dies with this process (setpriv --pdeathsig).
void PgServer::configure(QProcess &process) const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("PGDATA"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_root.path());
}

bool PgServer::run(const QString &program, const QStringList &arguments, QString *output) {
    QProcess process;
    configure(process);
    QString exe = binaryDir() + u'/' + program;
    QStringList args = arguments;
    if (!m_runAs.isEmpty()) {
        args = QStringList{QStringLiteral("--reuid=") + m_runAs,
                           QStringLiteral("--regid=") + m_runAs,
                           QStringLiteral("--init-groups"),
                           QStringLiteral("--pdeathsig=TERM"),
                           QStringLiteral("--"),
                           exe} +
               arguments;
        exe = QStringLiteral("setpriv");
    }
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(exe, args);
    const bool done = process.waitForFinished(StartTimeoutMs);
    *output = QString::fromLocal8Bit(process.readAll());
    return done && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PgServer::prepareFolders() {
    if (!m_root.isValid()) {
        m_error = QStringLiteral("no temporary folder: ") + m_root.errorString();
        return false;
    }
    m_dataDir = m_root.filePath(QStringLiteral("data"));
    m_socketDir = m_root.filePath(QStringLiteral("socket"));
    if (!QDir().mkpath(m_dataDir) || !QDir().mkpath(m_socketDir)) {
        m_error = QStringLiteral("cannot create the folders below ") + m_root.path();
        return false;
    }
    ::chmod(QFile::encodeName(m_dataDir).constData(), 0700);
    if (::geteuid() != 0)
        return true;
    m_runAs = getpwnam("postgres") ? QStringLiteral("postgres") : QStringLiteral("nobody");
    // The server's user must reach its folders: the temporary folder is root's 0700.
    ::chmod(QFile::encodeName(m_root.path()).constData(), 0755);
    if (!chownTo(m_dataDir, m_runAs) || !chownTo(m_socketDir, m_runAs)) {
        m_error = QStringLiteral("cannot give %1 and %2 to the user %3")
                      .arg(m_dataDir, m_socketDir, m_runAs);
        return false;
    }
    return true;
}

bool PgServer::start() {
    if (binaryDir().isEmpty()) {
        m_error = QStringLiteral("PostgreSQL is not installed");
        return false;
    }
    if (!prepareFolders())
        return false;
    QString output;
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), QLatin1String(SuperUser),
              QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--no-sync"), QStringLiteral("--no-locale")},
             &output)) {
        m_error = QStringLiteral("initdb failed") +
                  (m_runAs.isEmpty() ? QString() : QStringLiteral(" (as ") + m_runAs + u')') +
                  QStringLiteral(": ") + output.right(2000);
        return false;
    }
    m_port = freePort();
    const QStringList serverArgs = {QStringLiteral("-D"), m_dataDir,
                                    QStringLiteral("-k"), m_socketDir,
                                    QStringLiteral("-p"), QString::number(m_port),
                                    QStringLiteral("-c"), QStringLiteral("listen_addresses="),
                                    QStringLiteral("-c"), QStringLiteral("fsync=off"),
                                    QStringLiteral("-c"), QStringLiteral("shared_buffers=16MB"),
                                    QStringLiteral("-c"), QStringLiteral("max_connections=40")};
    m_server = std::make_unique<QProcess>();
    configure(*m_server);
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(m_server.get(), &QProcess::readyRead, m_server.get(),
                     [this] { m_log += m_server->readAll(); });
    const QString postgres = binaryDir() + QStringLiteral("/postgres");
    if (m_runAs.isEmpty())
        m_server->start(postgres, serverArgs);
    else
        m_server->start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=") + m_runAs,
                                                               QStringLiteral("--regid=") + m_runAs,
                                                               QStringLiteral("--init-groups"),
                                                               QStringLiteral("--pdeathsig=TERM"),
                                                               QStringLiteral("--"), postgres} +
                                                       serverArgs);
    const bool ready = QTest::qWaitFor(
        [this] {
            return m_log.contains("ready to accept connections") ||
                   m_server->state() == QProcess::NotRunning;
        },
        StartTimeoutMs);
    if (!ready || m_server->state() == QProcess::NotRunning) {
        m_error = QStringLiteral("postgres did not become ready: ") + log().right(2000);
        stop();
        return false;
    }
    return true;
}

void PgServer::stop() {
    if (!m_server)
        return;
    if (m_server->state() != QProcess::NotRunning) {
        // SIGINT: "fast" shutdown (open connections are closed).
        ::kill(pid_t(m_server->processId()), SIGINT);
        if (!m_server->waitForFinished(20000)) {
            m_server->kill();
            m_server->waitForFinished(5000);
        }
    }
    m_server.reset();
}

PgLocation PgServer::location(const QString &database) const {
    PgLocation location;
    QString error;
    location = PgLocation::parse(url(database), &error);
    return location;
}

QString PgServer::url(const QString &database) const {
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
        .arg(QLatin1String(SuperUser), database, m_socketDir)
        .arg(m_port);
}

QString PgServer::createDatabase(const QString &name) {
    const QString connection = QStringLiteral("pgserver-admin-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        location(QStringLiteral("postgres")).applyTo(db);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
            if (!ok)
                m_error = query.lastError().text();
        } else {
            m_error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok ? url(name) : QString();
}

} // namespace trro::test
