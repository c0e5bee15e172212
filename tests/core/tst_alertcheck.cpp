// The line of "trro-stats check": states, the ranges of each metric, worst first, perfdata,
// UNKNOWN made one safe line.
#include "alertcheck.h"
#include "localization.h"

#include <QTest>

using namespace trro;

namespace {

SessionTotals totals(qint64 sessions, int ratio, qint64 minutes = 100) {
    return {.sessionNum = sessions, .totalDuration = minutes, .notBadSessionRatio = ratio};
}

} // namespace

class TestAlertCheck final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslations(QStringLiteral("en")); } // the plural forms
    void lines_data();
    void lines();
    void metrics_data();
    void metrics();
    void usageMetrics_data();
    void usageMetrics();
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
                           "ratio=95%;90:;80:;0;100 sessions=120 minutes=100";
    QTest::newRow("at warning is ok") << qint64(120) << 90 << qint64(1) << 0
                                      << "TRRO OK - not-bad ratio 90% (120 sessions) | "
                                         "ratio=90%;90:;80:;0;100 sessions=120 minutes=100";
    QTest::newRow("warning") << qint64(120) << 85 << qint64(1) << 1
                             << "TRRO WARNING - not-bad ratio 85% below 90% (120 sessions) | "
                                "ratio=85%;90:;80:;0;100 sessions=120 minutes=100";
    QTest::newRow("critical") << qint64(1) << 79 << qint64(1) << 2
                              << "TRRO CRITICAL - not-bad ratio 79% below 80% (1 session) | "
                                 "ratio=79%;90:;80:;0;100 sessions=1 minutes=100";
    QTest::newRow("critical and too few, worst first")
        << qint64(3) << 50 << qint64(10) << 2
        << "TRRO CRITICAL - not-bad ratio 50% below 80% (3 sessions); 3 sessions, fewer than 10 "
           "| ratio=50%;90:;80:;0;100 sessions=3 minutes=100";
    QTest::newRow("no sessions") << qint64(0) << 0 << qint64(1) << 1
                                 << "TRRO WARNING - 0 sessions, fewer than 1 | "
                                    "ratio=U;90:;80:;0;100 sessions=0 minutes=100";
    QTest::newRow("no sessions allowed") << qint64(0) << 0 << qint64(0) << 0
                                         << "TRRO OK - no sessions | "
                                            "ratio=U;90:;80:;0;100 sessions=0 minutes=100";
    QTest::newRow("hostile ratio") << qint64(5) << 900 << qint64(1) << 0
                                   << "TRRO OK - not-bad ratio 100% (5 sessions) | "
                                      "ratio=100%;90:;80:;0;100 sessions=5 minutes=100";
}

void TestAlertCheck::lines() {
    QFETCH(qint64, sessions);
    QFETCH(int, ratio);
    QFETCH(qint64, minSessions);
    QFETCH(int, status);
    QFETCH(QString, line);
    CheckThresholds thresholds;
    thresholds.minSessions = minSessions;
    const CheckResult result =
        AlertCheck::evaluate({totals(sessions, ratio), std::nullopt}, thresholds);
    QCOMPARE(int(result.status), status);
    QCOMPARE(result.line, line);
}

namespace {

CheckRange range(const char *text) {
    QString error;
    const std::optional<CheckRange> parsed = CheckRange::parse(QLatin1String(text), &error);
    if (!parsed)
        qFatal("%s", qPrintable(error));
    return *parsed;
}

} // namespace

void TestAlertCheck::metrics_data() {
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QString>("critical");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("line");
    // 120 sessions, ratio 95 %, 100 minutes, 6 bad sessions.
    QTest::newRow("ratio above a range") << "ratio"
                                         << "~:90"
                                         << "~:99" << 1
                                         << "TRRO WARNING - not-bad ratio 95% above 90% (120 "
                                            "sessions) | ratio=95%;~:90;~:99;0;100 sessions=120 "
                                            "minutes=100 bad-sessions=6";
    QTest::newRow("ratio inside") << "ratio"
                                  << "@90:99"
                                  << "@0:10" << 1
                                  << "TRRO WARNING - not-bad ratio 95% between 90% and 99% (120 "
                                     "sessions) | ratio=95%;@90:99;@0:10;0;100 sessions=120 "
                                     "minutes=100 bad-sessions=6";
    QTest::newRow("sessions critical") << "sessions"
                                       << "200:"
                                       << "150:" << 2
                                       << "TRRO CRITICAL - 120 sessions, below 150 | "
                                          "ratio=95%;90:;80:;0;100 sessions=120;200:;150:;0 "
                                          "minutes=100 bad-sessions=6";
    QTest::newRow("minutes ok") << "minutes"
                                << "100"
                                << "" << 0
                                << "TRRO OK - not-bad ratio 95% (120 sessions) | "
                                   "ratio=95%;90:;80:;0;100 sessions=120 minutes=100;100;;0 "
                                   "bad-sessions=6";
    QTest::newRow("bad sessions") << "bad-sessions"
                                  << "5"
                                  << "10" << 1
                                  << "TRRO WARNING - 6 bad sessions, above 5 | "
                                     "ratio=95%;90:;80:;0;100 sessions=120 minutes=100 "
                                     "bad-sessions=6;5;10;0";
    QTest::newRow("bad sessions at most") << "bad-sessions"
                                          << ""
                                          << "@~:6" << 2
                                          << "TRRO CRITICAL - 6 bad sessions, at most 6 | "
                                             "ratio=95%;90:;80:;0;100 sessions=120 minutes=100 "
                                             "bad-sessions=6;;@~:6;0";
}

