#include "sessiondiagnosis.h"

#include <QTest>
#include <algorithm>

using namespace trro;

class TestSessionDiagnosis final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void percentilesOfOneMetric();
    void secondsOverIsWeightedBySpacing();
    void fpsCountsBelowItsFloor();
    void cleanSessionSaysSo();
    void worstStretchCoversTheDegradedSamples();
    void sidesShareOneTimeAxis();
    void findingPointsAtTheLongestRun();
    void findingsComeWorstFirst();
    void thresholdsAreConfigurable_data();
    void thresholdsAreConfigurable();
    void dominantStage_data();
    void dominantStage();
    void degradedNetworkCard();
    void resolutionBelowConfigured();
    void noSamples();
    void shortArraysDoNotCrash();
    void noValueAndWarmUpAreLeftOut();
    void serverTextIsMadeSafe();
    void stutterOnTheCockpit();
};

namespace {

constexpr qint64 Start = 1731399560;

QList<double> evenOffsets(int count, double step) {
    QList<double> out;
    for (int i = 0; i < count; ++i)
        out.append(i * step);
    return out;
}

QList<double> filled(int count, double value) {
    return QList<double>(count, value);
}

SideTelemetry makeSide(DeviceType type, qint64 start, const QList<double> &offsets) {
    SideTelemetry s;
    s.deviceType = type;
    s.deviceId = type == DeviceType::Field ? QStringLiteral("car_1") : QStringLiteral("driver_1");
    s.startTime = start;
    s.endTime = start + (offsets.isEmpty() ? 0 : qint64(offsets.last()));
    s.timeOffset = offsets;
    s.metrics = QList<QList<double>>(sessionMetricNames().size());
    return s;
}

void setMetric(SideTelemetry *side, const char *name, const QList<double> &values) {
    const qsizetype i = sessionMetricNames().indexOf(QLatin1String(name));
    QVERIFY(i >= 0);
    side->metrics[i] = values;
}

const MetricSummary *summaryOf(const SessionDiagnosis &d, DeviceType side, const QString &metric) {
    for (const MetricSummary &s : d.summaries) {
        if (s.side == side && s.metric == metric)
            return &s;
    }
    return nullptr;
}

const DiagnosisFinding *findingOf(const SessionDiagnosis &d, DeviceType side,
                                  const QString &metric) {
    for (const DiagnosisFinding &f : d.findings) {
        if (f.side == side && f.metric == metric)
            return &f;
    }
    return nullptr;
}

// 100 samples at 2 s; samples [from, to) degraded: latency 400 ms, loss 8 %, fps 8.
SideTelemetry degradedField(int from, int to) {
    SideTelemetry s = makeSide(DeviceType::Field, Start, evenOffsets(100, 2));
    QList<double> latency = filled(100, 60), loss = filled(100, 0.2), fps = filled(100, 30);
    for (int i = from; i < to; ++i) {
        latency[i] = 400;
        loss[i] = 8;
        fps[i] = 8;
    }
    setMetric(&s, "NetworkLatency", latency);
    setMetric(&s, "Lost", loss);
    setMetric(&s, "Fps", fps);
    return s;
}

// side sending 1280x720 while configured for 1920x1080.
SideTelemetry at720pOf1080p(SideTelemetry side) {
    side.width = 1280;
    side.height = 720;
    side.configWidth = 1920;
    side.configHeight = 1080;
    return side;
}

} // namespace

void TestSessionDiagnosis::percentilesOfOneMetric() {
    SideTelemetry s = makeSide(DeviceType::Field, Start, evenOffsets(101, 2));
    QList<double> rate;
    for (int i = 0; i < 101; ++i)
        rate.append(101 - i); // descending: the summary must sort
    setMetric(&s, "Rate", rate);
    const SessionDiagnosis d = diagnoseSession({s});
    const MetricSummary *m = summaryOf(d, DeviceType::Field, QStringLiteral("Rate"));
    QVERIFY(m);
    QCOMPARE(m->samples, 101);
    QCOMPARE(m->p50, 51.0);
    QCOMPARE(m->p95, 96.0);
    QCOMPARE(m->max, 101.0);
    QVERIFY(qIsNaN(m->threshold));
    QCOMPARE(m->secondsOver, 0.0);
    // Metrics that were not sent have no summary.
    QVERIFY(!summaryOf(d, DeviceType::Field, QStringLiteral("Fps")));
}

