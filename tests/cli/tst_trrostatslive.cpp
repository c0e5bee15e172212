// trro-stats live end to end: the sessions running now as the local service lists them, in
// every format, with the device filter, and --watch without a terminal.

#include "clifixture.h"
#include "fleet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace trro;
using namespace trro::test;
using namespace Qt::StringLiterals;

namespace {

// Whole hours back from now to the last Wednesday 14:00 China time: with this shift the
// fleet is as busy now as on a working afternoon, whatever day the test runs on. The fleet
// starts its sessions by the hour, so fewer run in the first minutes of any hour: a fleet of
// 2,000 vehicles keeps more than 20 running then (300 left as few as one).
constexpr int TestVehicles = 2000;

qint64 afternoonShift(qint64 now) {
    const qint64 chinaHour = (now + 8 * 3600) / 3600;
    qint64 hour = chinaHour;
    for (int i = 0; i < 7 * 24; ++i, --hour) {
        if ((hour / 24 + 3) % 7 == 2 && hour % 24 == 14)
            break;
    }
    return (chinaHour - hour) * 3600;
}

const QStringList Keys = {u"SessionId"_s,  u"FieldDeviceId"_s, u"RemoteDeviceId"_s,
                          u"Resolution"_s, u"StartTime"_s,     u"LatestUpdateTime"_s,
                          u"Stale"_s};

} // namespace

class TestTrroStatsLive final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jsonListsWhatRunsNow();
    void csvAndTable();
    void deviceFilter();
    void watchWithoutATerminalPrintsOneSnapshot();
    void badOptions_data();
    void badOptions();

private:
    CliRun live(const QStringList &arguments);
    struct Running {
        bool certainly = false; // ran from before the run until after it
        bool possibly = false;  // ran at some moment of the run
    };
    Running during(const QString &sessionId, qint64 before, qint64 after) const;

    std::unique_ptr<sim::LocalService> m_service;
    QString m_project;
    int m_projectIndex = 0;
};

void TestTrroStatsLive::initTestCase() {
    sim::ServiceOptions options;
    options.keys = {CliKey};
    options.fleet = sim::FleetConfig::standard(TestVehicles);
    options.fleet.activityShiftSec = afternoonShift(QDateTime::currentSecsSinceEpoch());
    m_service = std::make_unique<sim::LocalService>(options);
    QVERIFY(m_service->listen());
    m_project = sim::LocalService::demoProjectId();
    m_projectIndex = m_service->fleet().catalog().projectIndex(m_project);
}

CliRun TestTrroStatsLive::live(const QStringList &arguments) {
    return runCli(QStringList{u"live"_s, u"--project"_s, m_project} + arguments,
                  keyedCall(CliKey, m_service->url().toString()));
}

TestTrroStatsLive::Running TestTrroStatsLive::during(const QString &sessionId, qint64 before,
                                                     qint64 after) const {
    int p = 0;
    sim::Session s;
    if (!m_service->fleet().model().findSession(sessionId, &p, &s))
        return {};
    return {s.startTime <= before && s.endTime() > after + 1,
            s.startTime <= after + 1 && s.endTime() > before};
}

void TestTrroStatsLive::jsonListsWhatRunsNow() {
    const qint64 before = m_service->serviceTime();
    const CliRun run = live({u"--format"_s, u"json"_s});
    const qint64 after = m_service->serviceTime();
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
    QVERIFY2(rows.size() >= 5, run.out.constData());
    QSet<QString> listed;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys().size(), Keys.size());
        for (const QString &key : Keys)
            QVERIFY2(o.contains(key), qPrintable(key));
        QVERIFY(o.value(u"Stale"_s).isBool());
        QVERIFY(o.value(u"StartTime"_s).isDouble());
        const QString id = o.value(u"SessionId"_s).toString();
        QVERIFY2(during(id, before, after).possibly, qPrintable(id));
        QVERIFY(o.value(u"LatestUpdateTime"_s).toInteger() >= o.value(u"StartTime"_s).toInteger());
        QVERIFY(o.value(u"LatestUpdateTime"_s).toInteger() <= after);
        // Stale: no report for two refreshes of the default 10 s, at a moment of the run.
        const qint64 latest = o.value(u"LatestUpdateTime"_s).toInteger();
        if (before - latest > 20)
            QVERIFY(o.value(u"Stale"_s).toBool());
        if (after - latest <= 20)
            QVERIFY(!o.value(u"Stale"_s).toBool());
        listed.insert(id);
    }
    // Every session that ran through the whole run is listed.
    const sim::Fleet::RunningPage page =
        m_service->fleet().running(m_projectIndex, -1, 0, after, before, 0, 1 << 20);
    for (const RecentSession &s : page.sessions) {
        if (during(s.sessionId, before, after).certainly)
            QVERIFY2(listed.contains(s.sessionId), qPrintable(s.sessionId));
    }
}

void TestTrroStatsLive::csvAndTable() {
    const CliRun csv = live({u"--format"_s, u"csv"_s});
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(QString::fromUtf8(lines.first()), Keys.join(u','));
    QVERIFY(lines.size() >= 6);
    const CliRun table = live({u"--format"_s, u"table"_s});
    QVERIFY2(table.exitCode == 0, table.err.constData());
    QVERIFY(table.out.contains("Last report"));
    QVERIFY(table.out.contains("Stale"));
}

void TestTrroStatsLive::deviceFilter() {
    const CliRun all = live({u"--format"_s, u"json"_s});
    const QJsonArray rows = QJsonDocument::fromJson(all.out).array();
    QVERIFY(!rows.isEmpty());
    const QString vehicle = rows.first().toObject().value(u"FieldDeviceId"_s).toString();
    const CliRun one = live({u"--device"_s, vehicle, u"--format"_s, u"json"_s});
    QVERIFY2(one.exitCode == 0, one.err.constData());
    const QJsonArray filtered = QJsonDocument::fromJson(one.out).array();
    for (const QJsonValue &v : filtered)
        QCOMPARE(v.toObject().value(u"FieldDeviceId"_s).toString(), vehicle);
    QVERIFY(filtered.size() < rows.size());
}

void TestTrroStatsLive::watchWithoutATerminalPrintsOneSnapshot() {
    const CliRun run = live({u"--watch"_s, u"5"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("--watch needs a terminal"), run.err.constData());
    QCOMPARE(run.out.count(Keys.join(u',').toUtf8()), 1); // one header: one snapshot
    QVERIFY(!run.out.contains("\x1b["));                  // nothing drawn for a terminal
}

void TestTrroStatsLive::badOptions_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("watch 0") << QStringList{u"--watch"_s, u"0"_s} << u"--watch takes"_s;
    QTest::newRow("watch text") << QStringList{u"--watch"_s, u"soon"_s} << u"--watch takes"_s;
    QTest::newRow("two devices") << QStringList{u"--device"_s, u"a"_s, u"--device"_s, u"b"_s}
                                 << u"at most one --device"_s;
}

void TestTrroStatsLive::badOptions() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = live(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
}

QTEST_GUILESS_MAIN(TestTrroStatsLive)
#include "tst_trrostatslive.moc"
