#include "breakdownmodel.h"
#include "panelfixture.h"
#include "panels/intervalbreakdownpanel.h"
#include "tablerole.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <algorithm>

using namespace trro;

namespace {

// The vehicles of the demo project, as the device panel would hand them over.
QList<Device> vehicles(test::PanelFixture &fixture, int count) {
    QList<Device> list;
    const QList<Device> all =
        fixture.service->fleet().devices(fixture.projectIndex(), fixture.now());
    for (const Device &device : all) {
        if (device.deviceType == DeviceType::Field && list.size() < count)
            list.append(device);
    }
    return list;
}

// Requests the panel asked for: what the scheduler sent, minus its own retries.
qint64 requested(const test::PanelFixture &fixture) {
    return fixture.scheduler->stats().sent - fixture.scheduler->stats().retried;
}

const QString ByInterval = QStringLiteral("DescribeSessionStatisticsByInterval");
const QString Totals = QStringLiteral("DescribeSessionStatistics");
const QString SessionList = QStringLiteral("DescribeDeviceSessionList");

// The first interval at or before `ago` in which one of the devices had a session: the
// synthetic fleet sleeps at night, so a fixed "an hour a day ago" is empty at some times of day.
qint64 busyIntervalStart(test::PanelFixture &fixture, Interval interval, qint64 ago,
                         const QList<Device> &devices) {
    const qint64 now = fixture.now();
    qint64 start = sim::Fleet::bucketStart(interval, now - ago);
    for (int tries = 0; tries < 48; ++tries) {
        const qint64 end = sim::Fleet::bucketEnd(interval, start);
        for (const Device &device : devices) {
            const QList<IntervalBucket> buckets = fixture.service->fleet().intervalStatistics(
                fixture.projectIndex(), fixture.deviceIndex(device.deviceId), interval, start, end,
                now);
            if (!buckets.isEmpty() && buckets.first().sessionNum > 0)
                return start;
        }
        start = sim::Fleet::bucketStart(interval, start - 1);
    }
    return sim::Fleet::bucketStart(interval, now - ago);
}

} // namespace

class TestIntervalBreakdownPanel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneRowPerDevice_data();
    void oneRowPerDevice();
    void staysUnderTheRateLimit();
    void cancelStops();
    void failedDevicesAreListed();
    void devicesWithoutSessionsOnRequest();
};

void TestIntervalBreakdownPanel::oneRowPerDevice_data() {
    QTest::addColumn<int>("intervalValue"); // trro::Interval
    QTest::addColumn<qint64>("ago");        // seconds before now that the interval contains
    QTest::addColumn<int>("deviceCount");

    QTest::newRow("an hour, a day ago") << int(Interval::Hour) << qint64(26 * 3600) << 12;
    QTest::newRow("a day, three days ago") << int(Interval::Day) << qint64(3 * 86400) << 30;
}

