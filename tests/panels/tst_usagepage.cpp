// The Usage page against the local service, on a ManualClock: its table is the service's
// minutes per day and tier for the range (the project's and one device's), its figures the
// month's, its licence list the service's devices by days left with the warning and critical
// tones at 30 and 7 days, a double-click opens the device view, the CSV is the table, and a
// failed refresh keeps the data with the message above it.

#include "appsettings.h"
#include "charts/timerangecontroller.h"
#include "clock.h"
#include "export/imageexporter.h"
#include "fleet.h"
#include "fleet/dashboardpages.h"
#include "fleet/exportcontroller.h"
#include "fleetcontroller.h"
#include "licencedevicesmodel.h"
#include "panels/deviceview.h"
#include "panels/toneproxymodel.h"
#include "servicefixture.h"
#include "tablerole.h"
#include "usage/licencespanel.h"
#include "usage/usagechartsview.h"
#include "usage/usagefigure.h"
#include "usage/usagepage.h"
#include "usageapi.h"
#include "usagecsvexport.h"
#include "usagedaysmodel.h"
#include "usageloader.h"
#include "viewstate.h"
#include "widgets/breadcrumbbar.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;
using namespace trro;

namespace {

constexpr qint64 Day = 86400;

// The service, the window's view state and the page, on one manual clock.
struct UsageFixture {
    UsageFixture()
        : clock(test::workingAfternoonMs())
        , service(options(), RequestScheduler::Options{}, &clock)
        , settings(dir.filePath(u"view.ini"_s))
        , state(service.api, &settings, &clock)
        , usage(service.scheduler) {}

    static sim::ServiceOptions options() {
        sim::ServiceOptions o = test::standardFleet(60);
        o.pageSizeCap = 25; // GetDevices in three pages
        return o;
    }

    // The project (and a device of the drill-down) over the last `days` days up to now.
    void look(const QString &deviceId, qint64 days) {
        ViewSelection value = state.value();
        value.projectId = service.projectId();
        value.preset = RangePreset::Custom;
        value.custom = TimeWindow{service.now() - days * Day, service.now()};
        value.path = deviceId.isEmpty() ? DrillPath::fleet()
                                        : DrillPath{DrillPath::Level::Device, 0, 0, deviceId, {}};
        state.set(value);
    }

    bool waitLoaded(UsageLoader *loader) {
        return service.waitFor([loader] { return !loader->isLoading(); }, 60000, &clock);
    }

    // Shows page on the project's last seven days, loaded.
    bool showLastWeek(UsagePage &page) {
        page.show();
        look(QString(), 7);
        return waitLoaded(page.loader());
    }

    QTemporaryDir dir;
    ManualClock clock;
    test::ServiceFixture service;
    AppSettings settings;
    ViewState state;
    UsageApi usage;
};

// The dashboard's pages, as the window holds them, with a usage page on the fixture.
struct UsagePages {
    explicit UsagePages(UsageFixture &f)
        : fleet(f.service.api, f.service.statistics)
        , pages(f.service.api, f.service.statistics, &fleet)
        , page(new UsagePage(&f.usage, &f.state, &f.clock)) {
        pages.setUsagePage(page);
    }

