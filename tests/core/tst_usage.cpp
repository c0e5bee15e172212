// The usage domain without a network: the parsers against hostile values (negative and absurd
// minutes, RemainDay below zero, ExpireTime in 1970 or far beyond 2100), the day series, the
// month-end forecast on a fixed series and a fixed clock, and the licence summary.

#include "licencesummary.h"
#include "usageforecast.h"
#include "usageparse.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace trro;

namespace {

// China midnight of a date, in unix seconds.
qint64 chinaMidnight(QDate date) {
    return QDateTime(date, QTime(0, 0), QTimeZone(8 * 3600)).toSecsSinceEpoch();
}

UsageDay day(QDate date, qint64 fhd, qint64 multiHd = 0) {
    UsageDay d;
    d.day = chinaMidnight(date);
    d.minutes.tiers[size_t(UsageTier::FHD)] = fhd;
    d.minutes.tiers[size_t(UsageTier::MultiHD)] = multiHd;
    d.minutes.deductDuration = fhd + multiHd;
    return d;
}

} // namespace

class TestUsage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tierKeysAreTheApiFields();
    void totalsLeaveImpossibleMinutesOut();
    void detailsWithBadDaysAndTypes();
    void wrongTypesAreMalformed_data();
    void wrongTypesAreMalformed();
    void licencesWithHostileDates();
    void licenceDevicesSortedByRemainingDays();
    void licenceSummary();
    void seriesFillsMissingDays();
    void forecastOnAFixedSeries();
    void forecastOfAFlatMonth();
    void forecastRangeCoversBaselineAndMonth();
};

void TestUsage::tierKeysAreTheApiFields() {
    const QStringList keys{u"Voice"_s,      u"SD"_s,       u"HD"_s,        u"FHD"_s,
                           u"TwoK"_s,       u"FourK"_s,    u"Online"_s,    u"MultiSD"_s,
                           u"MultiHD"_s,    u"MultiFHD"_s, u"MultiTwoK"_s, u"MultiFourK"_s,
                           u"MultiOnline"_s};
    for (int t = 0; t < UsageTierCount; ++t)
        QCOMPARE(usageTierKey(t), keys.at(t));
    QVERIFY(usageTierKey(UsageTierCount).isEmpty());
    QVERIFY(!isSessionTier(int(UsageTier::Online)));
    QVERIFY(!isSessionTier(int(UsageTier::MultiOnline)));
    QVERIFY(isSessionTier(int(UsageTier::MultiTwoK)));
}

void TestUsage::totalsLeaveImpossibleMinutesOut() {
    const QJsonObject response{{u"Voice"_s, 5},           {u"SD"_s, -40},
                               {u"HD"_s, u"3240"_s},      {u"FHD"_s, 1e15},
                               {u"Online"_s, 432},        {u"MultiHD"_s, 7},
                               {u"DeductDuration"_s, -1}, {u"RequestId"_s, u"r-1"_s}};
    const Result<UsageTotals> r = parseTotalDuration(response);
    QVERIFY(r.ok());
    const UsageMinutes &m = r.value().minutes;
    QCOMPARE(m.tier(UsageTier::SD), 0);
    QCOMPARE(m.tier(UsageTier::FHD), 0);
    QVERIFY(m.isRejected(int(UsageTier::SD)));
    QVERIFY(m.isRejected(int(UsageTier::FHD)));
    QVERIFY(m.isRejected(UsageMinutes::DeductBit));
    QVERIFY(!m.isRejected(int(UsageTier::HD)));
    // Voice + HD + MultiHD; Online is time online, not in the session minutes.
    QCOMPARE(m.minutes(), 5 + 3240 + 7);
    QCOMPARE(m.tier(UsageTier::Online), 432);
    QCOMPARE(r.value().warnings.size(), 3);
    QVERIFY(r.value().warnings.at(0).contains(u"SD"_s));
    QVERIFY(r.value().warnings.at(0).contains(u"-40"_s));
    QCOMPARE(r.value().requestId, u"r-1"_s);
}

