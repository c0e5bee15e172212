#include "parse.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace trro;

class TestParse final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void publishedExample();
    void integersAsStrings();
    void envelope_data();
    void envelope();
    void hostileBuckets_data();
    void hostileBuckets();
    void missingListIsEmpty();
    void devicesAndTimes();
    void projectsAndSessions();
    void readInteger_data();
    void readInteger();
};

// A row of hostileBuckets(): a list of one bucket whose key holds json, and the field the error
// must name.
static void bucketRow(const char *name, const char *key, const char *json) {
    const QByteArray body =
        QByteArray(R"({"Response":{"SessionStatistics":[{")") + key + "\":" + json + "}]}}";
    const QString field = QStringLiteral("SessionStatistics[0].") + QLatin1String(key);
    QTest::newRow(name) << body << field;
}

static QJsonObject responseOf(const QByteArray &body) {
    const Result<QJsonObject> r = parseEnvelope(body);
    if (!r.ok())
        qFatal("not an envelope");
    return r.value();
}

void TestParse::publishedExample() {
    QFile file(QStringLiteral(TRRO_TEST_FIXTURES "/interval-statistics-example.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<QJsonObject> envelope = parseEnvelope(file.readAll());
    QVERIFY(envelope.ok());
    const Result<IntervalSeries> series = parseIntervalStatistics(envelope.value());
    QVERIFY(series.ok());
    const QList<IntervalBucket> &b = series.value().buckets;
    QCOMPARE(b.size(), 4); // nothing merged or dropped, the inverted and duplicated ones kept
    QCOMPARE(series.value().requestId, QStringLiteral("abcdefg-774e-4756-9f5b-8faa55ae1e5b"));
    QCOMPARE(b.at(0).startTime, 1661151600);
    QCOMPARE(b.at(0).endTime, 1661152600);
    QCOMPARE(b.at(0).totalDuration, 20);
    QCOMPARE(b.at(0).notBadSessionRatio, 50);
    QCOMPARE(b.at(1).startTime, 1661162400);
    QCOMPARE(b.at(1).endTime, 1661152600); // inverted, as published
    QCOMPARE(b.at(2).sessionNum, 4);
    QCOMPARE(b.at(2).totalDuration, 604);
    QCOMPARE(b.at(2).activeRemoteDeviceNum, 1);
    QCOMPARE(b.at(3).startTime, b.at(2).startTime); // duplicated start
    QCOMPARE(b.at(3).notBadSessionRatio, 30);
}

void TestParse::integersAsStrings() {
    const QJsonObject r = responseOf(R"({"Response":{"SessionStatistics":[{"StartTime":"1700000000",
        "EndTime":"1700003599","SessionNum":"12","TotalDuration":"340","NotBadSessionRatio":"75",
        "ActiveFieldDeviceNum":"3","ActiveRemoteDeviceNum":2}],"RequestId":"r"}})");
    const Result<IntervalSeries> s = parseIntervalStatistics(r);
    QVERIFY(s.ok());
    QCOMPARE(s.value().buckets.size(), 1);
    const IntervalBucket b = s.value().buckets.first();
    QCOMPARE(b.startTime, 1700000000);
    QCOMPARE(b.sessionNum, 12);
    QCOMPARE(b.totalDuration, 340);
    QCOMPARE(b.notBadSessionRatio, 75);
    QCOMPARE(b.activeFieldDeviceNum, 3);
    QCOMPARE(b.activeRemoteDeviceNum, 2);
}

