// LinkedChartsView on the offscreen platform, driven with the mouse: one shared range for
// every chart (zoom, pan, wheel, undo), one crosshair, re-fitted Y axes, gaps, anomaly flags,
// aligned plot areas, drill-down clicks.

#include "chartfixtures.h"
#include "charts/linkedchartsview.h"
#include "charts/timerangecontroller.h"
#include "localization.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace trro;
using namespace trro::test;
using namespace Qt::StringLiterals;

class TestLinkedChartsView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fourChartsOverOneRange();
    void dragZoomOnAnyChartMovesAll_data();
    void dragZoomOnAnyChartMovesAll();
    void panAndWheelAreOneUndoStepEach();
    void crosshairReachesEveryChart_data();
    void crosshairReachesEveryChart();
    void tooltipListsEverySeries();
    void yRefitsAfterZoom();
    void ratioHasGapsCountsHaveZeros();
    void publishedExampleIsFlagged();
    void belowThresholdIsMarked_data();
    void belowThresholdIsMarked();
    void plotAreasShareLeftEdge_data();
    void plotAreasShareLeftEdge();
    void clickActivatesInterval();
    void smallMultiples();
    void refreshKeepsZoom();
    void partialBucketIsDrawnApart();
    void partialBucketsNameTheirPart();
    void snapshot();

private:
    QPointF plotPoint(int chart, double fx, double fy = 0.5) const;
    LinkedChartsView *m_view = nullptr;
};

void TestLinkedChartsView::init() {
    m_view = new LinkedChartsView;
    QVERIFY(showTwoDays(m_view, QSize(1000, 800)));
}

void TestLinkedChartsView::cleanup() {
    delete m_view;
    m_view = nullptr;
}

// A point in a chart's viewport at fractions of its plot area.
QPointF TestLinkedChartsView::plotPoint(int chart, double fx, double fy) const {
    const QRectF plot = m_view->plotArea(chart);
    const QPointF inView(plot.left() + fx * plot.width(), plot.top() + fy * plot.height());
    return m_view->chartWidget(chart)->mapFrom(m_view, inView.toPoint());
}

void TestLinkedChartsView::fourChartsOverOneRange() {
    QCOMPARE(m_view->chartCount(), 4);
    const ChartData data = twoDays();
    for (int i = 0; i < m_view->chartCount(); ++i) {
        const auto probe = m_view->probe(i);
        QCOMPARE(probe.from, data.rangeStart);
        QCOMPARE(probe.to, data.rangeEnd);
        QVERIFY(!m_view->chartTitle(i).isEmpty());
    }
    QCOMPARE(m_view->chartMetric(2), LinkedChartsView::Metric::NotBadRatio);
}

void TestLinkedChartsView::dragZoomOnAnyChartMovesAll_data() {
    QTest::addColumn<int>("chart");
    for (int i = 0; i < 4; ++i)
        QTest::addRow("chart %d", i) << i;
}

void TestLinkedChartsView::dragZoomOnAnyChartMovesAll() {
    QFETCH(int, chart);
    QWidget *w = m_view->chartWidget(chart);
    QSignalSpy changed(m_view->timeRange(), &TimeRangeController::visibleRangeChanged);
    const QPointF a = plotPoint(chart, 0.25);
    const QPointF b = plotPoint(chart, 0.50);
    sendMouse(w, QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::LeftButton);
    sendMouse(w, QEvent::MouseMove, (a + b) / 2, Qt::NoButton, Qt::LeftButton);
    sendMouse(w, QEvent::MouseMove, b, Qt::NoButton, Qt::LeftButton);
    sendMouse(w, QEvent::MouseButtonRelease, b, Qt::LeftButton, Qt::NoButton);

    QCOMPARE(changed.size(), 1);
    const ChartData data = twoDays();
    const qint64 span = data.rangeEnd - data.rangeStart;
    TimeRangeController *range = m_view->timeRange();
    // One pixel is ~200 s here; allow two.
    QVERIFY(qAbs(range->visibleFrom() - (data.rangeStart + span / 4)) < 400);
    QVERIFY(qAbs(range->visibleTo() - (data.rangeStart + span / 2)) < 400);
    for (int i = 0; i < m_view->chartCount(); ++i) {
        QCOMPARE(m_view->probe(i).from, range->visibleFrom());
        QCOMPARE(m_view->probe(i).to, range->visibleTo());
    }
    QCOMPARE(range->undoStack()->count(), 1);

    m_view->undo();
    for (int i = 0; i < m_view->chartCount(); ++i)
        QCOMPARE(m_view->probe(i).from, data.rangeStart);
    m_view->redo();
    QCOMPARE(m_view->probe(3).from, range->visibleFrom());
    QVERIFY(range->isZoomed());
    m_view->zoomReset();
    QVERIFY(!range->isZoomed());
    QCOMPARE(m_view->probe(0).to, data.rangeEnd);
}

