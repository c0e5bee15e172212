#include "servicefixture.h"
#include "trroapi.h"

#include <QDateTime>
#include <QTest>

using namespace trro;
using namespace trro::test;

class TestSessionTelemetryApi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void detailsOfALocalSession();
    void unknownSessionIsAnError();
};

void TestSessionTelemetryApi::detailsOfALocalSession() {
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    ServiceFixture f({}, {}, &clock);
    QObject context;
    const qint64 now = clock.wallSecs();
    Result<QList<DeviceSession>> sessions{ApiError{}};
    f.api->deviceSessions(sim::LocalService::demoProjectId(), {}, now - 86400, now, &context,
                          [&sessions](const Result<QList<DeviceSession>> &r) { sessions = r; });
    QVERIFY(f.runUntilIdle(clock));
    QVERIFY(sessions.ok());
    QVERIFY(!sessions.value().isEmpty());
    const DeviceSession session = sessions.value().first();

    Result<QList<SideTelemetry>> details{ApiError{}};
    f.api->sessionTelemetry(session.sessionId, 0, 0, &context,
                            [&details](const Result<QList<SideTelemetry>> &r) { details = r; });
    QVERIFY(f.runUntilIdle(clock));
    QVERIFY2(details.ok(), qPrintable(details.ok() ? QString() : details.error().userMessage()));
    const QList<SideTelemetry> &sides = details.value();
    QCOMPARE(sides.size(), 2);
    QCOMPARE(sides.at(0).deviceType, DeviceType::Field);
    QCOMPARE(sides.at(0).deviceId, session.fieldDeviceId);
    QCOMPARE(sides.at(1).deviceType, DeviceType::Remote);
    QCOMPARE(sides.at(1).deviceId, session.remoteDeviceId);
    for (const SideTelemetry &side : sides) {
        QCOMPARE(side.sessionId, session.sessionId);
        QVERIFY(!side.timeOffset.isEmpty());
        QVERIFY(side.anomalies.isEmpty());
    }
}

void TestSessionTelemetryApi::unknownSessionIsAnError() {
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    ServiceFixture f({}, {}, &clock);
    QObject context;
    Result<QList<SideTelemetry>> details{QList<SideTelemetry>{}};
    f.api->sessionTelemetry(QStringLiteral("no-such-session"), 0, 0, &context,
                            [&details](const Result<QList<SideTelemetry>> &r) { details = r; });
    QVERIFY(f.runUntilIdle(clock));
    QVERIFY(!details.ok());
    QVERIFY(details.error().isError());
}

QTEST_GUILESS_MAIN(TestSessionTelemetryApi)
#include "tst_sessiontelemetryapi.moc"
