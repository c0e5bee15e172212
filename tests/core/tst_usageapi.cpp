// UsageApi over HTTP against the local service, on a ManualClock: the minutes by tier and the
// licences the client reads are the service's own (its fleet's truth), across capped pages,
// and they add up to its statistics' TotalDuration for the same devices and days.

#include "clock.h"
#include "fleet.h"
#include "licencesummary.h"
#include "servicefixture.h"
#include "usageapi.h"
#include "usageforecast.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace trro;
using namespace trro::test;

namespace {

template <typename T> QByteArray why(const Result<T> &r) {
    return r.ok() ? QByteArray() : r.error().userMessage().toUtf8();
}

} // namespace

class TestUsageApi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void daysEqualTheServicesTiers_data();
    void daysEqualTheServicesTiers();
    void licencesEqualTheService();
    void devicesByRemainingDays();
    void forecastFromTheServicesDays();

private:
    template <typename T, typename Call> Result<T> run(Call call) {
        std::optional<Result<T>> result;
        QObject context;
        call(&context, [&result](const Result<T> &r) { result = r; });
        if (!m_fixture->waitFor([&result] { return result.has_value(); }, 60000, &m_fixture->clock))
            return ApiError::make(ApiError::Kind::Timeout, u"test.timeout"_s, u"no answer"_s);
        return *result;
    }

    std::unique_ptr<AfternoonServiceFixture> m_fixture;
    std::unique_ptr<UsageApi> m_usage;
    QString m_projectId;
    int m_project = 0;
    qint64 m_today = 0;
};

void TestUsageApi::init() {
    sim::ServiceOptions options;
    options.pageSizeCap = 7; // several pages of every list
    options.fleet = sim::FleetConfig::standard(60);
    m_fixture = std::make_unique<AfternoonServiceFixture>(options);
    QVERIFY(m_fixture->listening);
    m_usage = std::make_unique<UsageApi>(m_fixture->scheduler);
    m_projectId = sim::LocalService::demoProjectId();
    m_project = m_fixture->service->fleet().catalog().projectIndex(m_projectId);
    m_today = sim::Fleet::bucketStart(Interval::Day, m_fixture->now());
}

void TestUsageApi::cleanup() {
    m_usage.reset();
    m_fixture.reset();
}

void TestUsageApi::daysEqualTheServicesTiers_data() {
    QTest::addColumn<QString>("device");
    QTest::newRow("project") << QString();
    QTest::newRow("port truck") << u"itv_nb_004"_s;
    QTest::newRow("robotaxi") << u"rtx_nb_001"_s;
    QTest::newRow("cockpit") << u"roc_nb_02"_s;
}

void TestUsageApi::daysEqualTheServicesTiers() {
    QFETCH(QString, device);
    UsageQuery query{m_projectId, device, m_today - 20 * 86400, m_today};
    const Result<UsageDays> days = run<UsageDays>(
        [&](QObject *context, auto done) { m_usage->durationDetails(query, context, done); });
    QVERIFY2(days.ok(), why(days).constData());
    QVERIFY(days.value().warnings.isEmpty());
    sim::Fleet &fleet = m_fixture->service->fleet();
    const int d = device.isEmpty() ? -1 : fleet.catalog().deviceIndex(device);
    const qint64 now = m_fixture->now();
    const QList<sim::DayUsage> truth =
        fleet.usage(m_project, d, query.startTime, query.endTime, now);
    QCOMPARE(days.value().days.size(), truth.size());
    for (qsizetype i = 0; i < truth.size(); ++i) {
        const UsageDay &got = days.value().days.at(i);
        QCOMPARE(got.day, truth.at(i).day);
        for (int t = 0; t < UsageTierCount; ++t)
            QCOMPARE(got.minutes.tiers[size_t(t)], truth.at(i).minutes.tiers[size_t(t)]);
        QCOMPARE(got.minutes.deductDuration, truth.at(i).minutes.deduct);
    }
    // Paged: 20 days at 7 a page.
    QCOMPARE(m_fixture->served(u"GetDurationDetails"_s), 3);

    // The sum of the tiers is the statistics' TotalDuration of the same device and days,
    // day by day and in total.
    const QList<IntervalBucket> buckets =
        fleet.intervalStatistics(m_project, d, Interval::Day, query.startTime, query.endTime, now);
    QCOMPARE(buckets.size(), days.value().days.size());
    qint64 sum = 0;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        QCOMPARE(days.value().days.at(i).day, buckets.at(i).startTime);
        QCOMPARE(days.value().days.at(i).minutes.minutes(), buckets.at(i).totalDuration);
        sum += buckets.at(i).totalDuration;
    }
    QVERIFY(sum > 0);
    const Result<UsageTotals> total = run<UsageTotals>(
        [&](QObject *context, auto done) { m_usage->totalDuration(query, context, done); });
    QVERIFY(total.ok());
    QCOMPARE(total.value().minutes.minutes(), sum);
    QCOMPARE(total.value().minutes.deductDuration, sum);
    QCOMPARE(fleet.totals(m_project, d, query.startTime, query.endTime, now).totalDuration, sum);
}