void TestLinkedChartsView::panAndWheelAreOneUndoStepEach() {
    TimeRangeController *range = m_view->timeRange();
    QWidget *w = m_view->chartWidget(1);
    for (int i = 0; i < 3; ++i)
        sendWheel(w, plotPoint(1, 0.5), 120);
    QCOMPARE(range->undoStack()->count(), 1);
    const qint64 zoomedFrom = range->visibleFrom();
    QVERIFY(range->isZoomed());

    // Shift-drag pans, every step of the drag merged into one undo step.
    const QPointF a = plotPoint(1, 0.6);
    sendMouse(w, QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::LeftButton, Qt::ShiftModifier);
    for (int dx = 10; dx <= 60; dx += 10)
        sendMouse(w, QEvent::MouseMove, a + QPointF(dx, 0), Qt::NoButton, Qt::LeftButton,
                  Qt::ShiftModifier);
    sendMouse(w, QEvent::MouseButtonRelease, a + QPointF(60, 0), Qt::LeftButton, Qt::NoButton,
              Qt::ShiftModifier);
    QVERIFY(range->visibleFrom() < zoomedFrom); // dragged right: earlier times come in
    QCOMPARE(range->undoStack()->count(), 2);
    for (int i = 0; i < m_view->chartCount(); ++i)
        QCOMPARE(m_view->probe(i).from, range->visibleFrom());
    m_view->undo();
    QCOMPARE(range->visibleFrom(), zoomedFrom);
}

void TestLinkedChartsView::crosshairReachesEveryChart_data() {
    QTest::addColumn<int>("chart");
    QTest::addColumn<double>("fx");
    QTest::newRow("top chart") << 0 << 0.3;
    QTest::newRow("ratio chart") << 2 << 0.7;
}

void TestLinkedChartsView::crosshairReachesEveryChart() {
    QFETCH(int, chart);
    QFETCH(double, fx);
    QSignalSpy hovered(m_view, &LinkedChartsView::hoveredIntervalChanged);
    sendMouse(m_view->chartWidget(chart), QEvent::MouseMove, plotPoint(chart, fx), Qt::NoButton,
              Qt::NoButton);
    QCOMPARE(hovered.size(), 1);
    const qint64 start = hovered.first().at(0).toLongLong();
    const qint64 end = hovered.first().at(1).toLongLong();
    QCOMPARE(end - start, 3600); // an hourly bucket of the data
    QVERIFY(m_view->hasCrosshair());
    QVERIFY(m_view->crosshair() >= start && m_view->crosshair() < end);

    const double x = m_view->probe(chart).crosshairX;
    for (int i = 0; i < m_view->chartCount(); ++i) {
        const auto probe = m_view->probe(i);
        QVERIFY2(probe.crosshairVisible, qPrintable(m_view->chartTitle(i)));
        QVERIFY(qAbs(probe.crosshairX - x) < 0.5); // the same place on every chart
    }

    // Leaving the chart clears it everywhere.
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(m_view->chartWidget(chart), &leave);
    QVERIFY(!m_view->hasCrosshair());
    for (int i = 0; i < m_view->chartCount(); ++i)
        QVERIFY(!m_view->probe(i).crosshairVisible);
    QCOMPARE(hovered.last().at(0).toLongLong(), 0);
}

