// The alerts panel in the window, against the local service: evaluated on every refresh, the
// history of changes, a click that drills down to the evidence through the view state, the
// notification of a rule that worsened (nothing is shown without a notification service or a
// tray, as offscreen), and the rules file.
#include "alertmodels.h"
#include "alertmonitor.h"
#include "alertrulesonly.h"
#include "alerts/alertnotifier.h"
#include "alerts/alertruleeditor.h"
#include "alerts/alertspanel.h"
#include "apicontext.h"
#include "appsettings.h"
#include "fleetcontroller.h"
#include "mainwindow.h"
#include "viewstate.h"
#include "viewtools.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace trro;

namespace {

Alert alertOf(const QList<Alert> &alerts, AlertRule rule) {
    for (const Alert &a : alerts) {
        if (a.rule == rule)
            return a;
    }
    return {};
}

// Only the fleet rule, so that what the demo fleet's sessions do cannot interfere.
AlertRules fleetRuleOnly(int warning, int critical, int intervals) {
    AlertRules rules = test::onlyRules({AlertRule::FleetRatio});
    rules.fleetRatioWarning = warning;
    rules.fleetRatioCritical = critical;
    rules.fleetRatioIntervals = intervals;
    return rules;
}

} // namespace

class TestAlertsPanel final : public test::WindowTestCase {
    Q_OBJECT
private Q_SLOTS:
    void evaluatedOnEveryRefresh();
    void clickShowsTheEvidence();
    void notificationOfWorsenedRules();
    void rulesFileImport();
    void ruleEditorTurnsOnTheLicenceRule();

private:
    // A window whose range ends with a day that had bad sessions (so that a not-bad threshold
    // of 100 % is broken there), after its first evaluation; the rules are then set.
    std::unique_ptr<MainWindow> windowWithRules(const AlertRules &rules);
    bool prepare(MainWindow *window, const AlertRules &rules);
};

std::unique_ptr<MainWindow> TestAlertsPanel::windowWithRules(const AlertRules &rules) {
    auto window = m_fx.makeWindow();
    return prepare(window.get(), rules) ? std::move(window) : nullptr;
}

bool TestAlertsPanel::prepare(MainWindow *window, const AlertRules &rules) {
    AlertMonitor *monitor = window->viewTools()->alertMonitor();
    QSignalSpy evaluated(monitor, &AlertMonitor::evaluated);
    if (!evaluated.wait(30000))
        return false;
    const QList<IntervalBucket> &buckets = window->fleet()->data().fleet.buckets;
    const auto imperfect = std::find_if(buckets.rbegin(), buckets.rend(), [](const auto &b) {
        return b.sessionNum > 0 && b.notBadSessionRatio < 100;
    });
    if (imperfect == buckets.rend())
        return false;
    ViewSelection value = window->viewState()->value();
    value.custom = {imperfect->endTime - 7 * 86400, imperfect->endTime};
    window->viewState()->set(value);
    if (!evaluated.wait(30000))
        return false;
    const qsizetype before = evaluated.count();
    monitor->setRules(rules);
    if (!QTest::qWaitFor([&] { return evaluated.count() > before; }, 30000))
        return false;
    return true;
}

