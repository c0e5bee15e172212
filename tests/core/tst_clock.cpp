// The clocks that services, caches and controllers take: the system one, and the manual one
// that tests move by hand.
#include "clock.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace trro;

class TestClock final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void systemClockFollowsTheRealOne();
    void manualClockStandsStill();
    void timersFireInOrderAtTheirTime();
    void zeroDelayFiresFromTheEventLoop();
    void stopAndRestart();
    void timerDeletedByAnotherTimeout();
    void wallClockCanBeSetAlone();
};

void TestClock::systemClockFollowsTheRealOne() {
    Clock *clock = Clock::system();
    QVERIFY(qAbs(clock->wallMs() - QDateTime::currentMSecsSinceEpoch()) < 1000);
    QCOMPARE(clock->wallSecs(), clock->wallMs() / 1000);
    const qint64 before = clock->monotonicUs();
    ClockTimer *timer = clock->createTimer(this);
    QSignalSpy fired(timer, &ClockTimer::timeout);
    timer->start(20000);
    QVERIFY(timer->isActive());
    QVERIFY(fired.wait(10000));
    QCOMPARE(fired.count(), 1);
    QVERIFY(!timer->isActive());
    QVERIFY(clock->monotonicUs() - before >= 20000); // never early
    delete timer;
}

void TestClock::manualClockStandsStill() {
    ManualClock clock(1700000000500);
    QCOMPARE(clock.wallMs(), 1700000000500);
    QCOMPARE(clock.wallSecs(), 1700000000);
    QCOMPARE(clock.monotonicUs(), 0);
    QTest::qWait(5);
    QCOMPARE(clock.wallMs(), 1700000000500);
    clock.advance(1500);
    QCOMPARE(clock.monotonicUs(), 1500);
    QCOMPARE(clock.wallMs(), 1700000000501); // whole milliseconds of the monotonic time
    clock.advance(500);
    QCOMPARE(clock.wallMs(), 1700000000502);
    QCOMPARE(ManualClock(-1500).wallSecs(), -2); // rounded down before the epoch too
}

void TestClock::timersFireInOrderAtTheirTime() {
    ManualClock clock(0);
    QList<QPair<int, qint64>> fired;
    QList<ClockTimer *> timers;
    for (const qint64 delay : {300, 100, 200}) {
        ClockTimer *t = clock.createTimer(this);
        connect(t, &ClockTimer::timeout, this, [&fired, &clock, delay] {
            fired.append({int(delay), clock.monotonicUs()});
        });
        t->start(delay);
        timers.append(t);
    }
    QCOMPARE(clock.nextDueUs(), 100);
    QCOMPARE(timers.at(0)->remainingUs(), 300);
    clock.advance(250);
    QCOMPARE(fired, (QList<QPair<int, qint64>>{{100, 100}, {200, 200}}));
    QCOMPARE(clock.monotonicUs(), 250);
    QCOMPARE(timers.at(0)->remainingUs(), 50);
    QVERIFY(clock.advanceToNextTimer());
    QCOMPARE(fired.last(), (QPair<int, qint64>{300, 300}));
    QVERIFY(!clock.advanceToNextTimer());
    QCOMPARE(clock.nextDueUs(), -1);
    qDeleteAll(timers);
}

void TestClock::zeroDelayFiresFromTheEventLoop() {
    ManualClock clock(0);
    ClockTimer *t = clock.createTimer(this);
    QSignalSpy fired(t, &ClockTimer::timeout);
    t->start(0);
    QCOMPARE(clock.nextDueUs(), -1); // nothing to advance to
    QCOMPARE(fired.count(), 0);      // not from within start()
    QTRY_COMPARE(fired.count(), 1);
    QCOMPARE(clock.monotonicUs(), 0);
    // Restarted with a delay before the event loop ran: only the later start counts.
    t->start(0);
    t->start(10);
    QTest::qWait(1);
    QCOMPARE(fired.count(), 1);
    clock.advance(10);
    QCOMPARE(fired.count(), 2);
    delete t;
}

void TestClock::stopAndRestart() {
    ManualClock clock(0);
    ClockTimer *t = clock.createTimer(this);
    QSignalSpy fired(t, &ClockTimer::timeout);
    t->start(100);
    t->stop();
    QVERIFY(!t->isActive());
    QCOMPARE(t->remainingUs(), 0);
    clock.advance(1000);
    QCOMPARE(fired.count(), 0);
    t->start(100);
    clock.advance(50);
    t->start(100); // restart: due 100 after now
    clock.advance(99);
    QCOMPARE(fired.count(), 0);
    clock.advance(1);
    QCOMPARE(fired.count(), 1);
    // A timeout that starts its own timer again fires once per advance past it.
    connect(t, &ClockTimer::timeout, this, [t] { t->start(10); });
    t->start(10);
    clock.advance(35);
    QCOMPARE(fired.count(), 4);
    delete t;
}

void TestClock::timerDeletedByAnotherTimeout() {
    ManualClock clock(0);
    ClockTimer *first = clock.createTimer(this);
    ClockTimer *second = clock.createTimer(this);
    connect(first, &ClockTimer::timeout, this, [&second] {
        delete second;
        second = nullptr;
    });
    first->start(10);
    second->start(10);
    clock.advance(20); // must not touch the deleted timer
    QVERIFY(!second);
    QCOMPARE(clock.nextDueUs(), -1);
    delete first;
}

void TestClock::wallClockCanBeSetAlone() {
    ManualClock clock(1000);
    clock.advance(5000);
    clock.setWallMs(90000);
    QCOMPARE(clock.wallMs(), 90000);
    QCOMPARE(clock.monotonicUs(), 5000); // intervals are not affected
    clock.advance(2000);
    QCOMPARE(clock.wallMs(), 90002);
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
