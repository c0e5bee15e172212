// trro-stats check -w/-c RANGE and --metric against the local service: each range form of the
// Monitoring Plugins guidelines, '@' inverted, gives its state for every metric, with ranges
// set around the value the service's own figures give (DescribeSessionStatistics, the bad
// sessions of DescribeDeviceSessionList); the ratio aliases; malformed ranges and metrics are
// UNKNOWN with the reason; -t/--timeout against a service that never answers is UNKNOWN,
// "timed out after N s". Nothing but the line on stdout, and nothing from Qt on stderr.

#include "clifixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace trro;
using namespace trro::test;

namespace {

QString n(qint64 v) {
    return QString::number(v);
}

// A range in one of the guidelines' forms, placed around the value v: "{0}" is v, "{-1}" v - 1,
// "{+1}" v + 1, "{+2}" v + 2.
struct RangeForm {
    const char *pattern;
    bool alerts;

    QString make(qint64 v) const {
        QString text = QString::fromLatin1(pattern);
        text.replace(QLatin1String("{-1}"), n(v - 1));
        text.replace(QLatin1String("{0}"), n(v));
        text.replace(QLatin1String("{+1}"), n(v + 1));
        text.replace(QLatin1String("{+2}"), n(v + 2));
        return text;
    }
};

const RangeForm Forms[] = {
    {"{0}", false},       {"{-1}", true},        {"{0}:", false},      {"{+1}:", true},
    {"~:{0}", false},     {"~:{-1}", true},      {"{-1}:{+1}", false}, {"{+1}:{+2}", true},
    {"@{-1}:{+1}", true}, {"@{+1}:{+2}", false}, {"@{0}:", true},      {"@~:{-1}", false},
};

// What Qt says on stderr when something is misused (a warning of its own, not trro-stats').
bool hasQtNoise(const QByteArray &err) {
    for (const char *word : {"QIODevice", "QCommandLineParser", "QObject", "QTimer", "QNetwork",
                             "QSocketNotifier", "QThread"})
        if (err.contains(word))
            return true;
    return false;
}

} // namespace

class TestTrroStatsCheckRanges final : public CliTestCase {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void forms_data();
    void forms();
    void warningAndCritical();
    void aliases();
    void malformed_data();
    void malformed();
    void timeout_data();
    void timeout();

private:
    QStringList base() const;
    qint64 figure(const QString &metric) const;
    qint64 m_from = 0;
    qint64 m_ratio = 0;
    qint64 m_sessions = 0;
    qint64 m_minutes = 0;
    qint64 m_bad = 0;
};

void TestTrroStatsCheckRanges::initTestCase() {
    QVERIFY2(m_f.start(), StartFailure);
    m_from = m_f.rangeEnd - 86400;
    const QJsonObject totals = m_f.totals(m_from);
    m_ratio = totals.value(QLatin1String("NotBadSessionRatio")).toInteger(-1);
    m_sessions = totals.value(QLatin1String("SessionNum")).toInteger(-1);
    m_minutes = totals.value(QLatin1String("TotalDuration")).toInteger(-1);
    const QJsonArray sessions = m_f.raw().allPages(QStringLiteral("DescribeDeviceSessionList"),
                                                   {{QStringLiteral("ProjectId"), m_f.project},
                                                    {QStringLiteral("StartTime"), m_from},
                                                    {QStringLiteral("EndTime"), m_f.rangeEnd}},
                                                   QStringLiteral("DeviceSessionList"));
    for (const QJsonValue &session : sessions)
        m_bad +=
            session.toObject().value(QLatin1String("Quality")).toString() == QLatin1String("bad");
    // Every form puts a bound one below the value: each figure must be at least 1 (the ratio
    // below 100, so that the ratio's ranges can sit on both sides of it).
    QVERIFY2(m_ratio > 1 && m_ratio < 99, qPrintable(n(m_ratio)));
    QVERIFY(m_sessions > 1 && m_minutes > 1);
    QVERIFY2(m_bad > 1, qPrintable(n(m_bad)));
}

QStringList TestTrroStatsCheckRanges::base() const {
    return {QStringLiteral("--no-cache"), QStringLiteral("check"),
            QStringLiteral("--project"),  m_f.project,
            QStringLiteral("--from"),     n(m_from),
            QStringLiteral("--to"),       n(m_f.rangeEnd)};
}

qint64 TestTrroStatsCheckRanges::figure(const QString &metric) const {
    if (metric == QLatin1String("ratio"))
        return m_ratio;
    if (metric == QLatin1String("sessions"))
        return m_sessions;
    if (metric == QLatin1String("minutes"))
        return m_minutes;
    return m_bad;
}

