// The readers of the shared history store: after a collector run, `trro-stats --store` answers
// the range the store has settled without one statistics request and with the same CSV as the
// service; a range reaching past the settled part asks the service only for the rest; a store
// that is unreachable (wrong URL, server stopped) leaves the same CSV through the service, with
// a warning and exit status 0.

#include "clirun.h"
#include "collectorfixture.h"
#include "fleet.h"
#include "readercalls.h"
#include "storeplan.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace trro;
using namespace trro::test;

namespace {

const QString Stats = QStringLiteral("DescribeSessionStatisticsByInterval");

QString isoTime(qint64 t) {
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate);
}

// The StartTime of every statistics request in a --verbose trace.
QList<qint64> requestedStarts(const QByteArray &trace) {
    QList<qint64> out;
    static const QRegularExpression pattern(QStringLiteral("\"StartTime\":\\s*(\\d+)"));
    auto it = pattern.globalMatch(QString::fromUtf8(trace));
    while (it.hasNext())
        out << it.next().captured(1).toLongLong();
    return out;
}

} // namespace

class TestStoreReaders final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void settledRangeAsksNothing_data();
    void settledRangeAsksNothing();
    void rangePastTheStoreAsksOnlyForTheRest_data();
    void rangePastTheStoreAsksOnlyForTheRest();
    void unreachableStoreFallsBackToTheService();
    void stoppedServerFallsBackToTheService();

private:
    // trro-stats with the collector's key (the store's scope) and a cache folder of its own.
    CliRun stats(const QStringList &arguments, const QString &storeUrl);
    // A device with sessions in the stored range but none in the two hours before `mark`.
    QString quietBefore(qint64 mark);
    QStringList statsArguments(const QString &interval, qint64 from, qint64 to,
                               const QStringList &devices = {}) const;

    PgServer m_server;
    CollectorFixture m_fixture;
    QString m_url;
    qint64 m_since = 0;   // the collector's --since: an hour boundary
    qint64 m_settled = 0; // the collector's settle limit for hours
    QStringList m_devices;
    ReaderCalls m_readers;
};

void TestStoreReaders::initTestCase() {
    TRRO_START_PGSERVER(m_server);
    QVERIFY(m_fixture.start());
    m_url = m_server.createDatabase(QStringLiteral("readers"));
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_server.error()));
    const qint64 startedAt = m_fixture.service->serviceTime();
    m_since = storeBucketFloor(Interval::Hour, startedAt - 3 * 86400);
    CollectorProcess collector;
    collector.start(m_fixture.arguments(m_url, {QStringLiteral("--once"), QStringLiteral("--since"),
                                                isoTime(m_since)}),
                    m_fixture.environment());
    QCOMPARE(collector.finish(), 0);
    m_settled = storeBucketFloor(Interval::Hour, startedAt - 3 * 3600);
    const QStringList ids = m_fixture.deviceIds();
    QVERIFY(ids.size() > 3);
    m_devices = {ids.at(0), ids.at(ids.size() / 2), ids.last()};
}

QString TestStoreReaders::quietBefore(qint64 mark) {
    sim::Fleet &fleet = m_fixture.service->fleet();
    const int project = fleet.catalog().projectIndex(m_fixture.project);
    const qint64 now = m_fixture.service->serviceTime();
    for (const QString &id : m_fixture.deviceIds()) {
        const int device = fleet.catalog().deviceIndex(id);
        if (fleet.intervalStatistics(project, device, Interval::Hour, mark - 7200, mark, now)
                .isEmpty() &&
            !fleet.intervalStatistics(project, device, Interval::Hour, m_since, mark - 7200, now)
                 .isEmpty())
            return id;
    }
    return {};
}

CliRun TestStoreReaders::stats(const QStringList &arguments, const QString &storeUrl) {
    const CliCall call = m_readers.next(m_fixture);
    const QStringList store =
        storeUrl.isEmpty() ? QStringList() : QStringList{QStringLiteral("--store"), storeUrl};
    return runCli(store + arguments, call);
}

QStringList TestStoreReaders::statsArguments(const QString &interval, qint64 from, qint64 to,
                                             const QStringList &devices) const {
    QStringList arguments{QStringLiteral("stats"),
                          QStringLiteral("--project"),
                          m_fixture.project,
                          QStringLiteral("--interval"),
                          interval,
                          QStringLiteral("--from"),
                          QString::number(from),
                          QStringLiteral("--to"),
                          QString::number(to),
                          QStringLiteral("--format"),
                          QStringLiteral("csv")};
    for (const QString &device : devices)
        arguments << QStringLiteral("--device") << device;
    return arguments;
}

void TestStoreReaders::settledRangeAsksNothing_data() {
    QTest::addColumn<QString>("interval");
    QTest::addColumn<bool>("devices");
    QTest::newRow("fleet, hours") << QStringLiteral("hour") << false;
    QTest::newRow("devices, hours") << QStringLiteral("hour") << true;
    QTest::newRow("devices, days") << QStringLiteral("day") << true;
}