void TestIntervalBreakdownPanel::oneRowPerDevice() {
    QFETCH(int, intervalValue);
    const auto interval = Interval(intervalValue);
    QFETCH(qint64, ago);
    QFETCH(int, deviceCount);

    test::PanelFixture fixture;
    QVERIFY(fixture.listening);
    IntervalBreakdownPanel panel(fixture.api, fixture.statistics);
    QAbstractItemModelTester tester(panel.model());
    auto *table = panel.findChild<QTableView *>();
    QAbstractItemModelTester viewTester(table->model());
    const QList<Device> devices = vehicles(fixture, deviceCount);
    QCOMPARE(devices.size(), deviceCount);
    const qint64 start = busyIntervalStart(fixture, interval, ago, devices);
    const qint64 end = sim::Fleet::bucketEnd(interval, start);

    QSignalSpy finished(&panel, &IntervalBreakdownPanel::finished);
    QSignalSpy errors(&panel, &IntervalBreakdownPanel::errorOccurred);
    panel.start(fixture.projectId(), interval, start, end, devices, QTimeZone::utc());
    QVERIFY(panel.isRunning());
    QCOMPARE(panel.model()->rowCount(), deviceCount); // pending rows at once
    QVERIFY(finished.wait(30000));
    QCOMPARE(errors.size(), 0);
    QVERIFY(!panel.isRunning());
    // One statistics request per device over the two actions, plus one fleet-wide request of
    // each to check they agree, plus the pages of the project's session list.
    const qint64 statistics = fixture.served(ByInterval) + fixture.served(Totals);
    QCOMPARE(statistics, deviceCount + 2);
    QCOMPARE(requested(fixture), statistics + fixture.served(SessionList));
    QVERIFY(fixture.served(Totals) > 1); // the actions agree: both carry device requests

    // Every row equals the service's own statistics of that device for that interval.
    int withSessions = 0;
    for (const BreakdownModel::Row &row : panel.model()->rows()) {
        QCOMPARE(row.state, BreakdownModel::RowState::Loaded);
        const QList<IntervalBucket> truth = fixture.service->fleet().intervalStatistics(
            fixture.projectIndex(), fixture.deviceIndex(row.device.deviceId), interval, start, end,
            fixture.now());
        QVERIFY(truth.size() <= 1);
        const IntervalBucket expected = truth.isEmpty() ? IntervalBucket{} : truth.first();
        QCOMPARE(row.stats.sessionNum, expected.sessionNum);
        QCOMPARE(row.stats.totalDuration, expected.totalDuration);
        if (expected.sessionNum > 0) {
            ++withSessions;
            QCOMPARE(row.stats.notBadSessionRatio, expected.notBadSessionRatio);
        }
    }
    QVERIFY2(withSessions > 0, "the interval should hold sessions");

    // Sorted by impact by default: the device with the most bad sessions is on top.
    qint64 mostBad = 0;
    for (const BreakdownModel::Row &row : panel.model()->rows())
        mostBad = std::max(mostBad, row.stats.badSessions());
    const QString topId = table->model()->index(0, 0).data(DeviceIdRole).toString();
    QCOMPARE(panel.model()->rows().at(panel.model()->rowOf(topId)).stats.badSessions(), mostBad);

    // Double-click (activation) opens that device.
    QSignalSpy opened(&panel, &IntervalBreakdownPanel::deviceOpened);
    const QModelIndex first = table->model()->index(0, BreakdownModel::MinutesColumn);
    Q_EMIT table->activated(first);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), first.data(DeviceIdRole).toString());
}

void TestIntervalBreakdownPanel::staysUnderTheRateLimit() {
    test::PanelFixture fixture;
    IntervalBreakdownPanel panel(fixture.api, fixture.statistics);
    const qint64 start = sim::Fleet::bucketStart(Interval::Day, fixture.now() - 86400);
    QSignalSpy finished(&panel, &IntervalBreakdownPanel::finished);
    QSignalSpy errors(&panel, &IntervalBreakdownPanel::errorOccurred);
    panel.start(fixture.projectId(), Interval::Day, start, start + 86400, vehicles(fixture, 50),
                QTimeZone::utc());
    QVERIFY(finished.wait(30000));
    QCOMPARE(errors.size(), 0);
    QCOMPARE(panel.model()->count(BreakdownModel::RowState::Loaded), 50);
    const qint64 overhead = 2 + fixture.served(SessionList); // fleet check, session list
    QCOMPARE(requested(fixture), qint64(50) + overhead);
    // The requests go out paced at the limit. On a busy machine arrivals can bunch up at the
    // service and an occasional one is refused; the scheduler retries those, but they stay rare:
    // 50 requests sent at once would be refused 30 times.
    const auto stats = fixture.scheduler->stats();
    qInfo("%lld requests, %lld refused by the service's limit", stats.sent, stats.rateLimited);
    QVERIFY2(stats.rateLimited <= 5, qPrintable(QString::number(stats.rateLimited)));
    const auto log = fixture.service->requestLog();
    QCOMPARE(log.size(), qsizetype(stats.sent));
    // 50 requests over two actions at 20/s each: over a second.
    QVERIFY(log.last().receivedMs - log.first().receivedMs >= 1000);
}

