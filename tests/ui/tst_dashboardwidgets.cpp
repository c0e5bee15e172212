#include "fleet/kpipanel.h"
#include "timerange.h"
#include "toolbar/dashboardtoolbar.h"
#include "widgets/errorbanner.h"
#include "widgets/kpitile.h"
#include "widgets/sparkline.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <limits>

using namespace trro;

namespace {

constexpr qint64 Now = 1714521600; // 2024-05-01T00:00:00Z
const double NaN = std::numeric_limits<double>::quiet_NaN();

IntervalBucket bucket(qint64 start, qint64 end, qint64 sessions, int ratio) {
    IntervalBucket b;
    b.startTime = start;
    b.endTime = end;
    b.sessionNum = sessions;
    b.notBadSessionRatio = ratio;
    return b;
}

bool sameSeries(const QList<double> &a, const QList<double> &b) {
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (std::isnan(a.at(i)) != std::isnan(b.at(i)))
            return false;
        if (!std::isnan(a.at(i)) && a.at(i) != b.at(i))
            return false;
    }
    return true;
}

} // namespace

class TestDashboardWidgets final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void presetWindows_data();
    void presetWindows();
    void keysRoundTrip();
    void formatDelta_data();
    void formatDelta();
    void tileStates();
    void trend_data();
    void trend();
    void sparklinePaintsGaps();
    void bannerShowsCodeMessageAndRequestId();
    void bannerWithoutRequestId();
    void toolbarSelectionRoundTrip();
    void toolbarCustomRangeKeepsInstantsAcrossZones();
    void toolbarLockFreezesWindow();
};

void TestDashboardWidgets::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDashboardWidgets::presetWindows_data() {
    QTest::addColumn<int>("preset");
    QTest::addColumn<qint64>("length");
    QTest::newRow("24 h") << int(RangePreset::Last24Hours) << qint64(86400);
    QTest::newRow("7 d") << int(RangePreset::Last7Days) << qint64(7 * 86400);
    QTest::newRow("30 d") << int(RangePreset::Last30Days) << qint64(30 * 86400);
    QTest::newRow("90 d") << int(RangePreset::Last90Days) << qint64(90 * 86400);
    // 2023-05-01 .. 2024-05-01 in UTC: 366 days (2024 is a leap year).
    QTest::newRow("12 months") << int(RangePreset::Last12Months) << qint64(366 * 86400);
}

void TestDashboardWidgets::presetWindows() {
    QFETCH(int, preset);
    QFETCH(qint64, length);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(Now, QTimeZone::utc());
    const TimeWindow window = TimeRange::window(RangePreset(preset), now, QTimeZone::utc());
    QCOMPARE(window.to, Now);
    QCOMPARE(window.length(), length);
    QCOMPARE(window.previous().to, window.from);
    QCOMPARE(window.previous().length(), length);
}

void TestDashboardWidgets::keysRoundTrip() {
    QVERIFY(TimeRange::presets().contains(RangePreset::Last7CompleteDays));
    for (RangePreset preset : TimeRange::presets()) {
        RangePreset parsed = RangePreset::Last7Days;
        QVERIFY(TimeRange::parsePresetKey(TimeRange::presetKey(preset), &parsed));
        QCOMPARE(parsed, preset);
        QVERIFY(!TimeRange::presetLabel(preset).isEmpty());
    }
    for (ZoneChoice zone : {ZoneChoice::Local, ZoneChoice::Utc, ZoneChoice::Utc8}) {
        ZoneChoice parsed = ZoneChoice::Local;
        QVERIFY(TimeRange::parseZoneKey(TimeRange::zoneKey(zone), &parsed));
        QCOMPARE(parsed, zone);
        QVERIFY(TimeRange::timeZone(zone).isValid());
    }
    QCOMPARE(TimeRange::timeZone(ZoneChoice::Utc8).offsetFromUtc(QDateTime::currentDateTimeUtc()),
             8 * 3600);
}