    FleetController fleet;
    DashboardPages pages;
    UsagePage *page; // owned by pages
};

QString deviceIdOf(const QModelIndex &index) {
    return index.data(DeviceIdRole).toString();
}

// The licence list on screen at now, fewest days first, each the service's
// floor((expiry - now) / day), coloured by the thresholds (critical under 7 days, warning under
// 30) and said in words; the tones seen go to tones.
void checkLicenceRows(const UsagePage &page, const UsageFixture &f, qint64 now, QSet<int> &tones) {
    const sim::Fleet &fleet = f.service.service->fleet();
    tones.clear();
    const QAbstractItemModel *shown = page.licences()->table()->model();
    QCOMPARE(shown->rowCount(), 60);
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, LicenceDevicesModel::RemainingColumn);
        const QString id = deviceIdOf(index);
        const sim::LicenceGroup *g = fleet.licences().ofDevice(f.service.deviceIndex(id));
        QVERIFY(g);
        const qint64 diff = g->expireTime - now;
        const qint64 days = diff >= 0 ? diff / Day : -((-diff + Day - 1) / Day);
        QCOMPARE(index.data(LicenceDevicesModel::RemainingDaysRole).toLongLong(), days);
        QVERIFY(days >= previous);
        previous = days;
        const Tone expected = days < 7 ? Tone::Bad : days < 30 ? Tone::Warning : Tone::Neutral;
        const QModelIndex state = shown->index(row, LicenceDevicesModel::StateColumn);
        QCOMPARE(state.data(ToneRole).toInt(), int(expected));
        tones.insert(int(expected));
        if (expected != Tone::Neutral)
            QCOMPARE(state.data(Qt::ForegroundRole).value<QColor>(),
                     ToneProxyModel::toneColor(expected, false));
        QCOMPARE(state.data(Qt::BackgroundRole).isValid(), expected == Tone::Bad);
        QVERIFY(state.data(Qt::DecorationRole).isValid()); // a swatch beside the words
        const QString words = state.data().toString();
        if (days < 0)
            QCOMPARE(words, LicenceDevicesModel::tr("Expired"));
        else if (days < 30)
            QCOMPARE(words, days == 0 ? LicenceDevicesModel::tr("Expires within a day")
                                      : LicenceDevicesModel::tr("Expires in %n day(s)", nullptr,
                                                                int(days)));
        else
            QCOMPARE(words, LicenceDevicesModel::tr("Valid"));
        QCOMPARE(shown->index(row, LicenceDevicesModel::LicencesColumn).data(SortRole).toLongLong(),
                 qint64(g->ids.size()));
    }
}

} // namespace

class TestUsagePage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void tableEqualsTheServicesDays_data();
    void tableEqualsTheServicesDays();
    void forecastOfTheMonth();
    void forecastLeavesTheDaysMostOfTheAxis_data();
    void forecastLeavesTheDaysMostOfTheAxis();
    void licencesByDaysLeftWithThresholds();
    void doubleClickOpensTheDeviceView();
    void exportsTheTable();
    void errorKeepsTheLastData();
};

void TestUsagePage::tableEqualsTheServicesDays_data() {
    QTest::addColumn<QString>("device");
    QTest::newRow("project") << QString();
    QTest::newRow("port truck") << u"itv_nb_004"_s;
    QTest::newRow("robotaxi") << u"rtx_nb_001"_s;
}

