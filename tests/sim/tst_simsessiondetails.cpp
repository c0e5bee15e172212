// The local service's DescribeDeviceSessionDetails: shaped like the real service's answers and
// consistent with each session's quality (read back through the parser and the diagnosis).

#include "fleet.h"
#include "sessiondetails.h"
#include "sessiondiagnosis.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;
using namespace trro;
using namespace trro::sim;

namespace {

// A fixed moment, so the sessions (and the test) are the same on every run.
constexpr qint64 Now = 1764547200; // 2025-12-01 00:00 UTC
constexpr qint64 Day = 86400;
constexpr qint64 Forever = std::numeric_limits<qint64>::max();

} // namespace

class TestSimSessionDetails final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shapedLikeTheService_data();
    void shapedLikeTheService();
    void goodSessionsAreClean();
    void badSessionsHaveADegradedStretch();
    void normalSessionsSitBetween();
    void clippedToTheRange();
    void deterministic();

private:
    QList<Session> sessionsOf(const QString &quality, int count) const;
    QJsonArray detailsOf(const Session &s, qint64 from = 0, qint64 to = Forever) const;
    QList<SideTelemetry> parsed(const Session &s) const;

    std::unique_ptr<Fleet> m_fleet;
    int m_project = 0;
};

void TestSimSessionDetails::initTestCase() {
    m_fleet = std::make_unique<Fleet>(FleetConfig::standard(60), Now);
    m_project = m_fleet->catalog().projectIndex(FleetConfig::standard().projects.first().projectId);
    QVERIFY(m_project >= 0);
}

QList<Session> TestSimSessionDetails::sessionsOf(const QString &quality, int count) const {
    QList<Session> out;
    const Fleet::SessionPage page =
        m_fleet->sessions(m_project, -1, Now - 2 * Day, Now - Day, Now, 0, 5000);
    for (const DeviceSession &d : page.sessions) {
        int project = 0;
        Session s;
        if (d.quality == quality && m_fleet->model().findSession(d.sessionId, &project, &s))
            out.append(s);
        if (out.size() == count)
            break;
    }
    return out;
}

QJsonArray TestSimSessionDetails::detailsOf(const Session &s, qint64 from, qint64 to) const {
    return SessionDetails::details(*m_fleet, m_project, s, from, to);
}

QList<SideTelemetry> TestSimSessionDetails::parsed(const Session &s) const {
    const auto result = parseSessionTelemetry(QJsonObject{{u"Details"_s, detailsOf(s)}});
    return result.ok() ? result.value() : QList<SideTelemetry>{};
}

void TestSimSessionDetails::shapedLikeTheService_data() {
    QTest::addColumn<QString>("quality");
    QTest::newRow("good") << u"good"_s;
    QTest::newRow("normal") << u"normal"_s;
    QTest::newRow("bad") << u"bad"_s;
}

