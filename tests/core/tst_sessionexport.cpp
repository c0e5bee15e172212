// A response shaped like the API reference's example for DescribeDeviceSessionDetails (the
// stream starting with zeros, -1 for "no value", empty arrays for what does not apply to a
// side, two network cards on the vehicle, no ControlLatency key): parsed, diagnosed and
// exported as the samples table and as JSON.

#include "sessionexport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace trro;
using namespace Qt::StringLiterals;

class TestSessionExport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exampleParses();
    void exampleDiagnosis();
    void jsonIsWhatWasSent();
    void deprecatedSpellingIsKept();
    void samplesTable();
    void samplesSortedByTime();

private:
    QJsonObject m_response;
    QList<SideTelemetry> m_sides;
};

namespace {

bool sameJson(const QJsonValue &a, const QJsonValue &e, QString *where) {
    if (e.isDouble())
        return a.isDouble() && a.toDouble() == e.toDouble();
    if (e.isArray()) {
        const QJsonArray x = a.toArray(), y = e.toArray();
        if (!a.isArray() || x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < y.size(); ++i) {
            if (!sameJson(x.at(i), y.at(i), where)) {
                where->prepend(u"[%1]"_s.arg(i));
                return false;
            }
        }
        return true;
    }
    if (e.isObject()) {
        const QJsonObject x = a.toObject(), y = e.toObject();
        if (!a.isObject() || x.keys() != y.keys()) {
            *where = u" keys %1"_s.arg(x.keys().join(u','));
            return false;
        }
        for (auto it = y.begin(); it != y.end(); ++it) {
            if (!sameJson(x.value(it.key()), it.value(), where)) {
                where->prepend(u'.' + it.key());
                return false;
            }
        }
        return true;
    }
    return a == e;
}

const MetricSummary *summaryOf(const SessionDiagnosis &d, DeviceType side, const QString &metric) {
    for (const MetricSummary &s : d.summaries) {
        if (s.side == side && s.metric == metric)
            return &s;
    }
    return nullptr;
}

} // namespace

void TestSessionExport::initTestCase() {
    QFile file(QStringLiteral(TRRO_TEST_FIXTURES "/session-details-example.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_response = QJsonDocument::fromJson(file.readAll()).object().value(u"Response"_s).toObject();
    const auto parsed = parseSessionTelemetry(m_response);
    QVERIFY(parsed.ok());
    m_sides = parsed.value();
}

void TestSessionExport::exampleParses() {
    QCOMPARE(m_sides.size(), 2);
    const SideTelemetry &field = m_sides.at(0);
    QCOMPARE(field.deviceType, DeviceType::Field);
    QCOMPARE(field.deviceId, u"truck_0107"_s);
    QCOMPARE(field.projectId, u"q8w2demo5k1m7x3z"_s);
    QCOMPARE(field.sessionId, u"7d3f0a52-91c4-4b7e-a0d2-3c5e8f61b2a9-0"_s);
    QCOMPARE(field.ver, u"2.4"_s);
    QCOMPARE(field.sdkMode, u"server2"_s);
    QCOMPARE(field.startTime, 1764572410);
    QCOMPARE(field.endTime, 1764572424);
    QCOMPARE(field.width, 1280);
    QCOMPARE(field.height, 720);
    QCOMPARE(field.configWidth, 1920);
    QCOMPARE(field.configHeight, 1080);
    QCOMPARE(field.multiMode, 1);
    QCOMPARE(field.timeOffset.size(), 8);
    QCOMPARE(field.metric(u"Lost"_s).at(5), 1.25);
    QCOMPARE(field.metric(u"CpuUsed"_s).at(4), 43.15);
    QCOMPARE(field.metric(u"NetworkLatency"_s).first(), -1.0);
    for (const char *empty : {"VideoLatency", "DecodeCost", "RenderCost", "K100", "K150",
                              "Lag100Duration", "Lag150Duration", "ControlLatency"})
        QVERIFY2(field.metric(QLatin1String(empty)).isEmpty(), empty);
    QVERIFY(field.sentKeys.contains(u"VideoLatency"_s));
    QVERIFY(!field.sentKeys.contains(u"ControlLatency"_s)); // not in the answer at all
    QCOMPARE(field.multiNet.size(), 2);
    QCOMPARE(field.multiNet.at(1).netId, u"1"_s);
    QCOMPARE(field.multiNet.at(1).netIp, u"172.20.9.2"_s);
    QCOMPARE(field.multiNet.at(1).rtt.at(5), 415.0);
    QCOMPARE(field.multiNet.at(0).recvBps.size(), 8);
    QVERIFY(field.anomalies.isEmpty());

    const SideTelemetry &remote = m_sides.at(1);
    QCOMPARE(remote.deviceType, DeviceType::Remote);
    QCOMPARE(remote.startTime, 1764572413); // its own clock
    QCOMPARE(remote.timeOffset.size(), 10);
    QCOMPARE(remote.metric(u"K150"_s).first(), 0.31);
    QCOMPARE(remote.configWidth, 0);
    QCOMPARE(remote.multiMode, 0);
    QVERIFY(remote.multiNet.isEmpty());
    QVERIFY(remote.metric(u"EncodeCost"_s).isEmpty());
    QVERIFY(remote.anomalies.isEmpty());
}

void TestSessionExport::exampleDiagnosis() {
    const SessionDiagnosis d = diagnoseSession(m_sides);
    // The two samples before the stream started and the -1 are left out.
    const MetricSummary *latency = summaryOf(d, DeviceType::Field, u"NetworkLatency"_s);
    QVERIFY(latency);
    QCOMPARE(latency->samples, 6);
    QCOMPARE(latency->max, 301.0);
    QCOMPARE(latency->secondsOver, 2.0);
    QCOMPARE(summaryOf(d, DeviceType::Field, u"Fps"_s)->secondsOver, 2.0);  // 17 fps once
    QCOMPARE(summaryOf(d, DeviceType::Remote, u"Fps"_s)->secondsOver, 2.0); // 16 fps once
    QCOMPARE(summaryOf(d, DeviceType::Remote, u"MaxFrameDelta"_s)->secondsOver, 4.0);
    QCOMPARE(d.degradedNetId, u"1"_s);
    QCOMPARE(d.dominantStage, u"network"_s);
    // The vehicle sent less than configured; the cockpit has no configured resolution.
    int resolutionFindings = 0;
    for (const DiagnosisFinding &f : d.findings) {
        if (f.metric == u"Resolution"_s) {
            ++resolutionFindings;
            QCOMPARE(f.side, DeviceType::Field);
        }
    }
    QCOMPARE(resolutionFindings, 1);
    // The worst moment: the vehicle's latency spike at offset 10, on the shared time axis.
    QVERIFY(d.worstFrom <= 1764572420 && d.worstTo > 1764572420);
}

void TestSessionExport::jsonIsWhatWasSent() {
    const QJsonArray out = SessionExport::detailsJson(m_sides);
    QString where;
    QVERIFY2(sameJson(out, m_response.value(u"Details"_s), &where), qPrintable(where));
}

void TestSessionExport::deprecatedSpellingIsKept() {
    const auto parsed = parseSessionTelemetry(QJsonDocument::fromJson(R"({"Details": [
        {"DeviceType": "remote", "StartTime": 100, "TimeOffset": [0, 2],
         "RenderConst": [1, "2"]}]})")
                                                  .object());
    QVERIFY(parsed.ok());
    const QJsonObject o = SessionExport::detailsJson(parsed.value()).first().toObject();
    QCOMPARE(o.keys(),
             (QStringList{u"DeviceType"_s, u"RenderConst"_s, u"StartTime"_s, u"TimeOffset"_s}));
    QCOMPARE(o.value(u"RenderConst"_s).toArray(), (QJsonArray{1, 2}));
}