void TestUsage::detailsWithBadDaysAndTypes() {
    const qint64 d1 = chinaMidnight(QDate(2026, 11, 20));
    const QJsonObject response{
        {u"TotalCount"_s, 4},
        {u"DurationDetails"_s,
         QJsonArray{QJsonObject{{u"SessionTime"_s, QString::number(d1)}, {u"HD"_s, 10}},
                    QJsonObject{{u"SessionTime"_s, u"86400"_s}, {u"HD"_s, 99}}, // 1970
                    QJsonObject{{u"SessionTime"_s, QString::number(d1 + 86400)},
                                {u"FHD"_s, -3},
                                {u"TwoK"_s, 4}},
                    QJsonObject{{u"HD"_s, 1}}}}};
    UsagePage page;
    const Result<UsageDays> r = parseDurationDetails(response, &page);
    QVERIFY(r.ok());
    QCOMPARE(page.totalCount, 4);
    QCOMPARE(r.value().days.size(), 2);
    QCOMPARE(r.value().days.at(0).minutes.minutes(), 10);
    QCOMPARE(r.value().days.at(1).minutes.minutes(), 4);
    // 1970 SessionTime (a warning and the day left out), FHD -3, a day without SessionTime.
    QCOMPARE(r.value().warnings.size(), 4);
    const UsageSeries s = usageSeries(r.value().days, QDate(2026, 11, 20), QDate(2026, 11, 21));
    QCOMPARE(s.total.minutes(), 14);
}

void TestUsage::wrongTypesAreMalformed_data() {
    QTest::addColumn<QJsonObject>("response");
    QTest::addColumn<int>("which"); // 0 details, 1 licences, 2 devices, 3 totals
    QTest::newRow("minutes as text") << QJsonObject{{u"HD"_s, u"lots"_s}} << 3;
    QTest::newRow("details not a list")
        << QJsonObject{{u"DurationDetails"_s, u"x"_s}, {u"TotalCount"_s, 1}} << 0;
    QTest::newRow("TotalCount negative")
        << QJsonObject{{u"DurationDetails"_s, QJsonArray{}}, {u"TotalCount"_s, -1}} << 0;
    QTest::newRow("licence ids not a list")
        << QJsonObject{{u"Licenses"_s, QJsonArray{QJsonObject{{u"LicenseIds"_s, 3}}}}} << 1;
    QTest::newRow("device id a list")
        << QJsonObject{{u"Devices"_s, QJsonArray{QJsonObject{{u"DeviceId"_s, QJsonArray{}}}}}} << 2;
}

void TestUsage::wrongTypesAreMalformed() {
    QFETCH(QJsonObject, response);
    QFETCH(int, which);
    ApiError e;
    switch (which) {
    case 0:
        e = parseDurationDetails(response).error();
        break;
    case 1:
        e = parseLicenses(response).error();
        break;
    case 2:
        e = parseLicenceDevices(response).error();
        break;
    default:
        e = parseTotalDuration(response).error();
    }
    QCOMPARE(e.kind, ApiError::Kind::Malformed);
}

void TestUsage::licencesWithHostileDates() {
    const QJsonObject response{
        {u"TotalCount"_s, 3},
        {u"Licenses"_s, QJsonArray{QJsonObject{{u"Status"_s, 1},
                                               {u"ExpireTime"_s, u"167840945"_s}, // 1975
                                               {u"RemainDay"_s, -4},
                                               {u"Count"_s, 2},
                                               {u"LicenseIds"_s, QJsonArray{u"a"_s, u"b"_s}}},
                                   QJsonObject{{u"Status"_s, 9},
                                               {u"ExpireTime"_s, u"99999999999"_s}, // year 5138
                                               {u"RemainDay"_s, 12}},
                                   QJsonObject{{u"Status"_s, 0},
                                               {u"ExpireTime"_s, u"1790000000"_s},
                                               {u"RemainDay"_s, 30},
                                               {u"LicenseIds"_s, QJsonArray{u"c"_s}}}}}};
    const Result<WarnedList<LicenceGroup>> r = parseLicenses(response);
    QVERIFY(r.ok());
    const QList<LicenceGroup> &g = r.value().items;
    QCOMPARE(g.size(), 3);
    QCOMPARE(g.at(0).expireTime, 0);
    QVERIFY(!g.at(0).remainDay.has_value());
    QCOMPARE(g.at(0).count, 2);
    QCOMPARE(g.at(1).status, LicenceStatus::Unknown);
    QCOMPARE(g.at(1).expireTime, 0);
    QCOMPARE(g.at(2).count, 1); // from the ids when Count is absent
    QCOMPARE(g.at(2).expireTime, 1790000000);
    QCOMPARE(r.value().warnings.size(), 4); // 1975, RemainDay -4, Status 9, year 5138
}

