// trro-stats when things go wrong: exit status per error class, partial results, faults after
// retries, hostile example data, and secrets that must never be printed.

#include "clifixture.h"
#include "freeport.h"

#include <QTest>

using namespace trro;
using namespace trro::test;

class TestTrroStatsFailures final : public CliTestCase {
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void partialFailureKeepsTheOtherRows();
    void unreachableEndpointExits5();
    void faultsAfterRetries_data();
    void faultsAfterRetries();
    void exampleModeKeepsRowsAndWarns();
    void verboseNeverShowsSecrets();
};

void TestTrroStatsFailures::exitCodes_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("keyName"); // cli | wrong | unknown | none | temp | temp-no-token
    QTest::addColumn<int>("expected");
    const QString p = sim::LocalService::demoProjectId();
    // What the service answers is under test here, not what the cache holds from an earlier
    // row (a key that fails now may have filled it; see tst_trrostatscache).
    const QStringList stats{QStringLiteral("--no-cache"), QStringLiteral("stats"),
                            QStringLiteral("--project"),  p,
                            QStringLiteral("--interval"), QStringLiteral("day"),
                            QStringLiteral("--format"),   QStringLiteral("csv")};
    QTest::newRow("ok") << stats << QStringLiteral("cli") << 0;
    QTest::newRow("temporary key with token") << stats << QStringLiteral("temp") << 0;
    QTest::newRow("wrong secret key") << stats << QStringLiteral("wrong") << 3;
    QTest::newRow("unknown SecretId") << stats << QStringLiteral("unknown") << 3;
    QTest::newRow("no credentials") << stats << QStringLiteral("none") << 3;
    QTest::newRow("temporary key without token") << stats << QStringLiteral("temp-no-token") << 3;
    QTest::newRow("unknown profile")
        << QStringList{QStringLiteral("--profile"), QStringLiteral("nobody")} + stats
        << QStringLiteral("none") << 3;
    QTest::newRow("unknown project")
        << QStringList{QStringLiteral("totals"), QStringLiteral("--project"),
                       QStringLiteral("nope")}
        << QStringLiteral("cli") << 4;
    QTest::newRow("no command") << QStringList{} << QStringLiteral("cli") << 2;
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("statz")} << QStringLiteral("cli") << 2;
    QTest::newRow("unknown option")
        << stats + QStringList{QStringLiteral("--colour")} << QStringLiteral("cli") << 2;
    QTest::newRow("missing project")
        << QStringList{QStringLiteral("stats"), QStringLiteral("--interval"), QStringLiteral("day")}
        << QStringLiteral("cli") << 2;
    QTest::newRow("missing interval")
        << QStringList{QStringLiteral("stats"), QStringLiteral("--project"), p}
        << QStringLiteral("cli") << 2;
    QTest::newRow("bad interval") << QStringList{QStringLiteral("stats"),
                                                 QStringLiteral("--project"), p,
                                                 QStringLiteral("--interval"),
                                                 QStringLiteral("week")}
                                  << QStringLiteral("cli") << 2;
    QTest::newRow("bad time") << stats + QStringList{QStringLiteral("--from"),
                                                     QStringLiteral("last week")}
                              << QStringLiteral("cli") << 2;
    QTest::newRow("range inverted")
        << stats + QStringList{QStringLiteral("--from"), QStringLiteral("now"),
                               QStringLiteral("--to"), QStringLiteral("-1d")}
        << QStringLiteral("cli") << 2;
    QTest::newRow("device and all devices")
        << stats + QStringList{QStringLiteral("--device"), QStringLiteral("x"),
                               QStringLiteral("--all-devices")}
        << QStringLiteral("cli") << 2;
    QTest::newRow("bad format") << stats + QStringList{QStringLiteral("--format"),
                                                       QStringLiteral("xml")}
                                << QStringLiteral("cli") << 2;
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("--timeout"),
                                                QStringLiteral("soon")} +
                                        stats
                                 << QStringLiteral("cli") << 2;
    QTest::newRow("extra argument")
        << stats + QStringList{QStringLiteral("extra")} << QStringLiteral("cli") << 2;
    QTest::newRow("bad type") << QStringList{QStringLiteral("devices"), QStringLiteral("--project"),
                                             p, QStringLiteral("--type"), QStringLiteral("car")}
                              << QStringLiteral("cli") << 2;
    QTest::newRow("demo with endpoint")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("projects")}
        << QStringLiteral("none") << 2;
}

void TestTrroStatsFailures::exitCodes() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, keyName);
    QFETCH(int, expected);
    const Credentials credentials = keyNamed(keyName);

    const CliRun run = m_f.cli(arguments, credentials);
    QVERIFY2(run.finished, run.err.constData());
    QVERIFY2(run.exitCode == expected, run.err.constData());
    if (expected != 0) {
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains("error"));
    }
    if (expected == 3 && keyName != QLatin1String("none"))
        QVERIFY2(run.err.contains("AuthFailure") && run.err.contains("RequestId"),
                 run.err.constData());
    QVERIFY(!run.err.contains(credentials.secretKey.toUtf8()) || credentials.secretKey.isEmpty());
}

