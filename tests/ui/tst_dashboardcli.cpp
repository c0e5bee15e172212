#include "profilestore.h"
#include "viewlinkhandoff.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDashboardCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void linkGoesToTheRunningDashboard();
    void usageErrors_data();
    void usageErrors();
    void noDisplayNeeded_data();
    void noDisplayNeeded();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // display: false runs without any display (X11 platform, no DISPLAY or WAYLAND_DISPLAY).
    Run run(const QStringList &arguments, bool display = true);
    QString m_binary;
};

void TestDashboardCli::initTestCase() {
    m_binary = QStringLiteral(TRRO_BINARY_DIR "/app/dashboard/trro-dashboard");
    if (!QFile::exists(m_binary))
        QSKIP("trro-dashboard has not been built");
}

TestDashboardCli::Run TestDashboardCli::run(const QStringList &arguments, bool display) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"),
               display ? QStringLiteral("offscreen") : QStringLiteral("xcb"));
    if (!display) {
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    process.setProcessEnvironment(env);
    process.start(m_binary, arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestDashboardCli::helpAndVersion() {
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("trro-dashboard " TRRO_VERSION));

    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--demo", "--endpoint", "--profile", "--project", "--interval",
                               "--from", "--to", "--device", "--why"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
}

// A second start with a link hands it to the dashboard already running (here: this test,
// listening where that user's dashboard listens) and quits with 0, without a window.
void TestDashboardCli::linkGoesToTheRunningDashboard() {
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray config = home.filePath(QStringLiteral(".config")).toUtf8();
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", config);
    QCoreApplication::setOrganizationName(QLatin1String(trro::ProfileStore::SettingsOrganization));
    QCoreApplication::setApplicationName(QLatin1String(trro::ProfileStore::SettingsApplication));
    trro::ViewLinkHandOff running(trro::ViewLinkHandOff::defaultServerName());
    QVERIFY(running.listen());
    QSignalSpy received(&running, &trro::ViewLinkHandOff::linkReceived);

    const QString link = QStringLiteral("trro-dashboard://open?project=p&interval=day"
                                        "&from=2026-03-01T00:00:00Z&to=2026-03-02T00:00:00Z");
    QProcess second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QString::fromUtf8(config));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    second.setProcessEnvironment(env);
    second.start(m_binary, {link});
    QVERIFY(received.wait(30000));
    QCOMPARE(received.front().front().toString(), link);
    QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 30000);
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);

    // Something that is not a link is a usage error, not a hand-over.
    const Run stray = run({QStringLiteral("https://example.com/open?project=p")});
    QCOMPARE(stray.exitCode, 2);
    QCOMPARE(received.count(), 1);
}

void TestDashboardCli::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("interval") << QStringList{QStringLiteral("--interval"), QStringLiteral("week")}
                              << QStringLiteral("--interval");
    QTest::newRow("from") << QStringList{QStringLiteral("--from"), QStringLiteral("yesterday-ish")}
                          << QStringLiteral("--from");
    QTest::newRow("to before from")
        << QStringList{QStringLiteral("--from"), QStringLiteral("2024-05-02"),
                       QStringLiteral("--to"), QStringLiteral("2024-05-01")}
        << QStringLiteral("--from");
    QTest::newRow("demo with endpoint")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--endpoint"),
                       QStringLiteral("https://trro.tencentcloudapi.com")}
        << QStringLiteral("--demo");
    QTest::newRow("why without ..")
        << QStringList{QStringLiteral("--why"), QStringLiteral("2024-05-01")}
        << QStringLiteral("--why");
    QTest::newRow("why backwards")
        << QStringList{QStringLiteral("--why"), QStringLiteral("2024-05-02..2024-05-01")}
        << QStringLiteral("--why");
    QTest::newRow("why too long") << QStringList{QStringLiteral("--why"),
                                                 QStringLiteral("2024-01-01..2024-03-01")}
                                  << QStringLiteral("31 days");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--colour")} << QStringLiteral("colour");
    QTest::newRow("stray argument")
        << QStringList{QStringLiteral("prj-1")} << QStringLiteral("prj-1");
}

void TestDashboardCli::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
}

void TestDashboardCli::noDisplayNeeded_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0
                            << QStringLiteral("--demo");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0
                               << QStringLiteral("trro-dashboard " TRRO_VERSION);
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--colour")} << 2 << QStringLiteral("colour");
    QTest::newRow("bad time") << QStringList{QStringLiteral("--from"), QStringLiteral("-9999999w")}
                              << 2 << QStringLiteral("--from");
    QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")}
                                  << 2 << QStringLiteral("--lang");
}

void TestDashboardCli::noDisplayNeeded() {
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const Run result = run(arguments, false);
    QCOMPARE(result.exitCode, exitCode); // not a crash (SIGABRT) for want of a display
    const QString printed = result.out + result.err;
    QVERIFY2(printed.contains(mentions), qPrintable(printed));
}

QTEST_GUILESS_MAIN(TestDashboardCli)
#include "tst_dashboardcli.moc"