void TestUsage::licenceDevicesSortedByRemainingDays() {
    const qint64 now = 1790000000;
    const QJsonObject response{
        {u"TotalCount"_s, 5},
        {u"Devices"_s, QJsonArray{QJsonObject{{u"DeviceId"_s, u"late"_s},
                                              {u"ExpireTime"_s, QString::number(now + 40 * 86400)}},
                                  QJsonObject{{u"DeviceId"_s, u"expired"_s},
                                              {u"ExpireTime"_s, QString::number(now - 3600)}},
                                  QJsonObject{{u"DeviceId"_s, u"soon"_s},
                                              {u"ExpireTime"_s, QString::number(now + 86400 + 5)}},
                                  // No usable ExpireTime: RemainDay, when it is plausible.
                                  QJsonObject{{u"DeviceId"_s, u"byRemainDay"_s},
                                              {u"ExpireTime"_s, u"0"_s},
                                              {u"RemainDay"_s, 5}},
                                  QJsonObject{{u"DeviceId"_s, u"unknown"_s},
                                              {u"ExpireTime"_s, u"12"_s},
                                              {u"RemainDay"_s, -1}}}}};
    const Result<WarnedList<DeviceLicence>> r = parseLicenceDevices(response);
    QVERIFY(r.ok());
    QCOMPARE(r.value().warnings.size(), 2);
    const QList<DeviceLicenceDays> sorted = byRemainingDays(r.value().items, now);
    QStringList order;
    for (const DeviceLicenceDays &d : sorted)
        order << d.device.deviceId;
    QCOMPARE(order,
             (QStringList{u"expired"_s, u"soon"_s, u"byRemainDay"_s, u"late"_s, u"unknown"_s}));
    QCOMPARE(sorted.at(0).days, std::optional<qint64>(-1));
    QCOMPARE(sorted.at(1).days, std::optional<qint64>(1));
    QCOMPARE(sorted.at(3).days, std::optional<qint64>(40));
    QVERIFY(!sorted.at(4).days.has_value());
}

void TestUsage::licenceSummary() {
    const QTimeZone zone(8 * 3600);
    const qint64 now = QDateTime(QDate(2026, 11, 25), QTime(14, 0), zone).toSecsSinceEpoch();
    const qint64 monthEnd = QDateTime(QDate(2026, 12, 1), QTime(0, 0), zone).toSecsSinceEpoch();
    auto group = [](LicenceStatus status, qint64 expire, qint64 count) {
        LicenceGroup g;
        g.status = status;
        g.expireTime = expire;
        g.count = count;
        return g;
    };
    const QList<LicenceGroup> groups{
        group(LicenceStatus::Bound, now + 3600, 2),      // this month
        group(LicenceStatus::Bound, monthEnd + 1, 3),    // next month
        group(LicenceStatus::Bound, now - 1, 1),         // expired, status not updated yet
        group(LicenceStatus::Stopped, now - 86400, 4),   // expired
        group(LicenceStatus::Unbound, monthEnd - 60, 5), // this month
        group(LicenceStatus::Refunded, now + 86400, 6),  // in none
        group(LicenceStatus::Unknown, now + 86400, 7),   // unknown
        group(LicenceStatus::Unbound, 0, 1),             // no expiry known
    };
    LicenceSummary expected;
    expected.bound = 5;
    expected.unbound = 6;
    expected.valid = 11;
    expected.expired = 5;
    expected.expiringThisMonth = 7;
    expected.unknown = 7;
    QCOMPARE(summarizeLicences(groups, now, zone), expected);
}

