// trro-stats check: the Monitoring Plugins line and exit status for each state, against the
// local service; UNKNOWN with the reason for bad credentials, an unreachable endpoint, service
// faults and a bad command line; the rules file.

#include "clifixture.h"
#include "freeport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace trro;
using namespace trro::test;

namespace {

// "TRRO STATE - text | ratio=N%;w:;c:;0;100 sessions=N minutes=N"
const QRegularExpression CheckLine(QStringLiteral(
    R"(^TRRO (OK|WARNING|CRITICAL) - ([^|\n]+) \| ratio=(\d+%|U);(\d+):;(\d+):;0;100 )"
    R"(sessions=(\d+) minutes=(\d+)\n$)"));

} // namespace

class TestTrroStatsCheck final : public CliTestCase {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void states_data();
    void states();
    void noSessionsIsAWarning();
    void unknown_data();
    void unknown();
    void unreachableIsUnknown();
    void serviceFaultIsUnknown();
    void rulesFile();
    void hostileRulesFileIsUnknown();

private:
    QStringList base() const;
    qint64 m_from = 0;
    int m_ratio = 0;
    qint64 m_sessions = 0;
    qint64 m_minutes = 0;
    QTemporaryDir m_dir;
};

void TestTrroStatsCheck::initTestCase() {
    QVERIFY2(m_f.start(), StartFailure);
    m_from = m_f.rangeEnd - 7 * 86400;
    const QJsonObject totals = m_f.totals(m_from);
    m_ratio = totals.value(QLatin1String("NotBadSessionRatio")).toInt(-1);
    m_sessions = totals.value(QLatin1String("SessionNum")).toInteger(-1);
    m_minutes = totals.value(QLatin1String("TotalDuration")).toInteger(-1);
    // The thresholds below are set around the real ratio: it must leave room on both sides.
    QVERIFY2(m_ratio > 0 && m_ratio < 100, qPrintable(QString::number(m_ratio)));
    QVERIFY(m_sessions > 0);
}

QStringList TestTrroStatsCheck::base() const {
    return {QStringLiteral("--no-cache"), QStringLiteral("check"),
            QStringLiteral("--project"),  m_f.project,
            QStringLiteral("--from"),     QString::number(m_from),
            QStringLiteral("--to"),       QString::number(m_f.rangeEnd)};
}

void TestTrroStatsCheck::states_data() {
    QTest::addColumn<int>("warningAbove"); // warning threshold - the real ratio
    QTest::addColumn<int>("criticalAbove");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("ok: at the thresholds") << 0 << 0 << "OK" << 0;
    QTest::newRow("warning") << 1 << 0 << "WARNING" << 1;
    QTest::newRow("critical") << 1 << 1 << "CRITICAL" << 2;
}

void TestTrroStatsCheck::states() {
    QFETCH(int, warningAbove);
    QFETCH(int, criticalAbove);
    QFETCH(QString, state);
    QFETCH(int, exitCode);
    const int warning = m_ratio + warningAbove;
    const int critical = m_ratio + criticalAbove;
    const CliRun run = m_f.cli(
        base() + QStringList{QStringLiteral("--warning-ratio"), QString::number(warning),
                             QStringLiteral("--critical-ratio"), QString::number(critical)});
    QVERIFY2(run.finished, run.err.constData());
    QVERIFY2(run.exitCode == exitCode, run.out.constData());
    const QRegularExpressionMatch m = CheckLine.match(QString::fromUtf8(run.out));
    QVERIFY2(m.hasMatch(), run.out.constData());
    QCOMPARE(m.captured(1), state);
    QCOMPARE(m.captured(3), QStringLiteral("%1%").arg(m_ratio));
    QCOMPARE(m.captured(4).toInt(), warning);
    QCOMPARE(m.captured(5).toInt(), critical);
    QCOMPARE(m.captured(6).toLongLong(), m_sessions);
    QCOMPARE(m.captured(7).toLongLong(), m_minutes);
    const QString text = m.captured(2);
    QVERIFY2(text.contains(QStringLiteral("%1%").arg(m_ratio)), qPrintable(text));
    if (state != QLatin1String("OK"))
        QVERIFY2(text.contains(QStringLiteral("below %1%")
                                   .arg(state == QLatin1String("WARNING") ? warning : critical)),
                 qPrintable(text));
}

void TestTrroStatsCheck::noSessionsIsAWarning() {
    // Long before the fleet's history, and (second run) a minimum the range cannot reach.
    const CliRun empty = m_f.cli({QStringLiteral("check"), QStringLiteral("--project"), m_f.project,
                                  QStringLiteral("--from"), QStringLiteral("2001-01-01"),
                                  QStringLiteral("--to"), QStringLiteral("2001-01-02")});
    QCOMPARE(empty.exitCode, 1);
    QVERIFY2(empty.out.startsWith("TRRO WARNING - 0 sessions, fewer than 1 | ratio=U;90:;80:;0;100 "
                                  "sessions=0 minutes=0"),
             empty.out.constData());
    const CliRun few =
        m_f.cli(base() + QStringList{QStringLiteral("--min-sessions"), QStringLiteral("999999999"),
                                     QStringLiteral("--critical-ratio"), QStringLiteral("0"),
                                     QStringLiteral("--warning-ratio"), QStringLiteral("0")});
    QCOMPARE(few.exitCode, 1);
    QVERIFY2(CheckLine.match(QString::fromUtf8(few.out)).hasMatch(), few.out.constData());
    QVERIFY2(few.out.contains("fewer than 999999999"), few.out.constData());
}