void TestParse::envelope_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("requestId");
    const auto api = int(ApiError::Kind::Api);
    const auto bad = int(ApiError::Kind::Malformed);
    const auto http = int(ApiError::Kind::Http);
    QTest::newRow("error envelope")
        << QByteArray(
               R"({"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"expired"},"RequestId":"rid-1"}})")
        << 200 << api << QStringLiteral("AuthFailure.SignatureExpire") << QStringLiteral("rid-1");
    QTest::newRow("error without code")
        << QByteArray(R"({"Response":{"Error":{},"RequestId":"rid-2"}})") << 200 << api
        << QStringLiteral("UnknownError") << QStringLiteral("rid-2");
    QTest::newRow("not json") << QByteArray("<html>oops") << 200 << bad
                              << QStringLiteral("MalformedResponse") << QString();
    QTest::newRow("truncated") << QByteArray(R"({"Response":{"SessionStatistics":[{"Sta)") << 200
                               << bad << QStringLiteral("MalformedResponse") << QString();
    QTest::newRow("array at top") << QByteArray("[1,2]") << 200 << bad
                                  << QStringLiteral("MalformedResponse") << QString();
    QTest::newRow("no Response") << QByteArray(R"({"response":{}})") << 200 << bad
                                 << QStringLiteral("MalformedResponse") << QString();
    QTest::newRow("Response not object") << QByteArray(R"({"Response":"x"})") << 200 << bad
                                         << QStringLiteral("MalformedResponse") << QString();
    QTest::newRow("html 502") << QByteArray("<html>Bad gateway</html>") << 502 << http
                              << QStringLiteral("HttpError") << QString();
    QTest::newRow("empty 503") << QByteArray() << 503 << http << QStringLiteral("HttpError")
                               << QString();
}

void TestParse::envelope() {
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, requestId);
    const Result<QJsonObject> r = parseEnvelope(body, status);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind), kind);
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().requestId, requestId);
    QVERIFY(!r.error().userMessage().isEmpty());
}

void TestParse::hostileBuckets_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field"); // the error names this field
    QTest::newRow("list is an object")
        << QByteArray(R"({"Response":{"SessionStatistics":{"a":1}}})")
        << QStringLiteral("SessionStatistics");
    QTest::newRow("element is a number") << QByteArray(R"({"Response":{"SessionStatistics":[1]}})")
                                         << QStringLiteral("SessionStatistics[0]");
    bucketRow("fractional count", "SessionNum", "1.5");
    QTest::newRow("word for a number")
        << QByteArray(
               R"({"Response":{"SessionStatistics":[{"StartTime":0},{"TotalDuration":"many"}]}})")
        << QStringLiteral("SessionStatistics[1].TotalDuration");
    bucketRow("boolean ratio", "NotBadSessionRatio", "true");
    bucketRow("huge number", "EndTime", "1e300");
    bucketRow("negative duration", "TotalDuration", "-5");
    bucketRow("int64 max sessions", "SessionNum", R"("9223372036854775807")");
    bucketRow("ratio -40", "NotBadSessionRatio", "-40");
    bucketRow("ratio 250", "NotBadSessionRatio", "250");
    bucketRow("start before 2000", "StartTime", "86400");
    bucketRow("end after 2100", "EndTime", R"("9223372036854775807")");
    bucketRow("negative active devices", "ActiveRemoteDeviceNum", "-1");
    bucketRow("ratio beyond int", "NotBadSessionRatio", R"("99999999999")");
}

void TestParse::hostileBuckets() {
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const Result<IntervalSeries> s = parseIntervalStatistics(responseOf(body));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ApiError::Kind::Malformed);
    QVERIFY2(s.error().message.contains(QLatin1Char('"') + field + QLatin1Char('"')),
             qPrintable(s.error().message));
}

void TestParse::missingListIsEmpty() {
    const QJsonObject r = responseOf(R"({"Response":{"RequestId":"x"}})");
    QVERIFY(parseIntervalStatistics(r).ok());
    QVERIFY(parseIntervalStatistics(r).value().buckets.isEmpty());
    Page page{-1, -1};
    const Result<QList<Device>> devices = parseDevices(r, &page);
    QVERIFY(devices.ok());
    QVERIFY(devices.value().isEmpty());
    QCOMPARE(page.total, 0);
    const QJsonObject nulls = responseOf(R"({"Response":{"Devices":null,"Total":null}})");
    QVERIFY(parseDevices(nulls).ok());
}