// Most answers of a second service (same fleet) are malformed: after the retries some series
// fail and some succeed. The rows of the successful ones are written, exactly, and the failed
// devices are listed on stderr.
void TestTrroStatsFailures::partialFailureKeepsTheOtherRows() {
    sim::LocalService flaky(faultyService(QStringLiteral("malformed"), 0.9));
    QVERIFY(flaky.listen());

    const qint64 from = m_f.rangeEnd - 3 * 86400;
    QStringList arguments =
        QStringList{QStringLiteral("--endpoint"), flaky.url().toString()} +
        m_f.stats(QStringLiteral("day"), from, m_f.rangeEnd,
                  QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    for (const QString &device : std::as_const(m_f.fieldDevices))
        arguments << QStringLiteral("--device") << device;
    const CliRun run = runCli(arguments, keyedCall(CliKey));
    QVERIFY2(run.finished, run.err.constData());
    QVERIFY2(run.exitCode == 1, run.err.constData());

    QStringList succeeded;
    QStringList failed;
    for (const QString &device : std::as_const(m_f.fieldDevices)) {
        const QByteArray line = "error: device " + device.toUtf8() + ": ";
        const bool listed = run.err.contains(line);
        (listed ? failed : succeeded).append(device);
    }
    QVERIFY(!succeeded.isEmpty());
    QVERIFY(!failed.isEmpty());
    const QByteArray summary = QByteArray::number(failed.size()) + " of 20 series failed";
    QVERIFY2(run.err.contains(summary), run.err.constData());
    QCOMPARE(csvRows(run.out),
             m_f.expectedRows(QStringLiteral("day"), succeeded, from, m_f.rangeEnd));
}

void TestTrroStatsFailures::unreachableEndpointExits5() {
    const quint16 port = freeLoopbackPort();
    QVERIFY(port != 0);
    const CliRun run =
        runCli({QStringLiteral("projects"), QStringLiteral("--format"), QStringLiteral("csv")},
               keyedCall(CliKey, QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QVERIFY2(run.finished, run.err.constData());
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.trimmed().isEmpty());
}

void TestTrroStatsFailures::faultsAfterRetries_data() {
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("expected");
    QTest::newRow("malformed JSON") << QStringLiteral("malformed") << 6;
    QTest::newRow("InternalError") << QStringLiteral("internal") << 4;
    QTest::newRow("HTTP 5xx") << QStringLiteral("5xx") << 5;
    QTest::newRow("slower than --timeout") << QStringLiteral("slow") << 5;
}

void TestTrroStatsFailures::faultsAfterRetries() {
    QFETCH(QString, fault);
    QFETCH(int, expected);
    sim::ServiceOptions options = faultyService(fault, 1.0);
    options.faults.slowMs = 5000;
    sim::LocalService faulty(options);
    QVERIFY(faulty.listen());
    QStringList arguments{QStringLiteral("--endpoint"),
                          faulty.url().toString(),
                          QStringLiteral("totals"),
                          QStringLiteral("--project"),
                          m_f.project,
                          QStringLiteral("--format"),
                          QStringLiteral("csv")};
    if (fault == QLatin1String("slow"))
        arguments = QStringList{QStringLiteral("--timeout"), QStringLiteral("1")} + arguments;
    const CliRun run = runCli(arguments, keyedCall(CliKey));
    QVERIFY2(run.finished, run.err.constData());
    QVERIFY2(run.exitCode == expected, run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(!run.err.contains("QIODevice"), run.err.constData()); // nothing from Qt
    QVERIFY(faulty.requestLog().size() > 1);                       // retried before giving up
}

void TestTrroStatsFailures::exampleModeKeepsRowsAndWarns() {
    sim::ServiceOptions options = cliService();
    options.exampleMode = true;
    sim::LocalService example(options);
    QVERIFY(example.listen());
    const CliRun run =
        runCli({QStringLiteral("stats"), QStringLiteral("--project"), QStringLiteral("abcdefg"),
                QStringLiteral("--interval"), QStringLiteral("hour"), QStringLiteral("--device"),
                QStringLiteral("dev2"), QStringLiteral("--format"), QStringLiteral("csv")},
               keyedCall(CliKey, example.url().toString()));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList expected{IntervalHeader,
                               QStringLiteral("dev2,1661151600,1661152600,1,20,50,1,0"),
                               QStringLiteral("dev2,1661162400,1661152600,2,20,10,1,0"),
                               QStringLiteral("dev2,1661166000,1661176000,4,604,20,1,1"),
                               QStringLiteral("dev2,1661166000,1661176000,1,10,30,1,0")};
    QCOMPARE(csvRows(run.out), expected);
    QVERIFY2(run.err.contains("warning"), run.err.constData());
    QVERIFY2(run.err.contains("dev2"), run.err.constData());
}

void TestTrroStatsFailures::verboseNeverShowsSecrets() {
    const CliRun run =
        m_f.cli({QStringLiteral("--verbose"), QStringLiteral("--no-cache"), QStringLiteral("stats"),
                 QStringLiteral("--project"), m_f.project, QStringLiteral("--interval"),
                 QStringLiteral("day"), QStringLiteral("--format"), QStringLiteral("csv")},
                TempKey);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("DescribeSessionStatisticsByInterval"), run.err.constData());
    for (const QString &secret : {TempKey.secretKey, TempKey.sessionToken}) {
        QVERIFY2(!run.err.contains(secret.toUtf8()), run.err.constData());
        QVERIFY(!run.out.contains(secret.toUtf8()));
    }

    const CliRun demo =
        runCli({QStringLiteral("--demo"), QStringLiteral("--verbose"), QStringLiteral("projects"),
                QStringLiteral("--format"), QStringLiteral("csv")},
               {});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    QVERIFY(!demo.err.isEmpty());
    const QByteArray demoKey = sim::LocalService::demoCredentials().secretKey.toUtf8();
    QVERIFY(!demo.err.contains(demoKey));
    QVERIFY(!demo.out.contains(demoKey));
}

QTEST_GUILESS_MAIN(TestTrroStatsFailures)
#include "tst_trrostatsfailures.moc"
