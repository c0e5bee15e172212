#include "devicelistmodel.h"
#include "panelfixture.h"
#include "panels/devicepanel.h"
#include "panels/toneproxymodel.h"
#include "tablerole.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <limits>

using namespace trro;

class TestDevicePanel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadsEveryPage();
    void filters_data();
    void filters();
    void selectionAndOpen();
    void errorKeepsPreviousList();
    void projectChangeClears();
    void followsDarkPalette();
    void badSessionsInRange();
};

void TestDevicePanel::loadsEveryPage() {
    test::PanelFixture fixture;
    QVERIFY(fixture.listening);
    DevicePanel panel(fixture.api);
    QAbstractItemModelTester tester(panel.model());
    auto *table = panel.findChild<QTableView *>();
    QVERIFY(table);
    QAbstractItemModelTester viewTester(table->model());
    QSignalSpy loaded(&panel, &DevicePanel::devicesLoaded);
    QSignalSpy errors(&panel, &DevicePanel::errorOccurred);
    panel.setProject(fixture.projectId());
    QVERIFY(panel.isLoading());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(errors.size(), 0);

    const QList<Device> expected =
        fixture.service->fleet().devices(fixture.projectIndex(), fixture.now());
    QCOMPARE(expected.size(), 72); // 60 vehicles, 12 cockpits: three pages of 25
    QCOMPARE(panel.devices().size(), expected.size());
    QSet<QString> ids;
    for (const Device &device : panel.devices())
        ids.insert(device.deviceId);
    QCOMPARE(ids.size(), expected.size()); // no page twice
    for (const Device &device : expected)
        QVERIFY2(ids.contains(device.deviceId), qPrintable(device.deviceId));
    QCOMPARE(table->model()->rowCount(), 72);
    QVERIFY(!panel.isStale());

    int listCalls = 0;
    for (const auto &record : fixture.service->requestLog())
        listCalls +=
            record.action == QLatin1String("DescribeDeviceList") && record.errorCode.isEmpty();
    QCOMPARE(listCalls, 3);
}

void TestDevicePanel::filters_data() {
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("typeIndex");   // 0 all, 1 vehicles, 2 cockpits
    QTest::addColumn<int>("statusIndex"); // 0 all, 1 connected, 2 ready, 3 offline
    QTest::addColumn<int>("expected");    // -1: compute from the fleet

    QTest::newRow("all") << QString() << 0 << 0 << 72;
    QTest::newRow("vehicles") << QString() << 1 << 0 << 60;
    QTest::newRow("cockpits") << QString() << 2 << 0 << 12;
    QTest::newRow("offline") << QString() << 0 << 3 << -1;
    QTest::newRow("unknown text") << QStringLiteral("no such device") << 0 << 0 << 0;
}

void TestDevicePanel::filters() {
    QFETCH(QString, search);
    QFETCH(int, typeIndex);
    QFETCH(int, statusIndex);
    QFETCH(int, expected);

    test::PanelFixture fixture;
    DevicePanel panel(fixture.api);
    panel.setProject(fixture.projectId());
    QVERIFY(test::waitLoaded(panel));
    auto *table = panel.findChild<QTableView *>();
    QAbstractItemModelTester tester(table->model());
    const QList<QComboBox *> combos = panel.findChildren<QComboBox *>();
    QCOMPARE(combos.size(), 2);
    panel.findChild<QLineEdit *>()->setText(search);
    combos.at(0)->setCurrentIndex(typeIndex);
    combos.at(1)->setCurrentIndex(statusIndex);
    if (expected < 0) {
        expected = 0;
        for (const Device &device : panel.devices())
            expected += device.deviceStatus == QLatin1String("offline") ? 1 : 0;
        QVERIFY(expected > 0); // the demo fleet has offline devices
    }
    QCOMPARE(table->model()->rowCount(), expected);
}

void TestDevicePanel::selectionAndOpen() {
    test::PanelFixture fixture;
    DevicePanel panel(fixture.api);
    QSignalSpy selection(&panel, &DevicePanel::selectionChanged);
    QSignalSpy opened(&panel, &DevicePanel::deviceOpened);
    const QString first = fixture.service->fleet().catalog().devices().at(0).deviceId;
    const QString second = fixture.service->fleet().catalog().devices().at(5).deviceId;
    // A selection restored before the list arrives is applied once it has loaded.
    panel.setSelectedDeviceIds({second, first, QStringLiteral("gone")});
    panel.setProject(fixture.projectId());
    QVERIFY(test::waitLoaded(panel));
    QStringList expected{first, second};
    expected.sort();
    QCOMPARE(panel.selectedDeviceIds(), expected);
    QVERIFY(!selection.isEmpty());
    QCOMPARE(selection.last().first().toStringList(), expected);

    auto *table = panel.findChild<QTableView *>();
    table->selectRow(0);
    const QString top = table->model()->index(0, 0).data(DeviceIdRole).toString();
    QCOMPARE(selection.last().first().toStringList(), QStringList{top});
    Q_EMIT table->activated(table->model()->index(0, DeviceListModel::StatusColumn));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), top);
    QVERIFY(!table->accessibleName().isEmpty());
}

