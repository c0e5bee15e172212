// AlertMonitor against the local service on a ManualClock (the service's clock too): the
// licence and forecast rules ask for the licences (GetDevices) and the month's days
// (GetDurationDetails) through the scheduler only while they are enabled; a licence is
// flagged by the clock's present, not by the range on screen: one 8 days out is not "within 7
// days", and is a day later; the flagged devices are exactly the service's licence book's; the
// forecast is the one of the service's own days.

#include "alertmonitor.h"
#include "alertrulesonly.h"
#include "clock.h"
#include "fleet.h"
#include "fleetcontroller.h"
#include "fleetusagedays.h"
#include "servicefixture.h"
#include "usageforecast.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace trro;
using namespace trro::test;

namespace {

constexpr qint64 Day = 86400;
constexpr qint64 DayUs = Day * 1'000'000;

AlertRules usageRulesOnly() {
    AlertRules r = onlyRules({AlertRule::LicenceExpiry});
    r.licenceExpiryWarningDays = 7;
    r.licenceExpiryCriticalDays = 0;
    return r;
}

QStringList sorted(QStringList ids) {
    ids.sort();
    return ids;
}

Alert alertOf(const QList<Alert> &alerts, AlertRule rule) {
    for (const Alert &a : alerts) {
        if (a.rule == rule)
            return a;
    }
    return Alert{AlertRule::FleetRatio, AlertState::Ok, u"missing"_s, {}};
}

} // namespace

class TestAlertMonitor final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void asksOnlyForWhatItsRulesNeed();
    void licenceEightDaysOutFiresADayLater();
    void forecastOfTheServicesDays();

private:
    // Evaluates on the fleet's data and waits for the verdict.
    std::optional<QList<Alert>> evaluate();
    // The devices of the project whose licence expires within `days` of now, by the book.
    QStringList expiringByTheBook(qint64 now, qint64 days) const;

    std::unique_ptr<AfternoonServiceFixture> m_fx;
    std::unique_ptr<FleetController> m_fleet;
    std::unique_ptr<AlertMonitor> m_monitor;
};

void TestAlertMonitor::init() {
    m_fx = std::make_unique<AfternoonServiceFixture>(standardFleet(20, 40));
    QVERIFY(m_fx->listening);
    m_fleet = std::make_unique<FleetController>(m_fx->api, m_fx->statistics);
    m_monitor = std::make_unique<AlertMonitor>(m_fx->api, m_fleet.get(), &m_fx->clock);
    AlertRules none = usageRulesOnly();
    none.licenceExpiryEnabled = false;
    m_monitor->setRules(none);
    QSignalSpy evaluated(m_monitor.get(), &AlertMonitor::evaluated);
    FleetRequest request;
    request.projectId = m_fx->projectId();
    request.interval = Interval::Day;
    const qint64 today = sim::Fleet::bucketStart(Interval::Day, m_fx->now());
    request.window = {today - 7 * Day, today - Day}; // a closed range in the past
    m_fleet->load(request);
    QVERIFY(m_fx->waitFor([&] { return !evaluated.isEmpty(); }, 60000, &m_fx->clock));
}

void TestAlertMonitor::cleanup() {
    m_monitor.reset();
    m_fleet.reset();
    m_fx.reset();
}

std::optional<QList<Alert>> TestAlertMonitor::evaluate() {
    QSignalSpy evaluated(m_monitor.get(), &AlertMonitor::evaluated);
    m_monitor->evaluate();
    if (!m_fx->waitFor([&] { return !evaluated.isEmpty(); }, 60000, &m_fx->clock))
        return std::nullopt;
    return evaluated.constLast().at(0).value<QList<Alert>>();
}

QStringList TestAlertMonitor::expiringByTheBook(qint64 now, qint64 days) const {
    const sim::Fleet &fleet = m_fx->service->fleet();
    const int project = m_fx->projectIndex();
    QList<std::pair<qint64, QString>> found;
    for (const sim::LicenceGroup &g : fleet.licences().groups()) {
        if (g.project == project && g.device >= 0 && g.expireTime - now <= days * Day)
            found.append({g.expireTime, fleet.catalog().devices().at(g.device).deviceId});
    }
    std::sort(found.begin(), found.end());
    QStringList ids;
    for (const auto &f : std::as_const(found))
        ids << f.second;
    return ids;
}

