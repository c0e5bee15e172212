#include "devicefiltermodel.h"
#include "devicelistmodel.h"
#include "filteredmodel.h"
#include "tablerole.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace trro;

namespace {

using Devices = test::FilteredModel<DeviceListModel, DeviceFilterModel>;

Device makeDevice(const QString &id, const QString &name, DeviceType type, const QString &status,
                  qint64 lastReport) {
    Device device;
    device.deviceId = id;
    device.deviceName = name;
    device.deviceType = type;
    device.deviceStatus = status;
    device.projectId = QStringLiteral("prj-1");
    if (lastReport > 0)
        device.lastReportTime = QDateTime::fromSecsSinceEpoch(lastReport, QTimeZone::utc());
    return device;
}

QList<Device> fleet() {
    return {
        makeDevice(QStringLiteral("ex-009"), QStringLiteral("Excavator 9"), DeviceType::Field,
                   QStringLiteral("connected"), 1'700'000'900),
        makeDevice(QStringLiteral("ex-010"), QStringLiteral("Excavator 10"), DeviceType::Field,
                   QStringLiteral("offline"), 1'600'000'000),
        makeDevice(QStringLiteral("pt-100"), QStringLiteral("Port truck 100"), DeviceType::Field,
                   QStringLiteral("ready"), 1'700'000'000),
        makeDevice(QStringLiteral("ck-01"), QStringLiteral("Cockpit Ningbo 1"), DeviceType::Remote,
                   QStringLiteral("ready"), 0),
        makeDevice(QStringLiteral("ck-02"), QStringLiteral("Cockpit Ningbo 2"), DeviceType::Remote,
                   QStringLiteral("connected"), 1'699'999'000),
    };
}

QStringList columnValues(const QAbstractItemModel &model, int column, int role = DeviceIdRole) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

// The fleet's devices behind their filter.
struct FleetDevices : Devices {
    FleetDevices() { model.setDevices(fleet()); }
};

} // namespace

class TestDeviceListModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tester();
    void display();
    void sorting_data();
    void sorting();
    void filter_data();
    void filter();
};

void TestDeviceListModel::tester() {
    Devices f;
    QAbstractItemModelTester sourceTester(&f.model);
    f.model.setDevices(fleet());
    f.filter.sort(DeviceListModel::LastReportColumn);
    f.filter.setSearchText(QStringLiteral("ex"));
    f.filter.setTypeFilter(DeviceType::Field);
    f.filter.setStatusFilter(QStringLiteral("offline"));
    f.model.setTimeZone(QTimeZone(8 * 3600));
    f.model.setDevices(fleet().mid(2));
    f.filter.setSearchText({});
    f.model.setDevices({});
    QCOMPARE(f.model.rowCount(), 0);
}

void TestDeviceListModel::display() {
    DeviceListModel model;
    model.setDevices(fleet());
    model.setTimeZone(QTimeZone::utc());
    QCOMPARE(model.columnCount(), int(DeviceListModel::ColumnCount));
    QCOMPARE(model.rowOf(QStringLiteral("pt-100")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    QCOMPARE(model.deviceName(QStringLiteral("ck-01")), QStringLiteral("Cockpit Ningbo 1"));
    QCOMPARE(model.deviceName(QStringLiteral("nope")), QStringLiteral("nope"));
    const QModelIndex type = model.index(3, DeviceListModel::TypeColumn);
    QCOMPARE(type.data().toString(), DeviceListModel::typeText(DeviceType::Remote));
    QCOMPARE(model.index(3, DeviceListModel::LastReportColumn).data().toString(),
             DeviceListModel::tr("never"));
    QCOMPARE(model.index(0, DeviceListModel::StatusColumn).data(ToneRole).toInt(), int(Tone::Good));
    QCOMPARE(model.index(1, DeviceListModel::StatusColumn).data(ToneRole).toInt(),
             int(Tone::Warning));
    // The last report is shown in the chosen time zone.
    const QString utc = model.index(0, DeviceListModel::LastReportColumn).data().toString();
    model.setTimeZone(QTimeZone(8 * 3600));
    const QString plus8 = model.index(0, DeviceListModel::LastReportColumn).data().toString();
    QVERIFY(!utc.isEmpty());
    QVERIFY2(utc != plus8, qPrintable(utc));
}

void TestDeviceListModel::sorting_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");

    // "Excavator 10" sorts after "Excavator 9" only by text; the SortRole keeps names as text.
    QTest::newRow("name ascending")
        << int(DeviceListModel::NameColumn) << int(Qt::AscendingOrder)
        << QStringList{QStringLiteral("ck-01"), QStringLiteral("ck-02"), QStringLiteral("ex-010"),
                       QStringLiteral("ex-009"), QStringLiteral("pt-100")};
    QTest::newRow("last report is a time, never first")
        << int(DeviceListModel::LastReportColumn) << int(Qt::AscendingOrder)
        << QStringList{QStringLiteral("ck-01"), QStringLiteral("ex-010"), QStringLiteral("ck-02"),
                       QStringLiteral("pt-100"), QStringLiteral("ex-009")};
    QTest::newRow("last report descending")
        << int(DeviceListModel::LastReportColumn) << int(Qt::DescendingOrder)
        << QStringList{QStringLiteral("ex-009"), QStringLiteral("pt-100"), QStringLiteral("ck-02"),
                       QStringLiteral("ex-010"), QStringLiteral("ck-01")};
    QTest::newRow("status: offline, ready, connected")
        << int(DeviceListModel::StatusColumn) << int(Qt::AscendingOrder)
        << QStringList{QStringLiteral("ex-010"), QStringLiteral("pt-100"), QStringLiteral("ck-01"),
                       QStringLiteral("ex-009"), QStringLiteral("ck-02")};
}

void TestDeviceListModel::sorting() {
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);

    FleetDevices f;
    f.filter.sort(column, Qt::SortOrder(order));
    // QSortFilterProxyModel sorts stably: equal keys keep the source order.
    const QStringList ids = columnValues(f.filter, 0);
    QCOMPARE(ids, expected);
}

void TestDeviceListModel::filter_data() {
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("everything") << QString() << int(DeviceType::Unknown) << QString()
                                << QStringList{QStringLiteral("ck-01"), QStringLiteral("ck-02"),
                                               QStringLiteral("ex-009"), QStringLiteral("ex-010"),
                                               QStringLiteral("pt-100")};
    QTest::newRow("name, any case")
        << QStringLiteral("  EXCAVATOR ") << int(DeviceType::Unknown) << QString()
        << QStringList{QStringLiteral("ex-009"), QStringLiteral("ex-010")};
    QTest::newRow("id part") << QStringLiteral("10") << int(DeviceType::Unknown) << QString()
                             << QStringList{QStringLiteral("ex-010"), QStringLiteral("pt-100")};
    QTest::newRow("cockpits") << QString() << int(DeviceType::Remote) << QString()
                              << QStringList{QStringLiteral("ck-01"), QStringLiteral("ck-02")};
    QTest::newRow("connected vehicles")
        << QString() << int(DeviceType::Field) << QStringLiteral("connected")
        << QStringList{QStringLiteral("ex-009")};
    QTest::newRow("ready and ningbo")
        << QStringLiteral("ningbo") << int(DeviceType::Unknown) << QStringLiteral("ready")
        << QStringList{QStringLiteral("ck-01")};
    QTest::newRow("nothing") << QStringLiteral("zzz") << int(DeviceType::Unknown) << QString()
                             << QStringList{};
}

void TestDeviceListModel::filter() {
    QFETCH(QString, search);
    QFETCH(int, type);
    QFETCH(QString, status);
    QFETCH(QStringList, expected);

    FleetDevices f;
    f.filter.setSearchText(search);
    f.filter.setTypeFilter(DeviceType(type));
    f.filter.setStatusFilter(status);
    QStringList ids = columnValues(f.filter, DeviceListModel::IdColumn, Qt::DisplayRole);
    ids.sort();
    QCOMPARE(ids, expected);
}

QTEST_GUILESS_MAIN(TestDeviceListModel)
#include "tst_devicelistmodel.moc"
