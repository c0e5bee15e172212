#include "appsettings.h"
#include "settingsfile.h"
#include "viewselection.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trro;

class TestAppSettings final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void defaults();
    void roundTrip();
    void remove();
    void testModeKeepsUserFilesApart();
    void viewSelectionRoundTrip_data();
    void viewSelectionRoundTrip();
    void damagedValuesFallBack_data();
    void damagedValuesFallBack();

private:
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }
};

void TestAppSettings::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("trro-dashboard-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
    QVERIFY(m_dir.isValid());
}

void TestAppSettings::defaults() {
    AppSettings settings(file(QStringLiteral("defaults.ini")));
    QCOMPARE(settings.value(AppSettings::IntervalName), QStringLiteral("day"));
    QCOMPARE(settings.value(AppSettings::RangePreset), QStringLiteral("last7d"));
    QCOMPARE(settings.value(AppSettings::TimeZone), QStringLiteral("local"));
    QCOMPARE(settings.value(AppSettings::RatioThreshold), 80);
    QCOMPARE(settings.value(AppSettings::AutoRefreshSeconds), 0);
    QCOMPARE(settings.value(AppSettings::ExportScale), 1.0);
    QVERIFY(settings.value(AppSettings::SelectedDevices).isEmpty());
    QVERIFY(settings.value(AppSettings::WindowGeometry).isEmpty());
    QVERIFY(!settings.contains(AppSettings::ProjectId));
}

void TestAppSettings::roundTrip() {
    const QString path = file(QStringLiteral("roundtrip.ini"));
    const QByteArray geometry("\x01\x02\x00\xff", 4);
    {
        AppSettings settings(path);
        settings.setValue(AppSettings::WindowGeometry, geometry);
        settings.setValue(AppSettings::ProjectId, QStringLiteral("prj-42"));
        settings.setValue(AppSettings::SelectedDevices, QStringList{QStringLiteral("only-one")});
        settings.setValue(AppSettings::CustomFrom, qint64(1714521600));
        settings.setValue(AppSettings::RatioThreshold, 65);
        settings.setValue(AppSettings::ExportScale, 2.0);
        settings.sync();
    }
    AppSettings settings(path);
    QCOMPARE(settings.value(AppSettings::WindowGeometry), geometry);
    QCOMPARE(settings.value(AppSettings::ProjectId), QStringLiteral("prj-42"));
    // A one-element list comes back as a list (INI stores it as a plain string).
    QCOMPARE(settings.value(AppSettings::SelectedDevices), QStringList{QStringLiteral("only-one")});
    QCOMPARE(settings.value(AppSettings::CustomFrom), qint64(1714521600));
    QCOMPARE(settings.value(AppSettings::RatioThreshold), 65);
    QCOMPARE(settings.value(AppSettings::ExportScale), 2.0);
}

void TestAppSettings::remove() {
    AppSettings settings(file(QStringLiteral("remove.ini")));
    settings.setValue(AppSettings::ProjectId, QStringLiteral("x"));
    QVERIFY(settings.contains(AppSettings::ProjectId));
    settings.remove(AppSettings::ProjectId);
    QVERIFY(!settings.contains(AppSettings::ProjectId));
    QCOMPARE(settings.value(AppSettings::ProjectId), QString());
}

void TestAppSettings::testModeKeepsUserFilesApart() {
    AppSettings settings;
    settings.setValue(AppSettings::ProjectId, QStringLiteral("test-mode"));
    settings.sync();
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QVERIFY2(config.contains(QStringLiteral("qttest")), qPrintable(config));
    QVERIFY2(settings.fileName().startsWith(config), qPrintable(settings.fileName()));
    QFile::remove(settings.fileName());
}

void TestAppSettings::viewSelectionRoundTrip_data() {
    QTest::addColumn<int>("interval");
    QTest::addColumn<int>("preset");
    QTest::addColumn<int>("zone");
    QTest::addColumn<int>("refresh");
    QTest::newRow("hour, 24 h, utc+8, 30 s")
        << int(Interval::Hour) << int(RangePreset::Last24Hours) << int(ZoneChoice::Utc8) << 30;
    QTest::newRow("month, 12 months, utc, off")
        << int(Interval::Month) << int(RangePreset::Last12Months) << int(ZoneChoice::Utc) << 0;
    QTest::newRow("day, custom, local, 5 min")
        << int(Interval::Day) << int(RangePreset::Custom) << int(ZoneChoice::Local) << 300;
}

void TestAppSettings::viewSelectionRoundTrip() {
    QFETCH(int, interval);
    QFETCH(int, preset);
    QFETCH(int, zone);
    QFETCH(int, refresh);
    ViewSelection selection;
    selection.profile = QStringLiteral("ops");
    selection.projectId = QStringLiteral("prj-1");
    selection.interval = Interval(interval);
    selection.preset = RangePreset(preset);
    selection.custom = {1714521600, 1714521600 + 3 * 86400};
    selection.zone = ZoneChoice(zone);
    selection.autoRefreshSeconds = refresh;
    const QString path =
        file(QStringLiteral("selection-%1.ini")
                 .arg(QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'_')));
    const auto save = [](AppSettings &settings, const ViewSelection &value) {
        saveViewSelection(&settings, value);
    };
    QCOMPARE(test::savedAndLoaded(path, selection, save, loadViewSelection), selection);
}

void TestAppSettings::damagedValuesFallBack_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("interval") << QStringLiteral("view/interval") << QStringLiteral("fortnight");
    QTest::newRow("range") << QStringLiteral("view/range") << QStringLiteral("last3y");
    QTest::newRow("zone") << QStringLiteral("view/timeZone") << QStringLiteral("mars");
    QTest::newRow("refresh") << QStringLiteral("view/autoRefreshSeconds") << QStringLiteral("7");
    QTest::newRow("custom without bounds")
        << QStringLiteral("view/range") << QStringLiteral("custom");
}

void TestAppSettings::damagedValuesFallBack() {
    QFETCH(QString, key);
    QFETCH(QString, value);
    const QString path =
        file(QStringLiteral("damaged-%1.ini")
                 .arg(QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'_')));
    test::writeSettingsFile(path, {{key, value}});
    AppSettings settings(path);
    const ViewSelection loaded = loadViewSelection(settings);
    const ViewSelection defaults;
    QCOMPARE(loaded.interval, defaults.interval);
    QCOMPARE(loaded.preset, defaults.preset);
    QCOMPARE(loaded.zone, defaults.zone);
    QCOMPARE(loaded.autoRefreshSeconds, defaults.autoRefreshSeconds);
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
