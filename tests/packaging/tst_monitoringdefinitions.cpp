// The Nagios commands and the Icinga 2 CheckCommand of trro-stats check (packaging/monitoring/)
// checked by the real tools: nagios4 -v on a main configuration holding them and a service of
// each command, icinga2 daemon -C on one that includes the CheckCommand with a service using
// it; each with a broken twin that the tool must refuse, so that a pass means the file was
// read. Every path either tool needs is in a temporary folder (it runs as root in a fresh
// Debian root too), neither starts a daemon, and every option the definitions pass is one that
// trro-stats check --help lists. A tool that is missing skips its test, saying which package
// has it.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace {

constexpr int ToolTimeoutMs = 120000;

struct ToolRun {
    bool finished = false;
    int exitCode = -1;
    QByteArray output; // stdout and stderr
};

ToolRun runTool(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    ToolRun run;
    run.finished = process.waitForFinished(ToolTimeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(10000);
    }
    run.exitCode = process.exitCode();
    run.output = process.readAll();
    return run;
}

// The program in PATH or in the sbin folders, which a user's PATH may leave out.
QString findTool(const QString &name) {
    const QString inPath = QStandardPaths::findExecutable(name);
    if (!inPath.isEmpty())
        return inPath;
    return QStandardPaths::findExecutable(
        name,
        {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/sbin")});
}

bool writeFile(const QString &path, const QByteArray &data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString userName() {
    const passwd *user = getpwuid(getuid());
    return user ? QString::fromLocal8Bit(user->pw_name) : QString::number(getuid());
}

QString groupName() {
    const group *g = getgrgid(getgid());
    return g ? QString::fromLocal8Bit(g->gr_name) : QString::number(getgid());
}

} // namespace

class TestMonitoringDefinitions final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void optionsExist();
    void nagiosAcceptsTheCommands();
    void icingaAcceptsTheCheckCommand();

private:
    // The template configured as the install does, into the temporary folder.
    QString configure(const QString &templatePath, const QString &name);
    QByteArray nagiosMain(const QString &objects);
    QTemporaryDir m_dir;
    QString m_nagiosDefinitions;
    QString m_icingaDefinitions;
};

QString TestMonitoringDefinitions::configure(const QString &templatePath, const QString &name) {
    QString text = QString::fromUtf8(readFile(templatePath));
    text.replace(QLatin1String("@TRRO_STATS_BINARY@"), QLatin1String(TRRO_STATS_BINARY));
    text.replace(QLatin1String("@TRRO_MONITORING_DIR@"), m_dir.path());
    const QString path = m_dir.filePath(name);
    return !text.isEmpty() && writeFile(path, text.toUtf8()) ? path : QString();
}

void TestMonitoringDefinitions::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_nagiosDefinitions =
        configure(QStringLiteral(TRRO_NAGIOS_TEMPLATE), QStringLiteral("trro-stats.cfg"));
    m_icingaDefinitions =
        configure(QStringLiteral(TRRO_ICINGA_TEMPLATE), QStringLiteral("trro-stats.conf"));
    QVERIFY(!m_nagiosDefinitions.isEmpty() && !m_icingaDefinitions.isEmpty());
    QVERIFY(!readFile(m_nagiosDefinitions).contains("@TRRO"));
    QVERIFY(!readFile(m_icingaDefinitions).contains("@TRRO"));
}

void TestMonitoringDefinitions::optionsExist() {
    const ToolRun help = runTool(QStringLiteral(TRRO_STATS_BINARY),
                                 {QStringLiteral("check"), QStringLiteral("--help")});
    QVERIFY2(help.finished && help.exitCode == 0, help.output.constData());
    static const QRegularExpression option(QStringLiteral(R"((?<![\w-])--[a-z][a-z-]*)"));
    for (const QString &file : {m_nagiosDefinitions, m_icingaDefinitions}) {
        const QString text = QString::fromUtf8(readFile(file));
        QStringList used;
        for (const QRegularExpressionMatch &m : option.globalMatch(text))
            used << m.captured();
        QVERIFY2(used.size() >= 3, qPrintable(file));
        for (const QString &name : std::as_const(used))
            QVERIFY2(help.output.contains(QByteArray(name.toUtf8() + ' ')) ||
                         help.output.contains(QByteArray(name.toUtf8() + '\n')),
                     qPrintable(name + QLatin1String(" is not an option of trro-stats check")));
    }
    for (const char *name : {"--metric", "--warning", "--critical"})
        QVERIFY2(readFile(m_icingaDefinitions).contains(QByteArray(QByteArray("\"") + name + '"')),
                 name);
}

