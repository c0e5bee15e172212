// The service's clock is 10 minutes ahead of ours: the first requests are rejected with
// AuthFailure.SignatureExpire; the client reads the service's Date header, corrects its
// timestamps, says so once (clockSkewCorrected), the scheduler sends the rejected requests
// again, and the fleet fetch completes with the same rows as against a service with the
// right time.
#include "fleetfetch.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace trro;
using namespace trro::test;

class TestClockSkew final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void serviceClockTenMinutesAhead_data();
    void serviceClockTenMinutesAhead();
};

void TestClockSkew::serviceClockTenMinutesAhead_data() {
    QTest::addColumn<qint64>("offset");
    QTest::newRow("ahead") << qint64(600);
    QTest::newRow("behind") << qint64(-600);
}

void TestClockSkew::serviceClockTenMinutesAhead() {
    QFETCH(qint64, offset);
    const sim::ServiceOptions clean = standardFleet(100);
    sim::ServiceOptions skewed = clean;
    skewed.clockOffsetSec = offset;
    AgainstReference two(clean, skewed);
    QVERIFY(two.listen());
    const ClientStack &off = *two.stack;
    QSignalSpy corrected(off.client, &ApiClient::clockSkewCorrected);
    QVERIFY(two.fetchWeek());
    const FleetFetch &expected = *two.expected;
    const FleetFetch &got = *two.got;

    QVERIFY2(!got.result().listError.isError(), qPrintable(got.result().listError.userMessage()));
    QCOMPARE(got.result().devices.size(), 112);
    QCOMPARE(got.result().failed(), 0);
    QCOMPARE(got.result().rows(), expected.result().rows());
    // Told once, with the service's offset.
    QCOMPARE(corrected.count(), 1);
    QVERIFY(qAbs(corrected.at(0).at(0).toLongLong() - offset) <= 2);
    QVERIFY(qAbs(off.client->clockOffset() - offset) <= 2);
    // Only the requests sent before the correction were rejected.
    int expired = 0;
    for (const auto &r : two.service.requestLog())
        expired += r.errorCode == QLatin1String("AuthFailure.SignatureExpire") ? 1 : 0;
    QVERIFY(expired >= 1);
    QVERIFY(expired <= off.scheduler->options().maxInFlight);
    QCOMPARE(off.scheduler->stats().failed, 0);
}

QTEST_GUILESS_MAIN(TestClockSkew)
#include "tst_clockskew.moc"