void TestParse::devicesAndTimes() {
    const QJsonObject r = responseOf(R"({"Response":{"Total":"3","Num":1,"Devices":[{
        "DeviceName":"Excavator 7","ProjectId":"p","LastReportTime":"2022-03-22T08:00:00+08:00",
        "DeviceStatus":"offline","DeviceType":"field","DeviceId":"dev1",
        "ModifyTime":"2022-03-21T08:00:00+08:00"}]}})");
    Page page;
    const Result<QList<Device>> d = parseDevices(r, &page);
    QVERIFY(d.ok());
    QCOMPARE(page.total, 3);
    QCOMPARE(page.num, 1);
    QCOMPARE(d.value().size(), 1);
    const Device dev = d.value().first();
    QCOMPARE(dev.deviceId, QStringLiteral("dev1"));
    QCOMPARE(dev.deviceType, DeviceType::Field);
    QCOMPARE(dev.lastReportTime.toSecsSinceEpoch(), 1647907200); // 2022-03-22T00:00:00Z
    QCOMPARE(dev.modifyTime.offsetFromUtc(), 8 * 3600);

    const QJsonObject wrong = responseOf(R"({"Response":{"Devices":[{"DeviceId":{"x":1}}]}})");
    const Result<QList<Device>> bad = parseDevices(wrong);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QLatin1String("Devices[0].DeviceId")));
}

void TestParse::projectsAndSessions() {
    const QJsonObject p = responseOf(R"({"Response":{"Num":2,"Total":2,"Projects":[
        {"ProjectName":"a","ProjectId":"p1","ProjectDescription":"d","PolicyMode":"black"},
        {"ProjectName":"b","ProjectId":"p2"}]}})");
    const Result<QList<Project>> projects = parseProjects(p);
    QVERIFY(projects.ok());
    QCOMPARE(projects.value().size(), 2);
    QCOMPARE(projects.value().at(1).projectId, QStringLiteral("p2"));

    const QJsonObject s = responseOf(R"({"Response":{"DeviceSessionList":[{"EndTime":1650000060,
        "FieldDeviceId":"dev2","Quality":"good","RemoteDeviceId":"dev3","Resolution":"1920*1080",
        "SessionId":"s-0","StartTime":"1650000000"}],"Total":1,"Num":1}})");
    const Result<QList<DeviceSession>> sessions = parseDeviceSessions(s);
    QVERIFY(sessions.ok());
    QCOMPARE(sessions.value().first().startTime, 1650000000);
    QCOMPARE(sessions.value().first().remoteDeviceId, QStringLiteral("dev3"));
    QCOMPARE(sessions.value().first().quality, QStringLiteral("good"));
}

void TestParse::readInteger_data() {
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("number") << QJsonValue(42) << true << qint64(42);
    QTest::newRow("negative") << QJsonValue(-3) << true << qint64(-3);
    QTest::newRow("string") << QJsonValue(QStringLiteral(" 1700000000 ")) << true
                            << qint64(1700000000);
    QTest::newRow("float string") << QJsonValue(QStringLiteral("1.5")) << false << qint64(0);
    QTest::newRow("fraction") << QJsonValue(0.5) << false << qint64(0);
    QTest::newRow("bool") << QJsonValue(true) << false << qint64(0);
    QTest::newRow("array") << QJsonValue(QJsonArray{1}) << false << qint64(0);
    QTest::newRow("empty string") << QJsonValue(QString()) << false << qint64(0);
}

void TestParse::readInteger() {
    QFETCH(QJsonValue, value);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    qint64 out = 0;
    QCOMPARE(trro::readInteger(value, &out), ok);
    if (ok)
        QCOMPARE(out, expected);
}

QTEST_GUILESS_MAIN(TestParse)
#include "tst_parse.moc"