void TestAlertMonitor::asksOnlyForWhatItsRulesNeed() {
    // Nothing enabled: the fleet series alone.
    QVERIFY(evaluate().has_value());
    QCOMPARE(m_fx->requests(u"GetDevices"_s), 0);
    QCOMPARE(m_fx->requests(u"GetDurationDetails"_s), 0);
    QCOMPARE(m_fx->requests(u"DescribeDeviceSessionList"_s), 0);

    m_monitor->setRules(usageRulesOnly()); // evaluates at once
    QVERIFY(
        m_fx->waitFor([&] { return m_fx->requests(u"GetDevices"_s) > 0; }, 60000, &m_fx->clock));
    std::optional<QList<Alert>> alerts = evaluate();
    QVERIFY(alerts);
    QCOMPARE(alerts->size(), 1);
    QCOMPARE(alerts->front().rule, AlertRule::LicenceExpiry);
    QCOMPARE(m_fx->requests(u"GetDurationDetails"_s), 0);

    AlertRules both = usageRulesOnly();
    both.forecastMinutesEnabled = true;
    m_monitor->setRules(both);
    alerts = evaluate();
    QVERIFY(alerts);
    QCOMPARE(alerts->size(), 2);
    QVERIFY(m_fx->requests(u"GetDurationDetails"_s) > 0);
}

void TestAlertMonitor::licenceEightDaysOutFiresADayLater() {
    m_monitor->setRules(usageRulesOnly());
    // The vehicle whose licence runs out first after eight days from now.
    const sim::Fleet &fleet = m_fx->service->fleet();
    const int project = m_fx->projectIndex();
    const qint64 start = m_fx->clock.wallMs() / 1000;
    const sim::LicenceGroup *target = nullptr;
    for (const sim::LicenceGroup &g : fleet.licences().groups()) {
        if (g.project == project && g.device >= 0 && g.expireTime > start + 8 * Day &&
            (!target || g.expireTime < target->expireTime))
            target = &g;
    }
    QVERIFY(target);
    const QString id = fleet.catalog().devices().at(target->device).deviceId;
    // The clock to exactly eight days before its expiry (the range shown stays where it is).
    QVERIFY(m_fx->runFor(m_fx->clock, (target->expireTime - 8 * Day - start) * 1'000'000));
    QCOMPARE(m_fx->clock.wallMs() / 1000, target->expireTime - 8 * Day);

    std::optional<QList<Alert>> alerts = evaluate();
    QVERIFY(alerts);
    Alert alert = alertOf(*alerts, AlertRule::LicenceExpiry);
    QVERIFY2(!alert.evidence.devices.contains(id), qPrintable(alert.summary));
    const qint64 now = m_fx->clock.wallMs() / 1000;
    QCOMPARE(sorted(alert.evidence.devices), sorted(expiringByTheBook(now, 7)));

    QVERIFY(m_fx->runFor(m_fx->clock, DayUs));
    alerts = evaluate();
    QVERIFY(alerts);
    alert = alertOf(*alerts, AlertRule::LicenceExpiry);
    QVERIFY2(alert.evidence.devices.contains(id), qPrintable(alert.summary));
    QCOMPARE(sorted(alert.evidence.devices), sorted(expiringByTheBook(now + Day, 7)));
    QVERIFY(alert.state != AlertState::Ok);
    // Expired ones (the book has some) are critical.
    QCOMPARE(alert.state, expiringByTheBook(now + Day, 0).isEmpty() ? AlertState::Warning
                                                                    : AlertState::Critical);
}

void TestAlertMonitor::forecastOfTheServicesDays() {
    AlertRules rules = usageRulesOnly();
    rules.licenceExpiryEnabled = false;
    rules.forecastMinutesEnabled = true;
    rules.forecastMinutesWarning = 0; // any minutes at all: a warning
    rules.forecastMinutesCritical = 1'000'000'000;
    m_monitor->setRules(rules);
    const std::optional<QList<Alert>> alerts = evaluate();
    QVERIFY(alerts);
    const Alert alert = alertOf(*alerts, AlertRule::ForecastMinutes);
    // The forecast of the service's own days, at the clock's present.
    const qint64 now = m_fx->clock.wallMs() / 1000;
    const auto [from, to] = forecastRange(now);
    const QList<UsageDay> days =
        fleetUsageDays(m_fx->service->fleet(), m_fx->projectIndex(), -1, from, to, now);
    const UsageForecast expected = forecastMonth(days, now);
    QVERIFY(expected.forecast > 0);
    QCOMPARE(alert.state, AlertState::Warning);
    QVERIFY2(alert.summary.startsWith(
                 u"Month-end forecast %1 minutes (%2 to %3; %4 so far)"_s.arg(expected.forecast)
                     .arg(expected.low)
                     .arg(expected.high)
                     .arg(expected.monthToDate)),
             qPrintable(alert.summary));
}

QTEST_GUILESS_MAIN(TestAlertMonitor)
#include "tst_alertmonitor.moc"
