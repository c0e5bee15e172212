// The line of "trro-stats check": states, worst first, perfdata, UNKNOWN made one safe line.
#include "alertcheck.h"
#include "localization.h"

#include <QTest>

using namespace trro;

namespace {

SessionTotals totals(qint64 sessions, int ratio, qint64 minutes = 100) {
    SessionTotals t;
    t.sessionNum = sessions;
    t.notBadSessionRatio = ratio;
    t.totalDuration = minutes;
    return t;
}

} // namespace

class TestAlertCheck final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslations(QStringLiteral("en")); } // the plural forms
    void lines_data();
    void lines();
    void alertsWorstFirst();
    void unknownIsOneSafeLine();
};

void TestAlertCheck::lines_data() {
    QTest::addColumn<qint64>("sessions");
    QTest::addColumn<int>("ratio");
    QTest::addColumn<qint64>("minSessions");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("line");
    QTest::newRow("ok") << qint64(120) << 95 << qint64(1) << 0
                        << "TRRO OK - not-bad ratio 95% (120 sessions) | "
                           "ratio=95%;90;80;0;100 sessions=120 minutes=100";
    QTest::newRow("at warning is ok") << qint64(120) << 90 << qint64(1) << 0
                                      << "TRRO OK - not-bad ratio 90% (120 sessions) | "
                                         "ratio=90%;90;80;0;100 sessions=120 minutes=100";
    QTest::newRow("warning") << qint64(120) << 85 << qint64(1) << 1
                             << "TRRO WARNING - not-bad ratio 85% below 90% (120 sessions) | "
                                "ratio=85%;90;80;0;100 sessions=120 minutes=100";
    QTest::newRow("critical") << qint64(1) << 79 << qint64(1) << 2
                              << "TRRO CRITICAL - not-bad ratio 79% below 80% (1 session) | "
                                 "ratio=79%;90;80;0;100 sessions=1 minutes=100";
    QTest::newRow("critical and too few, worst first")
        << qint64(3) << 50 << qint64(10) << 2
        << "TRRO CRITICAL - not-bad ratio 50% below 80% (3 sessions); 3 sessions, fewer than 10 "
           "| ratio=50%;90;80;0;100 sessions=3 minutes=100";
    QTest::newRow("no sessions") << qint64(0) << 0 << qint64(1) << 1
                                 << "TRRO WARNING - 0 sessions, fewer than 1 | "
                                    "ratio=U;90;80;0;100 sessions=0 minutes=100";
    QTest::newRow("no sessions allowed") << qint64(0) << 0 << qint64(0) << 0
                                         << "TRRO OK - no sessions | "
                                            "ratio=U;90;80;0;100 sessions=0 minutes=100";
    QTest::newRow("hostile ratio") << qint64(5) << 900 << qint64(1) << 0
                                   << "TRRO OK - not-bad ratio 100% (5 sessions) | "
                                      "ratio=100%;90;80;0;100 sessions=5 minutes=100";
}

void TestAlertCheck::lines() {
    QFETCH(qint64, sessions);
    QFETCH(int, ratio);
    QFETCH(qint64, minSessions);
    QFETCH(int, status);
    QFETCH(QString, line);
    CheckThresholds thresholds;
    thresholds.minSessions = minSessions;
    const CheckResult result = AlertCheck::evaluate(totals(sessions, ratio), thresholds);
    QCOMPARE(int(result.status), status);
    QCOMPARE(result.line, line);
}

void TestAlertCheck::alertsWorstFirst() {
    Alert warning;
    warning.state = AlertState::Warning;
    warning.summary = QStringLiteral("two devices | bad\nnext");
    Alert critical;
    critical.state = AlertState::Critical;
    critical.summary = QStringLiteral("silent");
    Alert ok;
    ok.summary = QStringLiteral("fine");
    const CheckResult result =
        AlertCheck::evaluate(totals(10, 85), CheckThresholds{}, {ok, warning, critical});
    QCOMPARE(result.status, CheckStatus::Critical);
    QCOMPARE(result.line,
             QStringLiteral("TRRO CRITICAL - silent; not-bad ratio 85% below 90% (10 sessions); "
                            "two devices / bad next | ratio=85%;90;80;0;100 sessions=10 "
                            "minutes=100"));
}

void TestAlertCheck::unknownIsOneSafeLine() {
    const CheckResult result =
        AlertCheck::unknown(QStringLiteral("AuthFailure.SignatureFailure:\n\x1b[31mbad | key"));
    QCOMPARE(result.status, CheckStatus::Unknown);
    QCOMPARE(result.line,
             QStringLiteral("TRRO UNKNOWN - AuthFailure.SignatureFailure: [31mbad / key"));
    QCOMPARE(AlertCheck::unknown(QString()).line,
             QStringLiteral("TRRO UNKNOWN - the data could not be had"));
    QVERIFY(AlertCheck::unknown(QString(5000, u'x')).line.size() < 1100);
}

QTEST_GUILESS_MAIN(TestAlertCheck)
#include "tst_alertcheck.moc"