void TestLinkedChartsView::tooltipListsEverySeries() {
    const ChartData data = twoDays();
    const qint64 t = data.rangeStart + 20 * 3600 + 1800; // the interval below the threshold
    m_view->setCrosshair(t);
    const QString tip = m_view->tooltipText();
    QVERIFY(tip.contains(u"Fleet"_s));
    QVERIFY(tip.contains(u"Vehicle 7"_s));
    QVERIFY(tip.contains(u"60 %"_s)); // the fleet's ratio of that hour
    QVERIFY(tip.contains(u"92 %"_s)); // the device's
    QVERIFY(tip.contains(u"UTC+08:00"_s));

    // A missing hour: still one interval, "no data" for the fleet.
    m_view->setCrosshair(data.rangeStart + 10 * 3600 + 60);
    qint64 start = 0;
    qint64 end = 0;
    QVERIFY(m_view->hoveredInterval(&start, &end));
    QCOMPARE(start, data.rangeStart + 10 * 3600);
    QCOMPARE(end, start + 3600);
    QVERIFY(m_view->tooltipText().contains(u"no data"_s));
}

void TestLinkedChartsView::yRefitsAfterZoom() {
    const ChartData data = twoDays();
    const double before = m_view->yRange(0).second;
    QVERIFY(before >= 120); // the spike at hour 40
    m_view->timeRange()->setVisibleRange(data.rangeStart, data.rangeStart + 24 * 3600);
    const double after = m_view->yRange(0).second;
    QVERIFY2(after < 20 && after >= 8, qPrintable(QString::number(after)));
    QCOMPARE(m_view->yRange(2).second, 100.0); // the ratio stays 0-100 %
    m_view->undo();
    QCOMPARE(m_view->yRange(0).second, before);
}

void TestLinkedChartsView::ratioHasGapsCountsHaveZeros() {
    const ChartData data = twoDays();
    const double gapMiddle = double(data.rangeStart + 11 * 3600);
    const auto sessions = m_view->probe(0);
    const auto ratio = m_view->probe(2);
    QCOMPARE(ratio.traceLabels.first(), u"Fleet"_s);

    // Ratio: a NaN between the end of hour 9 and the start of hour 12, nothing interpolated.
    const QList<QPointF> &line = ratio.traces.first();
    bool gap = false;
    for (qsizetype i = 1; i + 1 < line.size(); ++i) {
        if (qIsNaN(line[i].y()) && line[i - 1].x() <= data.rangeStart + 10 * 3600 &&
            line[i + 1].x() >= data.rangeStart + 12 * 3600)
            gap = true;
        if (!qIsNaN(line[i].y()) && line[i].x() > gapMiddle - 3000 &&
            line[i].x() < gapMiddle + 3000)
            QFAIL("the ratio line has a point inside the missing hours");
    }
    QVERIFY(gap);

    // Counts: zero inside the gap.
    bool zero = false;
    for (const QPointF &p : sessions.traces.first())
        zero = zero || (p.x() >= data.rangeStart + 10 * 3600 &&
                        p.x() <= data.rangeStart + 12 * 3600 && p.y() == 0.0);
    QVERIFY(zero);
}