void TestUsagePage::tableEqualsTheServicesDays() {
    QFETCH(QString, device);
    UsageFixture f;
    QVERIFY(f.service.listening);
    UsagePage page(&f.usage, &f.state, &f.clock);
    QAbstractItemModelTester tester(page.daysModel());
    page.resize(1600, 900);
    page.show();
    f.look(device, 14);
    QVERIFY(f.waitLoaded(page.loader()));
    QVERIFY(!page.loader()->isStale());
    QCOMPARE(page.loader()->query().deviceId, device);

    const UsageQuery &query = page.loader()->query();
    sim::Fleet &fleet = f.service.service->fleet();
    const int d = device.isEmpty() ? -1 : f.service.deviceIndex(device);
    const QList<sim::DayUsage> truth =
        fleet.usage(f.service.projectIndex(), d, query.startTime, query.endTime, f.service.now());
    QVERIFY(!truth.isEmpty());
    QHash<qint64, sim::UsageMinutes> byDay;
    sim::UsageMinutes total;
    for (const sim::DayUsage &day : truth) {
        byDay.insert(day.day, day.minutes);
        for (int t = 0; t < UsageTierCount; ++t)
            total.tiers[size_t(t)] += day.minutes.tiers[size_t(t)];
        total.deduct += day.minutes.deduct;
    }

    // The table on screen (through its proxies): one row per service day of the range, every
    // tier as the service counts it, the totals row last.
    const QAbstractItemModel *shown = page.daysTable()->model();
    QCOMPARE(shown->rowCount(), 15 + 1); // 14 days and a part of one, the totals
    QCOMPARE(shown->columnCount(), int(UsageDaysModel::ColumnCount));
    const UsageSeries &series = page.daysModel()->series();
    QSet<qint64> seen;
    for (int row = 0; row + 1 < shown->rowCount(); ++row) {
        const QDate date = QDate::fromJulianDay(
            shown->index(row, UsageDaysModel::DayColumn).data(SortRole).toLongLong());
        const qint64 midnight = QDateTime(date, QTime(0, 0), serviceDayZone()).toSecsSinceEpoch();
        seen.insert(midnight);
        const sim::UsageMinutes expected = byDay.value(midnight);
        for (int t = 0; t < UsageTierCount; ++t)
            QCOMPARE(
                shown->index(row, UsageDaysModel::FirstTierColumn + t).data(SortRole).toLongLong(),
                expected.tiers[size_t(t)]);
        QCOMPARE(shown->index(row, UsageDaysModel::DeductColumn).data(SortRole).toLongLong(),
                 expected.deduct);
    }
    for (const sim::DayUsage &day : truth)
        QVERIFY(seen.contains(day.day)); // no day of the service is missing
    const int last = shown->rowCount() - 1;
    QVERIFY(shown->index(last, 0).data(UsageDaysModel::TotalRowRole).toBool());
    for (int t = 0; t < UsageTierCount; ++t)
        QCOMPARE(
            shown->index(last, UsageDaysModel::FirstTierColumn + t).data(SortRole).toLongLong(),
            total.tiers[size_t(t)]);
    QCOMPARE(series.total.deductDuration, total.deduct);

    // Sorted by the most session minutes first, the totals row stays at the bottom.
    page.daysTable()->sortByColumn(UsageDaysModel::SessionMinutesColumn, Qt::DescendingOrder);
    QVERIFY(shown->index(last, 0).data(UsageDaysModel::TotalRowRole).toBool());
    QVERIFY(shown->index(0, UsageDaysModel::SessionMinutesColumn).data(SortRole).toLongLong() >=
            shown->index(1, UsageDaysModel::SessionMinutesColumn).data(SortRole).toLongLong());

    // The chart stacks the tiers that have minutes, over the same days.
    const TimeChartSpec &spec = page.charts()->spec();
    QVERIFY(!spec.traces.isEmpty());
    const ChartTrace &top = spec.traces.first(); // the top band: the sum of the stack
    QCOMPARE(top.spans.size(), series.dates.size());
    for (qsizetype i = 0; i < series.dates.size(); ++i)
        QCOMPARE(qint64(top.spans.at(i).value), series.minutes.at(i).minutes());
    QCOMPARE(page.rangeFigure()->value(),
             UsagePage::tr("%1 min").arg(QLocale().toString(series.total.minutes())));
}

void TestUsagePage::forecastOfTheMonth() {
    UsageFixture f;
    UsagePage page(&f.usage, &f.state, &f.clock);
    QVERIFY(f.showLastWeek(page)); // shorter than the month: the forecast has its own request
    QCOMPARE(f.service.requests(u"GetDurationDetails"_s), 2);
    const std::optional<UsageForecast> &forecast = page.loader()->forecast();
    QVERIFY(forecast.has_value());
    sim::Fleet &fleet = f.service.service->fleet();
    const qint64 now = page.loader()->now();
    QCOMPARE(now, f.service.now()); // the clock stood still while the page loaded
    const qint64 monthStart = sim::Fleet::bucketStart(Interval::Month, now);
    QCOMPARE(forecast->monthStart, monthStart);
    QCOMPARE(forecast->monthToDate,
             fleet.totals(f.service.projectIndex(), -1, monthStart, now + 1, now).totalDuration);
    QCOMPARE(page.monthFigure()->value(),
             UsagePage::tr("%1 min").arg(QLocale().toString(forecast->monthToDate)));
    QCOMPARE(page.forecastFigure()->value(),
             UsagePage::tr("%1 min").arg(QLocale().toString(forecast->forecast)));
    QVERIFY(page.forecastFigure()->note().contains(QLocale().toString(forecast->low)));
    QVERIFY(page.forecastFigure()->note().contains(QLocale().toString(forecast->high)));

    // Drawn as a dashed line from now at the mean a day, over the band, to the month's end or
    // as far as leaves the week's days two thirds of the axis.
    const TimeChartSpec &spec = page.charts()->spec();
    const qint64 drawnTo = spec.bands.isEmpty() ? 0 : spec.bands.first().end;
    QCOMPARE(spec.bands.size(), 1);
    QCOMPARE(spec.bands.first().start, now);
    QVERIFY(drawnTo <= forecast->monthEnd);
    QVERIFY(drawnTo == forecast->monthEnd || drawnTo - now == Day * 7 / 2);
    QCOMPARE(spec.bands.first().high, forecast->mean + forecast->spread);
    const ChartTrace &line = spec.traces.last();
    QCOMPARE(line.style, Qt::DashLine);
    QCOMPARE(line.spans.size(), 1);
    QCOMPARE(line.spans.first().value, forecast->mean);
    QCOMPARE(page.charts()->timeRange()->fullTo(), drawnTo); // the axis runs on
    QVERIFY(!spec.partialSpans.isEmpty());                   // today is not over

    // A range in the past: no forecast on the chart, the figures stay.
    ViewSelection past = f.state.value();
    past.custom = TimeWindow{now - 40 * Day, now - 30 * Day};
    f.state.set(past);
    QVERIFY(f.waitLoaded(page.loader()));
    QVERIFY(page.charts()->spec().bands.isEmpty());
    QCOMPARE(page.charts()->timeRange()->fullTo(), now - 30 * Day);
    QVERIFY(page.loader()->forecast().has_value());
}

