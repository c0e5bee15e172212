#include "alertrules.h"
#include "settingsfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace trro;

class TestAlertRules final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreTheSettingsDefaults();
    void settingsRoundTrip();
    void damagedSettingsReadAsDefaults();
    void jsonRoundTrip();
    void usageRulesFromAFile();
    void partialFileKeepsDefaults();
    void hostileFiles_data();
    void hostileFiles();
    void fileOnDisk();

private:
    QTemporaryDir m_dir;
};

void TestAlertRules::defaultsAreTheSettingsDefaults() {
    AppSettings settings(m_dir.filePath(QStringLiteral("empty.ini")));
    QCOMPARE(loadAlertRules(settings), AlertRules{});
    const AlertRules defaults;
    for (const AlertRuleNumber &n : alertRuleNumbers())
        QCOMPARE(n.key->defaultValue, defaults.*n.field);
    for (const AlertRuleSwitch &s : alertRuleSwitches())
        QCOMPARE(s.key->defaultValue, defaults.*s.field);
    QVERIFY(alertRulesProblem(defaults).isEmpty());
}

void TestAlertRules::settingsRoundTrip() {
    AlertRules rules;
    rules.fleetRatioWarning = 95;
    rules.fleetRatioCritical = 85;
    rules.fleetRatioIntervals = 2;
    rules.deviceSilentEnabled = false;
    rules.badShareMinSessions = 40;
    QCOMPARE(test::savedAndLoaded(m_dir.filePath(QStringLiteral("rules.ini")), rules,
                                  saveAlertRules, loadAlertRules),
             rules);
}

void TestAlertRules::damagedSettingsReadAsDefaults() {
    const QString file = m_dir.filePath(QStringLiteral("damaged.ini"));
    test::writeSettingsFile(
        file, {{QStringLiteral("alerts/fleetRatio/warning"), 500},
               {QStringLiteral("alerts/deviceBadSessions/windowHours"), QStringLiteral("x")},
               {QStringLiteral("alerts/badShare/warning"), 50},           // above critical (20)
               {QStringLiteral("alerts/licenceExpiry/criticalDays"), 60}, // above warning
               {QStringLiteral("alerts/forecastMinutes/warning"), -5}});
    AppSettings settings(file);
    QCOMPARE(loadAlertRules(settings), AlertRules{});
}

void TestAlertRules::jsonRoundTrip() {
    const AlertRules rules{.deviceBadWarning = 7,
                           .deviceBadCritical = 9,
                           .badShareEnabled = false,
                           .licenceExpiryEnabled = true,
                           .licenceExpiryWarningDays = 14,
                           .licenceExpiryCriticalDays = 3,
                           .forecastMinutesEnabled = true,
                           .forecastMinutesWarning = 40000,
                           .forecastMinutesCritical = 50000};
    AlertRules parsed;
    QString error;
    QVERIFY2(parseAlertRules(alertRulesJson(rules), &parsed, &error), qPrintable(error));
    QCOMPARE(parsed, rules);
    const QByteArray json = alertRulesJson(rules);
    QVERIFY(json.contains(R"("licenceExpiry")"));
    QVERIFY(json.contains(R"("warningDays": 14)"));
    QVERIFY(json.contains(R"("forecastMinutes")"));
    QVERIFY(json.contains(R"("critical": 50000)"));
}

void TestAlertRules::usageRulesFromAFile() {
    AlertRules parsed;
    QString error;
    QVERIFY2(parseAlertRules(R"({"version": 1, "licenceExpiry": {"enabled": true,
             "warningDays": 7, "criticalDays": 0}, "forecastMinutes": {"enabled": true,
             "warning": 30000, "critical": 30000}})",
                             &parsed, &error),
             qPrintable(error));
    const AlertRules expected{.licenceExpiryEnabled = true,
                              .licenceExpiryWarningDays = 7,
                              .licenceExpiryCriticalDays = 0,
                              .forecastMinutesEnabled = true,
                              .forecastMinutesWarning = 30000,
                              .forecastMinutesCritical = 30000};
    QCOMPARE(parsed, expected);
    // Off unless a file or the settings turn them on: they cost requests on every refresh.
    QVERIFY(!AlertRules{}.licenceExpiryEnabled);
    QVERIFY(!AlertRules{}.forecastMinutesEnabled);

    QCOMPARE(test::savedAndLoaded(m_dir.filePath(QStringLiteral("usage.ini")), expected,
                                  saveAlertRules, loadAlertRules),
             expected);
}

