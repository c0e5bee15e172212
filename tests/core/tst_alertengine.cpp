#include "alertengine.h"

#include <QTest>

using namespace trro;

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Now = 1'780'000'000 - 1'780'000'000 % Hour; // on the hour

// Hourly fleet buckets ending at Now, oldest first, with these ratios (-1: no sessions).
QList<IntervalBucket> hourly(const QList<int> &ratios) {
    QList<IntervalBucket> buckets;
    qint64 start = Now - Hour * ratios.size();
    for (const int ratio : ratios) {
        IntervalBucket b;
        b.startTime = start;
        b.endTime = start + Hour;
        b.sessionNum = ratio < 0 ? 0 : 10;
        b.notBadSessionRatio = qMax(ratio, 0);
        buckets << b;
        start += Hour;
    }
    return buckets;
}

DeviceSession session(const QString &id, const QString &field, qint64 start,
                      const QString &quality) {
    DeviceSession s;
    s.sessionId = id;
    s.fieldDeviceId = field;
    s.remoteDeviceId = QStringLiteral("cockpit");
    s.startTime = start;
    s.endTime = start + 600;
    s.quality = quality;
    return s;
}

// n sessions of the device, one per hour back from `last`, every one of this quality.
QList<DeviceSession> sessionsOf(const QString &device, int n, qint64 last, const QString &quality) {
    QList<DeviceSession> list;
    for (int i = 0; i < n; ++i)
        list << session(QStringLiteral("%1-s%2").arg(device).arg(i), device, last - i * Hour,
                        quality);
    return list;
}

AlertRules onlyRule(AlertRule rule) {
    AlertRules r;
    r.fleetRatioEnabled = rule == AlertRule::FleetRatio;
    r.deviceBadEnabled = rule == AlertRule::DeviceBadSessions;
    r.deviceSilentEnabled = rule == AlertRule::DeviceSilent;
    r.badShareEnabled = rule == AlertRule::BadShare;
    return r;
}

} // namespace

class TestAlertEngine final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fleetRatio_data();
    void fleetRatio();
    void fleetRatioEvidenceIsTheRun();
    void fleetRatioIgnoresHostileBuckets();
    void deviceBadSessions_data();
    void deviceBadSessions();
    void deviceBadSessionsEvidence();
    void deviceSilent_data();
    void deviceSilent();
    void deviceSilentHeardThroughLastReport();
    void badShare_data();
    void badShare();
    void evaluateSkipsDisabledAndMissingInput();
    void worstFirst();
};

void TestAlertEngine::fleetRatio_data() {
    QTest::addColumn<QList<int>>("ratios");
    QTest::addColumn<int>("state");
    // Defaults: warning below 90, critical below 80, for 3 intervals in a row.
    QTest::newRow("all fine") << QList<int>{95, 96, 97, 98} << int(AlertState::Ok);
    QTest::newRow("two low only") << QList<int>{95, 85, 70} << int(AlertState::Ok);
    QTest::newRow("three below warning") << QList<int>{95, 85, 88, 89} << int(AlertState::Warning);
    QTest::newRow("three below critical")
        << QList<int>{95, 70, 60, 79} << int(AlertState::Critical);
    QTest::newRow("mixed: critical run too short")
        << QList<int>{70, 85, 70, 70} << int(AlertState::Warning);
    QTest::newRow("recovered in the latest") << QList<int>{70, 70, 70, 95} << int(AlertState::Ok);
    QTest::newRow("empty intervals do not break a run")
        << QList<int>{95, 70, -1, 70, -1, 70, -1} << int(AlertState::Critical);
    QTest::newRow("exactly at the threshold is fine")
        << QList<int>{90, 90, 90} << int(AlertState::Ok);
    QTest::newRow("no sessions at all") << QList<int>{-1, -1} << int(AlertState::Ok);
}

void TestAlertEngine::fleetRatio() {
    QFETCH(QList<int>, ratios);
    QFETCH(int, state);
    const Alert alert = AlertEngine::fleetRatio(AlertRules{}, hourly(ratios), Now);
    QCOMPARE(alert.rule, AlertRule::FleetRatio);
    QCOMPARE(int(alert.state), state);
    QVERIFY(!alert.summary.isEmpty());
    QCOMPARE(alert.evidence.intervals.isEmpty(), state == int(AlertState::Ok));
}