void TestIntervalBreakdownPanel::cancelStops() {
    test::PanelFixture fixture;
    IntervalBreakdownPanel panel(fixture.api, fixture.statistics);
    const qint64 start = sim::Fleet::bucketStart(Interval::Day, fixture.now() - 2 * 86400);
    QSignalSpy cancelled(&panel, &IntervalBreakdownPanel::cancelled);
    QSignalSpy finished(&panel, &IntervalBreakdownPanel::finished);
    panel.start(fixture.projectId(), Interval::Day, start, start + 86400, vehicles(fixture, 60),
                QTimeZone::utc());
    // Let a few requests complete, then press Cancel.
    QTRY_VERIFY_WITH_TIMEOUT(panel.model()->count(BreakdownModel::RowState::Loaded) >= 3, 10000);
    QPushButton *cancel = nullptr;
    for (QPushButton *button : panel.findChildren<QPushButton *>()) {
        if (button->text() == IntervalBreakdownPanel::tr("Cancel"))
            cancel = button;
    }
    QVERIFY(cancel);
    QVERIFY(cancel->isEnabled());
    const int inFlight = fixture.scheduler->inFlightCount();
    QTest::mouseClick(cancel, Qt::LeftButton);
    const qint64 sentAtCancel = fixture.scheduler->stats().sent;
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!panel.isRunning());
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(fixture.scheduler->pendingCount(), 0);

    const int loaded = panel.model()->count(BreakdownModel::RowState::Loaded);
    const int cancelledRows = panel.model()->count(BreakdownModel::RowState::Cancelled);
    QCOMPARE(loaded + cancelledRows, 60);
    QVERIFY(cancelledRows > 30);
    const qsizetype received = fixture.service->requestLog().size();
    // What was on the wire finishes; its answers are delivered. A fetcher that went on after
    // Cancel would queue or send more then.
    QVERIFY(QTest::qWaitFor([&] { return fixture.scheduler->inFlightCount() == 0; }, 15000));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(fixture.scheduler->pendingCount(), 0);
    QCOMPARE(fixture.scheduler->stats().sent, sentAtCancel);
    // Only what was already on the wire when Cancel was pressed may still reach the service.
    QVERIFY2(fixture.service->requestLog().size() <= received + inFlight,
             qPrintable(QString::number(fixture.service->requestLog().size() - received)));
    QCOMPARE(panel.model()->count(BreakdownModel::RowState::Loaded), loaded);
    QCOMPARE(finished.size(), 0);
}

void TestIntervalBreakdownPanel::failedDevicesAreListed() {
    sim::ServiceOptions options = test::PanelFixture::defaultOptions();
    options.faults.failureRate = 0.3;
    options.faults.http5xx = false;
    options.faults.malformedJson = false;
    options.faults.slow = false;
    options.faults.dropConnection = false;
    options.faults.rateLimit = false; // InternalError only
    options.ratePerSecond = 0;        // and no refusals from the real limit without retries
    RequestScheduler::Options noRetries;
    noRetries.maxRetries = 0;
    test::PanelFixture fixture(options, noRetries);
    IntervalBreakdownPanel panel(fixture.api, fixture.statistics);
    QSignalSpy finished(&panel, &IntervalBreakdownPanel::finished);
    QSignalSpy errors(&panel, &IntervalBreakdownPanel::errorOccurred);
    const qint64 start = sim::Fleet::bucketStart(Interval::Day, fixture.now() - 86400);
    panel.start(fixture.projectId(), Interval::Day, start, start + 86400, vehicles(fixture, 30),
                QTimeZone::utc());
    QVERIFY(finished.wait(30000));
    const int failed = panel.model()->count(BreakdownModel::RowState::Failed);
    QVERIFY2(failed > 0 && failed < 30, qPrintable(QString::number(failed)));
    QCOMPARE(errors.size(), 1); // one banner for the run, not one per device
    QCOMPARE(errors.first().first().value<ApiError>().code, QStringLiteral("InternalError"));

    // The failed devices are named under the table, with a Retry button.
    QLabel *failedLabel = nullptr;
    for (QLabel *label : panel.findChildren<QLabel *>()) {
        if (label->accessibleName() == IntervalBreakdownPanel::tr("Devices whose request failed"))
            failedLabel = label;
    }
    QVERIFY(failedLabel);
    QVERIFY(!failedLabel->isHidden());
    for (const Device &device : panel.model()->failedDevices())
        QVERIFY2(failedLabel->text().contains(device.deviceName) || failed > 12,
                 qPrintable(failedLabel->text()));

    // Retry until every device is in (each try fails ~30 %).
    options.faults.failureRate = 0.0;
    fixture.service->setOptions(options);
    QPushButton *retry = nullptr;
    for (QPushButton *button : panel.findChildren<QPushButton *>()) {
        if (button->accessibleName() ==
            IntervalBreakdownPanel::tr("Retry the devices whose request failed"))
            retry = button;
    }
    QVERIFY(retry && !retry->isHidden());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->count(BreakdownModel::RowState::Loaded), 30, 20000);
    QVERIFY(failedLabel->isHidden());
}