void TestSimSessionDetails::shapedLikeTheService() {
    QFETCH(QString, quality);
    const QList<Session> sessions = sessionsOf(quality, 5);
    QCOMPARE(sessions.size(), 5);
    for (const Session &s : sessions) {
        const QList<SideTelemetry> sides = parsed(s);
        QCOMPARE(sides.size(), 2);
        const SideTelemetry &field = sides.at(0);
        const SideTelemetry &remote = sides.at(1);
        QCOMPARE(field.deviceType, DeviceType::Field);
        QCOMPARE(remote.deviceType, DeviceType::Remote);
        QCOMPARE(field.startTime, s.startTime);
        QVERIFY(remote.startTime > field.startTime); // the cockpit joins later
        QVERIFY(remote.endTime <= s.endTime());
        for (const SideTelemetry &side : sides) {
            QVERIFY2(side.anomalies.isEmpty(), qPrintable(side.deviceId));
            QVERIFY(side.timeOffset.size() >= 10);
            QCOMPARE(side.timeOffset.first(), 0.0);
            QCOMPARE(side.timeOffset.at(1), 2.0); // one sample per 2 s
            QCOMPARE(qint64(side.timeOffset.last()), side.endTime - side.startTime);
            QCOMPARE(side.metric(u"NetworkLatency"_s).first(), -1.0); // no value yet
            QCOMPARE(side.metric(u"Fps"_s).first(), 0.0);             // the stream starting
        }
        // The empty arrays the real service sends for what does not apply to a side.
        for (const char *name : {"VideoLatency", "DecodeCost", "RenderCost", "K100", "K150",
                                 "Lag100Duration", "Lag150Duration"}) {
            QVERIFY2(field.metric(QLatin1String(name)).isEmpty(), name);
            QCOMPARE(remote.metric(QLatin1String(name)).size(), remote.timeOffset.size());
        }
        for (const char *name :
             {"EncodeCost", "CaptureCost", "BitRateEstimate", "TotalBitrateEstimate"}) {
            QVERIFY2(remote.metric(QLatin1String(name)).isEmpty(), name);
            QCOMPARE(field.metric(QLatin1String(name)).size(), field.timeOffset.size());
        }
        // Two network cards on the vehicle, none on the cockpit.
        QCOMPARE(field.multiMode, 1);
        QCOMPARE(field.multiNet.size(), 2);
        QCOMPARE(field.multiNet.at(0).netId, u"0"_s);
        QCOMPARE(field.multiNet.at(1).netId, u"1"_s);
        for (const NetCardSamples &card : field.multiNet) {
            QVERIFY(!card.netIp.isEmpty());
            QCOMPARE(card.rtt.size(), field.timeOffset.size());
            QCOMPARE(card.sendBps.size(), field.timeOffset.size());
        }
        QCOMPARE(remote.multiMode, 0);
        QVERIFY(remote.multiNet.isEmpty());
        QCOMPARE(remote.configWidth, 0);
        QVERIFY(field.width > 0 && field.configWidth >= field.width);
    }
}

void TestSimSessionDetails::goodSessionsAreClean() {
    const QList<Session> sessions = sessionsOf(u"good"_s, 20);
    QCOMPARE(sessions.size(), 20);
    for (const Session &s : sessions) {
        const SessionDiagnosis d = diagnoseSession(parsed(s));
        QCOMPARE(d.worstFrom, 0);
        QVERIFY(d.degradedNetId.isEmpty());
        for (const DiagnosisFinding &f : d.findings)
            QVERIFY2(f.severity == DiagnosisFinding::Severity::Info, qPrintable(f.text));
        QCOMPARE(d.dominantStage, u"network"_s);
    }
}

void TestSimSessionDetails::badSessionsHaveADegradedStretch() {
    const QList<Session> sessions = sessionsOf(u"bad"_s, 10);
    QCOMPARE(sessions.size(), 10);
    QSet<QString> failingCards;
    for (const Session &s : sessions) {
        const QList<SideTelemetry> sides = parsed(s);
        const SessionDiagnosis d = diagnoseSession(sides);
        QVERIFY(d.worstFrom >= s.startTime);
        QVERIFY(d.worstTo <= s.endTime() + 2);
        // A stretch, not the whole session and not one sample.
        QVERIFY(d.worstTo - d.worstFrom >= 10);
        QVERIFY2(d.worstTo - d.worstFrom < s.duration * 3 / 4,
                 qPrintable(u"%1 of %2 s"_s.arg(d.worstTo - d.worstFrom).arg(s.duration)));
        QCOMPARE(d.findings.first().severity, DiagnosisFinding::Severity::Critical);
        for (const char *metric : {"NetworkLatency", "Lost", "Fps"}) {
            const auto it = std::find_if(
                d.findings.cbegin(), d.findings.cend(), [metric](const DiagnosisFinding &f) {
                    return f.side == DeviceType::Field && f.metric == QLatin1String(metric);
                });
            QVERIFY2(it != d.findings.cend(), metric);
            QVERIFY(it->severity >= DiagnosisFinding::Severity::Warning);
            // The finding's moment lies in the worst stretch.
            QVERIFY(it->from < d.worstTo && it->to > d.worstFrom);
        }
        // Exactly one card fails; the other one stays within its thresholds.
        QVERIFY(d.degradedNetId == u"0"_s || d.degradedNetId == u"1"_s);
        failingCards.insert(d.degradedNetId);
        const QString other = d.degradedNetId == u"0"_s ? u"1"_s : u"0"_s;
        for (const MetricSummary &m : d.summaries) {
            if (m.metric == u"MultiNet[%1].Rtt"_s.arg(d.degradedNetId))
                QVERIFY(m.secondsOver >= 10);
            if (m.metric == u"MultiNet[%1].Rtt"_s.arg(other) ||
                m.metric == u"MultiNet[%1].Lost"_s.arg(other))
                QCOMPARE(m.secondsOver, 0.0);
        }
        // The cockpit sees the stutter.
        QVERIFY(std::any_of(d.findings.cbegin(), d.findings.cend(), [](const DiagnosisFinding &f) {
            return f.side == DeviceType::Remote && f.metric == u"MaxFrameDelta"_s;
        }));
    }
    QCOMPARE(failingCards.size(), 2); // either card may be the one
}

