// The local service's usage and licence actions over HTTP: minutes by tier that add up to its
// statistics' TotalDuration for the same device and days, paging, licences spread around the
// service's clock, and the API's error codes for bad parameters.

#include "clock.h"
#include "fleet.h"
#include "localservice.h"
#include "simclient.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace trro;
using namespace trro::sim;
using namespace trro::test;

namespace {

const QStringList TierKeys = {u"Voice"_s,      u"SD"_s,       u"HD"_s,        u"FHD"_s,
                              u"TwoK"_s,       u"FourK"_s,    u"Online"_s,    u"MultiSD"_s,
                              u"MultiHD"_s,    u"MultiFHD"_s, u"MultiTwoK"_s, u"MultiFourK"_s,
                              u"MultiOnline"_s};

qint64 tierSum(const QJsonObject &o) {
    qint64 sum = 0;
    for (const QString &key : TierKeys)
        sum += o.value(key).toInteger();
    return sum;
}

} // namespace

class TestSimUsage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tiersAddUpToTotalDuration_data();
    void tiersAddUpToTotalDuration();
    void detailsPagesAddUp();
    void licencesAroundTheClock();
    void licenceDevicesAndCounts();
    void badParameters_data();
    void badParameters();

private:
    SimReply call(const QString &action, const QJsonObject &params) {
        return m_sim->call(action, params);
    }
    QJsonArray allPages(const QString &action, QJsonObject params, const QString &listKey,
                        qint64 pageSize = 25);

    ManualClock m_clock{QDateTime::currentMSecsSinceEpoch()};
    std::unique_ptr<SimService> m_sim;
    QString m_project;
    qint64 m_today = 0; // China midnight that starts the service's today
};

void TestSimUsage::initTestCase() {
    ServiceOptions options;
    options.ratePerSecond = 0;
    options.pageSizeCap = 25;
    options.fleet = FleetConfig::standard(60);
    options.clock = &m_clock;
    m_sim = std::make_unique<SimService>(options);
    QVERIFY(m_sim->listening);
    m_project = LocalService::demoProjectId();
    m_today = Fleet::bucketStart(Interval::Day, m_clock.wallSecs());
}

QJsonArray TestSimUsage::allPages(const QString &action, QJsonObject params, const QString &listKey,
                                  qint64 pageSize) {
    QJsonArray all;
    for (qint64 page = 1; page < 1000; ++page) {
        params.insert(u"PageNum"_s, page);
        params.insert(u"PageSize"_s, pageSize);
        const SimReply r = call(action, params);
        if (!r.errorCode().isEmpty()) {
            qWarning("%s: %s", qPrintable(action), qPrintable(r.errorCode()));
            return {};
        }
        const QJsonArray list = r.response.value(listKey).toArray();
        for (const QJsonValue &v : list)
            all.append(v);
        if (list.isEmpty() || all.size() >= r.response.value(u"TotalCount"_s).toInteger())
            break;
    }
    return all;
}

void TestSimUsage::tiersAddUpToTotalDuration_data() {
    QTest::addColumn<QString>("device");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    const qint64 day = 86400;
    QTest::newRow("project, ten whole days") << QString() << m_today - 10 * day << m_today;
    QTest::newRow("vehicle, not aligned")
        << u"itv_nb_003"_s << m_today - 9 * day + 4000 << m_today - 2 * day - 700;
    QTest::newRow("robotaxi (Multi- tiers)") << u"rtx_nb_002"_s << m_today - 8 * day << m_today;
    QTest::newRow("cockpit") << u"roc_nb_01"_s << m_today - 6 * day << m_today;
    QTest::newRow("unknown device") << u"nope"_s << m_today - 6 * day << m_today;
}