void TestUsagePage::forecastLeavesTheDaysMostOfTheAxis_data() {
    QTest::addColumn<int>("dayOfMonth");
    QTest::addColumn<int>("days");
    QTest::addColumn<qint64>("drawnHours"); // of forecast on the axis
    QTest::newRow("2nd, a week") << 2 << 7 << qint64(84);
    QTest::newRow("2nd, a day") << 2 << 1 << qint64(24);
    QTest::newRow("2nd, 30 days") << 2 << 30 << qint64(360);
    QTest::newRow("29th, a week: to the month's end") << 29 << 7 << qint64(2 * 24 + 12);
}

void TestUsagePage::forecastLeavesTheDaysMostOfTheAxis() {
    QFETCH(int, dayOfMonth);
    QFETCH(int, days);
    QFETCH(qint64, drawnHours);
    // December 2026 of the service's day, now at noon of dayOfMonth.
    const QTimeZone china = serviceDayZone();
    UsageChartData data;
    data.now = QDateTime(QDate(2026, 12, dayOfMonth), QTime(12, 0), china).toSecsSinceEpoch();
    data.rangeStart = data.now - days * Day;
    data.rangeEnd = data.now;
    UsageForecast forecast;
    forecast.monthStart = QDateTime(QDate(2026, 12, 1), QTime(0, 0), china).toSecsSinceEpoch();
    forecast.monthEnd = QDateTime(QDate(2027, 1, 1), QTime(0, 0), china).toSecsSinceEpoch();
    forecast.mean = 100;
    data.forecast = forecast;
    QVERIFY(data.showsForecast());
    QCOMPARE(data.forecastEnd() - data.now, drawnHours * 3600);
    UsageChartsView view;
    view.setData(data);
    QCOMPARE(view.timeRange()->fullTo(), data.forecastEnd());
    QCOMPARE(view.spec().bands.first().end, data.forecastEnd());
    // The days keep at least two thirds of the axis.
    QVERIFY(3 * (data.forecastEnd() - data.now) <= view.timeRange()->fullTo() - data.rangeStart ||
            data.forecastEnd() - data.now == Day);
}

