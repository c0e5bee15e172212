#include <QProcess>
#include <QTest>

class TestDashboardCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments);
    QString m_binary;
};

void TestDashboardCli::initTestCase() {
    m_binary = QStringLiteral(TRRO_BINARY_DIR "/app/dashboard/trro-dashboard");
    if (!QFile::exists(m_binary))
        QSKIP("trro-dashboard has not been built");
}

TestDashboardCli::Run TestDashboardCli::run(const QStringList &arguments) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
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
                               "--from", "--to", "--device"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
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

QTEST_GUILESS_MAIN(TestDashboardCli)
#include "tst_dashboardcli.moc"