void TestSimUsage::tiersAddUpToTotalDuration() {
    QFETCH(QString, device);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QJsonObject range{{u"ProjectId"_s, m_project}, {u"StartTime"_s, start}, {u"EndTime"_s, end}};
    if (!device.isEmpty())
        range.insert(u"DeviceId"_s, device);

    const QJsonArray details = allPages(u"GetDurationDetails"_s, range, u"DurationDetails"_s, 4);
    QJsonObject byInterval = range;
    byInterval.insert(u"StatisticInterval"_s, u"day"_s);
    const SimReply stats = call(u"DescribeSessionStatisticsByInterval"_s, byInterval);
    QVERIFY(stats.errorCode().isEmpty());
    QHash<qint64, qint64> expected;
    for (const QJsonValue &v : stats.response.value(u"SessionStatistics"_s).toArray())
        expected.insert(v[u"StartTime"_s].toInteger(), v[u"TotalDuration"_s].toInteger());
    QHash<qint64, qint64> got;
    qint64 sum = 0;
    qint64 multi = 0;
    for (const QJsonValue &v : details) {
        const QJsonObject o = v.toObject();
        for (const QString &key : TierKeys + QStringList{u"DeductDuration"_s, u"SessionTime"_s})
            QVERIFY2(o.contains(key), qPrintable(key));
        QVERIFY(o.value(u"SessionTime"_s).isString());
        const qint64 minutes = tierSum(o);
        QCOMPARE(o.value(u"DeductDuration"_s).toInteger(), minutes);
        QCOMPARE(o.value(u"Online"_s).toInteger(), 0);
        got.insert(o.value(u"SessionTime"_s).toString().toLongLong(), minutes);
        sum += minutes;
        multi += o.value(u"MultiHD"_s).toInteger() + o.value(u"MultiFHD"_s).toInteger() +
                 o.value(u"MultiTwoK"_s).toInteger();
    }
    QCOMPARE(got, expected);
    if (device.startsWith(u"rtx"_s))
        QCOMPARE(multi, sum);
    if (device.startsWith(u"itv"_s))
        QCOMPARE(multi, 0);
    if (device != u"nope"_s)
        QVERIFY(sum > 0);

    const SimReply total = call(u"GetTotalDuration"_s, range);
    QVERIFY2(total.errorCode().isEmpty(), qPrintable(total.errorCode()));
    const SimReply totals = call(u"DescribeSessionStatistics"_s, range);
    QCOMPARE(tierSum(total.response), totals.response.value(u"TotalDuration"_s).toInteger());
    QCOMPARE(tierSum(total.response), sum);
    QCOMPARE(total.response.value(u"DeductDuration"_s).toInteger(), sum);
}

void TestSimUsage::detailsPagesAddUp() {
    const QJsonObject range{{u"ProjectId"_s, m_project},
                            {u"StartTime"_s, m_today - 20 * 86400},
                            {u"EndTime"_s, m_today}};
    QJsonObject first = range;
    first.insert(u"PageNum"_s, 1);
    first.insert(u"PageSize"_s, 1000); // capped at 25
    const SimReply whole = call(u"GetDurationDetails"_s, first);
    QCOMPARE(whole.response.value(u"TotalCount"_s).toInteger(), 20);
    QCOMPARE(whole.response.value(u"DurationDetails"_s).toArray().size(), 20);
    const QJsonArray paged = allPages(u"GetDurationDetails"_s, range, u"DurationDetails"_s, 3);
    QCOMPARE(paged, whole.response.value(u"DurationDetails"_s).toArray());
    qint64 previous = 0;
    for (const QJsonValue &v : paged) {
        const qint64 day = v[u"SessionTime"_s].toString().toLongLong();
        QVERIFY(day > previous);
        QCOMPARE(day, Fleet::bucketStart(Interval::Day, day));
        previous = day;
    }
    first.insert(u"PageNum"_s, 99);
    QCOMPARE(call(u"GetDurationDetails"_s, first).response[u"DurationDetails"_s].toArray().size(),
             0);
}