void TestSimSessionDetails::normalSessionsSitBetween() {
    const QList<Session> sessions = sessionsOf(u"normal"_s, 10);
    QCOMPARE(sessions.size(), 10);
    for (const Session &s : sessions) {
        const SessionDiagnosis d = diagnoseSession(parsed(s));
        QVERIFY(d.degradedNetId.isEmpty());
        // A short latency bump, no loss and no frame drop.
        QVERIFY(d.worstTo > d.worstFrom);
        QVERIFY(d.worstTo - d.worstFrom <= 30);
        for (const DiagnosisFinding &f : d.findings) {
            QVERIFY2(f.severity != DiagnosisFinding::Severity::Critical, qPrintable(f.text));
            QVERIFY(f.metric != u"Lost"_s && f.metric != u"Fps"_s);
        }
    }
}

void TestSimSessionDetails::clippedToTheRange() {
    const QList<Session> sessions = sessionsOf(u"bad"_s, 1);
    QCOMPARE(sessions.size(), 1);
    const Session &s = sessions.first();
    const qint64 from = s.startTime + s.duration / 4 + 1, to = s.startTime + s.duration / 2;
    const QJsonArray all = detailsOf(s);
    const QJsonArray part = detailsOf(s, from, to);
    QCOMPARE(part.size(), 2);
    for (qsizetype k = 0; k < 2; ++k) {
        const QJsonObject o = part.at(k).toObject();
        const qint64 start = o.value(u"StartTime"_s).toInteger();
        QVERIFY(start >= from && start < from + 2);
        const QJsonArray offsets = o.value(u"TimeOffset"_s).toArray();
        QCOMPARE(offsets.first().toInteger(), 0);
        QVERIFY(start + offsets.last().toInteger() <= to);
        QCOMPARE(o.value(u"EndTime"_s).toInteger(), start + offsets.last().toInteger());
        // The same samples as the whole session's at the same moments.
        const QJsonObject whole = all.at(k).toObject();
        const qint64 shift = (start - whole.value(u"StartTime"_s).toInteger()) / 2;
        QCOMPARE(o.value(u"Rate"_s).toArray().first(), whole.value(u"Rate"_s).toArray().at(shift));
    }
}

void TestSimSessionDetails::deterministic() {
    const Session s = sessionsOf(u"bad"_s, 1).value(0);
    Fleet other(FleetConfig::standard(60), Now);
    QCOMPARE(QJsonDocument(SessionDetails::details(other, m_project, s, 0, Forever)).toJson(),
             QJsonDocument(detailsOf(s)).toJson());
}

QTEST_GUILESS_MAIN(TestSimSessionDetails)
#include "tst_simsessiondetails.moc"