QByteArray TestMonitoringDefinitions::nagiosMain(const QString &objects) {
    const QDir dir(m_dir.path());
    QByteArray main;
    for (const QString &line :
         {QStringLiteral("cfg_file=%1").arg(m_nagiosDefinitions),
          QStringLiteral("cfg_file=%1").arg(objects),
          QStringLiteral("log_file=%1").arg(dir.filePath(QStringLiteral("nagios.log"))),
          QStringLiteral("temp_file=%1").arg(dir.filePath(QStringLiteral("nagios.tmp"))),
          QStringLiteral("temp_path=%1").arg(m_dir.path()),
          QStringLiteral("status_file=%1").arg(dir.filePath(QStringLiteral("status.dat"))),
          QStringLiteral("state_retention_file=%1")
              .arg(dir.filePath(QStringLiteral("retention.dat"))),
          QStringLiteral("object_cache_file=%1").arg(dir.filePath(QStringLiteral("objects.cache"))),
          QStringLiteral("precached_object_file=%1")
              .arg(dir.filePath(QStringLiteral("objects.precache"))),
          QStringLiteral("lock_file=%1").arg(dir.filePath(QStringLiteral("nagios.lock"))),
          QStringLiteral("command_file=%1").arg(dir.filePath(QStringLiteral("nagios.cmd"))),
          QStringLiteral("check_result_path=%1").arg(m_dir.path()),
          // As root it reads the object files as this user (else nagios, who cannot).
          QStringLiteral("nagios_user=%1").arg(userName()),
          QStringLiteral("nagios_group=%1").arg(groupName()),
          QStringLiteral("illegal_macro_output_chars=`~$&|'\"<>")})
        main += line.toUtf8() + '\n';
    return main;
}

void TestMonitoringDefinitions::nagiosAcceptsTheCommands() {
    const QString nagios = findTool(QStringLiteral("nagios4"));
    if (nagios.isEmpty())
        QSKIP("nagios4 is not installed (Debian package nagios4-core; scripts/install-deps.sh "
              "installs it)");
    const QByteArray objects = R"(
define timeperiod {
    timeperiod_name always
    alias           Always
    monday          00:00-24:00
}
define command {
    command_name    trro_host_alive
    command_line    /bin/true
}
define contact {
    contact_name                  nobody
    host_notifications_enabled    0
    service_notifications_enabled 0
    host_notification_period      always
    service_notification_period   always
    host_notification_options     n
    service_notification_options  n
    host_notification_commands    trro_host_alive
    service_notification_commands trro_host_alive
}
define host {
    host_name           trro
    address             127.0.0.1
    check_command       trro_host_alive
    max_check_attempts  1
    check_period        always
    notification_period always
    contacts            nobody
}
define service {
    name                TRRO
    register            0
    host_name           trro
    max_check_attempts  1
    check_interval      15
    retry_interval      5
    check_period        always
    notification_period always
    contacts            nobody
}
define service {
    use                 TRRO
    service_description TRRO fleet quality
    check_command       check_trro!f3glr49r3axn0fu2!90:!80:
}
define service {
    use                 TRRO
    service_description TRRO bad sessions
    check_command       check_trro_metric!f3glr49r3axn0fu2!bad-sessions!5!@20:
}
define service {
    use                 TRRO
    service_description TRRO car-7
    check_command       check_trro_device!f3glr49r3axn0fu2!car-7!~:99!80:
}
)";
    const QString objectsFile = m_dir.filePath(QStringLiteral("objects.cfg"));
    QVERIFY(writeFile(objectsFile, objects));
    const QString mainFile = m_dir.filePath(QStringLiteral("nagios.cfg"));
    QVERIFY(writeFile(mainFile, nagiosMain(objectsFile)));
    const ToolRun run = runTool(nagios, {QStringLiteral("-v"), mainFile});
    QVERIFY2(run.finished && run.exitCode == 0, run.output.constData());
    QVERIFY2(run.output.contains("Checked 4 commands."), run.output.constData());
    QVERIFY2(run.output.contains("Total Warnings: 0"), run.output.constData());
    QVERIFY2(run.output.contains("Total Errors:   0"), run.output.constData());

    // The same with a command that the definitions do not have: refused.
    QVERIFY(writeFile(objectsFile,
                      QByteArray(objects).replace("check_trro_metric!", "check_trro_nope!")));
    const ToolRun broken = runTool(nagios, {QStringLiteral("-v"), mainFile});
    QVERIFY2(broken.finished && broken.exitCode != 0, broken.output.constData());
    QVERIFY2(broken.output.contains("check_trro_nope"), broken.output.constData());
}

