// trro-stats breakdown: the per-device figures of the one interval that holds --at, compared
// field by field with one raw DescribeSessionStatisticsByInterval per device over the service's
// bucket; the agreement check's outcome and the fallback to one action under --verbose; the
// estimate alone with --estimate; usage errors.

#include "clifixture.h"
#include "fleet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <functional>

using namespace trro;
using namespace trro::test;

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;

const QString ByInterval = QStringLiteral("DescribeSessionStatisticsByInterval");
const QString Totals = QStringLiteral("DescribeSessionStatistics");

Interval intervalOf(const QString &name) {
    Interval interval = Interval::Day;
    parseInterval(name, &interval);
    return interval;
}

} // namespace

class TestTrroStatsBreakdown final : public CliTestCase {
    Q_OBJECT
private Q_SLOTS:
    void csvEqualsTheServicePerDevice_data();
    void csvEqualsTheServicePerDevice();
    void verboseReportsTheAgreementCheck();
    void disagreementFallsBackToByInterval();
    void estimateAlone();
    void jsonCarriesTheImpact();
    void usageErrors_data();
    void usageErrors();

private:
    QStringList breakdown(const QString &interval, const QString &at,
                          const QStringList &more = {}) const;
    // `--verbose --no-cache breakdown` of the hour holding at, as CSV.
    CliRun verboseHour(qint64 at);
    // The rows stats would write for the service's bucket holding at, from raw answers.
    QStringList expected(const QString &interval, qint64 at);
    int served(const QString &action) const;
    // A moment in the rank-th busiest hour (0: the busiest) of the day before rangeEnd.
    qint64 busyHour(int rank);
};

QStringList TestTrroStatsBreakdown::breakdown(const QString &interval, const QString &at,
                                              const QStringList &more) const {
    return QStringList{QStringLiteral("breakdown"),
                       QStringLiteral("-p"),
                       m_f.project,
                       QStringLiteral("--interval"),
                       interval,
                       QStringLiteral("--at"),
                       at} +
           more;
}

CliRun TestTrroStatsBreakdown::verboseHour(qint64 at) {
    return m_f.cli(QStringList{QStringLiteral("--verbose"), QStringLiteral("--no-cache")} +
                   breakdown(QStringLiteral("hour"), QString::number(at),
                             {QStringLiteral("-f"), QStringLiteral("csv")}));
}

QStringList TestTrroStatsBreakdown::expected(const QString &interval, qint64 at) {
    const qint64 start = sim::Fleet::bucketStart(intervalOf(interval), at);
    const qint64 end = sim::Fleet::bucketEnd(intervalOf(interval), start);
    return m_f.expectedRows(interval, m_f.fieldDevices + m_f.remoteDevices, start, end);
}

qint64 TestTrroStatsBreakdown::busyHour(int rank) {
    sim::Fleet &fleet = m_f.service()->fleet();
    const int project = fleet.catalog().projectIndex(m_f.project);
    QList<std::pair<qint64, qint64>> hours; // sessions, start
    for (qint64 start = m_f.rangeEnd - Day; start < m_f.rangeEnd; start += Hour) {
        const QList<IntervalBucket> b = fleet.intervalStatistics(
            project, -1, Interval::Hour, start, start + Hour, m_f.service()->serviceTime());
        hours.append({b.isEmpty() ? 0 : b.first().sessionNum, start});
    }
    std::sort(hours.begin(), hours.end(), std::greater<>());
    return hours.at(rank).second + 1234;
}

int TestTrroStatsBreakdown::served(const QString &action) const {
    int count = 0;
    for (const auto &record : m_f.service()->requestLog())
        count += record.action == action && record.errorCode.isEmpty() ? 1 : 0;
    return count;
}