void TestDashboardWidgets::formatDelta_data() {
    QTest::addColumn<double>("current");
    QTest::addColumn<double>("previous");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("expected");
    const int count = int(KpiTile::Format::Count);
    const int percent = int(KpiTile::Format::Percent);
    QTest::newRow("up 25 %") << 125.0 << 100.0 << count << QStringLiteral("▲ 25 %");
    QTest::newRow("down 2.5 %") << 97.5 << 100.0 << count << QStringLiteral("▼ 2.5 %");
    QTest::newRow("flat") << 100.0 << 100.0 << count << QStringLiteral("= 0 %");
    QTest::newRow("from zero") << 5.0 << 0.0 << count << QStringLiteral("▲ new");
    QTest::newRow("zero to zero") << 0.0 << 0.0 << count << QStringLiteral("= 0 %");
    QTest::newRow("ratio up 3 pts") << 91.0 << 88.0 << percent << QStringLiteral("▲ 3 pts");
    QTest::newRow("ratio down 12 pts") << 70.0 << 82.0 << percent << QStringLiteral("▼ 12 pts");
    QTest::newRow("ratio flat") << 80.0 << 80.0 << percent << QStringLiteral("= 0 pts");
    QTest::newRow("big numbers") << 25000.0 << 10000.0 << count << QStringLiteral("▲ 150 %");
}

void TestDashboardWidgets::formatDelta() {
    QFETCH(double, current);
    QFETCH(double, previous);
    QFETCH(int, format);
    QFETCH(QString, expected);
    QCOMPARE(KpiTile::formatDelta(current, previous, KpiTile::Format(format)), expected);
}

void TestDashboardWidgets::tileStates() {
    KpiTile tile(QStringLiteral("Sessions"), KpiTile::Format::Count);
    QCOMPARE(tile.valueText(), QStringLiteral("—"));
    tile.setLoading(true);
    QCOMPARE(tile.valueText(), QStringLiteral("…"));
    tile.setValue(12345, 10000, true);
    tile.setLoading(false);
    QCOMPARE(tile.valueText(), QStringLiteral("12,345"));
    QCOMPARE(tile.deltaText(), QStringLiteral("▲ 23 %"));
    QVERIFY(tile.accessibleDescription().contains(QStringLiteral("12,345")));
    tile.setStale(true);
    QVERIFY(tile.isStale());
    QVERIFY(tile.accessibleDescription().contains(QStringLiteral("stale")));
    QCOMPARE(tile.valueText(), QStringLiteral("12,345")); // the last good value stays
    tile.setValue(3, 0, false);
    QCOMPARE(tile.deltaText(), QStringLiteral("–"));
}

void TestDashboardWidgets::trend_data() {
    QTest::addColumn<QList<IntervalBucket>>("buckets");
    QTest::addColumn<int>("kpi");
    QTest::addColumn<QList<double>>("expected");
    const qint64 h = 3600;
    QTest::newRow("dense") << QList<IntervalBucket>{bucket(0, h, 1, 90), bucket(h, 2 * h, 2, 80)}
                           << int(KpiPanel::Sessions) << QList<double>{1, 2};
    QTest::newRow("gap counts zero")
        << QList<IntervalBucket>{bucket(0, h, 1, 90), bucket(3 * h, 4 * h, 4, 80)}
        << int(KpiPanel::Sessions) << QList<double>{1, 0, 0, 4};
    QTest::newRow("gap is no ratio")
        << QList<IntervalBucket>{bucket(0, h, 1, 90), bucket(2 * h, 3 * h, 4, 80)}
        << int(KpiPanel::NotBadRatio) << QList<double>{90, NaN, 80};
    QTest::newRow("unsorted input")
        << QList<IntervalBucket>{bucket(h, 2 * h, 2, 80), bucket(0, h, 1, 90)}
        << int(KpiPanel::Sessions) << QList<double>{1, 2};
    QTest::newRow("inverted bucket")
        << QList<IntervalBucket>{bucket(0, h, 1, 90), bucket(2 * h, h, 5, 80)}
        << int(KpiPanel::Sessions) << QList<double>{1, 0, 5};
    QTest::newRow("empty") << QList<IntervalBucket>{} << int(KpiPanel::Sessions) << QList<double>{};
}

