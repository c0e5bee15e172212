// A 250-vehicle fleet (262 devices with the cockpits), every device's day series for a week,
// through TrroApi and the RequestScheduler at the service's limit, while 10 % of the answers
// fail (HTTP 5xx, InternalError, malformed JSON, slow answers, dropped connections,
// RequestLimitExceeded): every row must equal the fault-free fetch, fetched at the same time
// from a second service without faults.
#include "fleetfetch.h"

#include <QElapsedTimer>
#include <QStandardPaths>

using namespace trro;
using namespace trro::test;

class TestFaults final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void tenPercentFailuresChangeNoRow_data();
    void tenPercentFailuresChangeNoRow();
};

void TestFaults::tenPercentFailuresChangeNoRow_data() {
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 7") << quint64(7);
}

void TestFaults::tenPercentFailuresChangeNoRow() {
    QFETCH(quint64, seed);
    const sim::ServiceOptions clean = standardFleet(250);
    sim::ServiceOptions faulty = clean;
    faulty.faults.failureRate = 0.10;
    faulty.faults.slowMs = 1200; // below the client's timeout: a slow answer is still an answer
    faulty.faults.seed = seed;
    AgainstReference two(clean, faulty);
    QVERIFY(two.listen());
    const ClientStack &bad = *two.stack;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(two.fetchWeek());
    const qint64 elapsed = timer.elapsed();
    const FleetFetch &expected = *two.expected;
    const FleetFetch &got = *two.got;

    QVERIFY(!expected.result().listError.isError());
    QVERIFY2(!got.result().listError.isError(), qPrintable(got.result().listError.userMessage()));
    QCOMPARE(got.result().devices.size(), 262);
    QCOMPARE(got.result().devices, expected.result().devices);
    QCOMPARE(expected.result().failed(), 0);
    for (auto it = got.result().series.cbegin(); it != got.result().series.cend(); ++it) {
        if (!it->ok())
            QFAIL(qPrintable(it.key() + QLatin1String(": ") + it->error().userMessage()));
    }
    QCOMPARE(got.result().rows(), expected.result().rows());

    // The faults really happened, and were absorbed by retries.
    QHash<QString, int> faults;
    for (const auto &r : two.service.requestLog()) {
        if (!r.fault.isEmpty())
            ++faults[r.fault];
    }
    const RequestScheduler::Stats stats = bad.scheduler->stats();
    qInfo("%lld requests, %lld retried, %lld rate-limited answers, %lld ms; faults: 5xx %d, "
          "internal %d, malformed %d, slow %d, drop %d, ratelimit %d",
          stats.sent, stats.retried, stats.rateLimited, elapsed,
          faults.value(QStringLiteral("5xx")), faults.value(QStringLiteral("internal")),
          faults.value(QStringLiteral("malformed")), faults.value(QStringLiteral("slow")),
          faults.value(QStringLiteral("drop")), faults.value(QStringLiteral("ratelimit")));
    for (const char *kind : {"5xx", "internal", "malformed", "slow", "drop", "ratelimit"})
        QVERIFY2(faults.value(QLatin1String(kind)) > 0, kind);
    QVERIFY(stats.retried >= 20);
    QCOMPARE(stats.failed, 0);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
