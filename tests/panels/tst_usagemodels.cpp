// The Usage page's models without a service: the days table with its totals row (kept last in
// either sort order, values the service sent wrong flagged), the licence devices' levels at
// the thresholds' edges and their filter, and the days' CSV.

#include "licencedevicesmodel.h"
#include "tablerole.h"
#include "usagecsvexport.h"
#include "usagedaysmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace trro;

namespace {

constexpr qint64 Day = 86400;
constexpr qint64 Now = 1795000000; // 2026-11-18

UsageSeries threeDays() {
    UsageSeries s;
    const QDate first(2026, 11, 16);
    for (int i = 0; i < 3; ++i) {
        UsageMinutes m;
        m.tiers[size_t(UsageTier::HD)] = 100 * (i + 1);
        m.tiers[size_t(UsageTier::MultiFHD)] = 10 * (3 - i);
        m.tiers[size_t(UsageTier::Online)] = 7; // not a session minute
        m.deductDuration = m.minutes();
        s.dates.append(first.addDays(i));
        s.minutes.append(m);
        s.total.add(m);
    }
    s.minutes[1].rejected |= 1U << int(UsageTier::FHD); // the service sent -5: kept as 0
    s.total.rejected |= s.minutes[1].rejected;
    return s;
}

DeviceLicence device(const QString &id, qint64 expireIn, qint64 count = 1) {
    DeviceLicence d;
    d.deviceId = id;
    d.deviceName = u"Vehicle "_s + id;
    d.licenseCount = count;
    d.expireTime = expireIn == 0 ? 0 : Now + expireIn;
    return d;
}

} // namespace

class TestUsageModels final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void daysWithTotals();
    void totalsStayLast_data();
    void totalsStayLast();
    void licenceLevels_data();
    void licenceLevels();
    void licenceOrderAndFilter();
    void csvOfTheDays();
};

void TestUsageModels::daysWithTotals() {
    UsageDaysModel model;
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), 0);
    model.setSeries(threeDays());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.totalRow(), 3);
    const int hd = UsageDaysModel::FirstTierColumn + int(UsageTier::HD);
    const int fhd = UsageDaysModel::FirstTierColumn + int(UsageTier::FHD);
    QCOMPARE(model.index(3, hd).data(SortRole).toLongLong(), 600);
    QCOMPARE(model.index(3, UsageDaysModel::SessionMinutesColumn).data(SortRole).toLongLong(),
             600 + 60); // Online is not in it
    QCOMPARE(model.index(3, UsageDaysModel::DayColumn).data().toString(),
             UsageDaysModel::tr("Total"));
    QCOMPARE(model.headerData(hd, Qt::Horizontal).toString(), u"HD"_s);
    QCOMPARE(
        model
            .headerData(UsageDaysModel::FirstTierColumn + int(UsageTier::MultiTwoK), Qt::Horizontal)
            .toString(),
        u"Multi-2K"_s);
    // The value left out: 0, in the warning tone, with a tooltip saying so; the others neutral.
    QCOMPARE(model.index(1, fhd).data(SortRole).toLongLong(), 0);
    QCOMPARE(model.index(1, fhd).data(ToneRole).toInt(), int(Tone::Warning));
    QVERIFY(!model.index(1, fhd).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.index(0, fhd).data(ToneRole).toInt(), int(Tone::Neutral));
    QCOMPARE(model.index(1, UsageDaysModel::SessionMinutesColumn).data(ToneRole).toInt(),
             int(Tone::Warning));
}

void TestUsageModels::totalsStayLast_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QList<int>>("days"); // the source rows, top down
    const int hd = UsageDaysModel::FirstTierColumn + int(UsageTier::HD);
    QTest::newRow("day ascending")
        << int(UsageDaysModel::DayColumn) << Qt::AscendingOrder << QList<int>{0, 1, 2};
    QTest::newRow("day descending")
        << int(UsageDaysModel::DayColumn) << Qt::DescendingOrder << QList<int>{2, 1, 0};
    QTest::newRow("HD descending") << hd << Qt::DescendingOrder << QList<int>{2, 1, 0};
    QTest::newRow("Multi-FHD descending")
        << UsageDaysModel::FirstTierColumn + int(UsageTier::MultiFHD) << Qt::DescendingOrder
        << QList<int>{0, 1, 2};
}

void TestUsageModels::totalsStayLast() {
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QList<int>, days);
    UsageDaysModel model;
    model.setSeries(threeDays());
    UsageDaysSortModel sorter;
    sorter.setSourceModel(&model);
    sorter.sort(column, order);
    QCOMPARE(sorter.rowCount(), 4);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(sorter.mapToSource(sorter.index(row, 0)).row(), days.at(row));
    QVERIFY(sorter.index(3, 0).data(UsageDaysModel::TotalRowRole).toBool());
}

