// The alerts' history of changes and where a click on an alert leads.
#include "alerthistory.h"

#include <QTest>

using namespace trro;

namespace {

Alert alert(AlertRule rule, AlertState state) {
    Alert a;
    a.rule = rule;
    a.state = state;
    a.summary = QStringLiteral("s");
    return a;
}

} // namespace

class TestAlertHistory final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordsChangesOnly();
    void worsenedIsForNotifications();
    void bounded();
    void evidencePaths();
};

void TestAlertHistory::recordsChangesOnly() {
    AlertHistory history;
    // First evaluation: only what is not OK counts as a change.
    QList<AlertChange> changes = history.update({alert(AlertRule::FleetRatio, AlertState::Ok),
                                                 alert(AlertRule::BadShare, AlertState::Warning)},
                                                100);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.front().alert.rule, AlertRule::BadShare);
    QCOMPARE(changes.front().from, AlertState::Ok);
    QCOMPARE(changes.front().time, qint64(100));
    // The same states again: nothing.
    QVERIFY(history
                .update({alert(AlertRule::FleetRatio, AlertState::Ok),
                         alert(AlertRule::BadShare, AlertState::Warning)},
                        200)
                .isEmpty());
    // Worse, and a recovery.
    changes = history.update({alert(AlertRule::FleetRatio, AlertState::Critical),
                              alert(AlertRule::BadShare, AlertState::Ok)},
                             300);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).from, AlertState::Ok);
    QCOMPARE(changes.at(0).alert.state, AlertState::Critical);
    QCOMPARE(changes.at(1).from, AlertState::Warning);
    QCOMPARE(changes.at(1).alert.state, AlertState::Ok);
    QCOMPARE(history.changes().size(), 3);
    QCOMPARE(history.current().size(), 2);
    history.clear();
    QVERIFY(history.changes().isEmpty());
}

void TestAlertHistory::worsenedIsForNotifications() {
    AlertHistory history;
    history.update({alert(AlertRule::DeviceSilent, AlertState::Warning)}, 1);
    const QList<AlertChange> worse =
        AlertHistory::worsened(history.update({alert(AlertRule::DeviceSilent, AlertState::Critical),
                                               alert(AlertRule::BadShare, AlertState::Ok)},
                                              2));
    QCOMPARE(worse.size(), 1);
    QCOMPARE(worse.front().alert.state, AlertState::Critical);
    QVERIFY(AlertHistory::worsened(
                history.update({alert(AlertRule::DeviceSilent, AlertState::Warning)}, 3))
                .isEmpty()); // better is not news
}

void TestAlertHistory::bounded() {
    AlertHistory history;
    for (int i = 0; i < AlertHistory::MaxChanges + 50; ++i)
        history.update(
            {alert(AlertRule::BadShare, i % 2 == 0 ? AlertState::Warning : AlertState::Ok)}, i);
    QCOMPARE(history.changes().size(), AlertHistory::MaxChanges);
    QCOMPARE(history.changes().constLast().time, qint64(AlertHistory::MaxChanges + 49));
}

void TestAlertHistory::evidencePaths() {
    Alert ratio = alert(AlertRule::FleetRatio, AlertState::Warning);
    ratio.evidence.intervals = {{100, 200}, {200, 300}};
    const DrillPath interval = evidencePath(ratio);
    QCOMPARE(interval.level, DrillPath::Level::Interval);
    QCOMPARE(interval.intervalStart, qint64(200));
    QCOMPARE(interval.intervalEnd, qint64(300));
    Alert devices = alert(AlertRule::DeviceBadSessions, AlertState::Critical);
    devices.evidence.devices = {QStringLiteral("veh-9"), QStringLiteral("veh-2")};
    const DrillPath device = evidencePath(devices);
    QCOMPARE(device.level, DrillPath::Level::Device);
    QCOMPARE(device.deviceId, QStringLiteral("veh-9"));
    QCOMPARE(evidencePath(alert(AlertRule::BadShare, AlertState::Ok)), DrillPath::fleet());
}

QTEST_GUILESS_MAIN(TestAlertHistory)
#include "tst_alerthistory.moc"