void TestSessionExport::samplesTable() {
    const ExportTable table = SessionExport::samplesTable(m_sides);
    const QByteArray csv = toCsv(table);
    QCOMPARE(csv.left(csv.indexOf('\n')),
             QByteArray("DeviceType,DeviceId,Time,Rate,BitRateEstimate,TotalBitrateEstimate,Fps,"
                        "FrameDelta,MaxFrameDelta,Lost,NACK,NetworkLatency,VideoLatency,"
                        "ControlLatency,CaptureCost,EncodeCost,DecodeCost,RenderCost,K100,K150,"
                        "Lag100Duration,Lag150Duration,CpuUsed,MemUsed"));
    QCOMPARE(table.rows.size(), 18);
    const auto cell = [&](qsizetype row, const char *key) {
        const qsizetype column = SessionExport::sampleKeys().indexOf(QLatin1String(key));
        return table.rows.at(row).at(column).toString();
    };
    QCOMPARE(cell(0, "DeviceType"), u"field"_s);
    QCOMPARE(cell(0, "Time"), u"1764572410"_s);
    QCOMPARE(cell(0, "NetworkLatency"), u"-1"_s);
    QCOMPARE(cell(5, "Lost"), u"1.25"_s);
    QCOMPARE(cell(5, "Time"), u"1764572420"_s);
    QCOMPARE(cell(5, "VideoLatency"), QString()); // empty on the vehicle
    QCOMPARE(cell(5, "ControlLatency"), QString());
    QCOMPARE(cell(7, "CpuUsed"), u"43.15"_s);
    QCOMPARE(cell(8, "DeviceType"), u"remote"_s);
    QCOMPARE(cell(8, "DeviceId"), u"cockpit_03"_s);
    QCOMPARE(cell(8, "Time"), u"1764572413"_s);
    QCOMPARE(cell(17, "Time"), u"1764572431"_s);
    QCOMPARE(cell(9, "K150"), u"0.31"_s);
    QCOMPARE(cell(9, "EncodeCost"), QString());
}

void TestSessionExport::samplesSortedByTime() {
    // Offsets out of order, the cockpit listed first: rows come field first, then by Time.
    SideTelemetry remote;
    remote.deviceType = DeviceType::Remote;
    remote.startTime = 1000;
    remote.timeOffset = {0};
    remote.metrics = QList<QList<double>>(sessionMetricNames().size());
    SideTelemetry field = remote;
    field.deviceType = DeviceType::Field;
    field.startTime = 1005;
    field.timeOffset = {4, 0, 2};
    field.metrics[sessionMetricNames().indexOf(u"Rate"_s)] = {40, 0, 20};
    const ExportTable table = SessionExport::samplesTable({remote, field});
    QCOMPARE(table.rows.size(), 4);
    const qsizetype rate = SessionExport::sampleKeys().indexOf(u"Rate"_s);
    QCOMPARE(table.rows.at(0).at(2).toLongLong(), 1005);
    QCOMPARE(table.rows.at(0).at(rate).toString(), u"0"_s);
    QCOMPARE(table.rows.at(2).at(2).toLongLong(), 1009);
    QCOMPARE(table.rows.at(2).at(rate).toString(), u"40"_s);
    QCOMPARE(table.rows.at(3).at(0).toString(), u"remote"_s);
}

QTEST_GUILESS_MAIN(TestSessionExport)
#include "tst_sessionexport.moc"