void TestTrroStatsBreakdown::csvEqualsTheServicePerDevice_data() {
    QTest::addColumn<QString>("interval");
    QTest::addColumn<qint64>("offset"); // --at = rangeEnd - offset; hours: -rank of busyHour()
    QTest::addColumn<QString>("tz");
    QTest::addColumn<bool>("iso"); // --at as a wall time in the --tz zone instead of seconds
    QTest::newRow("hour, unix seconds")
        << QStringLiteral("hour") << qint64(0) << QStringLiteral("UTC") << false;
    QTest::newRow("hour, Shanghai wall time")
        << QStringLiteral("hour") << qint64(-1) << QStringLiteral("Asia/Shanghai") << true;
    // The service's days start at midnight UTC+8: the bucket is the service's, not UTC's.
    QTest::newRow("day, UTC") << QStringLiteral("day") << 2 * Day + 5 * Hour
                              << QStringLiteral("UTC") << false;
    QTest::newRow("day, Shanghai date")
        << QStringLiteral("day") << 3 * Day << QStringLiteral("Asia/Shanghai") << true;
    QTest::newRow("month") << QStringLiteral("month") << 45 * Day << QStringLiteral("UTC") << false;
}

void TestTrroStatsBreakdown::csvEqualsTheServicePerDevice() {
    QFETCH(QString, interval);
    QFETCH(qint64, offset);
    QFETCH(QString, tz);
    QFETCH(bool, iso);
    const qint64 at = offset <= 0 ? busyHour(int(-offset)) : m_f.rangeEnd - offset;
    QString atText = QString::number(at);
    if (iso) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(at, QTimeZone(tz.toLatin1()));
        atText =
            local.toString(interval == QLatin1String("hour") ? QStringLiteral("yyyy-MM-ddTHH:mm")
                                                             : QStringLiteral("yyyy-MM-dd"));
    }
    const CliRun run =
        m_f.cli(QStringList{QStringLiteral("--tz"), tz} +
                breakdown(interval, atText, {QStringLiteral("-f"), QStringLiteral("csv")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // The wall time names a moment in the same service bucket as at (hour and day buckets of
    // the service hold whole Shanghai hours and days).
    const QStringList want = expected(interval, at);
    const QStringList got = csvRows(run.out);
    QVERIFY2(want.size() > 3, qPrintable(QStringLiteral("only %1 rows").arg(want.size() - 1)));
    QCOMPARE(got.size(), want.size());
    QCOMPARE(got.first(), IntervalHeader);
    for (qsizetype i = 1; i < want.size(); ++i) {
        const QStringList g = got.at(i).split(QLatin1Char(','));
        const QStringList w = want.at(i).split(QLatin1Char(','));
        QCOMPARE(g.size(), w.size());
        for (qsizetype k = 0; k < w.size(); ++k)
            QCOMPARE(g.at(k), w.at(k));
    }
}

void TestTrroStatsBreakdown::verboseReportsTheAgreementCheck() {
    m_f.service()->clearRequestLog();
    const qint64 at = busyHour(2);
    const CliRun run = verboseHour(at);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("agree over the fleet; the device requests are spread over both"),
             run.err.constData());
    QVERIFY2(run.err.contains("0 exact figure") && run.err.contains("differed from their estimate"),
             run.err.constData());
    // Every device asked once, over both actions about equally (plus the fleet-wide requests:
    // the bucket lookup and the agreement check).
    const int devices = int(m_f.fieldDevices.size() + m_f.remoteDevices.size());
    const int totals = served(Totals);
    const int byInterval = served(ByInterval);
    QCOMPARE(totals + byInterval, devices + 3);
    QVERIFY2(totals >= devices / 2 && byInterval >= devices / 2,
             qPrintable(QStringLiteral("%1 / %2").arg(totals).arg(byInterval)));
    QCOMPARE(csvRows(run.out), expected(QStringLiteral("hour"), at));
}

void TestTrroStatsBreakdown::disagreementFallsBackToByInterval() {
    const sim::ServiceOptions before = m_f.service()->options();
    sim::ServiceOptions skewed = before;
    skewed.faults.totalsSessionSkew = 1;
    m_f.service()->setOptions(skewed);
    m_f.service()->clearRequestLog();
    const qint64 at = busyHour(3);
    const CliRun run = verboseHour(at);
    m_f.service()->setOptions(before);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("disagree over the fleet"), run.err.constData());
    QVERIFY2(run.err.contains("falling back to DescribeSessionStatisticsByInterval alone"),
             run.err.constData());
    QCOMPARE(served(Totals), 1); // the fleet-wide check only
    QCOMPARE(csvRows(run.out), expected(QStringLiteral("hour"), at));
}