void TestAlertRules::partialFileKeepsDefaults() {
    AlertRules parsed;
    parsed.fleetRatioWarning = 1; // overwritten: a file starts from the defaults
    QString error;
    QVERIFY2(parseAlertRules(R"({"fleetRatio": {"warning": 95}})", &parsed, &error),
             qPrintable(error));
    AlertRules expected;
    expected.fleetRatioWarning = 95;
    QCOMPARE(parsed, expected);
}

void TestAlertRules::hostileFiles_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("fleetRatio=80");
    QTest::newRow("an array") << QByteArray("[1, 2]");
    QTest::newRow("unknown rule") << QByteArray(R"({"fleetratio": {}})");
    QTest::newRow("unknown field") << QByteArray(R"({"badShare": {"warn": 5}})");
    QTest::newRow("group not an object") << QByteArray(R"({"badShare": 5})");
    QTest::newRow("string number") << QByteArray(R"({"badShare": {"warning": "5"}})");
    QTest::newRow("fraction") << QByteArray(R"({"badShare": {"warning": 5.5}})");
    QTest::newRow("negative") << QByteArray(R"({"deviceSilent": {"warningHours": -1}})");
    QTest::newRow("huge") << QByteArray(R"({"deviceBadSessions": {"warning": 1e300}})");
    QTest::newRow("ratio over 100") << QByteArray(R"({"fleetRatio": {"critical": 101}})");
    QTest::newRow("enabled not bool") << QByteArray(R"({"fleetRatio": {"enabled": "yes"}})");
    QTest::newRow("critical above warning")
        << QByteArray(R"({"fleetRatio": {"warning": 70, "critical": 80}})");
    QTest::newRow("licence critical days above warning")
        << QByteArray(R"({"licenceExpiry": {"warningDays": 7, "criticalDays": 8}})");
    QTest::newRow("licence days negative")
        << QByteArray(R"({"licenceExpiry": {"warningDays": -1}})");
    QTest::newRow("licence days over a year")
        << QByteArray(R"({"licenceExpiry": {"warningDays": 367}})");
    QTest::newRow("licence unknown field") << QByteArray(R"({"licenceExpiry": {"days": 7}})");
    QTest::newRow("forecast critical below warning")
        << QByteArray(R"({"forecastMinutes": {"warning": 500, "critical": 400}})");
    QTest::newRow("forecast absurd") << QByteArray(R"({"forecastMinutes": {"warning": 1e12}})");
    QTest::newRow("wrong version") << QByteArray(R"({"version": 2})");
    QTest::newRow("too large") << QByteArray(R"({"version": 1, "x": ")") +
                                      QByteArray(MaxRulesFileBytes, 'a') + QByteArray("\"}");
}

void TestAlertRules::hostileFiles() {
    QFETCH(QByteArray, json);
    AlertRules rules;
    rules.fleetRatioWarning = 93;
    const AlertRules before = rules;
    QString error;
    QVERIFY(!parseAlertRules(json, &rules, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(error.size() < 300);
    QCOMPARE(rules, before); // untouched
}

void TestAlertRules::fileOnDisk() {
    const QString file = m_dir.filePath(QStringLiteral("rules.json"));
    AlertRules rules;
    QString error;
    QVERIFY(!readAlertRulesFile(file, &rules, &error));
    QVERIFY(error.contains(file));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"version": 1, "badShare": {"warning": 3, "critical": 6}})");
    out.close();
    QVERIFY2(readAlertRulesFile(file, &rules, &error), qPrintable(error));
    QCOMPARE(rules.badShareWarning, 3);
    QCOMPARE(rules.badShareCritical, 6);
}

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
