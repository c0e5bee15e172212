#include "charts/linkedchartsview.h"
#include "panelfixture.h"
#include "panels/deviceview.h"
#include "sessionlistmodel.h"
#include "tablerole.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace trro;

namespace {

struct Opened {
    Device device;
    qint64 from = 0;
    qint64 to = 0;
};

// The busiest vehicle of the last week, so that its sessions take several pages.
Opened busiestVehicle(test::PanelFixture &fixture) {
    Opened best;
    best.to = fixture.now();
    best.from = best.to - 7 * 86400;
    qint64 most = -1;
    const QList<Device> devices =
        fixture.service->fleet().devices(fixture.projectIndex(), fixture.now());
    for (const Device &device : devices) {
        if (device.deviceType != DeviceType::Field)
            continue;
        const qint64 total =
            fixture.service->fleet()
                .sessions(fixture.projectIndex(), fixture.deviceIndex(device.deviceId), best.from,
                          best.to, fixture.now(), 0, 1)
                .total;
        if (total > most) {
            most = total;
            best.device = device;
        }
    }
    return best;
}

// Opens the busiest vehicle in view by interval and waits until it is loaded.
bool openBusiest(DeviceView &view, test::PanelFixture &fixture, Interval interval) {
    const Opened target = busiestVehicle(fixture);
    view.open(fixture.projectId(), target.device, interval, target.from, target.to,
              QTimeZone::utc());
    return test::waitLoaded(view);
}

} // namespace

class TestDeviceView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsTheDevicesSessions();
    void filters_data();
    void filters();
    void errorKeepsPreviousData();
};

void TestDeviceView::showsTheDevicesSessions() {
    test::PanelFixture fixture;
    QVERIFY(fixture.listening);
    DeviceView view(fixture.api, fixture.statistics);
    QAbstractItemModelTester tester(view.sessionModel());
    const Opened target = busiestVehicle(fixture);
    const auto page = fixture.service->fleet().sessions(
        fixture.projectIndex(), fixture.deviceIndex(target.device.deviceId), target.from, target.to,
        fixture.now(), 0, 100000);
    QVERIFY2(page.total > 25,
             qPrintable(QStringLiteral("only %1 sessions: one page").arg(page.total)));

    QSignalSpy errors(&view, &DeviceView::errorOccurred);
    view.open(fixture.projectId(), target.device, Interval::Hour, target.from, target.to,
              QTimeZone::utc());
    QVERIFY(view.isLoading());
    QVERIFY(test::waitLoaded(view));
    QCOMPARE(errors.size(), 0);

    // Every session of that device in the range, and only those.
    const QList<DeviceSession> &shown = view.sessionModel()->sessions();
    QCOMPARE(qint64(shown.size()), page.total);
    QSet<QString> expectedIds;
    for (const DeviceSession &session : page.sessions)
        expectedIds.insert(session.sessionId);
    for (const DeviceSession &session : shown) {
        QVERIFY(session.fieldDeviceId == target.device.deviceId ||
                session.remoteDeviceId == target.device.deviceId);
        QVERIFY(session.startTime >= target.from && session.startTime < target.to);
        QVERIFY(expectedIds.contains(session.sessionId));
    }

    // The charts show that device's own series, over the requested range.
    const ChartData &chart = view.charts()->data();
    QCOMPARE(chart.series.size(), 1);
    QCOMPARE(chart.series.first().key, target.device.deviceId);
    QCOMPARE(chart.rangeStart, target.from);
    QCOMPARE(chart.rangeEnd, target.to);
    const QList<IntervalBucket> truth = fixture.service->fleet().intervalStatistics(
        fixture.projectIndex(), fixture.deviceIndex(target.device.deviceId), Interval::Hour,
        target.from, target.to, fixture.now());
    QCOMPARE(chart.series.first().buckets, truth);

    // A vehicle's own column is hidden: the peer (cockpit) column is what tells sessions apart.
    auto *table = view.findChild<QTableView *>();
    QVERIFY(table->isColumnHidden(SessionListModel::FieldDeviceColumn));
    QVERIFY(!table->isColumnHidden(SessionListModel::RemoteDeviceColumn));
    QAbstractItemModelTester viewTester(table->model());

    // Activating a row names its session.
    QSignalSpy activated(&view, &DeviceView::sessionActivated);
    Q_EMIT table->activated(table->model()->index(0, SessionListModel::QualityColumn));
    QCOMPARE(activated.size(), 1);
    QVERIFY(expectedIds.contains(activated.first().first().toString()));
}

void TestDeviceView::filters_data() {
    QTest::addColumn<int>("qualityIndex"); // 0 all, 1 good, 2 normal, 3 bad
    QTest::addColumn<QString>("quality");

    QTest::newRow("all") << 0 << QString();
    QTest::newRow("good") << 1 << QStringLiteral("good");
    QTest::newRow("normal") << 2 << QStringLiteral("normal");
    QTest::newRow("bad") << 3 << QStringLiteral("bad");
}

void TestDeviceView::filters() {
    QFETCH(int, qualityIndex);
    QFETCH(QString, quality);

    test::PanelFixture fixture;
    DeviceView view(fixture.api, fixture.statistics);
    QVERIFY(openBusiest(view, fixture, Interval::Day));
    auto *table = view.findChild<QTableView *>();
    view.findChild<QComboBox *>()->setCurrentIndex(qualityIndex);
    int expected = 0;
    for (const DeviceSession &session : view.sessionModel()->sessions())
        expected += quality.isEmpty() || session.quality == quality ? 1 : 0;
    QCOMPARE(table->model()->rowCount(), expected);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, SessionListModel::QualityColumn);
        if (!quality.isEmpty())
            QCOMPARE(index.data(SessionListModel::QualityRole).toString(), quality);
        QVERIFY(!index.data().toString().isEmpty()); // text, not colour alone
    }

    // The text filter narrows further to one session id.
    if (table->model()->rowCount() > 0) {
        const QString id =
            table->model()->index(0, 0).data(SessionListModel::SessionIdRole).toString();
        view.findChild<QLineEdit *>()->setText(id);
        QCOMPARE(table->model()->rowCount(), 1);
    }
}

void TestDeviceView::errorKeepsPreviousData() {
    test::PanelFixture fixture;
    DeviceView view(fixture.api, fixture.statistics);
    QVERIFY(openBusiest(view, fixture, Interval::Hour));
    const QList<DeviceSession> before = view.sessionModel()->sessions();
    const ChartData chartBefore = view.charts()->data();
    QVERIFY(!before.isEmpty());
    QVERIFY(!view.isStale());

    fixture.revokeKey();
    QSignalSpy errors(&view, &DeviceView::errorOccurred);
    view.reload();
    QVERIFY(test::waitLoaded(view));
    QCOMPARE(errors.size(), 1); // one banner for the failed refresh
    QVERIFY(errors.first().first().value<ApiError>().isAuthFailure());
    QCOMPARE(view.sessionModel()->sessions(), before);
    QCOMPARE(view.charts()->data().series.size(), chartBefore.series.size());
    QCOMPARE(view.charts()->data().series.first().buckets, chartBefore.series.first().buckets);
    QVERIFY(view.isStale());
    QVERIFY(view.charts()->isStale());
}

QTEST_MAIN(TestDeviceView)
#include "tst_deviceview.moc"