void TestUsageModels::licenceLevels_data() {
    QTest::addColumn<qint64>("expireIn");
    QTest::addColumn<qint64>("days");
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("tone");
    using L = LicenceDevicesModel::Level;
    QTest::newRow("expired a second ago")
        << qint64(-1) << qint64(-1) << int(L::Expired) << int(Tone::Bad);
    QTest::newRow("half a day") << Day / 2 << qint64(0) << int(L::Critical) << int(Tone::Bad);
    QTest::newRow("just under 7 days")
        << 7 * Day - 1 << qint64(6) << int(L::Critical) << int(Tone::Bad);
    QTest::newRow("7 days") << 7 * Day << qint64(7) << int(L::Expiring) << int(Tone::Warning);
    QTest::newRow("just under 30 days")
        << 30 * Day - 1 << qint64(29) << int(L::Expiring) << int(Tone::Warning);
    QTest::newRow("30 days") << 30 * Day << qint64(30) << int(L::Valid) << int(Tone::Neutral);
}

void TestUsageModels::licenceLevels() {
    QFETCH(qint64, expireIn);
    QFETCH(qint64, days);
    QFETCH(int, level);
    QFETCH(int, tone);
    LicenceDevicesModel model;
    QAbstractItemModelTester tester(&model);
    model.setDevices({device(u"a"_s, expireIn)}, Now);
    const QModelIndex state = model.index(0, LicenceDevicesModel::StateColumn);
    QCOMPARE(model.index(0, 0).data(LicenceDevicesModel::RemainingDaysRole).toLongLong(), days);
    QCOMPARE(state.data(LicenceDevicesModel::LevelRole).toInt(), level);
    QCOMPARE(state.data(ToneRole).toInt(), tone);
    QCOMPARE(model.index(0, LicenceDevicesModel::NameColumn).data(ToneRole).toInt(), tone);
    QVERIFY(!state.data().toString().isEmpty()); // the words, beside the tone
}

void TestUsageModels::licenceOrderAndFilter() {
    LicenceDevicesModel model;
    DeviceLicence fromRemainDay = device(u"r"_s, 0);
    fromRemainDay.remainDay = 3; // no usable ExpireTime: the service's RemainDay
    const DeviceLicence none = device(u"n"_s, 0, 0);
    model.setDevices({device(u"late"_s, 80 * Day), none, device(u"soon"_s, 20 * Day), fromRemainDay,
                      device(u"gone"_s, -3 * Day)},
                     Now);
    QStringList order;
    for (const DeviceLicenceDays &d : model.devices())
        order << d.device.deviceId;
    QCOMPARE(order, (QStringList{u"gone"_s, u"r"_s, u"soon"_s, u"late"_s, u"n"_s}));
    QCOMPARE(model.index(4, LicenceDevicesModel::StateColumn).data().toString(),
             LicenceDevicesModel::tr("No licence"));
    QCOMPARE(model.index(4, LicenceDevicesModel::RemainingColumn).data().toString(), u"–"_s);

    LicenceDevicesFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter);
    filter.sort(LicenceDevicesModel::RemainingColumn, Qt::AscendingOrder);
    QCOMPARE(filter.index(4, 0).data(DeviceIdRole).toString(), u"n"_s); // unknown days last
    filter.setExpiringOnly(true);
    QStringList expiring;
    for (int row = 0; row < filter.rowCount(); ++row)
        expiring << filter.index(row, 0).data(DeviceIdRole).toString();
    QCOMPARE(expiring, (QStringList{u"gone"_s, u"r"_s, u"soon"_s}));
    filter.setSearchText(u"  VEHICLE SO "_s);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(DeviceIdRole).toString(), u"soon"_s);
}

void TestUsageModels::csvOfTheDays() {
    const UsageSeries series = threeDays();
    const UsageCsvExport csv(series);
    QCOMPARE(csv.rowCount(), 4);
    const QStringList lines = csv.toCsv().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), UsageCsvExport::headers().join(u','));
    QCOMPARE(lines.at(1), u"2026-11-16,0,0,100,0,0,0,7,0,0,30,0,0,0,130,130,"_s);
    QVERIFY(
        lines.at(2).endsWith(UsageCsvExport::tr("%1 left out (impossible value)").arg(u"FHD"_s)));
    QCOMPARE(lines.at(4).section(u',', 0, 0), UsageCsvExport::tr("Total"));
    QCOMPARE(lines.at(4).section(u',', 14, 15), u"660,660"_s);
}

QTEST_GUILESS_MAIN(TestUsageModels)
#include "tst_usagemodels.moc"