void TestAlertEngine::fleetRatioEvidenceIsTheRun() {
    AlertRules rules;
    rules.fleetRatioIntervals = 2;
    // The buckets arrive out of order, with a duplicate: the run is still the latest three.
    QList<IntervalBucket> buckets = hourly({95, 75, 72, 70});
    std::reverse(buckets.begin(), buckets.end());
    buckets << buckets.front();
    const Alert alert = AlertEngine::fleetRatio(rules, buckets, Now);
    QCOMPARE(alert.state, AlertState::Critical);
    const QList<TimeWindow> expected{
        {Now - 3 * Hour, Now - 2 * Hour}, {Now - 2 * Hour, Now - Hour}, {Now - Hour, Now}};
    QCOMPARE(alert.evidence.intervals, expected);
    QVERIFY2(alert.summary.contains(QLatin1String("80%")), qPrintable(alert.summary));
    QVERIFY2(alert.summary.contains(QLatin1String("70%")), qPrintable(alert.summary));
}

void TestAlertEngine::fleetRatioIgnoresHostileBuckets() {
    QList<IntervalBucket> buckets = hourly({95, 96, 97});
    IntervalBucket inverted = buckets.constLast();
    inverted.startTime = Now - Hour / 2;
    inverted.endTime = inverted.startTime - 10;
    inverted.notBadSessionRatio = 0;
    IntervalBucket outOfRange = buckets.constLast();
    outOfRange.startTime = Now - Hour / 4;
    outOfRange.notBadSessionRatio = -400;
    IntervalBucket future = buckets.constLast();
    future.startTime = Now + Hour;
    future.endTime = Now + 2 * Hour;
    future.notBadSessionRatio = 0;
    buckets << inverted << outOfRange << future << future << future;
    AlertRules rules;
    rules.fleetRatioIntervals = 1;
    QCOMPARE(AlertEngine::fleetRatio(rules, buckets, Now).state, AlertState::Ok);
}

void TestAlertEngine::deviceBadSessions_data() {
    QTest::addColumn<int>("bad");
    QTest::addColumn<qint64>("age");
    QTest::addColumn<int>("state");
    // Defaults: 3 bad sessions warn, 5 are critical, within 24 h.
    QTest::newRow("two") << 2 << qint64(0) << int(AlertState::Ok);
    QTest::newRow("three") << 3 << qint64(0) << int(AlertState::Warning);
    QTest::newRow("five") << 5 << qint64(0) << int(AlertState::Critical);
    QTest::newRow("five, but old") << 5 << qint64(30 * Hour) << int(AlertState::Ok);
    QTest::newRow("five, three inside the window")
        << 5 << qint64(21 * Hour) << int(AlertState::Warning);
}

void TestAlertEngine::deviceBadSessions() {
    QFETCH(int, bad);
    QFETCH(qint64, age);
    QFETCH(int, state);
    QList<DeviceSession> sessions =
        sessionsOf(QStringLiteral("car-1"), bad, Now - age, QStringLiteral("bad"));
    sessions << sessionsOf(QStringLiteral("car-2"), 10, Now, QStringLiteral("good"));
    const Alert alert = AlertEngine::deviceBadSessions(AlertRules{}, sessions, Now);
    QCOMPARE(int(alert.state), state);
    if (alert.state != AlertState::Ok)
        QCOMPARE(alert.evidence.devices.front(), QStringLiteral("car-1"));
}

void TestAlertEngine::deviceBadSessionsEvidence() {
    QList<DeviceSession> sessions;
    sessions << sessionsOf(QStringLiteral("car-a"), 3, Now, QStringLiteral("bad"));
    sessions << sessionsOf(QStringLiteral("car-b"), 6, Now, QStringLiteral("BAD"));
    sessions << sessionsOf(QStringLiteral("car-c"), 2, Now, QStringLiteral("bad"));
    const Alert alert =
        AlertEngine::deviceBadSessions(onlyRule(AlertRule::DeviceBadSessions), sessions, Now);
    QCOMPARE(alert.state, AlertState::Critical);
    // The remote end (the cockpit) had all eleven: it is the worst device.
    QCOMPARE(
        alert.evidence.devices,
        (QStringList{QStringLiteral("cockpit"), QStringLiteral("car-b"), QStringLiteral("car-a")}));
    QCOMPARE(alert.evidence.sessions.size(), 11);
    QCOMPARE(alert.evidence.sessions.front(), QStringLiteral("car-b-s5")); // oldest first
}

void TestAlertEngine::deviceSilent_data() {
    QTest::addColumn<int>("sessions");
    QTest::addColumn<qint64>("silentFor");
    QTest::addColumn<int>("state");
    // Defaults: usually reports with 3 sessions; 24 h silent warns, 72 h is critical.
    QTest::newRow("recent") << 5 << qint64(2 * Hour) << int(AlertState::Ok);
    QTest::newRow("a day") << 5 << qint64(25 * Hour) << int(AlertState::Warning);
    QTest::newRow("four days") << 5 << qint64(96 * Hour) << int(AlertState::Critical);
    QTest::newRow("rarely reports") << 2 << qint64(96 * Hour) << int(AlertState::Ok);
}