void TestTrroStatsCheckRanges::forms_data() {
    QTest::addColumn<QString>("metric");
    QTest::addColumn<int>("form");
    QTest::addColumn<QString>("option"); // -w or -c
    for (const char *metric : {"ratio", "sessions", "minutes", "bad-sessions"}) {
        for (int form = 0; form < int(std::size(Forms)); ++form) {
            // Each form as -w; as -c too for the ratio, the default metric.
            for (const char *option : {"-w", "-c"}) {
                if (qstrcmp(option, "-c") == 0 && qstrcmp(metric, "ratio") != 0 && form > 1)
                    continue;
                QTest::addRow("%s %s %s", metric, option, Forms[form].pattern)
                    << QString::fromLatin1(metric) << form << QString::fromLatin1(option);
            }
        }
    }
}

void TestTrroStatsCheckRanges::forms() {
    QFETCH(QString, metric);
    QFETCH(int, form);
    QFETCH(QString, option);
    const qint64 value = figure(metric);
    const QString range = Forms[form].make(value);
    const bool critical = option == QLatin1String("-c");
    // The other ranges of the metric never alert: its default ratio thresholds are left at 0.
    QStringList arguments =
        base() + QStringList{QStringLiteral("--metric"),
                             metric,
                             option,
                             range,
                             critical ? QStringLiteral("-w") : QStringLiteral("-c"),
                             QStringLiteral("~:")};
    if (metric != QLatin1String("ratio"))
        arguments << QStringLiteral("--warning-ratio") << QStringLiteral("0")
                  << QStringLiteral("--critical-ratio") << QStringLiteral("0");
    const CliRun run = m_f.cli(arguments);
    QVERIFY2(run.finished, run.err.constData());
    const int expected = !Forms[form].alerts ? 0 : critical ? 2 : 1;
    QVERIFY2(run.exitCode == expected, run.out.constData());
    const QString state = expected == 0   ? QStringLiteral("OK")
                          : expected == 1 ? QStringLiteral("WARNING")
                                          : QStringLiteral("CRITICAL");
    QVERIFY2(run.out.startsWith(QStringLiteral("TRRO %1 - ").arg(state).toUtf8()),
             run.out.constData());
    QCOMPARE(run.out.count('\n'), 1);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    // The metric's performance data carry the ranges as given.
    const QString warning = critical ? QStringLiteral("~:") : range;
    const QString criticalRange = critical ? range : QStringLiteral("~:");
    const QString data = metric == QLatin1String("ratio")
                             ? QStringLiteral("ratio=%1%;%2;%3;0;100").arg(value)
                             : QStringLiteral("%1=%2;%3;%4;0").arg(metric).arg(value);
    const QString expectedData = data.arg(warning, criticalRange);
    QVERIFY2(QString::fromUtf8(run.out).contains(QLatin1Char(' ') + expectedData),
             qPrintable(QString::fromUtf8(run.out) + QLatin1String("expected: ") + expectedData));
}

