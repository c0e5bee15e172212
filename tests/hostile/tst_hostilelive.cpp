// The running-sessions refresh (LiveMonitor over the real client stack) against a misbehaving
// service: a page that repeats, a Total that lies either way, sessions whose times cannot be.
// Whatever arrives, the work is bounded, the operator is told, and nothing is shown as running
// that the service did not report as running.
#include "hostilefixture.h"
#include "livemonitor.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace trro;
using namespace trro::test;

namespace {

const QByteArray Recent = "DescribeRecentSessionList";

QJsonObject session(const QString &id, qint64 start, qint64 latest) {
    return {{QStringLiteral("SessionId"), id},
            {QStringLiteral("RemoteDeviceId"), QStringLiteral("cockpit-1")},
            {QStringLiteral("FieldDeviceId"), QStringLiteral("vehicle-1")},
            {QStringLiteral("Resolution"), QStringLiteral("1920*1080")},
            {QStringLiteral("StartTime"), start},
            {QStringLiteral("LatestUpdateTime"), latest}};
}

QJsonArray sessions(int from, int count, qint64 now) {
    QJsonArray list;
    for (int i = from; i < from + count; ++i)
        list.append(session(QStringLiteral("s-%1").arg(i), now - 600 - i, now - 2));
    return list;
}

HostileReply page(const QJsonArray &items, const QJsonValue &total) {
    return HostileServer::page(QStringLiteral("RecentSessionList"), items, total);
}

QStringList ids(const LiveRoster &roster) {
    QStringList out;
    for (const LiveRow &row : roster.rows())
        out.append(row.session.sessionId);
    out.sort();
    return out;
}

// The monitor of the fixture's stack, on one project, the list only (no telemetry asked).
struct LiveFixture : HostileFixture {
    LiveFixture()
        : monitor(api) {
        monitor.setQualityBudget(0);
        monitor.setScope(QStringLiteral("p1"));
    }
    // One refresh to its end: true when it brought an answer.
    bool refresh() {
        QSignalSpy failed(&monitor, &LiveMonitor::failed);
        const int before = monitor.refreshes();
        if (!monitor.refreshNow())
            return false;
        const bool idle = QTest::qWaitFor([this] { return !monitor.isBusy(); }, 30000);
        return idle && monitor.refreshes() > before && failed.isEmpty();
    }
    LiveMonitor monitor;
};

} // namespace

class TestHostileLive final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void repeatedPageListsEachSessionOnce();
    void totalBelowTheItemsKeepsTheLastRows();
    void totalAboveTheItemsStopsOnAnEmptyPage();
    void impossibleTimesAreLeftOutWithAWarning();
};

void TestHostileLive::repeatedPageListsEachSessionOnce() {
    LiveFixture f;
    QVERIFY(f.listening);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // The same full page whatever PageNumber asks, and a Total that promises a million.
    f.server.setResponder([now](const HostileRequest &, int) {
        return page(sessions(0, int(TrroApi::RequestedPageSize), now), 1000000);
    });
    QVERIFY(f.refresh());
    QCOMPARE(f.monitor.roster().rows().size(), qsizetype(TrroApi::RequestedPageSize));
    QCOMPARE(f.monitor.roster().running(), int(TrroApi::RequestedPageSize));
    QCOMPARE(f.server.requestCount(Recent), 2); // the repeat is seen at once
}

void TestHostileLive::totalBelowTheItemsKeepsTheLastRows() {
    LiveFixture f;
    QVERIFY(f.listening);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    bool lie = false;
    f.server.setResponder([now, &lie](const HostileRequest &, int) {
        return lie ? page(sessions(100, 20, now), 3) : page(sessions(0, 5, now), 5);
    });
    QVERIFY(f.refresh());
    const QStringList shown = ids(f.monitor.roster());
    QCOMPARE(shown.size(), 5);

    // Twenty sessions under a Total of 3: refused, the operator told, the last rows kept.
    lie = true;
    QSignalSpy failed(&f.monitor, &LiveMonitor::failed);
    QSignalSpy recovered(&f.monitor, &LiveMonitor::recovered);
    QVERIFY(!f.refresh());
    QCOMPARE(failed.size(), 1);
    QVERIFY2(!f.monitor.lastError().isEmpty(), "the failure is named");
    QCOMPARE(ids(f.monitor.roster()), shown);
    QCOMPARE(f.server.requestCount(Recent), 2); // no retry of a refused answer

    lie = false;
    QVERIFY(f.refresh());
    QCOMPARE(recovered.size(), 1);
    QVERIFY(f.monitor.lastError().isEmpty());
}

void TestHostileLive::totalAboveTheItemsStopsOnAnEmptyPage() {
    LiveFixture f;
    QVERIFY(f.listening);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // Total 5,000 but only a first page of 7; every later page is empty.
    f.server.setResponder([now](const HostileRequest &request, int) {
        const int number = request.params.value(QLatin1String("PageNumber")).toInt();
        return page(number <= 1 ? sessions(0, 7, now) : QJsonArray(), 5000);
    });
    QVERIFY(f.refresh());
    QCOMPARE(ids(f.monitor.roster()).size(), 7);
    QVERIFY2(f.server.requestCount(Recent) <= 2,
             qPrintable(QString::number(f.server.requestCount(Recent))));
}

void TestHostileLive::impossibleTimesAreLeftOutWithAWarning() {
    LiveFixture f;
    QVERIFY(f.listening);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    f.server.setResponder([now](const HostileRequest &, int) {
        QJsonArray items{
            session(QStringLiteral("running"), now - 300, now - 3),
            session(QStringLiteral("from-the-future"), now - 300, now + 7200),
            session(QStringLiteral("before-its-start"), now - 300, now - 900),
            session(QStringLiteral("starts-tomorrow"), now + 86400, now + 86400),
        };
        return page(items, items.size());
    });
    QSignalSpy warnings(&f.monitor, &LiveMonitor::warning);
    QVERIFY(f.refresh());
    QCOMPARE(ids(f.monitor.roster()), QStringList{QStringLiteral("running")});
    QCOMPARE(f.monitor.roster().running(), 1);
    QStringList said;
    for (const QList<QVariant> &w : std::as_const(warnings))
        said.append(w.constFirst().toString());
    const QString all = said.join(u'\n');
    QVERIFY2(all.contains(QLatin1String("future")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("before they started")), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestHostileLive)
#include "tst_hostilelive.moc"
