// trro-stats why against the local service with a known cause (a cockpit degraded over the
// span): the fixed columns of csv and json, the cockpit first and significant, the sentence of
// the table; the statistics agree with the session list over a degraded span; the cost of the
// session details on stderr before they are read; usage errors.

#include "clifixture.h"
#include "fleet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace trro;
using namespace trro::test;

namespace {

constexpr qint64 Hour = 3600;
const QString Cockpit = QStringLiteral("roc_nb_03");
const QStringList Keys{QStringLiteral("Dimension"),
                       QStringLiteral("Value"),
                       QStringLiteral("Sessions"),
                       QStringLiteral("BadSessions"),
                       QStringLiteral("BaselineSessions"),
                       QStringLiteral("BaselineBadSessions"),
                       QStringLiteral("BadShare"),
                       QStringLiteral("BaselineBadShare"),
                       QStringLiteral("ContributionPoints"),
                       QStringLiteral("RatioWithout"),
                       QStringLiteral("PValue"),
                       QStringLiteral("ShareOfBad"),
                       QStringLiteral("Test"),
                       QStringLiteral("AdjustedPValue"),
                       QStringLiteral("Significant"),
                       QStringLiteral("Score")};

} // namespace

class TestTrroStatsWhy final : public CliTestCase {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void csvHasTheFixedKeys();
    void jsonHasTheFixedKeys();
    void tableSaysWhy();
    void statisticsAgreeWithTheList();
    void detailsCostComesFirst();
    void usageErrors_data();
    void usageErrors();

private:
    QStringList why(const QStringList &more) const;

    qint64 m_from = 0;
    qint64 m_to = 0;
};

void TestTrroStatsWhy::initTestCase() {
    QVERIFY2(m_f.start(), StartFailure);
    // Twelve working hours before the tests' range end, against the twelve before them.
    m_to = m_f.rangeEnd;
    m_from = m_to - 12 * Hour;
    sim::ServiceOptions options = m_f.service()->options();
    sim::Degradation d;
    d.kind = sim::Degradation::Kind::Remote;
    d.value = Cockpit;
    d.from = m_from;
    d.to = m_to;
    options.fleet.degradations = {d};
    m_f.service()->setOptions(options);
}

QStringList TestTrroStatsWhy::why(const QStringList &more) const {
    // The fleet of 20 vehicles has a few sessions an hour: the week before as the baseline.
    return QStringList{QStringLiteral("why"),
                       QStringLiteral("-p"),
                       m_f.project,
                       QStringLiteral("--from"),
                       QString::number(m_from),
                       QStringLiteral("--to"),
                       QString::number(m_to),
                       QStringLiteral("--baseline-from"),
                       QString::number(m_from - 6 * 24 * Hour),
                       QStringLiteral("--baseline-to"),
                       QString::number(m_from)} +
           more;
}