void TestAlertEngine::deviceSilent() {
    QFETCH(int, sessions);
    QFETCH(qint64, silentFor);
    QFETCH(int, state);
    QList<DeviceSession> list = sessionsOf(QStringLiteral("car-1"), sessions, Now - silentFor - 600,
                                           QStringLiteral("good"));
    for (DeviceSession &s : list)
        s.remoteDeviceId.clear();
    const Alert alert = AlertEngine::deviceSilent(AlertRules{}, list, {}, Now);
    QCOMPARE(int(alert.state), state);
    QCOMPARE(alert.evidence.devices.isEmpty(), state == int(AlertState::Ok));
}

void TestAlertEngine::deviceSilentHeardThroughLastReport() {
    QList<DeviceSession> list =
        sessionsOf(QStringLiteral("car-1"), 5, Now - 100 * Hour, QStringLiteral("good"));
    for (DeviceSession &s : list)
        s.remoteDeviceId.clear();
    Device device;
    device.deviceId = QStringLiteral("car-1");
    device.lastReportTime = QDateTime::fromSecsSinceEpoch(Now - Hour, QTimeZone::utc());
    QCOMPARE(AlertEngine::deviceSilent(AlertRules{}, list, {}, Now).state, AlertState::Critical);
    QCOMPARE(AlertEngine::deviceSilent(AlertRules{}, list, {device}, Now).state, AlertState::Ok);
}

void TestAlertEngine::badShare_data() {
    QTest::addColumn<int>("good");
    QTest::addColumn<int>("bad");
    QTest::addColumn<int>("state");
    // Defaults: above 10% warns, above 20% is critical, from 5 sessions.
    QTest::newRow("none bad") << 20 << 0 << int(AlertState::Ok);
    QTest::newRow("exactly 10%") << 18 << 2 << int(AlertState::Ok);
    QTest::newRow("15%") << 17 << 3 << int(AlertState::Warning);
    QTest::newRow("exactly 20%") << 16 << 4 << int(AlertState::Warning);
    QTest::newRow("25%") << 15 << 5 << int(AlertState::Critical);
    QTest::newRow("too few sessions") << 0 << 4 << int(AlertState::Ok);
    QTest::newRow("empty list") << 0 << 0 << int(AlertState::Ok);
}

void TestAlertEngine::badShare() {
    QFETCH(int, good);
    QFETCH(int, bad);
    QFETCH(int, state);
    QList<DeviceSession> list =
        sessionsOf(QStringLiteral("car-1"), good, Now, QStringLiteral("good"));
    list << sessionsOf(QStringLiteral("car-2"), bad, Now, QStringLiteral("bad"));
    const Alert alert = AlertEngine::badShare(AlertRules{}, list);
    QCOMPARE(int(alert.state), state);
    if (alert.state != AlertState::Ok) {
        QVERIFY(alert.evidence.devices.contains(QStringLiteral("car-2")));
        QVERIFY(!alert.evidence.devices.contains(QStringLiteral("car-1")));
        QCOMPARE(alert.evidence.sessions.size(), bad);
    }
}

void TestAlertEngine::evaluateSkipsDisabledAndMissingInput() {
    AlertInput input;
    input.now = Now;
    QVERIFY(AlertEngine::evaluate(AlertRules{}, input).isEmpty());
    input.fleet = hourly({70, 70, 70});
    QList<Alert> alerts = AlertEngine::evaluate(AlertRules{}, input);
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.front().state, AlertState::Critical);
    input.sessions = QList<DeviceSession>{};
    alerts = AlertEngine::evaluate(AlertRules{}, input);
    QCOMPARE(alerts.size(), 4);
    AlertRules rules;
    rules.fleetRatioEnabled = false;
    rules.deviceSilentEnabled = false;
    alerts = AlertEngine::evaluate(rules, input);
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts.at(0).rule, AlertRule::DeviceBadSessions);
    QCOMPARE(alerts.at(1).rule, AlertRule::BadShare);
    QCOMPARE(AlertEngine::worst(alerts), AlertState::Ok);
}

void TestAlertEngine::worstFirst() {
    Alert ok;
    Alert warning;
    warning.rule = AlertRule::BadShare;
    warning.state = AlertState::Warning;
    Alert critical;
    critical.rule = AlertRule::DeviceSilent;
    critical.state = AlertState::Critical;
    const QList<Alert> sorted = AlertEngine::worstFirst({ok, warning, critical});
    QCOMPARE(sorted.at(0).rule, AlertRule::DeviceSilent);
    QCOMPARE(sorted.at(1).rule, AlertRule::BadShare);
    QCOMPARE(sorted.at(2).rule, AlertRule::FleetRatio);
    QCOMPARE(AlertEngine::worst(sorted), AlertState::Critical);
}

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
