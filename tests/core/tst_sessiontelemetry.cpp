#include "sessiontelemetry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace trro;

class TestSessionTelemetry final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bothSidesFieldFirst();
    void numericStringsAndFloats();
    void mismatchedLengthKeepsWhatAligns();
    void wrongTypeIsDroppedAndReported();
    void deprecatedRenderSpelling();
    void detailsNotAListIsAnError();
    void missingDetailsIsEmpty();
};

static QJsonObject responseOf(const char *json) {
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

void TestSessionTelemetry::bothSidesFieldFirst() {
    const QJsonObject r = responseOf(R"({"Details": [
      {"DeviceType": "remote", "DeviceId": "driver_1", "StartTime": 1731399572,
       "EndTime": 1731399580, "TimeOffset": [0, 3, 5], "Fps": [30, 29, 28], "EncodeCost": [],
       "MultiNet": []},
      {"DeviceType": "field", "DeviceId": "car_1", "SessionId": "s-1", "Ver": "2.4",
       "SdkMode": "server2", "StartTime": 1731399569, "EndTime": 1731399627,
       "Width": 1280, "Height": 720, "ConfigWidth": 1920, "ConfigHeight": 1536, "MultiMode": 1,
       "TimeOffset": [0, 2], "Rate": [0, 267], "DecodeCost": [],
       "MultiNet": [{"NetId": 0, "NetIp": "192.168.11.2", "Rtt": [10, 12], "Lost": [0, 1],
                     "SendBps": [100, 200], "RecvBps": [5, 6]},
                    {"NetId": 1, "NetIp": "192.168.10.2", "Rtt": [], "Lost": [],
                     "SendBps": [], "RecvBps": []}]}]})");
    const auto parsed = parseSessionTelemetry(r);
    QVERIFY(parsed.ok());
    const QList<SideTelemetry> &sides = parsed.value();
    QCOMPARE(sides.size(), 2);
    const SideTelemetry &field = sides.at(0);
    QCOMPARE(field.deviceType, DeviceType::Field);
    QCOMPARE(field.deviceId, QStringLiteral("car_1"));
    QCOMPARE(field.sessionId, QStringLiteral("s-1"));
    QCOMPARE(field.ver, QStringLiteral("2.4"));
    QCOMPARE(field.sdkMode, QStringLiteral("server2"));
    QCOMPARE(field.startTime, 1731399569);
    QCOMPARE(field.endTime, 1731399627);
    QCOMPARE(field.width, 1280);
    QCOMPARE(field.configHeight, 1536);
    QCOMPARE(field.multiMode, 1);
    QCOMPARE(field.timeOffset, (QList<double>{0, 2}));
    QCOMPARE(field.metric(QStringLiteral("Rate")), (QList<double>{0, 267}));
    QVERIFY(field.metric(QStringLiteral("DecodeCost")).isEmpty());
    QVERIFY(field.metric(QStringLiteral("Fps")).isEmpty());
    QCOMPARE(field.metrics.size(), sessionMetricNames().size());
    QCOMPARE(field.multiNet.size(), 2);
    QCOMPARE(field.multiNet.at(0).netId, QStringLiteral("0"));
    QCOMPARE(field.multiNet.at(0).netIp, QStringLiteral("192.168.11.2"));
    QCOMPARE(field.multiNet.at(0).rtt, (QList<double>{10, 12}));
    QCOMPARE(field.multiNet.at(0).sendBps, (QList<double>{100, 200}));
    QVERIFY(field.multiNet.at(1).rtt.isEmpty());
    QVERIFY(field.anomalies.isEmpty());

    const SideTelemetry &remote = sides.at(1);
    QCOMPARE(remote.deviceType, DeviceType::Remote);
    QCOMPARE(remote.deviceId, QStringLiteral("driver_1"));
    QCOMPARE(remote.timeOffset, (QList<double>{0, 3, 5}));
    QCOMPARE(remote.metric(QStringLiteral("Fps")), (QList<double>{30, 29, 28}));
    QVERIFY(remote.multiNet.isEmpty());
    QVERIFY(remote.anomalies.isEmpty());
}