void TestUsagePage::licencesByDaysLeftWithThresholds() {
    UsageFixture f;
    UsagePage page(&f.usage, &f.state, &f.clock);
    QVERIFY(f.showLastWeek(page));
    LicenceDevicesModel *model = page.devicesModel();
    QAbstractItemModelTester tester(model);
    QCOMPARE(model->rowCount(), 60); // every vehicle, from three pages

    QSet<int> tones;
    const auto check = [&](qint64 now) { checkLicenceRows(page, f, now, tones); };
    page.licences()->toneModel()->setDark(false);
    check(page.loader()->now());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(tones.contains(int(Tone::Bad)) && tones.contains(int(Tone::Warning)) &&
            tones.contains(int(Tone::Neutral)));

    // The summary is GetLicenses' at the clock's now.
    const std::optional<LicenceSummary> &summary = page.loader()->licenceSummary();
    QVERIFY(summary && summary->valid > 0 && summary->expired > 0);
    QVERIFY(page.licences()->summaryText().contains(QLocale().toString(summary->expired)));

    // The first device with 7 to 29 days left crosses into the critical tone when the clock
    // has moved on to 6 days before its expiry.
    int warned = -1;
    for (int row = 0; row < model->rowCount() && warned < 0; ++row) {
        const qint64 days = *model->device(row).days;
        if (days >= 7 && days < 30)
            warned = row;
    }
    QVERIFY(warned >= 0);
    const QString id = model->device(warned).device.deviceId;
    const qint64 advance = (*model->device(warned).days - 6) * Day;
    f.clock.advance(advance * test::Second);
    page.reload();
    QVERIFY(f.waitLoaded(page.loader()));
    check(page.loader()->now());
    if (QTest::currentTestFailed())
        return;
    const int row = model->rowOf(id);
    QCOMPARE(*model->device(row).days, qint64(6));
    QCOMPARE(model->index(row, 0).data(ToneRole).toInt(), int(Tone::Bad));
}

void TestUsagePage::doubleClickOpensTheDeviceView() {
    UsageFixture f;
    UsagePages shown(f);
    DashboardPages &pages = shown.pages;
    UsagePage *page = shown.page;
    connect(&pages, &DashboardPages::pathChanged, &f.state, &ViewState::setPath);
    pages.setClock(&f.clock);
    pages.resize(1600, 900);
    pages.QWidget::show();
    f.look(QString(), 7);
    pages.setContext(f.state.pageContext());
    pages.showUsage();
    QCOMPARE(pages.currentPage(), DashboardPages::Page::Usage);
    QCOMPARE(pages.breadcrumbs()->crumbs(), (QStringList{u"Fleet"_s, u"Usage"_s}));
    QVERIFY(f.waitLoaded(page->loader()));

    QTableView *table = page->licences()->table();
    const QModelIndex first = table->model()->index(0, LicenceDevicesModel::NameColumn);
    const QString id = first.data(DeviceIdRole).toString();
    QVERIFY(!id.isEmpty());
    QSignalSpy opened(page, &UsagePage::deviceOpened);
    const QPoint at = table->visualRect(first).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at); // a double-click's first press
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), id);
    QCOMPARE(pages.currentPage(), DashboardPages::Page::Device);
    QCOMPARE(pages.deviceView()->device().deviceId, id);
    QCOMPARE(pages.breadcrumbs()->crumbs(), (QStringList{u"Fleet"_s, id}));

    // Usage from the device view: that device's, under its crumb; its licence count is shown.
    pages.showUsage();
    QCOMPARE(pages.breadcrumbs()->crumbs(), (QStringList{u"Fleet"_s, id, u"Usage"_s}));
    QCOMPARE(pages.path().deviceId, id);
    QVERIFY(f.waitLoaded(page->loader()));
    QCOMPARE(page->loader()->query().deviceId, id);
    const sim::LicenceGroup *g =
        f.service.service->fleet().licences().ofDevice(f.service.deviceIndex(id));
    QCOMPARE(page->loader()->deviceLicenceCount(),
             std::optional<qint64>(g->expireTime > f.service.now() ? g->ids.size() : 0));
    QVERIFY(page->title().contains(id));
    // Its crumb goes back to the device, "Whole project" to the project's usage.
    pages.goToCrumb(1);
    QCOMPARE(pages.currentPage(), DashboardPages::Page::Device);
    pages.showUsage();
    Q_EMIT page->projectRequested();
    QCOMPARE(pages.breadcrumbs()->crumbs(), (QStringList{u"Fleet"_s, u"Usage"_s}));
    QVERIFY(f.waitLoaded(page->loader()));
    QCOMPARE(page->loader()->query().deviceId, QString());
}