void TestAlertCheck::metrics() {
    QFETCH(QString, metric);
    QFETCH(QString, warning);
    QFETCH(QString, critical);
    QFETCH(int, status);
    QFETCH(QString, line);
    CheckMetric which = CheckMetric::Ratio;
    QVERIFY(parseCheckMetric(metric, &which));
    QCOMPARE(checkMetricName(which), metric);
    CheckThresholds thresholds;
    CheckLimits &limits = thresholds.of(which);
    limits.warning = warning.isEmpty() ? std::nullopt : std::optional(range(qPrintable(warning)));
    limits.critical =
        critical.isEmpty() ? std::nullopt : std::optional(range(qPrintable(critical)));
    const CheckResult result = AlertCheck::evaluate({totals(120, 95), 6}, thresholds);
    QCOMPARE(int(result.status), status);
    QCOMPARE(result.line, line);
}

void TestAlertCheck::usageMetrics_data() {
    // The figure (days left, or the forecast), the ranges ("" keeps the default), the status
    // and the perfdata: the session figures are not part of these checks.
    QTest::addColumn<QString>("metric");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QString>("critical");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("perfdata");
    const QString l = QStringLiteral("licence-days");
    const QString f = QStringLiteral("forecast-minutes");
    QTest::newRow("licence ok by default") << l << qint64(45) << ""
                                           << "" << 0 << "licence-days=45;30:;7:";
    QTest::newRow("licence at 30 is ok") << l << qint64(30) << ""
                                         << "" << 0 << "licence-days=30;30:;7:";
    QTest::newRow("licence warning") << l << qint64(29) << ""
                                     << "" << 1 << "licence-days=29;30:;7:";
    QTest::newRow("licence critical") << l << qint64(6) << ""
                                      << "" << 2 << "licence-days=6;30:;7:";
    QTest::newRow("licence expired") << l << qint64(-3) << "14:"
                                     << "1:" << 2 << "licence-days=-3;14:;1:";
    QTest::newRow("forecast ok") << f << qint64(50000) << "~:60000"
                                 << "~:80000" << 0
                                 << "forecast-minutes=50000;~:60000;~:80000;0 month-minutes=300";
    QTest::newRow("forecast warning") << f << qint64(60001) << "~:60000"
                                      << "~:80000" << 1
                                      << "forecast-minutes=60001;~:60000;~:80000;0 "
                                         "month-minutes=300";
    QTest::newRow("forecast critical")
        << f << qint64(80001) << ""
        << "~:80000" << 2 << "forecast-minutes=80001;;~:80000;0 month-minutes=300";
    QTest::newRow("forecast without ranges") << f << qint64(123) << ""
                                             << "" << 0 << "forecast-minutes=123 month-minutes=300";
}

void TestAlertCheck::usageMetrics() {
    QFETCH(QString, metric);
    QFETCH(qint64, value);
    QFETCH(QString, warning);
    QFETCH(QString, critical);
    QFETCH(int, status);
    QFETCH(QString, perfdata);
    CheckMetric which = CheckMetric::Ratio;
    QVERIFY(parseCheckMetric(metric, &which));
    QCOMPARE(checkMetricName(which), metric);
    QVERIFY(!isSessionMetric(which));
    CheckThresholds thresholds;
    CheckLimits &limits = thresholds.of(which);
    if (!warning.isEmpty())
        limits.warning = range(qPrintable(warning));
    if (!critical.isEmpty())
        limits.critical = range(qPrintable(critical));
    CheckFigures figures{totals(0, 0), std::nullopt};
    figures.sessionFigures = false; // no sessions at all: no "fewer than 1" warning
    if (which == CheckMetric::LicenceDays) {
        figures.licence = CheckLicenceDays{QStringLiteral("car-7"), value};
    } else {
        UsageForecast forecast;
        forecast.forecast = value;
        forecast.low = value - 10;
        forecast.high = value + 10;
        forecast.monthToDate = 300;
        figures.forecast = forecast;
    }
    const CheckResult result = AlertCheck::evaluate(figures, thresholds);
    QCOMPARE(int(result.status), status);
    const QString statusWord = AlertCheck::statusName(CheckStatus(status));
    QVERIFY2(result.line.startsWith(QStringLiteral("TRRO %1 - ").arg(statusWord)),
             qPrintable(result.line));
    QVERIFY2(result.line.endsWith(QStringLiteral(" | ") + perfdata), qPrintable(result.line));
    QVERIFY(!result.line.contains(QLatin1String("ratio")));
    QVERIFY(!result.line.contains(QLatin1String("sessions")));
    if (which == CheckMetric::LicenceDays)
        QVERIFY2(result.line.contains(value < 0
                                          ? QStringLiteral("car-7 expired 3 day")
                                          : QStringLiteral("car-7 expires in %1 day").arg(value)),
                 qPrintable(result.line));
    else
        QVERIFY2(result.line.contains(QStringLiteral("month-end forecast %1 minutes (%2 to %3; "
                                                     "300 so far)")
                                          .arg(value)
                                          .arg(value - 10)
                                          .arg(value + 10)),
                 qPrintable(result.line));
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
    const CheckResult result = AlertCheck::evaluate({totals(10, 85), std::nullopt},
                                                    CheckThresholds{}, {ok, warning, critical});
    QCOMPARE(result.status, CheckStatus::Critical);
    QCOMPARE(result.line,
             QStringLiteral("TRRO CRITICAL - silent; not-bad ratio 85% below 90% (10 sessions); "
                            "two devices / bad next | ratio=85%;90:;80:;0;100 sessions=10 "
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
