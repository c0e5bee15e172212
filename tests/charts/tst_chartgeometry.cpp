// The pure geometry of the charts: steps from each bucket's own bounds, zeros and gaps,
// overlapping buckets, decimation, nice Y axes, calendar ticks in a time zone.

#include "charts/chartgeometry.h"
#include "charts/timeticks.h"

#include <QTest>
#include <QtMath>

using namespace trro;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<trro::BucketSpan>)

class TestChartGeometry final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void areaStepsUseOwnBounds_data();
    void areaStepsUseOwnBounds();
    void lineStepsGapAtMissingBuckets();
    void overlappingBucketsCombine_data();
    void overlappingBucketsCombine();
    void invertedBucketIsVisible();
    void decimationBoundsPointCount_data();
    void decimationBoundsPointCount();
    void orderedSpansDrawAsAnyOrder_data();
    void orderedSpansDrawAsAnyOrder();
    void niceAxis_data();
    void niceAxis();
    void ticksAlignInZone_data();
    void ticksAlignInZone();
    void nominalIntervalInZone_data();
    void nominalIntervalInZone();
};

static const PlotWindow wide{0, 100000, 100000}; // one pixel per second: no decimation

// Equal point by point, a gap (NaN) equal to a gap; else the first difference.
static QString differs(const QList<QPointF> &a, const QList<QPointF> &b) {
    const auto same = [](double x, double y) { return x == y || (qIsNaN(x) && qIsNaN(y)); };
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (!same(a[i].x(), b[i].x()) || !same(a[i].y(), b[i].y()))
            return u"point %1: (%2, %3) and (%4, %5)"_s.arg(i)
                .arg(a[i].x())
                .arg(a[i].y())
                .arg(b[i].x())
                .arg(b[i].y());
    }
    return a.size() == b.size() ? QString() : u"%1 points and %2"_s.arg(a.size()).arg(b.size());
}

void TestChartGeometry::areaStepsUseOwnBounds_data() {
    QTest::addColumn<QList<BucketSpan>>("spans");
    QTest::addColumn<QList<QPointF>>("expected");
    QTest::newRow("one bucket") << QList<BucketSpan>{{100, 200, 5}}
                                << QList<QPointF>{{100, 0}, {100, 5}, {200, 5}, {200, 0}};
    QTest::newRow("odd widths, no gap")
        << QList<BucketSpan>{{100, 1100, 2}, {1100, 4700, 3}}
        << QList<QPointF>{{100, 0}, {100, 2}, {1100, 2}, {1100, 3}, {4700, 3}, {4700, 0}};
    QTest::newRow("gap is zero") << QList<BucketSpan>{{0, 10, 4}, {30, 40, 6}}
                                 << QList<QPointF>{{0, 0},  {0, 4},  {10, 4}, {10, 0},
                                                   {30, 0}, {30, 6}, {40, 6}, {40, 0}};
    QTest::newRow("input order does not matter")
        << QList<BucketSpan>{{30, 40, 6}, {0, 10, 4}}
        << QList<QPointF>{{0, 0}, {0, 4}, {10, 4}, {10, 0}, {30, 0}, {30, 6}, {40, 6}, {40, 0}};
}

void TestChartGeometry::areaStepsUseOwnBounds() {
    QFETCH(QList<BucketSpan>, spans);
    QFETCH(QList<QPointF>, expected);
    QCOMPARE(areaSteps(spans, wide), expected);
}

void TestChartGeometry::lineStepsGapAtMissingBuckets() {
    const QList<QPointF> points = lineSteps({{0, 10, 90}, {10, 20, 80}, {40, 50, 70}}, wide);
    // Contiguous buckets join; the missing [20, 40) is a NaN, never a line from 80 to 70.
    QCOMPARE(points.size(), 7);
    QCOMPARE(points.at(0), QPointF(0, 90));
    QCOMPARE(points.at(3), QPointF(20, 80));
    QVERIFY(qIsNaN(points.at(4).y()));
    QCOMPARE(points.at(5), QPointF(40, 70));
    QCOMPARE(points.at(6), QPointF(50, 70));
}

void TestChartGeometry::overlappingBucketsCombine_data() {
    QTest::addColumn<int>("combine");
    QTest::addColumn<double>("value");
    QTest::newRow("max for counts") << int(Combine::Max) << 4.0;
    QTest::newRow("min for the ratio") << int(Combine::Min) << 1.0;
}