void TestMonitoringDefinitions::icingaAcceptsTheCheckCommand() {
    const QString icinga = findTool(QStringLiteral("icinga2"));
    if (icinga.isEmpty())
        QSKIP("icinga2 is not installed (Debian package icinga2-bin; scripts/install-deps.sh "
              "installs it)");
    const QDir dir(m_dir.path());
    QVERIFY(dir.mkpath(QStringLiteral("icinga/cache")));
    const QString config = m_dir.filePath(QStringLiteral("icinga2.conf"));
    const QByteArray services = QStringLiteral(R"(include "%1"
object CheckCommand "trro-host-alive" {
  command = [ "/bin/true" ]
}
object Host "trro" {
  check_command = "trro-host-alive"
  address = "127.0.0.1"
}
object Service "trro-fleet" {
  host_name = "trro"
  check_command = "trro"
  vars.trro_project = "f3glr49r3axn0fu2"
  vars.trro_warning = "90:"
  vars.trro_critical = "80:"
}
object Service "trro-bad-sessions" {
  host_name = "trro"
  check_command = "trro"
  vars.trro_project = "f3glr49r3axn0fu2"
  vars.trro_device = "car-7"
  vars.trro_metric = "bad-sessions"
  vars.trro_warning = "5"
  vars.trro_critical = "@20:"
  vars.trro_timeout = 20
  vars.trro_no_cache = true
}
)")
                                    .arg(m_icingaDefinitions)
                                    .toUtf8();
    QVERIFY(writeFile(config, services));
    const QString state = dir.filePath(QStringLiteral("icinga"));
    const QStringList arguments{
        QStringLiteral("daemon"),
        QStringLiteral("-C"),
        QStringLiteral("-c"),
        config,
        QStringLiteral("-DCacheDir=%1/cache").arg(state),
        QStringLiteral("-DDataDir=%1/data").arg(state),
        QStringLiteral("-DLogDir=%1/log").arg(state),
        QStringLiteral("-DSpoolDir=%1/spool").arg(state),
        QStringLiteral("-DInitRunDir=%1/run").arg(state),
        QStringLiteral("-DRunAsUser=%1").arg(userName()),
        QStringLiteral("-DRunAsGroup=%1").arg(groupName()),
    };
    const ToolRun run = runTool(icinga, arguments);
    QVERIFY2(run.finished && run.exitCode == 0, run.output.constData());
    QVERIFY2(run.output.contains("Instantiated 2 CheckCommands"), run.output.constData());
    QVERIFY2(run.output.contains("Finished validating the configuration"), run.output.constData());

    // A service of a CheckCommand that does not exist: refused.
    QVERIFY(writeFile(
        config, QByteArray(services).replace("check_command = \"trro\"\n  vars.trro_project = "
                                             "\"f3glr49r3axn0fu2\"\n  vars.trro_device",
                                             "check_command = \"trro-nope\"\n  vars.trro_project = "
                                             "\"f3glr49r3axn0fu2\"\n  vars.trro_device")));
    const ToolRun broken = runTool(icinga, arguments);
    QVERIFY2(broken.finished && broken.exitCode != 0, broken.output.constData());
    QVERIFY2(broken.output.contains("trro-nope"), broken.output.constData());
}

QTEST_GUILESS_MAIN(TestMonitoringDefinitions)
#include "tst_monitoringdefinitions.moc"