void TestSimUsage::licencesAroundTheClock() {
    const qint64 now = m_clock.wallSecs();
    const QJsonArray all = allPages(u"GetLicenses"_s, {}, u"Licenses"_s);
    QVERIFY(all.size() > 60);
    const QDate today = QDateTime::fromSecsSinceEpoch(now, QTimeZone(8 * 3600)).date();
    const qint64 monthEnd = QDateTime(QDate(today.year(), today.month(), 1).addMonths(1),
                                      QTime(0, 0), QTimeZone(8 * 3600))
                                .toSecsSinceEpoch();
    qint64 expired = 0, thisMonth = 0, unbound = 0, bound = 0, ids = 0;
    QSet<QString> seen;
    qint64 previous = 0;
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        const qint64 expire = o.value(u"ExpireTime"_s).toString().toLongLong();
        QVERIFY(expire >= previous); // soonest first
        previous = expire;
        QVERIFY(expire > m_today - 13 * 86400 && expire < m_today + 91 * 86400);
        const qint64 status = o.value(u"Status"_s).toInteger();
        const qint64 count = o.value(u"Count"_s).toInteger();
        QCOMPARE(count, o.value(u"LicenseIds"_s).toArray().size());
        for (const QJsonValue &id : o.value(u"LicenseIds"_s).toArray()) {
            QVERIFY(id.toString().startsWith(u"trro-"_s));
            QVERIFY(!seen.contains(id.toString()));
            seen.insert(id.toString());
        }
        ids += count;
        if (expire <= now) {
            QCOMPARE(status, 2);
            QCOMPARE(o.value(u"RemainDay"_s).toInteger(), 0);
            expired += count;
            continue;
        }
        QCOMPARE(o.value(u"RemainDay"_s).toInteger(), (expire - now) / 86400);
        QVERIFY(status == 0 || status == 1);
        (status == 0 ? unbound : bound) += count;
        thisMonth += expire < monthEnd ? count : 0;
    }
    QVERIFY(expired > 0);
    QVERIFY(unbound > 0);
    QVERIFY(bound > expired);
    QVERIFY(thisMonth > 0 || monthEnd - now < 5 * 86400);

    const SimReply stat = call(u"GetLicenseStat"_s, {});
    QVERIFY(stat.errorCode().isEmpty());
    QCOMPARE(stat.response.value(u"Valid"_s).toInteger(), bound + unbound);
    QCOMPARE(stat.response.value(u"Bound"_s).toInteger(), bound);
    QCOMPARE(stat.response.value(u"UnBound"_s).toInteger(), unbound);
    QCOMPARE(stat.response.value(u"Expire"_s).toInteger(), expired);
    QCOMPARE(stat.response.value(u"MonthlyExpire"_s).toInteger(), 0);
    QCOMPARE(expired + bound + unbound, ids);

    // Filters: the project's unbound ones, one device's.
    const QJsonArray spare =
        allPages(u"GetLicenses"_s, {{u"ProjectId"_s, m_project}, {u"Status"_s, 0}}, u"Licenses"_s);
    QVERIFY(!spare.isEmpty());
    for (const QJsonValue &v : spare)
        QCOMPARE(v[u"Status"_s].toInteger(), 0);
    const QJsonArray one =
        allPages(u"GetLicenses"_s, {{u"DeviceId"_s, u"itv_nb_001"_s}}, u"Licenses"_s);
    QCOMPARE(one.size(), 1);
}

void TestSimUsage::licenceDevicesAndCounts() {
    const qint64 now = m_clock.wallSecs();
    const QJsonArray devices =
        allPages(u"GetDevices"_s, {{u"ProjectId"_s, m_project}}, u"Devices"_s, 7);
    QCOMPARE(devices.size(), 60); // every vehicle, no cockpit
    for (const QJsonValue &v : devices) {
        const QJsonObject o = v.toObject();
        for (const QString &key :
             {u"DeviceId"_s, u"DeviceName"_s, u"LicenseCount"_s, u"RemainDay"_s, u"ExpireTime"_s,
              u"Duration"_s, u"LicenseIds"_s, u"MonthlyRemainTime"_s, u"LimitedTime"_s})
            QVERIFY2(o.contains(key), qPrintable(key));
        const qint64 expire = o.value(u"ExpireTime"_s).toString().toLongLong();
        QCOMPARE(o.value(u"RemainDay"_s).toInteger(), expire > now ? (expire - now) / 86400 : 0);
        QCOMPARE(o.value(u"LimitedTime"_s).toInteger(),
                 o.value(u"LicenseCount"_s).toInteger() * LicenceBook::MonthlyMinutesPerLicence);
        QVERIFY(o.value(u"MonthlyRemainTime"_s).toInteger() <=
                o.value(u"LimitedTime"_s).toInteger());
        const SimReply available =
            call(u"GetDeviceLicense"_s,
                 {{u"ProjectId"_s, m_project}, {u"DeviceId"_s, o.value(u"DeviceId"_s)}});
        QCOMPARE(available.response.value(u"AvailableCount"_s).toInteger(),
                 expire > now ? o.value(u"LicenseCount"_s).toInteger() : 0);
    }
    const SimReply cockpit =
        call(u"GetDeviceLicense"_s, {{u"ProjectId"_s, m_project}, {u"DeviceId"_s, u"roc_nb_01"_s}});
    QCOMPARE(cockpit.response.value(u"AvailableCount"_s).toInteger(), 0);
}

