// The alert rules on usage and licences, on a ManualClock: a licence expires "within N days"
// measured against the clock (not the range the fleet view shows), the expired ones first and
// critical; the month's minutes forecast over N on a fixed series of days, whose forecast the
// test works out by hand.

#include "alertengine.h"
#include "alertrulesonly.h"
#include "clock.h"
#include "localization.h"
#include "usageforecast.h"

#include <QTest>

using namespace trro;

namespace {

constexpr qint64 Day = 86400;

DeviceLicence licence(const QString &id, qint64 expireTime) {
    DeviceLicence d;
    d.deviceId = id;
    d.deviceName = id;
    d.licenseCount = 1;
    d.expireTime = expireTime;
    return d;
}

AlertRules usageRulesOnly() {
    AlertRules r = test::onlyRules({AlertRule::LicenceExpiry, AlertRule::ForecastMinutes});
    r.licenceExpiryWarningDays = 7;
    r.licenceExpiryCriticalDays = 2;
    return r;
}

// The China midnight of 2026-11-<day>.
qint64 november(int day) {
    return QDateTime(QDate(2026, 11, day), QTime(0, 0), serviceDayZone()).toSecsSinceEpoch();
}

UsageDay usageDay(qint64 day, qint64 hdMinutes) {
    UsageDay d;
    d.day = day;
    d.minutes.tiers[size_t(UsageTier::HD)] = hdMinutes;
    d.minutes.deductDuration = hdMinutes;
    return d;
}

Alert only(const QList<Alert> &alerts, AlertRule rule) {
    for (const Alert &a : alerts) {
        if (a.rule == rule)
            return a;
    }
    return Alert{AlertRule::FleetRatio, AlertState::Ok, QStringLiteral("missing"), {}};
}

} // namespace

class TestUsageAlerts final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslations(QStringLiteral("en")); }
    void licenceEightDaysOutFiresADayLater();
    void expiredLicenceIsCriticalAndFirst();
    void licenceFromRemainDayAlone();
    void forecastOnAFixedSeries_data();
    void forecastOnAFixedSeries();
    void evaluatedOnlyWhenEnabledAndThere();
};

void TestUsageAlerts::licenceEightDaysOutFiresADayLater() {
    ManualClock clock(qint64(november(20) + 9 * 3600) * 1000);
    const qint64 start = clock.wallMs() / 1000;
    const QList<DeviceLicence> devices{licence(QStringLiteral("car-8"), start + 8 * Day),
                                       licence(QStringLiteral("car-40"), start + 40 * Day)};
    AlertInput input;
    input.now = start - 30 * Day; // the range the view shows ended a month ago
    input.licences = devices;
    const auto evaluate = [&] {
        input.clockNow = clock.wallMs() / 1000;
        return only(AlertEngine::evaluate(usageRulesOnly(), input), AlertRule::LicenceExpiry);
    };

    Alert alert = evaluate();
    QCOMPARE(alert.state, AlertState::Ok);
    QVERIFY(alert.evidence.devices.isEmpty());
    // The words of the summary (their plural forms come with the catalogue): the count of
    // devices with a licence and the days.
    QVERIFY2(alert.summary.contains(QLatin1String(" 2 ")) &&
                 alert.summary.contains(QLatin1String("within 7 ")),
             qPrintable(alert.summary));

    clock.advance(Day * 1'000'000 - 1'000'000); // a second short of a day: still 7 days and 1 s
    QCOMPARE(evaluate().state, AlertState::Ok);
    clock.advance(1'000'000); // exactly 7 days left
    alert = evaluate();
    QCOMPARE(alert.state, AlertState::Warning);
    QCOMPARE(alert.evidence.devices, QStringList{QStringLiteral("car-8")});
    QVERIFY2(alert.summary.startsWith(QLatin1String("1 device")) &&
                 alert.summary.contains(QLatin1String("(soonest: car-8, 7 day")),
             qPrintable(alert.summary));

    clock.advance(5 * Day * 1'000'000); // 2 days left: critical
    alert = evaluate();
    QCOMPARE(alert.state, AlertState::Critical);
    QCOMPARE(alert.evidence.devices, QStringList{QStringLiteral("car-8")});
}

void TestUsageAlerts::expiredLicenceIsCriticalAndFirst() {
    const qint64 now = november(25);
    AlertInput input;
    input.clockNow = now;
    input.licences = QList<DeviceLicence>{licence(QStringLiteral("b-soon"), now + 5 * Day),
                                          licence(QStringLiteral("a-later"), now + 60 * Day),
                                          licence(QStringLiteral("c-gone"), now - 3 * Day)};
    const Alert alert =
        only(AlertEngine::evaluate(usageRulesOnly(), input), AlertRule::LicenceExpiry);
    QCOMPARE(alert.state, AlertState::Critical);
    QCOMPARE(alert.evidence.devices,
             (QStringList{QStringLiteral("c-gone"), QStringLiteral("b-soon")}));
    QVERIFY2(alert.summary.contains(QLatin1String("soonest: c-gone, expired")),
             qPrintable(alert.summary));
}