void TestAlertsPanel::evaluatedOnEveryRefresh() {
    // Rules the range breaks: a warning at a not-bad ratio below 100 % for one interval.
    AlertRules rules;
    rules.fleetRatioWarning = 100;
    rules.fleetRatioCritical = 0;
    rules.fleetRatioIntervals = 1;
    auto window = windowWithRules(rules);
    QVERIFY(window);
    AlertMonitor *monitor = window->viewTools()->alertMonitor();
    QSignalSpy evaluated(monitor, &AlertMonitor::evaluated);
    AlertsPanel *panel = window->viewTools()->alertsPanel();
    QAbstractItemModelTester tester(panel->alertModel());
    QAbstractItemModelTester historyTester(panel->historyModel());
    QCOMPARE(panel->alertModel()->rowCount(), 4); // every rule, the session ones included
    const Alert fleet = alertOf(panel->alertModel()->alerts(), AlertRule::FleetRatio);
    QCOMPARE(fleet.state, AlertState::Warning);
    const QList<Alert> &shown = panel->alertModel()->alerts();
    QCOMPARE(AlertEngine::worstFirst(shown), shown); // worst first
    QCOMPARE(panel->alertModel()->data(panel->alertModel()->index(0, 0)).toString(),
             AlertEngine::stateLabel(shown.front().state));
    QVERIFY(!panel->headline().startsWith(QLatin1String("OK")));
    const int changes = panel->historyModel()->rowCount();
    QVERIFY(changes >= 1);

    // The refresh evaluates again; the same states add nothing to the history.
    window->refresh();
    QVERIFY(evaluated.wait(30000));
    QCOMPARE(evaluated.count(), 1);
    QCOMPARE(panel->historyModel()->rowCount(), changes);

    // Other rules (through the settings, as an import does): the fleet rule recovers.
    AlertRules relaxed = rules;
    relaxed.fleetRatioWarning = 0;
    monitor->setRules(relaxed);
    QVERIFY(evaluated.count() == 2 || evaluated.wait(30000));
    QCOMPARE(panel->historyModel()->rowCount(), changes + 1);
    const QString change =
        panel->historyModel()
            ->data(panel->historyModel()->index(0, AlertHistoryModel::ChangeColumn))
            .toString();
    QVERIFY2(change == QStringLiteral("Warning → OK"), qPrintable(change));
}

void TestAlertsPanel::clickShowsTheEvidence() {
    auto window = windowWithRules(fleetRuleOnly(100, 0, 1));
    QVERIFY(window);
    AlertsPanel *panel = window->viewTools()->alertsPanel();
    const Alert worst = panel->alertModel()->alerts().front();
    QCOMPARE(worst.state, AlertState::Warning);
    QVERIFY(!worst.evidence.intervals.isEmpty());
    QTableView *view = panel->alertView();
    Q_EMIT view->activated(view->model()->index(0, AlertTableModel::SummaryColumn));
    const DrillPath path = window->viewState()->value().path;
    QCOMPARE(path.level, DrillPath::Level::Interval);
    QCOMPARE(path.intervalStart, worst.evidence.intervals.constLast().from);
    QCOMPARE(path.intervalEnd, worst.evidence.intervals.constLast().to);
}

void TestAlertsPanel::notificationOfWorsenedRules() {
    saveAlertRules(*m_fx.settings(), fleetRuleOnly(0, 0, 1)); // nothing to say at the start
    auto window = m_fx.makeWindow();
    AlertMonitor *monitor = window->viewTools()->alertMonitor();
    AlertNotifier *notifier = window->viewTools()->notifier();
    // Offscreen there is neither a notification service nor a tray: nothing is shown.
    QCOMPARE(notifier->backend(), AlertNotifier::Backend::None);
    QSignalSpy worsened(monitor, &AlertMonitor::worsened);
    QSignalSpy shown(notifier, &AlertNotifier::notified);
    QVERIFY(prepare(window.get(), fleetRuleOnly(100, 100, 1)));
    QCOMPARE(worsened.count(), 1);
    const auto changes = worsened.front().front().value<QList<AlertChange>>();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.front().alert.state, AlertState::Critical);
    QCOMPARE(shown.count(), 0);
    QCOMPARE(AlertNotifier::title(changes), QStringLiteral("TRRO fleet: critical alert"));
    QVERIFY(AlertNotifier::body(changes).startsWith(QLatin1String("Fleet not-bad ratio: ")));
    // The same state after a refresh is no news.
    QSignalSpy evaluated(monitor, &AlertMonitor::evaluated);
    window->refresh();
    QVERIFY(evaluated.wait(30000));
    QCOMPARE(worsened.count(), 1);
}

