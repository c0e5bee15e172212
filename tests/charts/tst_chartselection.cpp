// The span selection of LinkedChartsView, driven with real mouse events: Ctrl+left-drag on any
// chart draws one band on every chart (not a zoom), kept after the release and over a zoom;
// the right button's menu asks why about the selection when clicked on it, else about the
// interval under the cursor, keeps
// "Undo zoom" and clears the selection; Escape clears it too.

#include "chartfixtures.h"
#include "charts/linkedchartsview.h"
#include "charts/timerangecontroller.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace trro;
using namespace trro::test;

class TestChartSelection final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ctrlDragSelectsOnEveryChart_data();
    void ctrlDragSelectsOnEveryChart();
    void menuAsksAboutTheSelection();
    void menuAsksAboutTheIntervalWithoutSelection();
    void escapeAndMenuClear();
    void dataElsewhereClearsTheSelection();

private:
    QPoint plotPoint(int chart, double fx) const;
    QWidget *viewport(int chart) const;
    QMenu *rightClick(int chart, double fx);
    LinkedChartsView *m_view = nullptr;
};

void TestChartSelection::init() {
    m_view = new LinkedChartsView;
    m_view->resize(1000, 800);
    m_view->setData(twoDays());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestChartSelection::cleanup() {
    delete m_view;
    m_view = nullptr;
}

QWidget *TestChartSelection::viewport(int chart) const {
    return static_cast<QAbstractScrollArea *>(m_view->chartWidget(chart))->viewport();
}

QPoint TestChartSelection::plotPoint(int chart, double fx) const {
    const QRectF plot = m_view->plotArea(chart);
    const QPointF inView(plot.left() + fx * plot.width(), plot.center().y());
    return viewport(chart)->mapFrom(m_view, inView.toPoint());
}

QMenu *TestChartSelection::rightClick(int chart, double fx) {
    QTest::mouseClick(viewport(chart), Qt::RightButton, Qt::NoModifier, plotPoint(chart, fx));
    return m_view->contextMenu();
}

void TestChartSelection::ctrlDragSelectsOnEveryChart_data() {
    QTest::addColumn<int>("chart");
    for (int i = 0; i < 4; ++i)
        QTest::addRow("chart %d", i) << i;
}

void TestChartSelection::ctrlDragSelectsOnEveryChart() {
    QFETCH(int, chart);
    QSignalSpy zoomed(m_view->timeRange(), &TimeRangeController::visibleRangeChanged);
    QSignalSpy selected(m_view, &LinkedCharts::selectionChanged);
    QWidget *w = viewport(chart);
    QTest::mousePress(w, Qt::LeftButton, Qt::ControlModifier, plotPoint(chart, 0.25));
    QTest::mouseMove(w, plotPoint(chart, 0.40));
    QTest::mouseMove(w, plotPoint(chart, 0.50));
    QTest::mouseRelease(w, Qt::LeftButton, Qt::ControlModifier, plotPoint(chart, 0.50));

    QCOMPARE(zoomed.size(), 0); // a selection, not a zoom
    QVERIFY(selected.size() >= 1);
    const ChartData data = twoDays();
    const qint64 span = data.rangeEnd - data.rangeStart;
    QVERIFY(m_view->hasSelection());
    // One pixel is ~200 s here; allow two.
    QVERIFY(qAbs(m_view->selectionStart() - (data.rangeStart + span / 4)) < 400);
    QVERIFY(qAbs(m_view->selectionEnd() - (data.rangeStart + span / 2)) < 400);
    // The same band on every chart, over the same x range (the plot areas share their edges).
    const QRectF first = m_view->probe(0).selectionBand;
    QVERIFY(!first.isEmpty());
    for (int i = 0; i < m_view->chartCount(); ++i) {
        const QRectF band = m_view->probe(i).selectionBand;
        QVERIFY(!band.isEmpty());
        QCOMPARE(band.left(), first.left());
        QCOMPARE(band.width(), first.width());
    }
    // A zoom into the first half keeps the selection, drawn wider.
    m_view->timeRange()->setVisibleRange(data.rangeStart, data.rangeStart + span / 2);
    QVERIFY(m_view->hasSelection());
    QVERIFY(m_view->probe(chart).selectionBand.width() > first.width() * 1.8);
}

void TestChartSelection::menuAsksAboutTheSelection() {
    m_view->setSelection(twoDays().rangeStart + 3600, twoDays().rangeStart + 5 * 3600);
    QSignalSpy why(m_view, &LinkedCharts::whyRequested);
    QMenu *menu = rightClick(2, 3.0 / 48); // on the selection (hours 1 to 5 of 48)
    QVERIFY(menu && menu->isVisible());
    auto *action = menu->findChild<QAction *>(QStringLiteral("whyAction"));
    QVERIFY(action && action->isEnabled());
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("undoZoomAction")));
    action->trigger();
    QCOMPARE(why.size(), 1);
    QCOMPARE(why.first().at(0).toLongLong(), twoDays().rangeStart + 3600);
    QCOMPARE(why.first().at(1).toLongLong(), twoDays().rangeStart + 5 * 3600);
    menu->hide();
}