void TestSessionDiagnosis::secondsOverIsWeightedBySpacing() {
    // Gaps 2, 2, 6, 2, 100 (typical 2, capped at 5 x 2 = 10), the last sample weighs 2.
    SideTelemetry s = makeSide(DeviceType::Field, Start, {0, 2, 4, 10, 12, 112});
    setMetric(&s, "NetworkLatency", {100, 100, 200, 100, 300, 200});
    const SessionDiagnosis d = diagnoseSession({s});
    const MetricSummary *m = summaryOf(d, DeviceType::Field, QStringLiteral("NetworkLatency"));
    QVERIFY(m);
    QCOMPARE(m->threshold, 150.0);
    QCOMPARE(m->secondsOver, 6.0 + 10.0 + 2.0);
}

void TestSessionDiagnosis::fpsCountsBelowItsFloor() {
    SideTelemetry s = makeSide(DeviceType::Field, Start, evenOffsets(10, 2));
    setMetric(&s, "Fps", {30, 30, 10, 12, 30, 30, 30, 30, 19, 25});
    const SessionDiagnosis d = diagnoseSession({s});
    const MetricSummary *m = summaryOf(d, DeviceType::Field, QStringLiteral("Fps"));
    QVERIFY(m);
    QCOMPARE(m->threshold, 20.0);
    QCOMPARE(m->secondsOver, 6.0);
    const DiagnosisFinding *f = findingOf(d, DeviceType::Field, QStringLiteral("Fps"));
    QVERIFY(f);
    QVERIFY2(f->text.contains(QStringLiteral("below")), qPrintable(f->text));
    QCOMPARE(f->from, Start + 4);
    QCOMPARE(f->to, Start + 8);
}

void TestSessionDiagnosis::cleanSessionSaysSo() {
    SideTelemetry s = degradedField(0, 0);
    const SessionDiagnosis d = diagnoseSession({s});
    QCOMPARE(d.worstFrom, 0);
    QCOMPARE(d.worstTo, 0);
    QVERIFY(d.degradedNetId.isEmpty());
    QVERIFY(!d.findings.isEmpty());
    const DiagnosisFinding &summary = d.findings.first();
    QCOMPARE(summary.severity, DiagnosisFinding::Severity::Info);
    QVERIFY(summary.metric.isEmpty());
    QVERIFY2(summary.text.contains(QStringLiteral("clean")), qPrintable(summary.text));
    QCOMPARE(summary.from, Start);
    for (const DiagnosisFinding &f : d.findings)
        QCOMPARE(f.severity, DiagnosisFinding::Severity::Info);
}

void TestSessionDiagnosis::worstStretchCoversTheDegradedSamples() {
    const SessionDiagnosis d = diagnoseSession({degradedField(40, 60)});
    QCOMPARE(d.worstFrom, Start + 80);
    QCOMPARE(d.worstTo, Start + 120);
    const DiagnosisFinding &summary = d.findings.first();
    QVERIFY(summary.metric.isEmpty());
    QCOMPARE(summary.from, d.worstFrom);
    QCOMPARE(summary.to, d.worstTo);
    QCOMPARE(summary.severity, DiagnosisFinding::Severity::Critical);
    QVERIFY2(summary.text.contains(QStringLiteral("1:20")) &&
                 summary.text.contains(QStringLiteral("2:00")),
             qPrintable(summary.text));
    QVERIFY2(summary.text.contains(QStringLiteral("400 ms")), qPrintable(summary.text));
}

void TestSessionDiagnosis::sidesShareOneTimeAxis() {
    // The cockpit starts 7 s after the vehicle; its bad samples are at its offsets 20..38,
    // that is 27..45 s after the vehicle's start.
    SideTelemetry field = degradedField(0, 0);
    SideTelemetry remote = makeSide(DeviceType::Remote, Start + 7, evenOffsets(50, 2));
    QList<double> gaps = filled(50, 40);
    for (int i = 10; i < 20; ++i)
        gaps[i] = 600;
    setMetric(&remote, "MaxFrameDelta", gaps);
    const SessionDiagnosis d = diagnoseSession({field, remote});
    QCOMPARE(d.worstFrom, Start + 27);
    QCOMPARE(d.worstTo, Start + 47);
    const DiagnosisFinding *f = findingOf(d, DeviceType::Remote, QStringLiteral("MaxFrameDelta"));
    QVERIFY(f);
    QCOMPARE(f->from, Start + 27);
    QCOMPARE(f->to, Start + 47);
    QVERIFY2(f->text.contains(QStringLiteral("cockpit")), qPrintable(f->text));
}