void TestTrroStatsCheckRanges::warningAndCritical() {
    // Both alert: CRITICAL is the state, with the critical range's reason.
    const CliRun run = m_f.cli(
        base() + QStringList{QStringLiteral("--metric"), QStringLiteral("bad-sessions"),
                             QStringLiteral("-w"), n(m_bad - 1), QStringLiteral("-c"), n(m_bad - 1),
                             QStringLiteral("--warning-ratio"), QStringLiteral("0"),
                             QStringLiteral("--critical-ratio"), QStringLiteral("0")});
    QVERIFY2(run.exitCode == 2, run.out.constData());
    QVERIFY2(run.out.startsWith(QStringLiteral("TRRO CRITICAL - %1 bad sessions, above %2 | ")
                                    .arg(m_bad)
                                    .arg(m_bad - 1)
                                    .toUtf8()),
             run.out.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
}

void TestTrroStatsCheckRanges::aliases() {
    // --warning-ratio N and --critical-ratio N are -w N: and -c N: of the ratio.
    const QStringList alias{QStringLiteral("--warning-ratio"), n(m_ratio + 1),
                            QStringLiteral("--critical-ratio"), n(m_ratio)};
    const QStringList ranges{QStringLiteral("-w"), n(m_ratio + 1) + QLatin1Char(':'),
                             QStringLiteral("-c"), n(m_ratio) + QLatin1Char(':')};
    const CliRun byAlias = m_f.cli(base() + alias);
    const CliRun byRange = m_f.cli(base() + ranges);
    QVERIFY2(byAlias.exitCode == 1, byAlias.out.constData());
    QCOMPARE(byAlias.out, byRange.out);
    QVERIFY2(byAlias.out.contains(QStringLiteral("below %1%").arg(m_ratio + 1).toUtf8()),
             byAlias.out.constData());
    QVERIFY2(byAlias.out.contains(
                 QStringLiteral("ratio=%1%;%2:;%1:;0;100").arg(m_ratio).arg(m_ratio + 1).toUtf8()),
             byAlias.out.constData());
    // Given with -w or -c of the ratio, they are refused.
    const CliRun both =
        m_f.cli(base() + QStringList{QStringLiteral("--warning-ratio"), QStringLiteral("90"),
                                     QStringLiteral("-c"), QStringLiteral("80:")});
    QCOMPARE(both.exitCode, 3);
    QVERIFY2(both.out.startsWith("TRRO UNKNOWN - --warning-ratio and --critical-ratio are"),
             both.out.constData());
}

void TestTrroStatsCheckRanges::malformed_data() {
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("reason");
    QTest::newRow("start above end")
        << QStringList{QStringLiteral("-w"), QStringLiteral("10:5")}
        << "-w/--warning: \"10:5\" is not a range (the start 10 is above the end 5)";
    QTest::newRow("word") << QStringList{QStringLiteral("-w"), QStringLiteral("abc")}
                          << "-w/--warning: \"abc\" is not a range (\"abc\" is not a number)";
    QTest::newRow("at alone") << QStringList{QStringLiteral("-w"), QStringLiteral("@")}
                              << "-w/--warning: \"@\" is not a range (no bounds)";
    QTest::newRow("critical, two colons")
        << QStringList{QStringLiteral("--critical"), QStringLiteral("1:2:3")}
        << "-c/--critical: \"1:2:3\" is not a range (more than one ':')";
    QTest::newRow("twice") << QStringList{QStringLiteral("-w"), QStringLiteral("1"),
                                          QStringLiteral("-w"), QStringLiteral("2")}
                           << "-w/--warning: give one range.";
    QTest::newRow("unknown metric")
        << QStringList{QStringLiteral("--metric"), QStringLiteral("speed")}
        << "--metric must be ratio, sessions, minutes, bad-sessions, licence-days or "
           "forecast-minutes, not \"speed\".";
    QTest::newRow("no timeout") << QStringList{QStringLiteral("-t"), QStringLiteral("0")}
                                << "--timeout expects a number of seconds";
    QTest::newRow("hostile") << QStringList{QStringLiteral("-w"), QStringLiteral("1|\x1b[2J")}
                             << "is not a number";
}

void TestTrroStatsCheckRanges::malformed() {
    QFETCH(QStringList, extra);
    QFETCH(QString, reason);
    const CliRun run = m_f.cli(base() + extra);
    QVERIFY2(run.finished, run.err.constData());
    QVERIFY2(run.exitCode == 3, run.out.constData());
    QVERIFY2(run.out.startsWith("TRRO UNKNOWN - "), run.out.constData());
    QVERIFY2(run.out.contains(reason.toUtf8()), run.out.constData());
    QCOMPARE(run.out.count('\n'), 1);
    QVERIFY(!run.out.contains('|') && !run.out.contains('\x1b'));
    QVERIFY2(run.err.contains(reason.toUtf8()), run.err.constData()); // said on stderr too
    QVERIFY2(!hasQtNoise(run.err), run.err.constData());
}

void TestTrroStatsCheckRanges::timeout_data() {
    QTest::addColumn<QStringList>("before"); // global options before the command
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QString>("seconds");
    QTest::newRow("-t") << QStringList{} << QStringList{QStringLiteral("-t"), QStringLiteral("0.5")}
                        << "0.5";
    QTest::newRow("--timeout 0.001")
        << QStringList{} << QStringList{QStringLiteral("--timeout"), QStringLiteral("0.001")}
        << "0.001";
    QTest::newRow("--timeout before check")
        << QStringList{QStringLiteral("--timeout"), QStringLiteral("1")} << QStringList{} << "1";
    QTest::newRow("with the session list")
        << QStringList{}
        << QStringList{QStringLiteral("--metric"), QStringLiteral("bad-sessions"),
                       QStringLiteral("-t"), QStringLiteral("0.25")}
        << "0.25";
}

void TestTrroStatsCheckRanges::timeout() {
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QString, seconds);
    // A service that takes every request and answers none within the test.
    sim::ServiceOptions options = faultyService(QStringLiteral("slow"), 1.0);
    options.faults.slowMs = 600000;
    sim::LocalService silent(options);
    QVERIFY(silent.listen());
    const CliRun run = runCli(before + base() + after, keyedCall(CliKey, silent.url().toString()));
    QVERIFY2(run.finished, run.err.constData());
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.out,
             QStringLiteral("TRRO UNKNOWN - timed out after %1 s\n").arg(seconds).toUtf8());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
}

QTEST_GUILESS_MAIN(TestTrroStatsCheckRanges)
#include "tst_trrostatscheckranges.moc"
