// The range presets: every one has a key that round-trips (saved settings, saved views) and a
// label; the complete ones end at the start of the current hour, day or month in the view's
// zone; the KPI tiles compare equal windows, ending now for the rolling presets.

#include "timerange.h"
#include "viewselection.h"

#include <QTest>

using namespace trro;

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
// Wednesday 2024-06-12T14:37:25+08:00 (06:37:25 UTC): in the middle of a day in both zones.
constexpr qint64 Now = 1718174245;
const QTimeZone Beijing(8 * 3600);

QDateTime at(qint64 t) {
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
}

qint64 secs(int y, int m, int d, int h, int min, const QTimeZone &zone) {
    return QDateTime(QDate(y, m, d), QTime(h, min), zone).toSecsSinceEpoch();
}

} // namespace

class TestTimeRange final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyPresetRoundTrips();
    void completeWindows_data();
    void completeWindows();
    void completeDaysAcrossDaylightSaving();
    void comparedWindowsEndNow_data();
    void comparedWindowsEndNow();
    void comparedWindowsOfCompletePresets();
    void selectionComparesLockedAndCustomWindows();
};

void TestTimeRange::everyPresetRoundTrips() {
    const QList<RangePreset> presets = TimeRange::presets();
    const QList<RangePreset> expected{RangePreset::Last24Hours,
                                      RangePreset::Last7Days,
                                      RangePreset::Last30Days,
                                      RangePreset::Last90Days,
                                      RangePreset::Last12Months,
                                      RangePreset::Last24CompleteHours,
                                      RangePreset::Last7CompleteDays,
                                      RangePreset::Last12CompleteMonths,
                                      RangePreset::Custom};
    QCOMPARE(presets, expected);
    QStringList keys;
    for (RangePreset preset : presets) {
        const QString key = TimeRange::presetKey(preset);
        QVERIFY(!key.isEmpty());
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys << key;
        RangePreset parsed = RangePreset::Custom;
        QVERIFY(TimeRange::parsePresetKey(key, &parsed));
        QCOMPARE(parsed, preset);
        QVERIFY(!TimeRange::presetLabel(preset).isEmpty());
        QVERIFY(!TimeRange::previousPeriodLabel(preset).isEmpty());
    }
    // The keys stored by earlier versions keep their meaning.
    RangePreset parsed = RangePreset::Custom;
    QVERIFY(TimeRange::parsePresetKey(QStringLiteral("last7d"), &parsed));
    QCOMPARE(parsed, RangePreset::Last7Days);
    QCOMPARE(TimeRange::presetKey(RangePreset::Last7CompleteDays), QStringLiteral("complete7d"));
    QCOMPARE(TimeRange::presetLabel(RangePreset::Last7CompleteDays),
             QStringLiteral("Last 7 complete days"));
    QVERIFY(TimeRange::isComplete(RangePreset::Last24CompleteHours));
    QVERIFY(!TimeRange::isComplete(RangePreset::Last24Hours));
    QVERIFY(!TimeRange::parsePresetKey(QStringLiteral("complete8d"), &parsed));
}

void TestTimeRange::completeWindows_data() {
    QTest::addColumn<int>("preset");
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::newRow("24 complete hours, UTC+8")
        << int(RangePreset::Last24CompleteHours) << Beijing << secs(2024, 6, 11, 14, 0, Beijing)
        << secs(2024, 6, 12, 14, 0, Beijing);
    QTest::newRow("7 complete days, UTC+8")
        << int(RangePreset::Last7CompleteDays) << Beijing << secs(2024, 6, 5, 0, 0, Beijing)
        << secs(2024, 6, 12, 0, 0, Beijing);
    QTest::newRow("7 complete days, UTC")
        << int(RangePreset::Last7CompleteDays) << QTimeZone::utc()
        << secs(2024, 6, 5, 0, 0, QTimeZone::utc()) << secs(2024, 6, 12, 0, 0, QTimeZone::utc());
    QTest::newRow("12 complete months, UTC+8")
        << int(RangePreset::Last12CompleteMonths) << Beijing << secs(2023, 6, 1, 0, 0, Beijing)
        << secs(2024, 6, 1, 0, 0, Beijing);
}

void TestTimeRange::completeWindows() {
    QFETCH(int, preset);
    QFETCH(QTimeZone, zone);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    const TimeWindow window = TimeRange::window(RangePreset(preset), at(Now), zone);
    QCOMPARE(window.from, from);
    QCOMPARE(window.to, to);
    QVERIFY(window.to <= Now);
    // At the very start of the next bucket the window moves on by one bucket; a second
    // before, it has not moved yet.
    QCOMPARE(TimeRange::window(RangePreset(preset), at(to - 1), zone).to < to, true);
    QCOMPARE(TimeRange::window(RangePreset(preset), at(to), zone).to, to);
}