void TestLinkedChartsView::publishedExampleIsFlagged() {
    const ChartData data = publishedExample();
    m_view->setData(data);
    const ChartSeries &fleet = m_view->data().series.first();
    QCOMPARE(fleet.buckets.size(), 4); // nothing dropped
    QCOMPARE(fleet.flags.size(), 4);
    QVERIFY(fleet.flags.at(0) & BucketFlag::OddWidth);  // the 1000 s hour
    QVERIFY(fleet.flags.at(1) & BucketFlag::Inverted);  // ends before it starts
    QVERIFY(fleet.flags.at(2) & BucketFlag::Duplicate); // same StartTime twice
    QVERIFY(fleet.flags.at(3) & BucketFlag::Duplicate);

    // Every chart marks them: the 1000 s hour, the inverted bucket at its StartTime (where it
    // is drawn), and the duplicated hour once.
    const QList<QPair<qint64, qint64>> marks{
        {1661151600, 1661152600}, {1661162400, 1661162400}, {1661166000, 1661176000}};
    for (int i = 0; i < m_view->chartCount(); ++i)
        QCOMPARE(m_view->probe(i).flagged, marks);
    // The full range reaches back to the inverted bucket's end.
    QCOMPARE(m_view->timeRange()->fullFrom(), data.rangeStart);

    // The tooltip of the duplicated hour shows both buckets and says why.
    m_view->setCrosshair(1661166000 + 60);
    const QString tip = m_view->tooltipText();
    QVERIFY(tip.contains(u"604"_s));
    QVERIFY(tip.contains(u"duplicate start time"_s));
    QCOMPARE(tip.count(u"&#9888;"_s), 2);
    m_view->setCrosshair(1661151600 + 60);
    QVERIFY(m_view->tooltipText().contains(u"unusual length"_s));
    m_view->setCrosshair(1661162400 + 60);
    QVERIFY(m_view->tooltipText().contains(u"ends before it starts"_s));
}

void TestLinkedChartsView::belowThresholdIsMarked_data() {
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("marked");
    QTest::newRow("90 %") << 90 << 1;  // only the 60 % hour
    QTest::newRow("98 %") << 98 << 46; // every fleet hour (97 %)
    QTest::newRow("0 %") << 0 << 0;
}

void TestLinkedChartsView::belowThresholdIsMarked() {
    QFETCH(int, threshold);
    QFETCH(int, marked);
    m_view->setRatioThreshold(threshold);
    QCOMPARE(m_view->ratioThreshold(), threshold);
    QCOMPARE(m_view->probe(2).belowThreshold.size(), marked);
    QCOMPARE(m_view->probe(0).belowThreshold.size(), 0); // only on the ratio chart
}

void TestLinkedChartsView::plotAreasShareLeftEdge_data() {
    QTest::addColumn<int>("width");
    QTest::newRow("wide") << 1200;
    QTest::newRow("narrow") << 500;
}

void TestLinkedChartsView::plotAreasShareLeftEdge() {
    QFETCH(int, width);
    // Minutes reach five digits while active devices stay single-digit: labels differ a lot.
    ChartData data = twoDays();
    data.series.first().buckets[5].totalDuration = 45000;
    m_view->setData(data);
    m_view->resize(width, 800);
    QTRY_COMPARE(m_view->width(), width);
    const QRectF first = m_view->plotArea(0);
    QVERIFY(first.width() > 100);
    for (int i = 1; i < m_view->chartCount(); ++i) {
        QCOMPARE(m_view->plotArea(i).left(), first.left());
        QCOMPARE(m_view->plotArea(i).right(), first.right());
    }
    // ... and after a zoom that changes the labels.
    m_view->timeRange()->setVisibleRange(data.rangeStart + 30 * 3600, data.rangeEnd);
    for (int i = 1; i < m_view->chartCount(); ++i)
        QCOMPARE(m_view->plotArea(i).left(), m_view->plotArea(0).left());
}

void TestLinkedChartsView::clickActivatesInterval() {
    QSignalSpy activated(m_view, &LinkedChartsView::intervalActivated);
    QWidget *w = m_view->chartWidget(1);
    const QPointF p = plotPoint(1, 0.51);
    sendMouse(w, QEvent::MouseButtonPress, p, Qt::LeftButton, Qt::LeftButton);
    sendMouse(w, QEvent::MouseButtonRelease, p + QPointF(1, 0), Qt::LeftButton, Qt::NoButton);
    QCOMPARE(activated.size(), 1);
    const ChartData data = twoDays();
    const qint64 start = activated.first().at(0).toLongLong();
    QCOMPARE(activated.first().at(1).toLongLong() - start, 3600);
    QCOMPARE((start - data.rangeStart) % 3600, 0);
    QCOMPARE((start - data.rangeStart) / 3600, 24); // 51 % of 48 hours
    QVERIFY(!m_view->timeRange()->isZoomed());      // a click is not a zoom
}