void TestSessionDiagnosis::findingPointsAtTheLongestRun() {
    SideTelemetry s = makeSide(DeviceType::Field, Start, evenOffsets(30, 2));
    QList<double> cpu = filled(30, 40);
    cpu[3] = 95;                  // a short run
    for (int i = 10; i < 15; ++i) // the longest run
        cpu[i] = 97;
    setMetric(&s, "CpuUsed", cpu);
    const SessionDiagnosis d = diagnoseSession({s});
    const DiagnosisFinding *f = findingOf(d, DeviceType::Field, QStringLiteral("CpuUsed"));
    QVERIFY(f);
    QCOMPARE(f->from, Start + 20);
    QCOMPARE(f->to, Start + 30);
    QCOMPARE(summaryOf(d, DeviceType::Field, QStringLiteral("CpuUsed"))->secondsOver, 12.0);
}

void TestSessionDiagnosis::findingsComeWorstFirst() {
    const SideTelemetry s = at720pOf1080p(degradedField(40, 60));
    const SessionDiagnosis d = diagnoseSession({s});
    QVERIFY(d.findings.size() >= 5);
    for (qsizetype i = 1; i < d.findings.size(); ++i)
        QVERIFY(d.findings.at(i - 1).severity >= d.findings.at(i).severity);
    for (const DiagnosisFinding &f : d.findings)
        QVERIFY2(!f.text.isEmpty() && f.text.endsWith(u'.'), qPrintable(f.text));
}

void TestSessionDiagnosis::thresholdsAreConfigurable_data() {
    QTest::addColumn<double>("latency");
    QTest::addColumn<bool>("found");
    QTest::newRow("default") << 150.0 << true;
    QTest::newRow("above the samples") << 500.0 << false;
}

void TestSessionDiagnosis::thresholdsAreConfigurable() {
    QFETCH(double, latency);
    QFETCH(bool, found);
    DiagnosisThresholds t;
    t.networkLatencyMs = latency;
    const SessionDiagnosis d = diagnoseSession({degradedField(40, 60)}, t);
    const MetricSummary *m = summaryOf(d, DeviceType::Field, QStringLiteral("NetworkLatency"));
    QVERIFY(m);
    QCOMPARE(m->threshold, latency);
    QCOMPARE(m->secondsOver, found ? 40.0 : 0.0);
    QCOMPARE(findingOf(d, DeviceType::Field, QStringLiteral("NetworkLatency")) != nullptr, found);
}

void TestSessionDiagnosis::dominantStage_data() {
    QTest::addColumn<double>("encode");
    QTest::addColumn<double>("network");
    QTest::addColumn<double>("decode");
    QTest::addColumn<QString>("stage");
    QTest::newRow("network") << 20.0 << 200.0 << 5.0 << QStringLiteral("network");
    QTest::newRow("encode") << 300.0 << 60.0 << 5.0 << QStringLiteral("encode");
    QTest::newRow("decode") << 3.0 << 40.0 << 90.0 << QStringLiteral("decode");
}

void TestSessionDiagnosis::dominantStage() {
    QFETCH(double, encode);
    QFETCH(double, network);
    QFETCH(double, decode);
    QFETCH(QString, stage);
    SideTelemetry field = makeSide(DeviceType::Field, Start, evenOffsets(10, 2));
    setMetric(&field, "EncodeCost", filled(10, encode));
    setMetric(&field, "CaptureCost", filled(10, 2));
    setMetric(&field, "NetworkLatency", filled(10, network));
    SideTelemetry remote = makeSide(DeviceType::Remote, Start + 1, evenOffsets(10, 2));
    setMetric(&remote, "DecodeCost", filled(10, decode));
    setMetric(&remote, "RenderCost", filled(10, 1));
    const SessionDiagnosis d = diagnoseSession({field, remote});
    QCOMPARE(d.dominantStage, stage);
    const auto it = std::find_if(d.findings.cbegin(), d.findings.cend(),
                                 [&stage](const DiagnosisFinding &f) { return f.metric == stage; });
    QVERIFY(it != d.findings.cend());
}

