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
    void niceAxis_data();
    void niceAxis();
    void ticksAlignInZone_data();
    void ticksAlignInZone();
    void nominalIntervalInZone_data();
    void nominalIntervalInZone();
};

static const PlotWindow wide{0, 100000, 100000}; // one pixel per second: no decimation

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
