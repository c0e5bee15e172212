// The counts of the "Now" page: what one refresh counts, and the hour of them kept.

#include "livehistory.h"
#include "liveroster.h"

#include <QTest>

using namespace trro;

namespace {

constexpr qint64 Now = 1795000000;

RecentSession running(const QString &id, qint64 latest) {
    return RecentSession{id,
                         QStringLiteral("cockpit-1"),
                         QStringLiteral("truck-1"),
                         QStringLiteral("1920*1080"),
                         Now - 600,
                         latest};
}

LiveCounts countsAt(qint64 at, int running) {
    return {.at = at, .running = running};
}

} // namespace

class TestLiveHistory final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsRunningStaleAndQuality() {
        LiveRoster roster(10);
        roster.apply({running(QStringLiteral("good"), Now - 1), running(QStringLiteral("bad"), Now),
                      running(QStringLiteral("slow"), Now - 2),
                      running(QStringLiteral("silent"), Now - 25),
                      running(QStringLiteral("leaving"), Now - 1)},
                     Now);
        LiveQuality q;
        q.verdict = LiveQuality::Verdict::Good;
        QVERIFY(roster.setQuality(QStringLiteral("good"), q));
        q.verdict = LiveQuality::Verdict::Bad;
        QVERIFY(roster.setQuality(QStringLiteral("bad"), q));
        QVERIFY(roster.setQuality(QStringLiteral("leaving"), q));
        q.verdict = LiveQuality::Verdict::Degraded;
        QVERIFY(roster.setQuality(QStringLiteral("slow"), q));
        // "leaving" ends: it stays one refresh, marked ended, and is not counted as running.
        roster.apply(
            {running(QStringLiteral("good"), Now + 9), running(QStringLiteral("bad"), Now + 9),
             running(QStringLiteral("slow"), Now + 9), running(QStringLiteral("silent"), Now - 25)},
            Now + 10);

        const LiveCounts c = liveCounts(roster, Now + 10);
        QCOMPARE(c.at, Now + 10);
        QCOMPARE(c.running, 4);
        QCOMPARE(c.stale, 1); // silent for 35 s, more than two refreshes
        QCOMPARE(c.measured, 3);
        QCOMPARE(c.bad, 1);
        QCOMPARE(c.degraded, 1);
    }

    void keepsAnHourInOrder() {
        LiveHistory history;
        for (qint64 t = 0; t <= 2 * LiveHistory::KeepSec; t += 10)
            history.add(countsAt(Now + t, int(t / 10)));
        const QList<LiveCounts> &samples = history.samples();
        QCOMPARE(samples.constFirst().at, Now + LiveHistory::KeepSec);
        QCOMPARE(samples.constLast().at, Now + 2 * LiveHistory::KeepSec);
        QCOMPARE(samples.size(), int(LiveHistory::KeepSec / 10) + 1);

        // An answer counted twice, or a clock set back, adds nothing.
        history.add(countsAt(Now + 2 * LiveHistory::KeepSec, 1));
        history.add(countsAt(Now, 1));
        QCOMPARE(history.samples().size(), int(LiveHistory::KeepSec / 10) + 1);
        QCOMPARE(history.samples().constLast().running, int(2 * LiveHistory::KeepSec / 10));
    }

    void boundedByCount() {
        LiveHistory history;
        for (int i = 0; i < LiveHistory::MaxSamples + 50; ++i)
            history.add(countsAt(Now + i, i)); // one a second: within the hour, over the count
        QCOMPARE(history.samples().size(), LiveHistory::MaxSamples);
        QCOMPARE(history.samples().constFirst().running, 50);
    }

    void atOrBeforeFindsTheComparedSample() {
        LiveHistory history;
        QVERIFY(!history.atOrBefore(Now).has_value());
        history.add(countsAt(Now, 5));
        history.add(countsAt(Now + 10, 6));
        history.add(countsAt(Now + 20, 7));
        QVERIFY(!history.atOrBefore(Now - 1).has_value());
        QCOMPARE(history.atOrBefore(Now)->running, 5);
        QCOMPARE(history.atOrBefore(Now + 19)->running, 6);
        QCOMPARE(history.atOrBefore(Now + 500)->running, 7);
        QCOMPARE(history.series(&LiveCounts::running), (QList<double>{5, 6, 7}));
        history.clear();
        QVERIFY(history.samples().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLiveHistory)
#include "tst_livehistory.moc"