void TestDashboardWidgets::trend() {
    QFETCH(QList<IntervalBucket>, buckets);
    QFETCH(int, kpi);
    QFETCH(QList<double>, expected);
    const QList<double> values = KpiPanel::trend(buckets, Interval::Hour, KpiPanel::Kpi(kpi));
    QVERIFY2(sameSeries(values, expected),
             qPrintable(QStringLiteral("%1 values").arg(values.size())));
}

void TestDashboardWidgets::sparklinePaintsGaps() {
    Sparkline spark;
    spark.resize(160, 34);
    spark.setColor(Qt::blue);
    spark.setValues({1, 2, NaN, NaN, 5, 3});
    QImage image(spark.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    spark.render(&image);
    // Something blue was drawn on the left run and on the right run, nothing in the gap.
    auto blueInColumns = [&image](int from, int to) {
        for (int x = from; x < to; ++x) {
            for (int y = 0; y < image.height(); ++y) {
                const QColor c = image.pixelColor(x, y);
                if (c.blue() > 150 && c.red() < 120)
                    return true;
            }
        }
        return false;
    };
    QVERIFY(blueInColumns(2, 30));
    QVERIFY(blueInColumns(100, 150));
    QVERIFY(!blueInColumns(66, 90));
}

void TestDashboardWidgets::bannerShowsCodeMessageAndRequestId() {
    ErrorBanner banner;
    banner.show();
    QSignalSpy retry(&banner, &ErrorBanner::retryRequested);
    ApiError error =
        ApiError::make(ApiError::Kind::Api, QStringLiteral("AuthFailure.SignatureFailure"),
                       QStringLiteral("The signature does not match."));
    error.requestId = QStringLiteral("6ab7-42-req");
    banner.showError(error, QStringLiteral("Loading the fleet"));
    QVERIFY(banner.isVisible());
    QVERIFY(banner.text().contains(QStringLiteral("AuthFailure.SignatureFailure")));
    QVERIFY(banner.text().contains(QStringLiteral("The signature does not match.")));
    QVERIFY(banner.text().contains(QStringLiteral("6ab7-42-req")));

    QPushButton *copy = nullptr;
    QPushButton *retryButton = nullptr;
    const auto buttons = banner.findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == QStringLiteral("Copy RequestId"))
            copy = button;
        if (button->text() == QStringLiteral("Retry"))
            retryButton = button;
    }
    QVERIFY(copy && copy->isVisible());
    QApplication::clipboard()->clear();
    copy->click();
    if (QApplication::clipboard()->text().isEmpty())
        QSKIP("this platform has no clipboard");
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("6ab7-42-req"));
    QVERIFY(retryButton);
    retryButton->click();
    QCOMPARE(retry.count(), 1);

    banner.showError(error, QStringLiteral("Loading the fleet"));
    QCOMPARE(banner.repeatCount(), 2);
    banner.dismiss();
    QVERIFY(!banner.isVisible());
}

void TestDashboardWidgets::bannerWithoutRequestId() {
    ErrorBanner banner;
    banner.show();
    banner.showError(ApiError::make(ApiError::Kind::Network, QStringLiteral("NetworkError"),
                                    QStringLiteral("Connection refused")));
    banner.setStaleSince(QDateTime::currentDateTime());
    QVERIFY(!banner.text().contains(QStringLiteral("RequestId")));
    QVERIFY(banner.text().contains(QStringLiteral("stale")));
    const auto buttons = banner.findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == QStringLiteral("Copy RequestId"))
            QVERIFY(!button->isVisible());
    }
}

