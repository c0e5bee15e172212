// The previous-period overlay: the ghost series (moved onto the current axis, drawn muted and
// dotted in every chart), the difference in the crosshair tooltip, the ghosts kept over a
// refresh and dropped on a new range, and the overlay fetching them from the local service.
#include "apistack.h"
#include "chartfixtures.h"
#include "charts/chartspecbuilder.h"
#include "charts/linkedchartsview.h"
#include "charts/previousperiodoverlay.h"
#include "localservice.h"
#include "trroapi.h"

#include <QAction>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

using namespace trro;
using namespace trro::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Start = 1772409600; // 2026-03-02 00:00 UTC

ChartData withGhost() {
    ChartData data;
    data.interval = Interval::Hour;
    data.rangeStart = Start;
    data.rangeEnd = Start + 4 * 3600;
    data.series = {makeChartSeries(QString(), u"Fleet"_s, hourly(Start, {10, 20, 30, 40}, 90),
                                   Interval::Hour)};
    // The 4 hours before, with other numbers, moved onto this axis.
    const ChartSeries before = makeChartSeries(
        QString(), u"Fleet"_s, hourly(Start - 4 * 3600, {12, 15, -1, 44}, 80), Interval::Hour);
    data.previous = {shiftedSeries(
        before, previousPeriodShift(PreviousPeriod::JustBefore, data.rangeStart, data.rangeEnd))};
    data.previousLabel = u"previous period"_s;
    return data;
}

} // namespace

class TestPreviousPeriod final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shifts();
    void ghostTraceInEveryChart();
    void tooltipShowsTheDifference();
    void keptOverARefreshDroppedOnANewRange();
    void overlayFetchesThePreviousPeriod();
};

void TestPreviousPeriod::shifts() {
    QCOMPARE(previousPeriodShift(PreviousPeriod::JustBefore, Start, Start + 86400), 86400);
    QCOMPARE(previousPeriodShift(PreviousPeriod::WeekEarlier, Start, Start + 86400), 7 * 86400);
    const ChartSeries moved = shiftedSeries(
        makeChartSeries(QString(), u"Fleet"_s, hourly(Start, {1, 2}), Interval::Hour), 3600);
    QCOMPARE(moved.buckets.at(0).startTime, Start + 3600);
    QCOMPARE(moved.buckets.at(1).endTime, Start + 3 * 3600);
    QCOMPARE(moved.buckets.at(1).sessionNum, 2);
    // Hostile times saturate instead of wrapping.
    ChartSeries hostile;
    IntervalBucket b;
    b.startTime = std::numeric_limits<qint64>::max() - 10;
    b.endTime = b.startTime;
    hostile.buckets = {b};
    QCOMPARE(shiftedSeries(hostile, 3600).buckets.front().startTime,
             std::numeric_limits<qint64>::max());
}

void TestPreviousPeriod::ghostTraceInEveryChart() {
    const ChartData data = withGhost();
    const ChartPalette palette = ChartPalette::fromPalette(QPalette());
    using Metric = LinkedChartsView::Metric;
    for (const Metric metric :
         {Metric::Sessions, Metric::Duration, Metric::NotBadRatio, Metric::ActiveDevices}) {
        const TimeChartSpec spec = ChartSpecBuilder::build(data, metric, -1, 90, palette);
        const auto ghost = std::find_if(spec.traces.begin(), spec.traces.end(), [](const auto &t) {
            return t.label.endsWith(u"previous period"_s);
        });
        QVERIFY2(ghost != spec.traces.end(), qPrintable(spec.title));
        QCOMPARE(ghost->style, Qt::DotLine);
        QCOMPARE(ghost->color, palette.muted);
        QVERIFY(!ghost->filled);
        // Aligned to the current axis: the ghost's first span starts where the range starts.
        QCOMPARE(ghost->spans.front().start, Start);
        if (metric == Metric::Sessions) {
            QCOMPARE(ghost->spans.front().value, 12.0);
            QCOMPARE(ghost->spans.size(), 3); // the missing hour stays missing
        }
    }
    ChartData plain = data;
    plain.previous.clear();
    QCOMPARE(ChartSpecBuilder::build(plain, Metric::Sessions, -1, 90, palette).traces.size(), 1);
}