void TestUsage::seriesFillsMissingDays() {
    const QList<UsageDay> days{day(QDate(2026, 11, 2), 10), day(QDate(2026, 11, 4), 5, 1)};
    const UsageSeries s = usageSeries(days, QDate(2026, 11, 1), QDate(2026, 11, 5));
    QCOMPARE(s.dates.size(), 5);
    QCOMPARE(s.minutes.at(0).minutes(), 0);
    QCOMPARE(s.minutes.at(1).minutes(), 10);
    QCOMPARE(s.minutes.at(2).minutes(), 0);
    QCOMPARE(s.minutes.at(3).minutes(), 6);
    QCOMPARE(s.total.minutes(), 16);
}

void TestUsage::forecastOnAFixedSeries() {
    // Today is Wednesday 2026-11-25, 12:00 China time; the baseline is Nov 18 to Nov 24.
    const QTimeZone zone(8 * 3600);
    const qint64 now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), zone).toSecsSinceEpoch();
    QList<UsageDay> days;
    const QList<qint64> baseline{100, 200, 300, 400, 500, 600, 700}; // mean 400
    for (int i = 0; i < 7; ++i)
        days << day(QDate(2026, 11, 18 + i), baseline.at(i));
    days << day(QDate(2026, 11, 1), 1000) << day(QDate(2026, 11, 25), 50)
         << day(QDate(2026, 10, 31), 99999); // last month: not in the month to date
    const UsageForecast f = forecastMonth(days, now, zone);
    QCOMPARE(f.today, QDate(2026, 11, 25));
    QCOMPARE(f.monthToDate, 1000 + 2800 + 50);
    QCOMPARE(f.mean, 400.0);
    // Sample standard deviation of 100..700: sqrt(280000 / 6).
    QVERIFY(qAbs(f.spread - std::sqrt(280000.0 / 6.0)) < 1e-9);
    // From noon on the 25th to midnight of Dec 1: 5.5 days.
    QCOMPARE(f.remainingDays, 5.5);
    QCOMPARE(f.forecast, 3850 + 2200);
    QCOMPARE(f.low, std::llround(3850 + (400 - f.spread) * 5.5));
    QCOMPARE(f.high, std::llround(3850 + (400 + f.spread) * 5.5));
    QVERIFY(f.low < f.forecast && f.forecast < f.high);
    // Deterministic: the same days and clock, the same forecast.
    QCOMPARE(forecastMonth(days, now, zone), f);
}

void TestUsage::forecastOfAFlatMonth() {
    // Early in the month the baseline reaches into the month before; a constant rate has no
    // spread, so the band is the forecast. Online minutes are not session minutes.
    const QTimeZone zone(8 * 3600);
    const qint64 now = QDateTime(QDate(2026, 12, 3), QTime(0, 0), zone).toSecsSinceEpoch();
    QList<UsageDay> days;
    for (QDate d(2026, 11, 20); d <= QDate(2026, 12, 2); d = d.addDays(1)) {
        UsageDay u = day(d, 60);
        u.minutes.tiers[size_t(UsageTier::Online)] = 1000;
        days << u;
    }
    const UsageForecast f = forecastMonth(days, now, zone);
    QCOMPARE(f.monthToDate, 120);
    QCOMPARE(f.spread, 0.0);
    QCOMPARE(f.remainingDays, 29.0);
    QCOMPARE(f.forecast, 120 + 29 * 60);
    QCOMPARE(f.low, f.forecast);
    QCOMPARE(f.high, f.forecast);
    // Nothing at all: zero, no band.
    const UsageForecast none = forecastMonth({}, now, zone);
    QCOMPARE(none.forecast, 0);
    QCOMPARE(none.high, 0);
}

void TestUsage::forecastRangeCoversBaselineAndMonth() {
    const QTimeZone zone(8 * 3600);
    const qint64 late = QDateTime(QDate(2026, 11, 25), QTime(9, 0), zone).toSecsSinceEpoch();
    QCOMPARE(forecastRange(late, zone).first, chinaMidnight(QDate(2026, 11, 1)));
    QCOMPARE(forecastRange(late, zone).second, late);
    const qint64 early = QDateTime(QDate(2026, 12, 3), QTime(9, 0), zone).toSecsSinceEpoch();
    QCOMPARE(forecastRange(early, zone).first, chinaMidnight(QDate(2026, 11, 26)));
}

QTEST_GUILESS_MAIN(TestUsage)
#include "tst_usage.moc"