void TestSessionTelemetry::numericStringsAndFloats() {
    const auto parsed = parseSessionTelemetry(responseOf(R"({"Details": [
      {"DeviceType": "field", "StartTime": "1731399569", "Width": "1280",
       "TimeOffset": ["0", "2.5"], "CpuUsed": [12.25, "13.5"], "Lost": ["0.02", 0]}]})"));
    QVERIFY(parsed.ok());
    const SideTelemetry &side = parsed.value().at(0);
    QCOMPARE(side.startTime, 1731399569);
    QCOMPARE(side.width, 1280);
    QCOMPARE(side.timeOffset, (QList<double>{0, 2.5}));
    QCOMPARE(side.metric(QStringLiteral("CpuUsed")), (QList<double>{12.25, 13.5}));
    QCOMPARE(side.metric(QStringLiteral("Lost")), (QList<double>{0.02, 0}));
}

void TestSessionTelemetry::mismatchedLengthKeepsWhatAligns() {
    const auto parsed = parseSessionTelemetry(responseOf(R"({"Details": [
      {"DeviceType": "field", "TimeOffset": [0, 2, 4], "Rate": [1, 2, 3, 4, 5], "Fps": [20],
       "MultiNet": [{"NetId": 0, "Rtt": [1, 2]}]}]})"));
    QVERIFY(parsed.ok());
    const SideTelemetry &side = parsed.value().at(0);
    QCOMPARE(side.metric(QStringLiteral("Rate")), (QList<double>{1, 2, 3}));
    QCOMPARE(side.metric(QStringLiteral("Fps")), (QList<double>{20}));
    QCOMPARE(side.multiNet.at(0).rtt, (QList<double>{1, 2}));
    const QList<TelemetryAnomaly> expected{
        {TelemetryAnomaly::Kind::LengthMismatch, QStringLiteral("Rate"), 5, 3},
        {TelemetryAnomaly::Kind::LengthMismatch, QStringLiteral("Fps"), 1, 3},
        {TelemetryAnomaly::Kind::LengthMismatch, QStringLiteral("MultiNet[0].Rtt"), 2, 3}};
    QCOMPARE(side.anomalies, expected);
}

void TestSessionTelemetry::wrongTypeIsDroppedAndReported() {
    const auto parsed = parseSessionTelemetry(responseOf(R"({"Details": [
      {"DeviceType": "field", "DeviceId": ["x"], "Width": "wide", "TimeOffset": [0, 2],
       "Rate": [1, "fast"], "Fps": {"a": 1}, "Lost": [null, 1], "NACK": [1, 2]}]})"));
    QVERIFY(parsed.ok());
    const SideTelemetry &side = parsed.value().at(0);
    QVERIFY(side.deviceId.isEmpty());
    QCOMPARE(side.width, 0);
    QVERIFY(side.metric(QStringLiteral("Rate")).isEmpty());
    QVERIFY(side.metric(QStringLiteral("Fps")).isEmpty());
    QVERIFY(side.metric(QStringLiteral("Lost")).isEmpty());
    QCOMPARE(side.metric(QStringLiteral("NACK")), (QList<double>{1, 2}));
    QCOMPARE(side.anomalies.size(), 3);
    for (const TelemetryAnomaly &a : side.anomalies)
        QCOMPARE(a.kind, TelemetryAnomaly::Kind::NotNumeric);
}

void TestSessionTelemetry::deprecatedRenderSpelling() {
    const auto parsed = parseSessionTelemetry(responseOf(
        R"({"Details": [{"DeviceType": "remote", "TimeOffset": [0], "RenderConst": [7]}]})"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().at(0).metric(QStringLiteral("RenderCost")), (QList<double>{7}));
}

void TestSessionTelemetry::detailsNotAListIsAnError() {
    QVERIFY(!parseSessionTelemetry(responseOf(R"({"Details": {"a": 1}})")).ok());
    QVERIFY(!parseSessionTelemetry(responseOf(R"({"Details": [3]})")).ok());
}

void TestSessionTelemetry::missingDetailsIsEmpty() {
    const auto parsed = parseSessionTelemetry(responseOf(R"({"RequestId": "r"})"));
    QVERIFY(parsed.ok());
    QVERIFY(parsed.value().isEmpty());
}

QTEST_GUILESS_MAIN(TestSessionTelemetry)
#include "tst_sessiontelemetry.moc"