void TestChartGeometry::overlappingBucketsCombine() {
    QFETCH(int, combine);
    QFETCH(double, value);
    // Two buckets with the same StartTime (the published example does this).
    const QList<BucketSpan> spans{{100, 200, 4}, {100, 200, 1}};
    const QList<QPointF> points = lineSteps(spans, wide, Combine(combine));
    QCOMPARE(points, (QList<QPointF>{{100, value}, {200, value}}));
}

void TestChartGeometry::invertedBucketIsVisible() {
    // EndTime before StartTime: drawn at its StartTime, one pixel wide, not dropped.
    const PlotWindow window{0, 1000, 100}; // 10 s per pixel
    const QList<QPointF> points = areaSteps({{500, 400, 7}}, window);
    QCOMPARE(points.size(), 4);
    QCOMPARE(points.at(1), QPointF(500, 7));
    QCOMPARE(points.at(2), QPointF(510, 7));
}

void TestChartGeometry::decimationBoundsPointCount_data() {
    QTest::addColumn<int>("pixels");
    QTest::newRow("300 px") << 300;
    QTest::newRow("1200 px") << 1200;
}

void TestChartGeometry::decimationBoundsPointCount() {
    QFETCH(int, pixels);
    QList<BucketSpan> spans;
    for (int h = 0; h < 8760; ++h)
        spans.append({h * 3600LL, (h + 1) * 3600LL, double(h % 24)});
    const PlotWindow window{0, 8760LL * 3600, pixels};
    const QList<QPointF> area = areaSteps(spans, window);
    const QList<QPointF> line = lineSteps(spans, window);
    QVERIFY2(area.size() <= 2 * pixels + 2, qPrintable(QString::number(area.size())));
    QVERIFY2(line.size() <= 2 * pixels, qPrintable(QString::number(line.size())));
    // The envelope keeps the extremes.
    double top = 0;
    for (const QPointF &p : area)
        top = std::max(top, p.y());
    QCOMPARE(top, 23.0);
}

void TestChartGeometry::orderedSpansDrawAsAnyOrder_data() {
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("pixels");
    // 2,700 samples of 2 s (a 90-minute session) with a pause of 2 minutes in the middle.
    QTest::newRow("whole, decimated") << qint64(0) << qint64(5520) << 900;
    QTest::newRow("zoomed, decimated") << qint64(1001) << qint64(4001) << 900;
    QTest::newRow("zoomed, every step") << qint64(2501) << qint64(3001) << 900;
    QTest::newRow("edges inside samples") << qint64(2663) << qint64(2799) << 50;
    QTest::newRow("inside the pause") << qint64(2730) << qint64(2770) << 900;
    QTest::newRow("before the first") << qint64(-500) << qint64(0) << 900;
    QTest::newRow("after the last") << qint64(5520) << qint64(6000) << 900;
}

void TestChartGeometry::orderedSpansDrawAsAnyOrder() {
    // Spans in order are read in place (binary search, no copy, no sort); the same spans in
    // another order take the general path. Both must draw the same points.
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, pixels);
    QList<BucketSpan> ordered;
    for (int i = 0; i < 2760; ++i) {
        if (i >= 1350 && i < 1410)
            continue; // the pause
        ordered.append({2LL * i, 2LL * i + 2, double((i * 7919) % 113) + (i % 2 ? 0.5 : 0.0)});
    }
    QList<BucketSpan> shuffled = ordered;
    std::reverse(shuffled.begin(), shuffled.end());
    std::swap(shuffled[10], shuffled[500]);
    const PlotWindow window{from, to, pixels};
    const QList<QPointF> line = lineSteps(ordered, window);
    QString difference = differs(line, lineSteps(shuffled, window));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    difference = differs(areaSteps(ordered, window), areaSteps(shuffled, window));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // What is drawn keeps the extremes of the samples in the window.
    double lo = qInf();
    double hi = -qInf();
    for (const BucketSpan &s : std::as_const(ordered)) {
        if (s.end > from && s.start < to) {
            lo = std::min(lo, s.value);
            hi = std::max(hi, s.value);
        }
    }
    double drawnLo = qInf();
    double drawnHi = -qInf();
    for (const QPointF &p : line) {
        if (!qIsNaN(p.y())) {
            drawnLo = std::min(drawnLo, p.y());
            drawnHi = std::max(drawnHi, p.y());
        }
    }
    QCOMPARE(drawnLo, lo);
    QCOMPARE(drawnHi, hi);
    QCOMPARE(line.isEmpty(), !qIsFinite(hi)); // nothing in the window, nothing drawn
}

