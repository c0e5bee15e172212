#include "diagnosissettings.h"
#include "settingsfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace trro;

class TestDiagnosisSettings final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreTheDiagnosisDefaults();
    void roundTrip();
    void outOfRangeReadsAsDefault_data();
    void outOfRangeReadsAsDefault();
    void outOfRangeIsNotStored();

private:
    QString fileName() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir m_dir;
};

void TestDiagnosisSettings::defaultsAreTheDiagnosisDefaults() {
    AppSettings settings(m_dir.filePath(QStringLiteral("empty.ini")));
    const DiagnosisThresholds loaded = loadDiagnosisThresholds(settings);
    const DiagnosisThresholds defaults;
    QCOMPARE(loaded.networkLatencyMs, defaults.networkLatencyMs);
    QCOMPARE(loaded.lossPercent, defaults.lossPercent);
    QCOMPARE(loaded.minFps, defaults.minFps);
    QCOMPARE(loaded.frameGapMs, defaults.frameGapMs);
    QCOMPARE(loaded.cpuPercent, defaults.cpuPercent);
    for (const ThresholdSetting &s : thresholdSettings())
        QCOMPARE(s.key->defaultValue, defaults.*s.field);
}

void TestDiagnosisSettings::roundTrip() {
    const DiagnosisThresholds t{.networkLatencyMs = 220,
                                .lossPercent = 0.5,
                                .minFps = 25,
                                .frameGapMs = 300,
                                .cpuPercent = 80};
    const DiagnosisThresholds loaded =
        test::savedAndLoaded(fileName(), t, saveDiagnosisThresholds, loadDiagnosisThresholds);
    QCOMPARE(loaded.networkLatencyMs, 220.0);
    QCOMPARE(loaded.lossPercent, 0.5);
    QCOMPARE(loaded.minFps, 25.0);
    QCOMPARE(loaded.frameGapMs, 300.0);
    QCOMPARE(loaded.cpuPercent, 80.0);
}

void TestDiagnosisSettings::outOfRangeReadsAsDefault_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("stored");
    QTest::newRow("negative latency") << "diagnosis/networkLatencyMs"
                                      << "-5";
    QTest::newRow("loss over 100") << "diagnosis/lossPercent"
                                   << "250";
    QTest::newRow("not a number") << "diagnosis/minFps"
                                  << "fast";
    QTest::newRow("nan") << "diagnosis/frameGapMs"
                         << "nan";
    QTest::newRow("huge") << "diagnosis/cpuPercent"
                          << "1e300";
}

void TestDiagnosisSettings::outOfRangeReadsAsDefault() {
    QFETCH(QString, key);
    QFETCH(QString, stored);
    const QString file = m_dir.filePath(QStringLiteral("hostile.ini"));
    test::writeSettingsFile(file, {{key, stored}});
    AppSettings settings(file);
    const DiagnosisThresholds loaded = loadDiagnosisThresholds(settings);
    const DiagnosisThresholds defaults;
    for (const ThresholdSetting &s : thresholdSettings())
        QCOMPARE(loaded.*s.field, defaults.*s.field);
}

void TestDiagnosisSettings::outOfRangeIsNotStored() {
    const QString file = m_dir.filePath(QStringLiteral("partial.ini"));
    AppSettings settings(file);
    DiagnosisThresholds t;
    t.networkLatencyMs = 0; // below its range
    t.minFps = 30;
    saveDiagnosisThresholds(settings, t);
    QVERIFY(!settings.contains(AppSettings::DiagnosisLatencyMs));
    QCOMPARE(settings.value(AppSettings::DiagnosisMinFps), 30.0);
}

QTEST_GUILESS_MAIN(TestDiagnosisSettings)
#include "tst_diagnosissettings.moc"