void TestTrroStatsWhy::csvHasTheFixedKeys() {
    const CliRun run = m_f.cli(why({QStringLiteral("-f"), QStringLiteral("csv")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QStringList> rows = parseCsv(run.out);
    QVERIFY(rows.size() >= 2);
    QCOMPARE(rows.first(), Keys);
    QCOMPARE(rows.size(), 11); // the header and --top's 10
    QCOMPARE(rows.at(1).at(0), QStringLiteral("remote"));
    QCOMPARE(rows.at(1).at(1), Cockpit);
    QCOMPARE(rows.at(1).at(2), rows.at(1).at(3)); // all its sessions were bad
    QCOMPARE(rows.at(1).at(14), QStringLiteral("1"));
}

void TestTrroStatsWhy::jsonHasTheFixedKeys() {
    const CliRun run =
        m_f.cli(why({QStringLiteral("-f"), QStringLiteral("json"), QStringLiteral("--top"),
                     QStringLiteral("0"), QStringLiteral("--by"), QStringLiteral("remote,hour")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
    QVERIFY(rows.size() > 5);
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row.keys().size(), Keys.size());
        for (const QString &key : Keys)
            QVERIFY2(row.contains(key), qPrintable(key));
        const QString dimension = row.value(QLatin1String("Dimension")).toString();
        QVERIFY(dimension == QLatin1String("remote") || dimension == QLatin1String("hour"));
        QVERIFY(row.value(QLatin1String("Sessions")).isDouble());
    }
    const QJsonObject top = rows.first().toObject();
    QCOMPARE(top.value(QLatin1String("Value")).toString(), Cockpit);
    QCOMPARE(top.value(QLatin1String("Significant")).toBool(), true);
    QVERIFY(top.value(QLatin1String("PValue")).toDouble() < 0.01);
    QVERIFY(top.value(QLatin1String("ContributionPoints")).toDouble() > 0);
}

void TestTrroStatsWhy::tableSaysWhy() {
    const CliRun run = m_f.cli(why({QStringLiteral("-f"), QStringLiteral("table")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(QLatin1String("Not-bad ratio ")), run.out.constData());
    QVERIFY2(out.contains(QStringLiteral("Cockpit %1 (Remote cockpit NB-03): ").arg(Cockpit)) ||
                 out.contains(QStringLiteral("Cockpit %1: ").arg(Cockpit)),
             run.out.constData());
    QVERIFY2(out.contains(QLatin1String("of the span's bad sessions")), run.out.constData());
}

void TestTrroStatsWhy::statisticsAgreeWithTheList() {
    // The degraded sessions are bad in the list, in the totals and in the buckets alike.
    const QJsonObject range{{QStringLiteral("ProjectId"), m_f.project},
                            {QStringLiteral("StartTime"), m_from},
                            {QStringLiteral("EndTime"), m_to}};
    const QJsonArray list = m_f.raw().allPages(QStringLiteral("DescribeDeviceSessionList"), range,
                                               QStringLiteral("DeviceSessionList"));
    qint64 bad = 0, degraded = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject s = v.toObject();
        const bool isBad = s.value(QLatin1String("Quality")).toString() == QLatin1String("bad");
        bad += isBad ? 1 : 0;
        if (s.value(QLatin1String("RemoteDeviceId")).toString() == Cockpit) {
            ++degraded;
            QVERIFY(isBad);
        }
    }
    QVERIFY(degraded > 3);
    const QJsonObject totals = m_f.raw().call(QStringLiteral("DescribeSessionStatistics"), range);
    const qint64 n = list.size();
    QCOMPARE(totals.value(QLatin1String("SessionNum")).toInteger(), n);
    QCOMPARE(totals.value(QLatin1String("NotBadSessionRatio")).toInteger(),
             (200 * (n - bad) + n) / (2 * n));
    QJsonObject hourly = range;
    hourly.insert(QStringLiteral("StatisticInterval"), QStringLiteral("hour"));
    const QJsonArray buckets =
        m_f.raw()
            .call(QStringLiteral("DescribeSessionStatisticsByInterval"), hourly)
            .value(QLatin1String("SessionStatistics"))
            .toArray();
    qint64 sum = 0;
    for (const QJsonValue &b : buckets)
        sum += b.toObject().value(QLatin1String("SessionNum")).toInteger();
    QCOMPARE(sum, n);
}

void TestTrroStatsWhy::detailsCostComesFirst() {
    m_f.service()->clearRequestLog();
    const CliRun run = m_f.cli(why({QStringLiteral("-f"), QStringLiteral("csv"),
                                    QStringLiteral("--by"), QStringLiteral("remote,stage,network"),
                                    QStringLiteral("--max-details"), QStringLiteral("12")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("Reading the details of 12 sessions: 12 "
                              "DescribeDeviceSessionDetails requests"),
             run.err.constData());
    qint64 details = 0;
    for (const auto &record : m_f.service()->requestLog())
        details += record.action == QLatin1String("DescribeDeviceSessionDetails") ? 1 : 0;
    QCOMPARE(details, 12);
    QVERIFY(run.out.contains("\nstage,"));
}

void TestTrroStatsWhy::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString p = m_f.project;
    QTest::newRow("no from") << QStringList{QStringLiteral("why"), QStringLiteral("-p"), p}
                             << QStringLiteral("--from is required");
    QTest::newRow("unknown dimension")
        << why({QStringLiteral("--by"), QStringLiteral("remote,sdkk")})
        << QStringLiteral("--by: unknown dimension \"sdkk\"; the dimensions are field, remote, "
                          "resolution, hour, model, network, sdk, stage. Did you mean \"sdk\"?");
    QTest::newRow("no dimension") << why({QStringLiteral("--by"), QStringLiteral(",")})
                                  << QStringLiteral("--by needs at least one dimension");
    QTest::newRow("top") << why({QStringLiteral("--top"), QStringLiteral("-1")})
                         << QStringLiteral("--top must be a whole number from 0 to 1000");
    QTest::newRow("alpha") << why({QStringLiteral("--alpha"), QStringLiteral("1.5")})
                           << QStringLiteral("--alpha must be a number between 0 and 1");
    QTest::newRow("baseline half")
        << QStringList{QStringLiteral("why"),
                       QStringLiteral("-p"),
                       p,
                       QStringLiteral("--from"),
                       QStringLiteral("-2d"),
                       QStringLiteral("--baseline-from"),
                       QStringLiteral("-3d")}
        << QStringLiteral("--baseline-from and --baseline-to go together");
    QTest::newRow("long span") << QStringList{QStringLiteral("why"), QStringLiteral("-p"), p,
                                              QStringLiteral("--from"), QStringLiteral("-40d")}
                               << QStringLiteral("at most 31 days");
    QTest::newRow("bad time") << QStringList{QStringLiteral("why"), QStringLiteral("-p"), p,
                                             QStringLiteral("--from"), QStringLiteral("soon")}
                              << QStringLiteral("--from: \"soon\" is not a time");
}

void TestTrroStatsWhy::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    m_f.checkUsageError(arguments, message);
}

QTEST_GUILESS_MAIN(TestTrroStatsWhy)
#include "tst_trrostatswhy.moc"