void TestSessionDiagnosis::degradedNetworkCard() {
    SideTelemetry s = makeSide(DeviceType::Field, Start, evenOffsets(20, 2));
    s.multiNet = {NetCardSamples{QStringLiteral("0"), QStringLiteral("10.0.0.1"), filled(20, 30),
                                 filled(20, 0), filled(20, 900), filled(20, 40)},
                  NetCardSamples{QStringLiteral("1"), QStringLiteral("10.0.1.1"), filled(20, 30),
                                 filled(20, 0), filled(20, 900), filled(20, 40)}};
    for (int i = 5; i < 12; ++i) {
        s.multiNet[1].rtt[i] = 800;
        s.multiNet[1].lost[i] = 20;
    }
    const SessionDiagnosis d = diagnoseSession({s});
    QCOMPARE(d.degradedNetId, QStringLiteral("1"));
    const MetricSummary *rtt = summaryOf(d, DeviceType::Field, QStringLiteral("MultiNet[1].Rtt"));
    QVERIFY(rtt);
    QCOMPARE(rtt->secondsOver, 14.0);
    QCOMPARE(rtt->max, 800.0);
    QVERIFY(summaryOf(d, DeviceType::Field, QStringLiteral("MultiNet[0].SendBps")));
    QCOMPARE(summaryOf(d, DeviceType::Field, QStringLiteral("MultiNet[0].Rtt"))->secondsOver, 0.0);
    const DiagnosisFinding *f = findingOf(d, DeviceType::Field, QStringLiteral("MultiNet[1]"));
    QVERIFY(f);
    QVERIFY2(f->text.contains(QStringLiteral("10.0.1.1")), qPrintable(f->text));
    QCOMPARE(f->from, Start + 10);
    QCOMPARE(f->to, Start + 24);
    QVERIFY(!findingOf(d, DeviceType::Field, QStringLiteral("MultiNet[0]")));
}

void TestSessionDiagnosis::resolutionBelowConfigured() {
    const SideTelemetry low = at720pOf1080p(degradedField(0, 0));
    SideTelemetry full = low;
    full.deviceType = DeviceType::Remote;
    full.width = 1920;
    full.height = 1080;
    const SessionDiagnosis d = diagnoseSession({low, full});
    const DiagnosisFinding *f = findingOf(d, DeviceType::Field, QStringLiteral("Resolution"));
    QVERIFY(f);
    QCOMPARE(f->severity, DiagnosisFinding::Severity::Warning);
    QVERIFY2(f->text.contains(QStringLiteral("1280")) && f->text.contains(QStringLiteral("1920")),
             qPrintable(f->text));
    QVERIFY(!findingOf(d, DeviceType::Remote, QStringLiteral("Resolution")));
}

void TestSessionDiagnosis::noSamples() {
    const SessionDiagnosis none = diagnoseSession({});
    QVERIFY(none.summaries.isEmpty());
    QCOMPARE(none.findings.size(), 1);
    QVERIFY(!none.findings.first().text.isEmpty());
    const SessionDiagnosis empty = diagnoseSession({makeSide(DeviceType::Field, Start, {})});
    QVERIFY(empty.summaries.isEmpty());
    QCOMPARE(empty.findings.size(), 1);
}

void TestSessionDiagnosis::shortArraysDoNotCrash() {
    // The parser trims long arrays; a hand-built side may still hold a short one.
    SideTelemetry s = makeSide(DeviceType::Field, Start, evenOffsets(10, 2));
    setMetric(&s, "NetworkLatency", {400, 400, 400});
    s.multiNet = {NetCardSamples{QStringLiteral("0"), {}, {900}, {}, {}, {}}};
    const SessionDiagnosis d = diagnoseSession({s});
    const MetricSummary *m = summaryOf(d, DeviceType::Field, QStringLiteral("NetworkLatency"));
    QVERIFY(m);
    QCOMPARE(m->samples, 3);
    QCOMPARE(m->secondsOver, 6.0);
    QCOMPARE(d.degradedNetId, QStringLiteral("0"));
}