void TestStoreReaders::settledRangeAsksNothing() {
    QFETCH(QString, interval);
    QFETCH(bool, devices);
    const Interval unit = interval == QLatin1String("day") ? Interval::Day : Interval::Hour;
    // Whole buckets from the first the collector asked for to the last it settled.
    const qint64 from = storeBucketNext(unit, storeBucketFloor(unit, m_since));
    const qint64 to = storeBucketFloor(unit, m_settled);
    QVERIFY(to > from);
    const QStringList arguments =
        statsArguments(interval, from, to, devices ? m_devices : QStringList{});

    const CliRun direct = stats(arguments, QString());
    QVERIFY2(direct.finished && direct.exitCode == 0, direct.err.constData());
    QVERIFY(csvRows(direct.out).size() > 1);

    const qint64 before = m_fixture.collectorRequests(Stats);
    const CliRun reader = stats(arguments, m_url);
    QVERIFY2(reader.finished && reader.exitCode == 0, reader.err.constData());
    QCOMPARE(m_fixture.collectorRequests(Stats) - before, 0);
    QCOMPARE(csvRows(reader.out), csvRows(direct.out));
    QVERIFY2(!reader.err.contains("shared history store"), reader.err.constData());
}

void TestStoreReaders::rangePastTheStoreAsksOnlyForTheRest_data() {
    QTest::addColumn<bool>("quietDevice");
    QTest::newRow("fleet") << false;
    // Its last stored bucket ends before the mark: the store's edge is still a bucket edge.
    QTest::newRow("device without sessions before the mark") << true;
}

void TestStoreReaders::rangePastTheStoreAsksOnlyForTheRest() {
    QFETCH(bool, quietDevice);
    // An hour past the settled mark, still older than the service's own settle time.
    const qint64 from = storeBucketNext(Interval::Hour, m_since);
    const qint64 to = m_settled + 3600;
    QVERIFY(to <= m_fixture.service->serviceTime() - 2 * 3600);
    QStringList devices;
    if (quietDevice) {
        const QString quiet = quietBefore(m_settled);
        QVERIFY2(!quiet.isEmpty(), "every device had sessions in the two hours before the mark");
        devices << quiet;
    }
    const QStringList arguments = statsArguments(QStringLiteral("hour"), from, to, devices);

    const CliRun direct = stats(arguments, QString());
    QVERIFY2(direct.finished && direct.exitCode == 0, direct.err.constData());

    const qint64 before = m_fixture.collectorRequests(Stats);
    const CliRun reader = stats(QStringList{QStringLiteral("--verbose")} + arguments, m_url);
    QVERIFY2(reader.finished && reader.exitCode == 0, reader.err.constData());
    QCOMPARE(m_fixture.collectorRequests(Stats) - before, 1);
    const QList<qint64> starts = requestedStarts(reader.err);
    QVERIFY2(!starts.isEmpty(), reader.err.constData());
    for (qint64 start : starts)
        QVERIFY2(start >= m_settled, qPrintable(QString::number(start)));
    QCOMPARE(csvRows(reader.out), csvRows(direct.out));
}

void TestStoreReaders::unreachableStoreFallsBackToTheService() {
    const qint64 from = storeBucketNext(Interval::Hour, m_since);
    const QStringList arguments = statsArguments(QStringLiteral("hour"), from, from + 86400);
    const CliRun direct = stats(arguments, QString());
    QVERIFY2(direct.finished && direct.exitCode == 0, direct.err.constData());

    const qint64 before = m_fixture.collectorRequests(Stats);
    const CliRun reader = stats(arguments, m_server.url(QStringLiteral("no_such_store")));
    QVERIFY2(reader.finished && reader.exitCode == 0, reader.err.constData());
    QCOMPARE(m_fixture.collectorRequests(Stats) - before, 1);
    QCOMPARE(csvRows(reader.out), csvRows(direct.out));
    QVERIFY2(reader.err.contains("shared history store"), reader.err.constData());
    QVERIFY2(reader.err.contains("unreachable"), reader.err.constData());
}

void TestStoreReaders::stoppedServerFallsBackToTheService() {
    const qint64 from = storeBucketNext(Interval::Hour, m_since);
    const QStringList arguments =
        statsArguments(QStringLiteral("hour"), from, from + 86400, {m_devices.first()});
    const CliRun direct = stats(arguments, QString());
    QVERIFY2(direct.finished && direct.exitCode == 0, direct.err.constData());

    m_server.stop(); // the last test: the server does not come back
    const CliRun reader = stats(arguments, m_url);
    QVERIFY2(reader.finished && reader.exitCode == 0, reader.err.constData());
    QCOMPARE(csvRows(reader.out), csvRows(direct.out));
    QVERIFY2(reader.err.contains("shared history store"), reader.err.constData());
}

QTEST_GUILESS_MAIN(TestStoreReaders)
#include "tst_storereaders.moc"