// An hour in which some of the vehicles drove: only they are listed until "Show devices without
// sessions" is checked; the bad minutes are the minutes of each vehicle's bad sessions in the
// service's session list.
void TestIntervalBreakdownPanel::devicesWithoutSessionsOnRequest() {
    test::PanelFixture fixture;
    IntervalBreakdownPanel panel(fixture.api, fixture.statistics);
    auto *table = panel.findChild<QTableView *>();
    QAbstractItemModelTester viewTester(table->model());
    const QList<Device> devices = vehicles(fixture, 60);
    const qint64 start = busyIntervalStart(fixture, Interval::Hour, 30 * 3600, devices);
    const qint64 end = sim::Fleet::bucketEnd(Interval::Hour, start);
    QSignalSpy finished(&panel, &IntervalBreakdownPanel::finished);
    panel.start(fixture.projectId(), Interval::Hour, start, end, devices, QTimeZone::utc());
    QVERIFY(finished.wait(30000));

    // What the service's session list says, vehicle by vehicle.
    const auto list = fixture.service->fleet().sessions(fixture.projectIndex(), -1, start, end,
                                                        fixture.now(), 0, 1000000);
    QHash<QString, qint64> badMinutes;
    QSet<QString> drove;
    for (const DeviceSession &session : list.sessions) {
        drove.insert(session.fieldDeviceId);
        if (session.quality == QLatin1String("bad"))
            badMinutes[session.fieldDeviceId] += (session.endTime - session.startTime + 30) / 60;
    }
    QVERIFY2(!drove.isEmpty() && drove.size() < devices.size(),
             qPrintable(QString::number(drove.size())));

    auto *showEmpty = panel.findChild<QCheckBox *>();
    QVERIFY(showEmpty);
    QVERIFY(!showEmpty->isChecked());
    QVERIFY(!panel.showsDevicesWithoutSessions());
    QCOMPARE(table->model()->rowCount(), int(drove.size()));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString id = table->model()->index(row, 0).data(DeviceIdRole).toString();
        QVERIFY2(drove.contains(id), qPrintable(id));
        QCOMPARE(table->model()->index(row, BreakdownModel::BadMinutesColumn).data().toString(),
                 QLocale().toString(badMinutes.value(id)));
    }
    const auto labels = panel.findChildren<QLabel *>();
    const bool saysHidden = std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *label) {
        return label->text().contains(IntervalBreakdownPanel::tr("%1 without sessions hidden")
                                          .arg(QLocale().toString(devices.size() - drove.size())));
    });
    QVERIFY(saysHidden);

    QTest::mouseClick(showEmpty, Qt::LeftButton);
    QVERIFY(panel.showsDevicesWithoutSessions());
    QCOMPARE(table->model()->rowCount(), int(devices.size()));
    // Sorted by impact, the vehicles without a session come after every one that drove.
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString id = table->model()->index(row, 0).data(DeviceIdRole).toString();
        QCOMPARE(drove.contains(id), row < drove.size());
    }
    panel.setShowDevicesWithoutSessions(false);
    QCOMPARE(table->model()->rowCount(), int(drove.size()));
}

QTEST_MAIN(TestIntervalBreakdownPanel)
#include "tst_intervalbreakdownpanel.moc"