void TestTrroStatsCheck::unknown_data() {
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("keyName");
    QTest::addColumn<QString>("reason");
    QTest::newRow("wrong secret key") << QStringList{} << "wrong"
                                      << "AuthFailure";
    QTest::newRow("no credentials") << QStringList{} << "none"
                                    << "credentials";
    QTest::newRow("unknown project")
        << QStringList{QStringLiteral("--project"), QStringLiteral("nope")} << "cli"
        << "nope";
    QTest::newRow("bad ratio") << QStringList{QStringLiteral("--warning-ratio"),
                                              QStringLiteral("high")}
                               << "cli"
                               << "--warning-ratio";
    QTest::newRow("critical above warning")
        << QStringList{QStringLiteral("--warning-ratio"), QStringLiteral("50"),
                       QStringLiteral("--critical-ratio"), QStringLiteral("60")}
        << "cli"
        << "critical";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")} << "cli"
                                    << "colour";
}

void TestTrroStatsCheck::unknown() {
    QFETCH(QStringList, extra);
    QFETCH(QString, keyName);
    QFETCH(QString, reason);
    const Credentials credentials = keyNamed(keyName);
    const CliRun run = m_f.cli(base() + extra, credentials);
    QVERIFY2(run.finished, run.err.constData());
    QVERIFY2(run.exitCode == 3, run.out.constData());
    QVERIFY2(run.out.startsWith("TRRO UNKNOWN - "), run.out.constData());
    QCOMPARE(run.out.count('\n'), 1);
    QVERIFY2(run.out.contains(reason.toUtf8()), run.out.constData());
    QVERIFY(!run.out.contains('|'));
    if (!credentials.secretKey.isEmpty())
        QVERIFY(!run.out.contains(credentials.secretKey.toUtf8()));
}

void TestTrroStatsCheck::unreachableIsUnknown() {
    const quint16 port = freeLoopbackPort();
    QVERIFY(port != 0);
    const CliRun run =
        runCli(base(), keyedCall(CliKey, QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.startsWith("TRRO UNKNOWN - "), run.out.constData());
    QVERIFY(run.out.size() > 20);
}

void TestTrroStatsCheck::serviceFaultIsUnknown() {
    sim::LocalService faulty(faultyService(QStringLiteral("internal"), 1.0));
    QVERIFY(faulty.listen());
    const CliRun run = runCli(base(), keyedCall(CliKey, faulty.url().toString()));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.startsWith("TRRO UNKNOWN - "), run.out.constData());
    QVERIFY2(run.out.contains("InternalError"), run.out.constData());
}

void TestTrroStatsCheck::rulesFile() {
    // The file's fleetRatio thresholds are the ratio thresholds; a bad-share rule that any
    // fleet with one bad session breaks makes the line CRITICAL with its sentence.
    const QString file = m_dir.filePath(QStringLiteral("rules.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QStringLiteral(R"({"version": 1, "fleetRatio": {"warning": %1, "critical": %2},
                               "badShare": {"warning": 0, "critical": 0, "minSessions": 1},
                               "deviceSilent": {"enabled": false},
                               "deviceBadSessions": {"enabled": false}})")
                  .arg(m_ratio)
                  .arg(m_ratio - 1)
                  .toUtf8());
    out.close();
    const CliRun run = m_f.cli(base() + QStringList{QStringLiteral("--rules"), file});
    QVERIFY2(run.exitCode == 2, run.out.constData());
    const QRegularExpressionMatch m = CheckLine.match(QString::fromUtf8(run.out));
    QVERIFY2(m.hasMatch(), run.out.constData());
    QCOMPARE(m.captured(4).toInt(), m_ratio);
    QCOMPARE(m.captured(5).toInt(), m_ratio - 1);
    QVERIFY2(m.captured(2).contains(QLatin1String("Bad sessions")), run.out.constData());
}

void TestTrroStatsCheck::hostileRulesFileIsUnknown() {
    const QString file = m_dir.filePath(QStringLiteral("hostile.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"badShare": {"warning": "\u001b[31m|x"}})");
    out.close();
    const CliRun run = m_f.cli(base() + QStringList{QStringLiteral("--rules"), file});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.startsWith("TRRO UNKNOWN - The rules file "), run.out.constData());
    QVERIFY(!run.out.contains('\x1b'));
    QCOMPARE(run.out.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestTrroStatsCheck)
#include "tst_trrostatscheck.moc"