void TestAlertsPanel::rulesFileImport() {
    auto window = m_fx.makeWindow();
    const QString file = m_fx.filePath(QStringLiteral("rules-%1.json").arg(m_fx.round()));
    AlertRules rules;
    rules.badShareWarning = 1;
    rules.badShareCritical = 2;
    QString error;
    QVERIFY(writeAlertRulesFile(file, rules, &error));
    QVERIFY2(window->viewTools()->importAlertRules(file, &error), qPrintable(error));
    QCOMPARE(window->viewTools()->alertMonitor()->rules(), rules);
    QCOMPARE(loadAlertRules(*m_fx.settings()), rules); // kept
    QFile hostile(m_fx.filePath(QStringLiteral("hostile.json")));
    QVERIFY(hostile.open(QIODevice::WriteOnly));
    hostile.write(R"({"badShare": {"warning": -5}})");
    hostile.close();
    QVERIFY(!window->viewTools()->importAlertRules(hostile.fileName(), &error));
    QVERIFY(error.contains(QLatin1String("badShare.warning")));
    QCOMPARE(window->viewTools()->alertMonitor()->rules(), rules);
}

void TestAlertsPanel::ruleEditorTurnsOnTheLicenceRule() {
    saveAlertRules(*m_fx.settings(), fleetRuleOnly(0, 0, 1));
    auto window = m_fx.makeWindow();
    AlertMonitor *monitor = window->viewTools()->alertMonitor();
    QSignalSpy evaluated(monitor, &AlertMonitor::evaluated);
    QVERIFY(evaluated.wait(30000));
    AlertsPanel *panel = window->viewTools()->alertsPanel();
    AlertRuleEditor *editor = panel->ruleEditor();
    // Every kind is in the choice, the licence and forecast ones included.
    QComboBox *kind = editor->kindChoice();
    QCOMPARE(kind->count(), alertRuleSwitches().size());
    const int licence = kind->findData(QStringLiteral("licenceExpiry"));
    QVERIFY(licence >= 0);
    QCOMPARE(kind->itemText(licence), AlertEngine::ruleLabel(AlertRule::LicenceExpiry));
    QVERIFY(kind->findData(QStringLiteral("forecastMinutes")) >= 0);
    kind->setCurrentIndex(licence);
    QCheckBox *on = editor->enabledField("licenceExpiry");
    QSpinBox *warning = editor->numberField("licenceExpiry", "warningDays");
    QSpinBox *critical = editor->numberField("licenceExpiry", "criticalDays");
    QVERIFY(on && warning && critical);
    QVERIFY(!on->isChecked()); // off by default
    QVERIFY(warning->isVisibleTo(panel));

    // Inconsistent thresholds are refused with the reason; nothing changes.
    on->setChecked(true);
    warning->setValue(5);
    critical->setValue(9);
    QSignalSpy edited(panel, &AlertsPanel::rulesEdited);
    editor->apply();
    QCOMPARE(edited.count(), 0);
    QVERIFY(!monitor->rules().licenceExpiryEnabled);

    // Consistent ones reach the monitor and the settings, and the rule is evaluated: every
    // licence of the local service expires within 90 days.
    critical->setValue(0);
    warning->setValue(120);
    const qsizetype before = evaluated.count();
    editor->findChild<QPushButton *>(QStringLiteral("alertRuleApply"))->click();
    QCOMPARE(edited.count(), 1);
    QVERIFY(monitor->rules().licenceExpiryEnabled);
    QCOMPARE(monitor->rules().licenceExpiryWarningDays, 120);
    QCOMPARE(loadAlertRules(*m_fx.settings()), monitor->rules());
    QVERIFY(QTest::qWaitFor([&] { return evaluated.count() > before; }, 30000));
    const Alert alert = alertOf(panel->alertModel()->alerts(), AlertRule::LicenceExpiry);
    QCOMPARE(alert.rule, AlertRule::LicenceExpiry);
    QVERIFY(alert.state != AlertState::Ok);
    QVERIFY(!alert.evidence.devices.isEmpty());
}

QTEST_MAIN(TestAlertsPanel)
#include "tst_alertspanel.moc"