void TestTimeRange::completeDaysAcrossDaylightSaving() {
    // Berlin moved to summer time on 2024-03-31: the seven days before Wednesday 3 April are
    // one hour short of 7 × 24 h, and both ends are local midnights.
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        QSKIP("no time zone database");
    const qint64 noon = secs(2024, 4, 3, 12, 0, berlin);
    const TimeWindow window = TimeRange::window(RangePreset::Last7CompleteDays, at(noon), berlin);
    QCOMPARE(window.to, secs(2024, 4, 3, 0, 0, berlin));
    QCOMPARE(window.from, secs(2024, 3, 27, 0, 0, berlin));
    QCOMPARE(window.length(), 7 * Day - Hour);
}

void TestTimeRange::comparedWindowsEndNow_data() {
    QTest::addColumn<int>("preset");
    QTest::addColumn<qint64>("length");
    QTest::newRow("24 h") << int(RangePreset::Last24Hours) << Day;
    QTest::newRow("7 d") << int(RangePreset::Last7Days) << 7 * Day;
    QTest::newRow("30 d") << int(RangePreset::Last30Days) << 30 * Day;
    QTest::newRow("90 d") << int(RangePreset::Last90Days) << 90 * Day;
    // 2023-06-12 .. 2024-06-12: 366 days (2024 is a leap year).
    QTest::newRow("12 months") << int(RangePreset::Last12Months) << 366 * Day;
}

void TestTimeRange::comparedWindowsEndNow() {
    // Now is 14:37 in the view's zone: the day buckets of the charts are cut at both ends,
    // the compared windows are not aligned on them and both are as long.
    QFETCH(int, preset);
    QFETCH(qint64, length);
    const ComparedWindows compared =
        TimeRange::comparedWindows(RangePreset(preset), at(Now), Beijing);
    QVERIFY(compared.isValid());
    QCOMPARE(compared.current.to, Now);
    QCOMPARE(compared.current.from, Now - length);
    QCOMPARE(compared.previous.to, Now - length);
    QCOMPARE(compared.previous.from, Now - 2 * length);
    QCOMPARE(compared.previous.length(), compared.current.length());
}

void TestTimeRange::comparedWindowsOfCompletePresets() {
    // Whole days against the same number of whole days just before.
    const ComparedWindows days =
        TimeRange::comparedWindows(RangePreset::Last7CompleteDays, at(Now), Beijing);
    QCOMPARE(days.current.from, secs(2024, 6, 5, 0, 0, Beijing));
    QCOMPARE(days.current.to, secs(2024, 6, 12, 0, 0, Beijing));
    QCOMPARE(days.previous.from, secs(2024, 5, 29, 0, 0, Beijing));
    QCOMPARE(days.previous.to, days.current.from);
    const ComparedWindows hours =
        TimeRange::comparedWindows(RangePreset::Last24CompleteHours, at(Now), Beijing);
    QCOMPARE(hours.current.to, secs(2024, 6, 12, 14, 0, Beijing));
    QCOMPARE(hours.previous.from, secs(2024, 6, 10, 14, 0, Beijing));
    QCOMPARE(hours.previous.length(), hours.current.length());
    // A custom range has no window of its own here: the selection compares what it shows.
    QVERIFY(!TimeRange::comparedWindows(RangePreset::Custom, at(Now), Beijing).isValid());
}

void TestTimeRange::selectionComparesLockedAndCustomWindows() {
    ViewSelection s;
    s.zone = ZoneChoice::Utc8;
    s.preset = RangePreset::Last7Days;
    QCOMPARE(s.comparedWindows(at(Now)).current, TimeWindow({Now - 7 * Day, Now}));
    QCOMPARE(s.comparedWindows(at(Now)).previous, TimeWindow({Now - 14 * Day, Now - 7 * Day}));

    // Locked an hour ago: the frozen window and the one before it, not the clock's.
    s.locked = {Now - Hour - 7 * Day, Now - Hour};
    QCOMPARE(s.comparedWindows(at(Now)).current, s.locked);
    QCOMPARE(s.comparedWindows(at(Now)).previous, s.locked.previous());

    s.locked = {};
    s.preset = RangePreset::Custom;
    s.custom = {Now - 3 * Day - 1234, Now - Day};
    const ComparedWindows custom = s.comparedWindows(at(Now));
    QCOMPARE(custom.current, s.custom);
    QCOMPARE(custom.previous.to, s.custom.from);
    QCOMPARE(custom.previous.length(), s.custom.length());
}

QTEST_GUILESS_MAIN(TestTimeRange)
#include "tst_timerange.moc"