void TestChartSelection::menuAsksAboutTheIntervalWithoutSelection() {
    // Off the selection, the interval under the cursor is the question.
    m_view->setSelection(twoDays().rangeStart + 3600, twoDays().rangeStart + 5 * 3600);
    QSignalSpy why(m_view, &LinkedCharts::whyRequested);
    QMenu *menu = rightClick(1, 0.51); // hour 24 of 48
    QVERIFY(menu);
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("clearSelectionAction"))->isEnabled());
    QVERIFY(!m_view->timeRange()->isZoomed()); // the right button no longer undoes at once
    menu->findChild<QAction *>(QStringLiteral("whyAction"))->trigger();
    QCOMPARE(why.size(), 1);
    const qint64 start = why.first().at(0).toLongLong();
    QCOMPARE(why.first().at(1).toLongLong() - start, 3600);
    QCOMPARE((start - twoDays().rangeStart) / 3600, 24);
    menu->hide();
}

void TestChartSelection::escapeAndMenuClear() {
    m_view->setSelection(twoDays().rangeStart + 3600, twoDays().rangeStart + 7200);
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Escape);
    QVERIFY(!m_view->hasSelection());
    QVERIFY(m_view->probe(0).selectionBand.isEmpty());

    m_view->setSelection(twoDays().rangeStart + 3600, twoDays().rangeStart + 7200);
    QMenu *menu = rightClick(0, 0.5);
    QAction *clear = menu->findChild<QAction *>(QStringLiteral("clearSelectionAction"));
    QVERIFY(clear->isEnabled());
    clear->trigger();
    QVERIFY(!m_view->hasSelection());
    menu->hide();
    // The zoom's undo stays in the menu.
    m_view->timeRange()->setVisibleRange(twoDays().rangeStart, twoDays().rangeStart + 86400);
    menu = rightClick(0, 0.5);
    QAction *undo = menu->findChild<QAction *>(QStringLiteral("undoZoomAction"));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QVERIFY(!m_view->timeRange()->isZoomed());
    menu->hide();
}

void TestChartSelection::dataElsewhereClearsTheSelection() {
    const ChartData data = twoDays();
    m_view->setSelection(data.rangeStart + 3600, data.rangeStart + 7200);
    m_view->setData(data); // a refresh: the span is still shown
    QVERIFY(m_view->hasSelection());
    ChartData later = data;
    const qint64 shift = data.rangeEnd - data.rangeStart;
    later.rangeStart += shift;
    later.rangeEnd += shift;
    for (ChartSeries &series : later.series)
        series = shiftedSeries(series, shift);
    QSignalSpy cleared(m_view, &LinkedCharts::selectionChanged);
    m_view->setData(later);
    QVERIFY(!m_view->hasSelection());
    QCOMPARE(cleared.size(), 1);
}

QTEST_MAIN(TestChartSelection)
#include "tst_chartselection.moc"