void TestUsageApi::licencesEqualTheService() {
    const Result<WarnedList<LicenceGroup>> list =
        run<WarnedList<LicenceGroup>>([&](QObject *context, auto done) {
            m_usage->licenses(QString(), QString(), context, done);
        });
    QVERIFY2(list.ok(), why(list).constData());
    const QList<sim::LicenceGroup> &truth = m_fixture->service->fleet().licences().groups();
    QCOMPARE(list.value().items.size(), truth.size());
    QVERIFY(m_fixture->served(u"GetLicenses"_s) >= (truth.size() + 6) / 7);
    const Result<LicenceStat> stat =
        run<LicenceStat>([&](QObject *context, auto done) { m_usage->licenseStat(context, done); });
    QVERIFY(stat.ok());
    const qint64 now = m_fixture->now();
    const LicenceSummary s = summarizeLicences(list.value().items, now, serviceDayZone());
    QCOMPARE(s.valid, stat.value().valid);
    QCOMPARE(s.bound, stat.value().bound);
    QCOMPARE(s.unbound, stat.value().unbound);
    QCOMPARE(s.expired, stat.value().expired);
    QCOMPARE(s.unknown, 0);
    QVERIFY(s.expired > 0 && s.unbound > 0 && s.expiringThisMonth > 0);

    const Result<qint64> available = run<qint64>([&](QObject *context, auto done) {
        m_usage->deviceLicense(m_projectId, u"itv_nb_001"_s, context, done);
    });
    QVERIFY(available.ok());
    const sim::Fleet &fleet = m_fixture->service->fleet();
    const sim::LicenceGroup *g =
        fleet.licences().ofDevice(fleet.catalog().deviceIndex(u"itv_nb_001"_s));
    QCOMPARE(available.value(), g->expireTime > now ? g->ids.size() : 0);
}

void TestUsageApi::devicesByRemainingDays() {
    const Result<WarnedList<DeviceLicence>> list =
        run<WarnedList<DeviceLicence>>([&](QObject *context, auto done) {
            m_usage->licenceDevices(m_projectId, QString(), context, done);
        });
    QVERIFY2(list.ok(), why(list).constData());
    QCOMPARE(list.value().items.size(), 60);
    QCOMPARE(m_fixture->served(u"GetDevices"_s), 9); // ceil(60 / 7)
    const qint64 now = m_fixture->now();
    const QList<DeviceLicenceDays> sorted = byRemainingDays(list.value().items, now);
    const sim::Fleet &fleet = m_fixture->service->fleet();
    qint64 previous = std::numeric_limits<qint64>::min();
    for (const DeviceLicenceDays &d : sorted) {
        QVERIFY(d.days.has_value());
        QVERIFY(*d.days >= previous);
        previous = *d.days;
        const sim::LicenceGroup *g =
            fleet.licences().ofDevice(fleet.catalog().deviceIndex(d.device.deviceId));
        QCOMPARE(d.device.expireTime, g->expireTime);
        const qint64 diff = g->expireTime - now;
        QCOMPARE(*d.days, diff >= 0 ? diff / 86400 : -((-diff + 86399) / 86400));
        if (diff > 0)
            QCOMPARE(d.device.remainDay, std::optional<qint64>(*d.days));
    }
    QVERIFY(*sorted.front().days < 0); // some have expired
    QVERIFY(*sorted.back().days > 60); // some run for months
}

void TestUsageApi::forecastFromTheServicesDays() {
    const qint64 now = m_fixture->now();
    const auto [from, to] = forecastRange(now);
    const UsageQuery query{m_projectId, QString(), from, to};
    const Result<UsageDays> days = run<UsageDays>(
        [&](QObject *context, auto done) { m_usage->durationDetails(query, context, done); });
    QVERIFY(days.ok());
    const UsageForecast f = forecastMonth(days.value().days, now);
    sim::Fleet &fleet = m_fixture->service->fleet();
    const qint64 monthStart = sim::Fleet::bucketStart(Interval::Month, now);
    QCOMPARE(f.monthStart, monthStart);
    QCOMPARE(f.monthToDate, fleet.totals(m_project, -1, monthStart, now + 1, now).totalDuration);
    const SessionTotals week = fleet.totals(m_project, -1, m_today - 7 * 86400, m_today, now);
    QCOMPARE(f.mean, double(week.totalDuration) / 7.0);
    QVERIFY(f.low <= f.forecast && f.forecast <= f.high);
    QVERIFY(f.forecast >= f.monthToDate);
}

QTEST_GUILESS_MAIN(TestUsageApi)
#include "tst_usageapi.moc"