void TestDevicePanel::errorKeepsPreviousList() {
    test::PanelFixture fixture;
    DevicePanel panel(fixture.api);
    panel.setProject(fixture.projectId());
    QVERIFY(test::waitLoaded(panel));
    QCOMPARE(panel.devices().size(), 72);

    fixture.revokeKey();
    QSignalSpy errors(&panel, &DevicePanel::errorOccurred);
    panel.reload();
    QVERIFY(errors.wait(20000));
    QVERIFY(test::waitLoaded(panel));
    const auto error = errors.first().first().value<ApiError>();
    QVERIFY2(error.isAuthFailure(), qPrintable(error.code));
    QCOMPARE(panel.devices().size(), 72); // the last good list stays
    QCOMPARE(panel.findChild<QTableView *>()->model()->rowCount(), 72);
    QVERIFY(panel.isStale());
}

void TestDevicePanel::projectChangeClears() {
    test::PanelFixture fixture;
    DevicePanel panel(fixture.api);
    panel.setProject(fixture.projectId());
    QVERIFY(test::waitLoaded(panel));
    const QString mine = fixture.service->fleet().catalog().projects().at(1).config.projectId;
    panel.setProject(mine);
    QCOMPARE(panel.devices().size(), 0); // another project's devices never show under this one
    QVERIFY(test::waitLoaded(panel));
    QCOMPARE(panel.devices().size(), 24 + 4);
    for (const Device &device : panel.devices())
        QCOMPARE(device.projectId, mine);
}

void TestDevicePanel::followsDarkPalette() {
    test::PanelFixture fixture;
    DevicePanel panel(fixture.api);
    panel.setProject(fixture.projectId());
    QVERIFY(test::waitLoaded(panel));
    panel.findChildren<QComboBox *>().at(1)->setCurrentIndex(3); // offline: a Warning tone
    auto *table = panel.findChild<QTableView *>();
    QVERIFY(table->model()->rowCount() > 0);
    const QModelIndex status = table->model()->index(0, DeviceListModel::StatusColumn);
    QCOMPARE(status.data().toString(), DeviceListModel::statusText(QStringLiteral("offline")));
    QVERIFY(!status.data(Qt::DecorationRole).isNull()); // a swatch beside the text

    const QPalette light = QApplication::palette();
    const bool startedDark =
        light.color(QPalette::Base).lightness() < light.color(QPalette::Text).lightness();
    QCOMPARE(status.data(Qt::ForegroundRole).value<QColor>(),
             ToneProxyModel::toneColor(Tone::Warning, startedDark));
    QPalette dark = light;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
    dark.setColor(QPalette::WindowText, QColor(0xdf, 0xe1, 0xe5));
    QApplication::setPalette(dark); // delivered to the widgets as a posted event
    QTRY_COMPARE(status.data(Qt::ForegroundRole).value<QColor>(),
                 ToneProxyModel::toneColor(Tone::Warning, true));
    QApplication::setPalette(light);
    QTRY_COMPARE(status.data(Qt::ForegroundRole).value<QColor>(),
                 ToneProxyModel::toneColor(Tone::Warning, startedDark));
}

// The "bad sessions in range" column: every device's bad sessions in the range from one
// project-wide session list (counted here from the service's own sessions), sorted as numbers,
// loaded again for a new range.
void TestDevicePanel::badSessionsInRange() {
    test::PanelFixture fixture;
    DevicePanel panel(fixture.api);
    QAbstractItemModelTester tester(panel.model());
    const qint64 to = fixture.now() / 3600 * 3600 - 3600;
    const qint64 from = to - 12 * 3600;
    QSignalSpy badLoaded(&panel, &DevicePanel::badSessionsLoaded);
    panel.setRange(from, to);
    QVERIFY(!panel.isLoadingBadSessions()); // no project yet: nothing to ask
    panel.setProject(fixture.projectId());
    QVERIFY(panel.isLoadingBadSessions());
    QVERIFY(test::waitLoaded(panel));
    QVERIFY(badLoaded.size() == 1 || badLoaded.wait(20000));
    QVERIFY(panel.model()->hasBadSessions());

    const auto list = fixture.service->fleet().sessions(fixture.projectIndex(), -1, from, to,
                                                        fixture.now(), 0, 1000000);
    QHash<QString, qint64> bad;
    for (const DeviceSession &session : list.sessions) {
        if (session.quality != QLatin1String("bad"))
            continue;
        ++bad[session.fieldDeviceId];
        ++bad[session.remoteDeviceId];
    }
    QVERIFY2(bad.size() > 3, qPrintable(QString::number(bad.size())));
    auto *table = panel.findChild<QTableView *>();
    QVERIFY(panel.isColumnVisible(DeviceListModel::BadSessionsColumn));
    table->sortByColumn(DeviceListModel::BadSessionsColumn, Qt::DescendingOrder);
    QAbstractItemModel *view = table->model();
    QCOMPARE(view->rowCount(), 72);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < view->rowCount(); ++row) {
        const QString id = view->index(row, 0).data(DeviceIdRole).toString();
        const QModelIndex cell = view->index(row, DeviceListModel::BadSessionsColumn);
        QCOMPARE(cell.data().toString(), QLocale().toString(bad.value(id)));
        const qint64 value = cell.data(SortRole).toLongLong();
        QCOMPARE(value, bad.value(id));
        QVERIFY(value <= previous); // numerically, worst first
        previous = value;
    }

    // Another range: the column empties, then shows the new range's figures.
    panel.setRange(from - 6 * 3600, from);
    QVERIFY(panel.isLoadingBadSessions());
    QCOMPARE(view->index(0, DeviceListModel::BadSessionsColumn).data().toString(), QString());
    QVERIFY(badLoaded.wait(20000));
    QVERIFY(panel.model()->hasBadSessions());
}

QTEST_MAIN(TestDevicePanel)
#include "tst_devicepanel.moc"