void TestChartGeometry::niceAxis_data() {
    QTest::addColumn<double>("max");
    QTest::addColumn<int>("maxTicks");
    QTest::addColumn<double>("top");
    QTest::addColumn<int>("ticks");
    QTest::newRow("zero") << 0.0 << 5 << 4.0 << 5;
    QTest::newRow("one") << 1.0 << 5 << 2.0 << 3;
    QTest::newRow("seven") << 7.0 << 5 << 8.0 << 5;
    QTest::newRow("43") << 43.0 << 6 << 50.0 << 6;
    QTest::newRow("604") << 604.0 << 5 << 800.0 << 5;
    QTest::newRow("exact") << 100.0 << 5 << 100.0 << 5;
    QTest::newRow("large") << 123456.0 << 6 << 125000.0 << 6;
}

void TestChartGeometry::niceAxis() {
    QFETCH(double, max);
    QFETCH(int, maxTicks);
    QFETCH(double, top);
    QFETCH(int, ticks);
    const NiceAxis axis = trro::niceAxis(max, maxTicks, true);
    QCOMPARE(axis.top, top);
    QCOMPARE(axis.tickCount, ticks);
    QVERIFY(axis.top >= max);
    QCOMPARE(axis.step, axis.top / (axis.tickCount - 1));
    QCOMPARE(axis.step, std::round(axis.step)); // integer steps for counts
}

void TestChartGeometry::ticksAlignInZone_data() {
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("maxTicks");
    QTest::addColumn<QString>("firstLabel");
    QTest::addColumn<QString>("firstContext");
    // 2024-01-01T00:00:00Z is 08:00 in UTC+8.
    QTest::newRow("hours in UTC+8") << qint64(1704067200) << qint64(1704067200 + 86400) << 8 * 3600
                                    << 12 << u"08:00"_s << u"1 Jan"_s;
    QTest::newRow("days in UTC+8") << qint64(1704067200) << qint64(1704067200 + 7 * 86400)
                                   << 8 * 3600 << 8 << u"2 Jan"_s << u"2024"_s;
    QTest::newRow("months in UTC")
        << qint64(1704067200) << qint64(1735689600) << 0 << 12 << u"Jan"_s << u"2024"_s;
}

void TestChartGeometry::ticksAlignInZone() {
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, offset);
    QFETCH(int, maxTicks);
    QFETCH(QString, firstLabel);
    QFETCH(QString, firstContext);
    const QTimeZone zone(offset);
    const QList<TimeTick> ticks = timeTicks(from, to, zone, maxTicks, QLocale::c());
    QVERIFY(!ticks.isEmpty());
    QVERIFY(ticks.size() <= maxTicks + 1);
    QCOMPARE(ticks.first().label, firstLabel);
    QCOMPARE(ticks.first().context, firstContext);
    for (const TimeTick &tick : ticks) {
        QVERIFY(tick.time >= from && tick.time <= to);
        const QDateTime local = QDateTime::fromSecsSinceEpoch(tick.time, zone);
        QCOMPARE(local.time().minute(), 0); // on round times of the chart's zone
    }
}

void TestChartGeometry::nominalIntervalInZone_data() {
    QTest::addColumn<int>("interval");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    // 2024-01-01T10:30:00Z = 18:30 in UTC+8.
    QTest::newRow("hour") << int(Interval::Hour) << qint64(1704103200) << qint64(1704106800);
    QTest::newRow("day") << int(Interval::Day) << qint64(1704038400) << qint64(1704124800);
    QTest::newRow("month") << int(Interval::Month) << qint64(1704038400) << qint64(1706716800);
}

void TestChartGeometry::nominalIntervalInZone() {
    QFETCH(int, interval);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    qint64 s = 0;
    qint64 e = 0;
    nominalInterval(1704105000, Interval(interval), QTimeZone(8 * 3600), &s, &e);
    QCOMPARE(s, start);
    QCOMPARE(e, end);
}

QTEST_GUILESS_MAIN(TestChartGeometry)
#include "tst_chartgeometry.moc"