void TestSessionDiagnosis::noValueAndWarmUpAreLeftOut() {
    // Like the service: the stream starts after two samples of Fps 0, latency -1 is "no value".
    SideTelemetry s = makeSide(DeviceType::Field, Start, evenOffsets(8, 2));
    setMetric(&s, "Fps", {0, 0, 25, 26, 25, 24, 25, 26});
    setMetric(&s, "NetworkLatency", {-1, -1, 80, 90, -1, 70, 60, 100});
    setMetric(&s, "Lost", filled(8, 0));
    const SessionDiagnosis d = diagnoseSession({s});
    const MetricSummary *fps = summaryOf(d, DeviceType::Field, QStringLiteral("Fps"));
    QVERIFY(fps);
    QCOMPARE(fps->samples, 6);
    QCOMPARE(fps->secondsOver, 0.0);
    const MetricSummary *latency =
        summaryOf(d, DeviceType::Field, QStringLiteral("NetworkLatency"));
    QCOMPARE(latency->samples, 5);
    QCOMPARE(latency->p50, 80.0);
    QCOMPARE(summaryOf(d, DeviceType::Field, QStringLiteral("Lost"))->samples, 6);
    QCOMPARE(d.worstFrom, 0);

    // A stream that never starts is not a warm-up: its frame rate is below the floor throughout.
    setMetric(&s, "Fps", filled(8, 0));
    const SessionDiagnosis dead = diagnoseSession({s});
    QCOMPARE(summaryOf(dead, DeviceType::Field, QStringLiteral("Fps"))->secondsOver, 16.0);
    QCOMPARE(dead.findings.first().severity, DiagnosisFinding::Severity::Critical);
}

void TestSessionDiagnosis::serverTextIsMadeSafe() {
    SideTelemetry s = makeSide(DeviceType::Field, Start, evenOffsets(4, 2));
    s.multiNet = {NetCardSamples{QStringLiteral("7\x1b[2J"),
                                 QStringLiteral("\x1b]0;x\x07 10.0.0.9"),
                                 filled(4, 900),
                                 filled(4, 0),
                                 {},
                                 {}}};
    const SessionDiagnosis d = diagnoseSession({s});
    QCOMPARE(d.degradedNetId, QStringLiteral("7[2J"));
    const DiagnosisFinding *f = findingOf(d, DeviceType::Field, QStringLiteral("MultiNet[7[2J]"));
    QVERIFY(f);
    QVERIFY2(!f->text.contains(QChar(0x1b)) && !f->text.contains(QChar(0x07)), qPrintable(f->text));
    QVERIFY(f->text.contains(QStringLiteral("10.0.0.9")));
    for (const MetricSummary &m : d.summaries)
        QVERIFY(!m.metric.contains(QChar(0x1b)));
}

void TestSessionDiagnosis::stutterOnTheCockpit() {
    SideTelemetry s = makeSide(DeviceType::Remote, Start, evenOffsets(50, 2));
    QList<double> lag = filled(50, 0);
    lag[3] = 200;  // a short stall
    lag[20] = 900; // the longest one, over two samples
    lag[21] = 1100;
    setMetric(&s, "Lag150Duration", lag);
    const SessionDiagnosis d = diagnoseSession({s});
    const DiagnosisFinding *f = findingOf(d, DeviceType::Remote, QStringLiteral("Lag150Duration"));
    QVERIFY(f);
    QCOMPARE(f->severity, DiagnosisFinding::Severity::Warning); // 2.2 s of 100 s: over 1 %
    QCOMPARE(f->from, Start + 40);
    QCOMPARE(f->to, Start + 44);
    QVERIFY2(f->text.contains(QStringLiteral("2.2 s")), qPrintable(f->text));

    setMetric(&s, "Lag150Duration", filled(50, 0));
    QVERIFY(!findingOf(diagnoseSession({s}), DeviceType::Remote, QStringLiteral("Lag150Duration")));
}

QTEST_GUILESS_MAIN(TestSessionDiagnosis)
#include "tst_sessiondiagnosis.moc"
