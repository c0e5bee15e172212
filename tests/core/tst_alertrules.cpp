#include "alertrules.h"

#include <QSettings>
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
    const QString file = m_dir.filePath(QStringLiteral("rules.ini"));
    {
        AppSettings settings(file);
        saveAlertRules(settings, rules);
        settings.sync();
    }
    AppSettings settings(file);
    QCOMPARE(loadAlertRules(settings), rules);
}

void TestAlertRules::damagedSettingsReadAsDefaults() {
    const QString file = m_dir.filePath(QStringLiteral("damaged.ini"));
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("alerts/fleetRatio/warning"), 500);
        raw.setValue(QStringLiteral("alerts/deviceBadSessions/windowHours"), QStringLiteral("x"));
        raw.setValue(QStringLiteral("alerts/badShare/warning"), 50); // above critical (20)
    }
    AppSettings settings(file);
    QCOMPARE(loadAlertRules(settings), AlertRules{});
}

void TestAlertRules::jsonRoundTrip() {
    AlertRules rules;
    rules.deviceBadWarning = 7;
    rules.deviceBadCritical = 9;
    rules.badShareEnabled = false;
    AlertRules parsed;
    QString error;
    QVERIFY2(parseAlertRules(alertRulesJson(rules), &parsed, &error), qPrintable(error));
    QCOMPARE(parsed, rules);
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