void TestPreviousPeriod::tooltipShowsTheDifference() {
    LinkedChartsView view;
    view.resize(900, 700);
    view.show();
    view.setData(withGhost());
    view.setCrosshair(Start + 1800); // the first hour: 10 now, 12 then
    QString tip = view.tooltipText();
    QVERIFY2(tip.contains(u"previous period"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"difference"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"<td align=\"right\">-2</td>"_s), qPrintable(tip));  // sessions
    QVERIFY2(tip.contains(u"<td align=\"right\">-24</td>"_s), qPrintable(tip)); // minutes
    QVERIFY2(tip.contains(u"+10 pt"_s), qPrintable(tip)); // 90 % now, 80 % then
    view.setCrosshair(Start + 2 * 3600 + 60);             // nothing then
    tip = view.tooltipText();
    QVERIFY(tip.contains(u"no data"_s));
    QVERIFY(!tip.contains(u"difference"_s));
}

void TestPreviousPeriod::keptOverARefreshDroppedOnANewRange() {
    LinkedChartsView view;
    ChartData data = withGhost();
    const QList<ChartSeries> ghosts = data.previous;
    data.previous.clear();
    view.setData(data);
    view.setPreviousSeries(ghosts, u"previous period"_s);
    QCOMPARE(view.data().previous.size(), 1);
    view.setData(data); // a refresh: same range and interval
    QCOMPARE(view.data().previous.size(), 1);
    data.rangeEnd += 3600;
    view.setData(data); // another range: the ghosts are of another period
    QVERIFY(view.data().previous.isEmpty());
}

void TestPreviousPeriod::overlayFetchesThePreviousPeriod() {
    sim::ServiceOptions options;
    options.keys = {sim::LocalService::demoCredentials()};
    options.fleet = sim::FleetConfig::standard(20);
    sim::LocalService service(options);
    QVERIFY(service.listen());
    ApiStackOptions stackOptions;
    stackOptions.cacheEnabled = false;
    ApiStack stack(stackOptions);
    stack.configure(Endpoint::parse(service.url().toString()),
                    sim::LocalService::demoCredentials());
    PreviousPeriodOverlay overlay(stack.api(), [] { return sim::LocalService::demoProjectId(); });
    LinkedChartsView view;
    overlay.watch(&view);
    QSignalSpy shown(&overlay, &PreviousPeriodOverlay::ghostsShown);

    const qint64 end = (service.serviceTime() / 86400 - 1) * 86400;
    ChartData data;
    data.interval = Interval::Day;
    data.rangeStart = end - 3 * 86400;
    data.rangeEnd = end;
    view.setData(data); // overlay off: nothing asked
    QVERIFY(data.series.isEmpty());

    // The fleet's previous 3 days, fetched raw for the expected values.
    std::optional<Result<IntervalSeries>> expected;
    StatsQuery query;
    query.projectId = sim::LocalService::demoProjectId();
    query.interval = Interval::Day;
    query.startTime = end - 6 * 86400;
    query.endTime = end - 3 * 86400;
    QObject context;
    stack.api()->intervalStatistics(query, &context,
                                    [&expected](const Result<IntervalSeries> &r) { expected = r; });
    QTRY_VERIFY_WITH_TIMEOUT(expected.has_value(), 15000);
    QVERIFY(expected->ok() && !expected->value().buckets.isEmpty());

    data.series = {makeChartSeries(QString(), u"Fleet"_s, {}, Interval::Day)};
    view.setData(data);
    overlay.toggleAction()->setChecked(true);
    QVERIFY(shown.wait(15000));
    QCOMPARE(view.data().previous.size(), 1);
    const ChartSeries &ghost = view.data().previous.front();
    QCOMPARE(ghost.buckets.size(), expected->value().buckets.size());
    QCOMPARE(ghost.buckets.front().startTime,
             expected->value().buckets.front().startTime + 3 * 86400);
    QCOMPARE(ghost.buckets.front().sessionNum, expected->value().buckets.front().sessionNum);
    QCOMPARE(view.data().previousLabel, u"previous period"_s);

    // A refresh (same range) keeps the ghosts without asking again.
    const qsizetype requests = service.requestLog().size();
    view.setData(data);
    QCOMPARE(view.data().previous.size(), 1);
    QTest::qWait(50);
    QCOMPARE(service.requestLog().size(), requests);

    overlay.weekEarlierAction()->setChecked(true);
    QVERIFY(shown.wait(15000));
    QCOMPARE(view.data().previousLabel, u"a week earlier"_s);
    overlay.toggleAction()->setChecked(false);
    QVERIFY(view.data().previous.isEmpty());
}

QTEST_MAIN(TestPreviousPeriod)
#include "tst_previousperiod.moc"