void TestLinkedChartsView::smallMultiples() {
    m_view->setLayoutMode(LinkedChartsView::LayoutMode::SmallMultiples);
    QCOMPARE(m_view->chartCount(), 8); // 4 metrics x (fleet, device)
    QCOMPARE(m_view->chartSeriesKey(0), QString());
    QCOMPARE(m_view->chartSeriesKey(1), u"dev-7"_s);
    QVERIFY(m_view->chartTitle(1).contains(u"Vehicle 7"_s));
    m_view->timeRange()->setVisibleRange(m_view->data().rangeStart,
                                         m_view->data().rangeStart + 7200);
    for (int i = 0; i < m_view->chartCount(); ++i)
        QCOMPARE(m_view->probe(i).to, m_view->data().rangeStart + 7200);
    m_view->setLayoutMode(LinkedChartsView::LayoutMode::Overlay);
    QCOMPARE(m_view->chartCount(), 4);
}

void TestLinkedChartsView::refreshKeepsZoom() {
    const ChartData data = twoDays();
    m_view->timeRange()->setVisibleRange(data.rangeStart + 3600, data.rangeStart + 7200);
    m_view->setData(data); // auto-refresh with the same range
    QCOMPARE(m_view->timeRange()->visibleFrom(), data.rangeStart + 3600);
    QCOMPARE(m_view->probe(3).to, data.rangeStart + 7200);
    m_view->setStale(true);
    QVERIFY(m_view->isStale());

    // Cleared (no device selected yet): no data, the axis stays where it was.
    const qint64 fullFrom = m_view->timeRange()->fullFrom();
    m_view->setData(ChartData{});
    QCOMPARE(m_view->timeRange()->fullFrom(), fullFrom);
    QCOMPARE(m_view->chartCount(), 4);
    QVERIFY(m_view->tooltipText().isEmpty() || m_view->data().series.isEmpty());
}