void TestSimUsage::badParameters_data() {
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("code");
    const QString p = LocalService::demoProjectId();
    const qint64 now = m_clock.wallSecs();
    QTest::newRow("no StartTime") << u"GetTotalDuration"_s
                                  << QJsonObject{{u"ProjectId"_s, p}, {u"EndTime"_s, now}}
                                  << u"MissingParameter"_s;
    QTest::newRow("no ProjectId") << u"GetTotalDuration"_s
                                  << QJsonObject{{u"StartTime"_s, 0}, {u"EndTime"_s, now}}
                                  << u"MissingParameter"_s;
    QTest::newRow("start after end")
        << u"GetTotalDuration"_s
        << QJsonObject{{u"ProjectId"_s, p}, {u"StartTime"_s, now}, {u"EndTime"_s, now - 1}}
        << u"InvalidParameterValue"_s;
    QTest::newRow("StartTime not a number")
        << u"GetTotalDuration"_s
        << QJsonObject{{u"ProjectId"_s, p}, {u"StartTime"_s, u"soon"_s}, {u"EndTime"_s, now}}
        << u"InvalidParameter"_s;
    QTest::newRow("unknown project")
        << u"GetTotalDuration"_s
        << QJsonObject{{u"ProjectId"_s, u"nope"_s}, {u"StartTime"_s, 0}, {u"EndTime"_s, now}}
        << u"ResourceNotFound"_s;
    QTest::newRow("unknown parameter") << u"GetTotalDuration"_s
                                       << QJsonObject{{u"ProjectId"_s, p},
                                                      {u"StartTime"_s, 0},
                                                      {u"EndTime"_s, now},
                                                      {u"Interval"_s, u"day"_s}}
                                       << u"UnknownParameter"_s;
    QTest::newRow("details without PageNum") << u"GetDurationDetails"_s
                                             << QJsonObject{{u"ProjectId"_s, p},
                                                            {u"StartTime"_s, 0},
                                                            {u"EndTime"_s, now},
                                                            {u"PageSize"_s, 10}}
                                             << u"MissingParameter"_s;
    QTest::newRow("details PageNum 0") << u"GetDurationDetails"_s
                                       << QJsonObject{{u"ProjectId"_s, p},
                                                      {u"StartTime"_s, 0},
                                                      {u"EndTime"_s, now},
                                                      {u"PageNum"_s, 0},
                                                      {u"PageSize"_s, 10}}
                                       << u"InvalidParameterValue"_s;
    QTest::newRow("licences PageSize -1")
        << u"GetLicenses"_s << QJsonObject{{u"PageNum"_s, 1}, {u"PageSize"_s, -1}}
        << u"InvalidParameterValue"_s;
    QTest::newRow("licences Status 7")
        << u"GetLicenses"_s << QJsonObject{{u"PageNum"_s, 1}, {u"PageSize"_s, 10}, {u"Status"_s, 7}}
        << u"InvalidParameterValue"_s;
    QTest::newRow("licences unknown project")
        << u"GetLicenses"_s
        << QJsonObject{{u"PageNum"_s, 1}, {u"PageSize"_s, 10}, {u"ProjectId"_s, u"nope"_s}}
        << u"ResourceNotFound"_s;
    QTest::newRow("stat takes nothing")
        << u"GetLicenseStat"_s << QJsonObject{{u"ProjectId"_s, p}} << u"UnknownParameter"_s;
    QTest::newRow("devices without PageSize")
        << u"GetDevices"_s << QJsonObject{{u"PageNum"_s, 1}} << u"MissingParameter"_s;
    QTest::newRow("device licence, unknown device")
        << u"GetDeviceLicense"_s << QJsonObject{{u"ProjectId"_s, p}, {u"DeviceId"_s, u"x"_s}}
        << u"ResourceNotFound"_s;
    QTest::newRow("device licence, no device")
        << u"GetDeviceLicense"_s << QJsonObject{{u"ProjectId"_s, p}} << u"MissingParameter"_s;
}

void TestSimUsage::badParameters() {
    QFETCH(QString, action);
    QFETCH(QJsonObject, params);
    QFETCH(QString, code);
    checkApiAnswer(call(action, params), code);
}

QTEST_GUILESS_MAIN(TestSimUsage)
#include "tst_simusage.moc"