void TestUsageAlerts::licenceFromRemainDayAlone() {
    // No usable ExpireTime (the parser left a 1970 one out): RemainDay counts whole days.
    DeviceLicence six = licence(QStringLiteral("six"), 0);
    six.remainDay = 6;
    DeviceLicence seven = licence(QStringLiteral("seven"), 0);
    seven.remainDay = 7; // 7 to 8 days left: not within 7
    DeviceLicence unknown = licence(QStringLiteral("unknown"), 0);
    AlertInput input;
    input.clockNow = november(25);
    input.licences = QList<DeviceLicence>{seven, unknown, six};
    const Alert alert =
        only(AlertEngine::evaluate(usageRulesOnly(), input), AlertRule::LicenceExpiry);
    QCOMPARE(alert.state, AlertState::Warning);
    QCOMPARE(alert.evidence.devices, QStringList{QStringLiteral("six")});
}

void TestUsageAlerts::forecastOnAFixedSeries_data() {
    // The series below, worked out by hand: the month so far is 17 days of 500 minutes
    // (Nov 1 to 17), the baseline week Nov 18 to 24 of 700, 800, ... 1300 (mean 1000) and
    // today's 400 until noon: 8500 + 7000 + 400 = 15900. From noon on Nov 25 to Dec 1 are 5.5
    // days: 15900 + 5.5 * 1000 = 21400.
    QTest::addColumn<int>("warning");
    QTest::addColumn<int>("critical");
    QTest::addColumn<int>("state");
    QTest::newRow("below both") << 30000 << 40000 << int(AlertState::Ok);
    QTest::newRow("at the warning is not above") << 21400 << 40000 << int(AlertState::Ok);
    QTest::newRow("a minute over the warning") << 21399 << 40000 << int(AlertState::Warning);
    QTest::newRow("over the critical") << 10000 << 21399 << int(AlertState::Critical);
}

void TestUsageAlerts::forecastOnAFixedSeries() {
    QFETCH(int, warning);
    QFETCH(int, critical);
    QFETCH(int, state);
    QList<UsageDay> days;
    for (int d = 1; d <= 17; ++d)
        days << usageDay(november(d), 500);
    for (int i = 0; i < 7; ++i)
        days << usageDay(november(18 + i), 700 + 100 * i);
    UsageDay today = usageDay(november(25), 400);
    today.minutes.tiers[size_t(UsageTier::Online)] = 99999; // time online: not session minutes
    days << today;
    constexpr qint64 Forecast = 15900 + 5500;

    AlertRules rules = usageRulesOnly();
    rules.forecastMinutesWarning = warning;
    rules.forecastMinutesCritical = critical;
    AlertInput input;
    input.now = november(10); // the range shown: ignored
    input.clockNow = november(25) + 12 * 3600;
    input.usageDays = days;
    const Alert alert = only(AlertEngine::evaluate(rules, input), AlertRule::ForecastMinutes);
    QCOMPARE(int(alert.state), state);
    QVERIFY2(
        alert.summary.startsWith(QStringLiteral("Month-end forecast %1 minutes (").arg(Forecast)),
        qPrintable(alert.summary));
    QVERIFY2(alert.summary.contains(QLatin1String("; 15900 so far)")), qPrintable(alert.summary));
    QVERIFY(alert.evidence.isEmpty());
}

void TestUsageAlerts::evaluatedOnlyWhenEnabledAndThere() {
    AlertInput input;
    input.clockNow = november(25);
    QVERIFY(AlertEngine::evaluate(usageRulesOnly(), input).isEmpty()); // no input yet
    input.licences = QList<DeviceLicence>{};
    input.usageDays = QList<UsageDay>{};
    QList<Alert> alerts = AlertEngine::evaluate(usageRulesOnly(), input);
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts.at(0).rule, AlertRule::LicenceExpiry);
    QCOMPARE(alerts.at(1).rule, AlertRule::ForecastMinutes);
    QCOMPARE(AlertEngine::evaluate(AlertRules{}, input).size(), 0); // off by default
    QCOMPARE(AlertEngine::ruleLabel(AlertRule::LicenceExpiry), QStringLiteral("Licence expiry"));
}

QTEST_GUILESS_MAIN(TestUsageAlerts)
#include "tst_usagealerts.moc"