void TestUsagePage::exportsTheTable() {
    UsageFixture f;
    UsagePages shown(f);
    DashboardPages &pages = shown.pages;
    UsagePage *page = shown.page;
    pages.resize(1400, 900);
    pages.QWidget::show();
    f.look(QString(), 10);
    pages.setContext(f.state.pageContext());
    pages.showUsage();
    QVERIFY(f.waitLoaded(page->loader()));

    ExportController exporter(&f.settings, &pages);
    exporter.setTargetProvider([&pages] { return pages.exportTarget(u"Demo"_s, u"demo"_s); });
    QTemporaryDir out;
    const QString csvPath = out.filePath(u"usage.csv"_s);
    QString error;
    QVERIFY2(exporter.exportCsv(csvPath, &error), qPrintable(error));
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a BOM, for spreadsheets
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u'\n', Qt::SkipEmptyParts);
    const UsageSeries &series = page->daysModel()->series();
    QCOMPARE(lines.size(), series.dates.size() + 2); // header, days, totals
    QCOMPARE(lines.first(), UsageCsvExport::headers().join(u','));
    for (qsizetype i = 0; i < series.dates.size(); ++i) {
        const QStringList cells = lines.at(i + 1).split(u',');
        QCOMPARE(cells.size(), UsageCsvExport::headers().size());
        QCOMPARE(cells.at(0), series.dates.at(i).toString(Qt::ISODate));
        for (int t = 0; t < UsageTierCount; ++t)
            QCOMPARE(cells.at(1 + t).toLongLong(), series.minutes.at(i).tiers[size_t(t)]);
        QCOMPARE(cells.at(1 + UsageTierCount).toLongLong(), series.minutes.at(i).minutes());
        QCOMPARE(cells.at(2 + UsageTierCount).toLongLong(), series.minutes.at(i).deductDuration);
    }
    const QStringList totals = lines.last().split(u',');
    QCOMPARE(totals.at(0), UsageCsvExport::tr("Total"));
    QCOMPARE(totals.at(1 + UsageTierCount).toLongLong(), series.total.minutes());

    // The chart and the page as images, like the other pages'.
    for (const auto &[format, name] :
         {std::pair{ImageFormat::Png, u"chart.png"_s}, std::pair{ImageFormat::Svg, u"chart.svg"_s},
          std::pair{ImageFormat::Pdf, u"chart.pdf"_s}}) {
        const QString path = out.filePath(name);
        const ImageExportError e = exporter.exportImage(format, 0, path, ImageExportOptions{});
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
    const QString pagePath = out.filePath(u"page.png"_s);
    QVERIFY(!exporter.exportImage(ImageFormat::Png, ExportController::Dashboard, pagePath, {})
                 .isError());
    QCOMPARE(pages.exportTarget(u"Demo"_s, u"demo"_s).header.title, page->title());
}

void TestUsagePage::errorKeepsTheLastData() {
    UsageFixture f;
    UsagePage page(&f.usage, &f.state, &f.clock);
    QVERIFY(f.showLastWeek(page));
    const UsageSeries before = page.daysModel()->series();
    const QList<DeviceLicenceDays> devicesBefore = page.devicesModel()->devices();
    const std::optional<UsageForecast> forecastBefore = page.loader()->forecast();
    QVERIFY(!before.dates.isEmpty() && !devicesBefore.isEmpty());
    QVERIFY(page.statusText().isEmpty());

    f.service.revokeKey();
    QSignalSpy failed(&page, &UsagePage::errorOccurred);
    page.reload();
    QVERIFY(f.waitLoaded(page.loader()));
    QCOMPARE(failed.size(), 1); // one message for the refresh, not one per request
    const ApiError error = failed.first().first().value<ApiError>();
    QVERIFY(error.isAuthFailure());
    QVERIFY(page.loader()->isStale());
    QCOMPARE(page.daysModel()->series().dates, before.dates);
    QCOMPARE(page.daysModel()->series().minutes, before.minutes);
    QCOMPARE(page.devicesModel()->devices(), devicesBefore);
    QCOMPARE(page.loader()->forecast(), forecastBefore);
    QVERIFY(page.charts()->isStale());
    QVERIFY(page.statusText().contains(error.userMessage()));

    f.service.restoreKey();
    page.reload();
    QVERIFY(f.waitLoaded(page.loader()));
    QVERIFY(!page.loader()->isStale());
    QVERIFY(!page.charts()->isStale());
    QVERIFY(page.statusText().isEmpty());
}

QTEST_MAIN(TestUsagePage)
#include "tst_usagepage.moc"