// Saves what the charts look like when TRRO_CHARTS_SNAPSHOT_DIR is set (for a visual check).
// The first chart rendered off screen at its on-screen size.
static QImage rendered(LinkedChartsView *view) {
    QImage image(view->chartWidget(0)->size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    view->renderChart(0, &painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    return image;
}

void TestLinkedChartsView::partialBucketIsDrawnApart() {
    // Half an hour before the end of the range: its last hour is not over.
    ChartData data = twoDays();
    data.now = data.rangeEnd - 1800;
    m_view->setData(data);
    for (int i = 0; i < m_view->chartCount(); ++i) {
        const auto probe = m_view->probe(i);
        QCOMPARE(probe.partial,
                 (QList<QPair<qint64, qint64>>{{data.rangeEnd - 3600, data.rangeEnd}}));
        QCOMPARE(probe.partialBands.size(), 1);
        QCOMPARE(probe.partialBrush.style(), Qt::FDiagPattern);
    }
    const QRectF band = m_view->probe(0).partialBands.constFirst();
    QVERIFY(band.width() > 10);
    const QImage partial = rendered(m_view);

    // The same data as if the last hour were over: nothing is drawn apart.
    data.now = 0;
    m_view->setData(data);
    QVERIFY(m_view->probe(0).partial.isEmpty());
    QVERIFY(m_view->probe(0).partialBands.isEmpty());
    const QImage whole = rendered(m_view);
    QCOMPARE(partial.size(), whole.size());

    // Only the partial bucket looks different: left of it every pixel is the same; inside it
    // the fill is lighter (the veil) and the background carries the hatching's lines.
    int lighter = 0;
    int hatched = 0;
    for (int y = int(band.top()) + 2; y < int(band.bottom()) - 2; ++y) {
        for (int x = 0; x < int(band.left()) - 1; ++x)
            QCOMPARE(partial.pixel(x, y), whole.pixel(x, y));
        for (int x = int(band.left()) + 2; x < int(band.right()) - 2; ++x) {
            const int now = QColor(partial.pixel(x, y)).lightness();
            const int then = QColor(whole.pixel(x, y)).lightness();
            lighter += now > then ? 1 : 0;
            hatched += now < then ? 1 : 0;
        }
    }
    QVERIFY2(lighter > 20, qPrintable(QString::number(lighter)));
    QVERIFY2(hatched > 20, qPrintable(QString::number(hatched)));
}

void TestLinkedChartsView::partialBucketsNameTheirPart() {
    // A range that starts at 00:30 and a clock at 23:30 of the second day (UTC+8): the first
    // hour is cut by the range, the last one is not over, the others are whole.
    ChartData data = twoDays();
    const qint64 midnight = data.rangeStart;
    data.rangeStart = midnight + 1800;
    data.now = data.rangeEnd - 1800;
    m_view->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_view->setData(data);
    QCOMPARE(m_view->probe(0).partial,
             (QList<QPair<qint64, qint64>>{{midnight, midnight + 3600},
                                           {data.rangeEnd - 3600, data.rangeEnd}}));

    m_view->setCrosshair(midnight + 1800 + 60);
    QVERIFY2(m_view->tooltipText().contains(u"partial: 00:30–01:00"_s),
             qPrintable(m_view->tooltipText()));
    m_view->setCrosshair(data.rangeEnd - 1200);
    QVERIFY2(m_view->tooltipText().contains(u"partial: 23:00–23:30"_s),
             qPrintable(m_view->tooltipText()));
    m_view->setCrosshair(midnight + 5 * 3600 + 60); // a whole hour
    QVERIFY(!m_view->tooltipText().contains(u"partial"_s));

    // In Chinese.
    const QLocale before;
    QCOMPARE(installTranslations(u"zh_CN"_s), u"zh_CN"_s);
    m_view->setCrosshair(midnight + 1800 + 120);
    const QString tip = m_view->tooltipText();
    installTranslations(u"en"_s);
    QLocale::setDefault(before);
    QVERIFY2(tip.contains(u"不完整：00:30–01:00"_s), qPrintable(tip));
}

void TestLinkedChartsView::snapshot() {
    const QString dir = qEnvironmentVariable("TRRO_CHARTS_SNAPSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set TRRO_CHARTS_SNAPSHOT_DIR to save pictures of the charts");
    m_view->resize(1100, 820);
    QTRY_COMPARE(m_view->chartWidget(0)->width(), 1100);
    // Hover the interval below the threshold: crosshair on every chart and the tooltip.
    sendMouse(m_view->chartWidget(1), QEvent::MouseMove, plotPoint(1, 20.3 / 48), Qt::NoButton,
              Qt::NoButton);
    QVERIFY(m_view->grab().save(dir + u"/charts-two-days.png"_s));
    m_view->setData(publishedExample());
    sendMouse(m_view->chartWidget(0), QEvent::MouseMove, plotPoint(0, 5.3 / 9), Qt::NoButton,
              Qt::NoButton);
    QVERIFY(m_view->grab().save(dir + u"/charts-published-example.png"_s));

    // A dark desktop theme.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x25, 0x28, 0x2c));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1d, 0x21));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    m_view->setPalette(dark);
    ChartData data = twoDays();
    data.series.append(makeChartSeries(
        u"dev-9"_s, u"Vehicle 9"_s, hourly(data.rangeStart, {3, 5, 2, -1, -1, 4, 6, 1, 2, 3}, 80),
        data.interval));
    m_view->setData(data);
    m_view->setStale(true);
    m_view->setCrosshair(data.rangeStart + 6 * 3600 + 600);
    QVERIFY(m_view->grab().save(dir + u"/charts-dark-stale.png"_s));
}

QTEST_MAIN(TestLinkedChartsView)
#include "tst_linkedchartsview.moc"