void TestDashboardWidgets::toolbarSelectionRoundTrip() {
    DashboardToolbar toolbar;
    toolbar.setProjects({{QStringLiteral("p1"), QStringLiteral("One"), {}, {}, {}},
                         {QStringLiteral("p2"), QStringLiteral("Two"), {}, {}, {}}});
    ViewSelection selection;
    selection.projectId = QStringLiteral("p2");
    selection.interval = Interval::Hour;
    selection.preset = RangePreset::Custom;
    selection.custom = {Now - 3 * 86400, Now};
    selection.zone = ZoneChoice::Utc8;
    selection.autoRefreshSeconds = 60;
    selection.selectedDevices = {QStringLiteral("veh-1")}; // not shown, but carried through
    selection.path.level = DrillPath::Level::Device;
    selection.path.deviceId = QStringLiteral("veh-1");
    QSignalSpy changed(&toolbar, &DashboardToolbar::selectionChanged);
    toolbar.setSelection(selection);
    QCOMPARE(changed.count(), 0); // programmatic changes are not user changes
    QCOMPARE(toolbar.selection(), selection);
    QCOMPARE(toolbar.currentProjectName(), QStringLiteral("Two"));
    QCOMPARE(toolbar.window(QDateTime::currentDateTimeUtc()), selection.custom);

    // The complete presets are offered and selected like the others.
    selection.preset = RangePreset::Last7CompleteDays;
    toolbar.setSelection(selection);
    QCOMPARE(toolbar.selection().preset, RangePreset::Last7CompleteDays);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(Now, QTimeZone::utc());
    QCOMPARE(toolbar.window(now),
             TimeRange::window(RangePreset::Last7CompleteDays, now, QTimeZone(8 * 3600)));
}

void TestDashboardWidgets::toolbarCustomRangeKeepsInstantsAcrossZones() {
    DashboardToolbar toolbar;
    ViewSelection selection;
    selection.preset = RangePreset::Custom;
    selection.custom = {Now - 86400, Now};
    selection.zone = ZoneChoice::Utc;
    toolbar.setSelection(selection);
    // Switch to UTC+8 as the user would: the instants stay, only the display changes.
    const auto combos = toolbar.findChildren<QComboBox *>();
    QComboBox *zoneCombo = nullptr;
    for (QComboBox *combo : combos) {
        if (combo->accessibleName() == QStringLiteral("Time zone"))
            zoneCombo = combo;
    }
    QVERIFY(zoneCombo);
    zoneCombo->setCurrentIndex(zoneCombo->findData(int(ZoneChoice::Utc8)));
    QCOMPARE(toolbar.selection().custom, selection.custom);
}

void TestDashboardWidgets::toolbarLockFreezesWindow() {
    DashboardToolbar toolbar;
    ViewSelection selection;
    selection.preset = RangePreset::Last24Hours;
    toolbar.setSelection(selection);
    QSignalSpy changed(&toolbar, &DashboardToolbar::selectionChanged);
    toolbar.lockAction()->trigger();
    QCOMPARE(changed.count(), 1);
    QVERIFY(toolbar.isTimeLocked());
    // The new value goes out whole, with the frozen window in it.
    const auto sent = changed.at(0).at(0).value<ViewSelection>();
    QVERIFY(sent.isTimeLocked());
    QCOMPARE(sent, toolbar.selection());
    const TimeWindow frozen = toolbar.window(QDateTime::currentDateTimeUtc());
    QCOMPARE(sent.locked, frozen);
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
    QCOMPARE(toolbar.window(later), frozen);
    toolbar.lockAction()->trigger();
    QVERIFY(!toolbar.isTimeLocked());
    QCOMPARE(changed.count(), 2);
    QVERIFY(!changed.at(1).at(0).value<ViewSelection>().isTimeLocked());
    QCOMPARE(toolbar.window(later).to, later.toSecsSinceEpoch());
    // Shown from the view state: the lock comes back without a signal.
    toolbar.setSelection(sent);
    QVERIFY(toolbar.isTimeLocked());
    QCOMPARE(toolbar.window(later), frozen);
    QCOMPARE(changed.count(), 2);
}

QTEST_MAIN(TestDashboardWidgets)
#include "tst_dashboardwidgets.moc"