void TestTrroStatsBreakdown::estimateAlone() {
    const qint64 at = busyHour(4);
    m_f.service()->clearRequestLog();
    const CliRun run =
        m_f.cli(breakdown(QStringLiteral("hour"), QString::number(at),
                          {QStringLiteral("--estimate"), QStringLiteral("--no-cache"),
                           QStringLiteral("-f"), QStringLiteral("csv")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("Estimated from the project's session list"), run.err.constData());
    // The local service counts the way the estimate does: the same rows, from a few requests.
    QCOMPARE(served(Totals), 0);
    QCOMPARE(served(ByInterval), 1); // where the service's bucket lies
    QVERIFY(m_f.service()->requestLog().size() < 6);
    QCOMPARE(csvRows(run.out), expected(QStringLiteral("hour"), at));
}

void TestTrroStatsBreakdown::jsonCarriesTheImpact() {
    const qint64 at = busyHour(5);
    const CliRun run = m_f.cli(breakdown(QStringLiteral("hour"), QString::number(at),
                                         {QStringLiteral("-f"), QStringLiteral("json")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
    const QStringList want = expected(QStringLiteral("hour"), at);
    QCOMPARE(rows.size(), want.size() - 1);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const QStringList w = want.at(i + 1).split(QLatin1Char(','));
        QCOMPARE(row.value(QLatin1String("DeviceId")).toString(), w.at(0));
        const qint64 n = row.value(QLatin1String("SessionNum")).toInteger();
        const qint64 ratio = row.value(QLatin1String("NotBadSessionRatio")).toInteger();
        QCOMPARE(row.value(QLatin1String("BadSessionNum")).toInteger(),
                 (n * (100 - ratio) + 50) / 100);
        QCOMPARE(row.value(QLatin1String("Partial")).toBool(), false);
    }
}

void TestTrroStatsBreakdown::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString p = m_f.project;
    QTest::newRow("no interval") << QStringList{QStringLiteral("breakdown"), QStringLiteral("-p"),
                                                p, QStringLiteral("--at"), QStringLiteral("-1h")}
                                 << QStringLiteral("--interval is required");
    QTest::newRow("bad interval") << breakdown(QStringLiteral("week"), QStringLiteral("-1h"))
                                  << QStringLiteral("--interval must be hour, day or month");
    QTest::newRow("no at") << QStringList{QStringLiteral("breakdown"), QStringLiteral("-p"), p,
                                          QStringLiteral("--interval"), QStringLiteral("hour")}
                           << QStringLiteral("--at is required");
    QTest::newRow("bad at") << breakdown(QStringLiteral("hour"), QStringLiteral("soon"))
                            << QStringLiteral("--at: \"soon\" is not a time");
    QTest::newRow("a range") << breakdown(QStringLiteral("hour"), QStringLiteral("-1h"),
                                          {QStringLiteral("--from"), QStringLiteral("-2h")})
                             << QStringLiteral("from");
    QTest::newRow("argument") << breakdown(QStringLiteral("day"), QStringLiteral("-1d"),
                                           {QStringLiteral("extra")})
                              << QStringLiteral("Unexpected argument \"extra\"");
}

void TestTrroStatsBreakdown::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    CliRun run;
    m_f.checkUsageError(arguments, message, &run);
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestTrroStatsBreakdown)
#include "tst_trrostatsbreakdown.moc"
