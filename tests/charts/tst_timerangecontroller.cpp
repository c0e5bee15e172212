// The one shared visible range: clamping, undo/redo, merged gestures, the feedback guard.

#include "charts/timerangecontroller.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace trro;

class TestTimeRangeController final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fullRangeShowsAll();
    void clamp_data();
    void clamp();
    void undoRedoReset();
    void gestureStepsMergeIntoOneUndo();
    void zoomKeepsAnchor();
    void feedbackIsIgnored();
    void keepVisibleOnRefresh_data();
    void keepVisibleOnRefresh();

private:
    TimeRangeController *m_range = nullptr;
};

void TestTimeRangeController::init() {
    delete m_range;
    m_range = new TimeRangeController(this);
    m_range->setFullRange(1000, 101000);
}

void TestTimeRangeController::fullRangeShowsAll() {
    QCOMPARE(m_range->visibleFrom(), 1000);
    QCOMPARE(m_range->visibleTo(), 101000);
    QVERIFY(!m_range->isZoomed());
    QVERIFY(!m_range->canUndo());
}

void TestTimeRangeController::clamp_data() {
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("expectedFrom");
    QTest::addColumn<qint64>("expectedTo");
    QTest::newRow("inside") << qint64(2000) << qint64(5000) << qint64(2000) << qint64(5000);
    QTest::newRow("before the start keeps the span")
        << qint64(0) << qint64(3000) << qint64(1000) << qint64(4000);
    QTest::newRow("after the end keeps the span")
        << qint64(100000) << qint64(110000) << qint64(91000) << qint64(101000);
    QTest::newRow("wider than all")
        << qint64(-5) << qint64(500000) << qint64(1000) << qint64(101000);
    QTest::newRow("too narrow widens around the centre")
        << qint64(5000) << qint64(5010) << qint64(4975) << qint64(5035);
}

void TestTimeRangeController::clamp() {
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, expectedFrom);
    QFETCH(qint64, expectedTo);
    m_range->setVisibleRange(from, to);
    QCOMPARE(m_range->visibleFrom(), expectedFrom);
    QCOMPARE(m_range->visibleTo(), expectedTo);
}

void TestTimeRangeController::undoRedoReset() {
    QSignalSpy changed(m_range, &TimeRangeController::visibleRangeChanged);
    m_range->setVisibleRange(2000, 3000);
    m_range->setVisibleRange(2500, 2800);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_range->undoStack()->count(), 2);

    m_range->undo();
    QCOMPARE(m_range->visibleFrom(), 2000);
    QCOMPARE(m_range->visibleTo(), 3000);
    m_range->undo();
    QVERIFY(!m_range->isZoomed());
    QVERIFY(!m_range->canUndo());
    m_range->redo();
    QCOMPARE(m_range->visibleFrom(), 2000);

    m_range->reset();
    QVERIFY(!m_range->isZoomed());
    QVERIFY(m_range->canUndo()); // reset is a step of its own
    m_range->undo();
    QCOMPARE(m_range->visibleTo(), 3000);
    QCOMPARE(changed.last().at(0).toLongLong(), 2000);
}

void TestTimeRangeController::gestureStepsMergeIntoOneUndo() {
    for (int i = 0; i < 5; ++i)
        m_range->zoomBy(1.25, 50000, TimeRangeController::WheelMerge);
    QCOMPARE(m_range->undoStack()->count(), 1);
    m_range->endGesture();
    m_range->zoomBy(1.25, 50000, TimeRangeController::WheelMerge);
    QCOMPARE(m_range->undoStack()->count(), 2);
    m_range->undo();
    m_range->undo();
    QVERIFY(!m_range->isZoomed());
}

void TestTimeRangeController::zoomKeepsAnchor() {
    m_range->zoomBy(2.0, 11000);
    // The anchor stays at the same fraction of the range (10 %).
    const double share = double(11000 - m_range->visibleFrom()) /
                         double(m_range->visibleTo() - m_range->visibleFrom());
    QVERIFY(qAbs(share - 0.1) < 0.001);
    QCOMPARE(m_range->visibleTo() - m_range->visibleFrom(), 50000);
}

void TestTimeRangeController::feedbackIsIgnored() {
    int calls = 0;
    // A chart that "reacts" to the shared range by setting it again must not loop.
    connect(m_range, &TimeRangeController::visibleRangeChanged, this,
            [this, &calls](qint64 from, qint64 to) {
                ++calls;
                m_range->setVisibleRange(from + 10, to + 10);
            });
    m_range->setVisibleRange(2000, 3000);
    QCOMPARE(calls, 1);
    QCOMPARE(m_range->visibleFrom(), 2000);
    QCOMPARE(m_range->undoStack()->count(), 1);
}

void TestTimeRangeController::keepVisibleOnRefresh_data() {
    QTest::addColumn<qint64>("newFrom");
    QTest::addColumn<qint64>("newTo");
    QTest::addColumn<bool>("kept");
    QTest::newRow("still covered") << qint64(1000) << qint64(105000) << true;
    QTest::newRow("moved away") << qint64(60000) << qint64(160000) << false;
}

void TestTimeRangeController::keepVisibleOnRefresh() {
    QFETCH(qint64, newFrom);
    QFETCH(qint64, newTo);
    QFETCH(bool, kept);
    m_range->setVisibleRange(2000, 3000);
    m_range->setFullRange(newFrom, newTo, true);
    QCOMPARE(m_range->visibleFrom() == 2000, kept);
    QCOMPARE(m_range->canUndo(), kept);
    if (!kept) {
        QCOMPARE(m_range->visibleFrom(), newFrom);
        QCOMPARE(m_range->visibleTo(), newTo);
    }
}

QTEST_GUILESS_MAIN(TestTimeRangeController)
#include "tst_timerangecontroller.moc"
