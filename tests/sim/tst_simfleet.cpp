// The synthetic fleet: determinism, consistency between buckets, totals and devices,
// bucket alignment, realism of the patterns (the cost of the common queries: bench/simfleet).

#include "fleet.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace trro;
using namespace trro::sim;

namespace {

constexpr qint64 Day = 86400;
constexpr qint64 ChinaOffset = 8 * 3600;

SessionTotals sumOf(const QList<IntervalBucket> &buckets) {
    SessionTotals t;
    for (const IntervalBucket &b : buckets) {
        t.sessionNum += b.sessionNum;
        t.totalDuration += b.totalDuration;
    }
    return t;
}

QDateTime china(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone(int(ChinaOffset)));
}

} // namespace

class TestSimFleet final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalog();
    void determinism();
    void consistency_data();
    void consistency();
    void devicesAddUpToTheFleet_data();
    void devicesAddUpToTheFleet();
    void alignment_data();
    void alignment();
    void populated();
    void patterns();
    void chronicallyBadAndOffline();
    void sessionListMatchesTotals();
    void clockGoingBack();

private:
    int projectIndex() const { return m_fleet->catalog().projectIndex(m_projectId); }
    int deviceIndex(const QString &id) const { return m_fleet->catalog().deviceIndex(id); }

    std::unique_ptr<Fleet> m_fleet;
    QString m_projectId;
    qint64 m_now = 0;
};

void TestSimFleet::initTestCase() {
    // A fixed working afternoon (Wednesday 2026-11-25 14:37 China time): the current day and
    // hour have sessions, whatever day the test runs on.
    m_now = QDateTime(QDate(2026, 11, 25), QTime(14, 37), QTimeZone(int(ChinaOffset)))
                .toSecsSinceEpoch();
    m_fleet = std::make_unique<Fleet>(FleetConfig::standard(), m_now);
    m_projectId = FleetConfig::standard().projects.constFirst().projectId;
}

void TestSimFleet::catalog() {
    const FleetCatalog &c = m_fleet->catalog();
    QCOMPARE(c.projects().size(), 3);
    const FleetProject &demo = c.projects().at(projectIndex());
    QCOMPARE(demo.fieldDevices.size(), 300);
    QCOMPARE(demo.remoteDevices.size(), 12);
    // Ids are unique across projects; every kind is present.
    QSet<QString> ids;
    std::array<int, 4> kinds{};
    for (const FleetDevice &d : c.devices()) {
        ids.insert(d.deviceId);
        ++kinds[size_t(d.kind)];
    }
    QCOMPARE(ids.size(), c.devices().size());
    for (const int k : kinds)
        QVERIFY(k > 0);
    // Configurable sizes for the benchmarks.
    for (const int n : {250, 1000}) {
        const FleetCatalog big(FleetConfig::standard(n), m_now);
        QCOMPARE(big.projects().constFirst().fieldDevices.size(), n);
        QVERIFY(big.projects().constFirst().remoteDevices.size() >= 12);
    }
}

void TestSimFleet::determinism() {
    Fleet a(FleetConfig::standard(80), m_now);
    Fleet b(FleetConfig::standard(80), m_now);
    Fleet other(FleetConfig::standard(80, 99), m_now);
    const int p = a.catalog().projectIndex(m_projectId);
    const qint64 start = m_now - 3 * Day;
    QCOMPARE(a.intervalStatistics(p, -1, Interval::Hour, start, m_now, m_now),
             b.intervalStatistics(p, -1, Interval::Hour, start, m_now, m_now));
    QCOMPARE(a.totals(p, -1, start, m_now, m_now), b.totals(p, -1, start, m_now, m_now));
    QCOMPARE(a.sessions(p, -1, start, m_now, m_now, 10, 50).sessions,
             b.sessions(p, -1, start, m_now, m_now, 10, 50).sessions);
    QCOMPARE(a.devices(p, m_now), b.devices(p, m_now));
    QVERIFY(a.intervalStatistics(p, -1, Interval::Hour, start, m_now, m_now) !=
            other.intervalStatistics(p, -1, Interval::Hour, start, m_now, m_now));
    // The cache does not change answers: ask again after everything is cached.
    QCOMPARE(a.intervalStatistics(p, -1, Interval::Day, start, m_now, m_now),
             b.intervalStatistics(p, -1, Interval::Day, start, m_now, m_now));
}

void TestSimFleet::consistency_data() {
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("misalign");
    for (const QString &device : {QString(), u"itv_nb_005"_s, u"roc_nb_03"_s}) {
        const QString name = device.isEmpty() ? u"fleet"_s : device;
        QTest::addRow("%s, 7 days", qPrintable(name)) << device << 7 * Day << qint64(0);
        QTest::addRow("%s, 40 days, unaligned", qPrintable(name))
            << device << 40 * Day << qint64(1234);
        QTest::addRow("%s, 400 days", qPrintable(name)) << device << 400 * Day << qint64(0);
    }
}

void TestSimFleet::consistency() {
    QFETCH(QString, deviceId);
    QFETCH(qint64, span);
    QFETCH(qint64, misalign);
    const int p = projectIndex();
    const int d = deviceId.isEmpty() ? -1 : deviceIndex(deviceId);
    const qint64 end = m_now - misalign;
    const qint64 start = end - span;
    const SessionTotals totals = m_fleet->totals(p, d, start, end, m_now);
    QVERIFY(totals.sessionNum > 0);
    for (const Interval interval : {Interval::Hour, Interval::Day, Interval::Month}) {
        const QList<IntervalBucket> buckets =
            m_fleet->intervalStatistics(p, d, interval, start, end, m_now);
        const SessionTotals sum = sumOf(buckets);
        QCOMPARE(sum.sessionNum, totals.sessionNum);
        QCOMPARE(sum.totalDuration, totals.totalDuration);
        qint64 notBadFloor = 0, notBadCeil = 0, maxField = 0, maxRemote = 0;
        for (const IntervalBucket &b : buckets) {
            QVERIFY(b.sessionNum > 0);
            QVERIFY(b.notBadSessionRatio >= 0 && b.notBadSessionRatio <= 100);
            QVERIFY(b.activeFieldDeviceNum >= 1 && b.activeRemoteDeviceNum >= 1);
            QVERIFY(b.activeFieldDeviceNum <= b.sessionNum);
            // Each bucket's ratio was rounded: bound the number of good sessions it stands for.
            notBadFloor += qint64(std::ceil((b.notBadSessionRatio - 0.5) * b.sessionNum / 100.0));
            notBadCeil += qint64(std::floor((b.notBadSessionRatio + 0.5) * b.sessionNum / 100.0));
            maxField = std::max(maxField, b.activeFieldDeviceNum);
            maxRemote = std::max(maxRemote, b.activeRemoteDeviceNum);
        }
        const double low = 100.0 * double(notBadFloor) / double(totals.sessionNum);
        const double high = 100.0 * double(notBadCeil) / double(totals.sessionNum);
        QVERIFY2(
            totals.notBadSessionRatio >= std::floor(low) &&
                totals.notBadSessionRatio <= std::ceil(high),
            qPrintable(u"%1 not in [%2, %3]"_s.arg(totals.notBadSessionRatio).arg(low).arg(high)));
        // Distinct devices over the range: at least the largest bucket's.
        QVERIFY(totals.activeFieldDeviceNum >= maxField);
        QVERIFY(totals.activeRemoteDeviceNum >= maxRemote);
    }
    if (!deviceId.isEmpty()) {
        const FleetDevice &device = m_fleet->catalog().devices().at(d);
        if (device.type == DeviceType::Field)
            QCOMPARE(totals.activeFieldDeviceNum, 1);
        else
            QCOMPARE(totals.activeRemoteDeviceNum, 1);
    }
}

void TestSimFleet::devicesAddUpToTheFleet_data() {
    QTest::addColumn<int>("interval");
    QTest::newRow("hour") << int(Interval::Hour);
    QTest::newRow("day") << int(Interval::Day);
}

void TestSimFleet::devicesAddUpToTheFleet() {
    QFETCH(int, interval);
    const Interval iv = Interval(interval);
    Fleet fleet(FleetConfig::standard(40), m_now);
    const int p = fleet.catalog().projectIndex(m_projectId);
    const qint64 start = Fleet::bucketStart(Interval::Day, m_now - 3 * Day);
    const QList<IntervalBucket> buckets = fleet.intervalStatistics(p, -1, iv, start, m_now, m_now);
    QVERIFY(!buckets.isEmpty());
    // Every session has one vehicle and one cockpit: per-device buckets add up to the fleet's.
    for (const DeviceType type : {DeviceType::Field, DeviceType::Remote}) {
        QHash<qint64, qint64> sessions, minutes, active;
        for (int i = 0; i < fleet.catalog().devices().size(); ++i) {
            const FleetDevice &d = fleet.catalog().devices().at(i);
            if (d.project != p || d.type != type)
                continue;
            const QList<IntervalBucket> own =
                fleet.intervalStatistics(p, i, iv, start, m_now, m_now);
            for (const IntervalBucket &b : own) {
                sessions[b.startTime] += b.sessionNum;
                minutes[b.startTime] += b.totalDuration;
                active[b.startTime] += 1;
            }
        }
        QCOMPARE(sessions.size(), buckets.size());
        for (const IntervalBucket &b : buckets) {
            QCOMPARE(sessions.value(b.startTime), b.sessionNum);
            QCOMPARE(minutes.value(b.startTime), b.totalDuration);
            QCOMPARE(active.value(b.startTime),
                     type == DeviceType::Field ? b.activeFieldDeviceNum : b.activeRemoteDeviceNum);
        }
    }
}

void TestSimFleet::alignment_data() {
    QTest::addColumn<int>("interval");
    QTest::addColumn<qint64>("span");
    QTest::newRow("hour") << int(Interval::Hour) << 3 * Day;
    QTest::newRow("day") << int(Interval::Day) << 30 * Day;
    QTest::newRow("month") << int(Interval::Month) << 400 * Day;
}

void TestSimFleet::alignment() {
    QFETCH(int, interval);
    QFETCH(qint64, span);
    const Interval iv = Interval(interval);
    const QList<IntervalBucket> buckets =
        m_fleet->intervalStatistics(projectIndex(), -1, iv, m_now - span, m_now, m_now);
    QVERIFY(buckets.size() > 2);
    qint64 previous = 0;
    for (const IntervalBucket &b : buckets) {
        QVERIFY(b.startTime > previous);
        previous = b.startTime;
        QCOMPARE(b.endTime, Fleet::bucketEnd(iv, b.startTime));
        const QDateTime local = china(b.startTime);
        switch (iv) {
        case Interval::Hour:
            QCOMPARE(b.startTime % 3600, 0);
            break;
        case Interval::Day:
            QCOMPARE(local.time(), QTime(0, 0));
            QCOMPARE(b.endTime - b.startTime, Day);
            break;
        case Interval::Month:
            QCOMPARE(local.time(), QTime(0, 0));
            QCOMPARE(local.date().day(), 1);
            QCOMPARE(china(b.endTime).date(), local.date().addMonths(1));
            break;
        }
    }
    // The last bucket holds `now`: it is the partial, current one (early in an hour, when no
    // session of the new hour has ended yet, the current hour is still empty and left out).
    QVERIFY(buckets.last().startTime <= m_now);
    QVERIFY(m_now < buckets.last().endTime ||
            (iv == Interval::Hour && m_now < buckets.last().endTime + 3600));
}

void TestSimFleet::populated() {
    const int p = projectIndex();
    // Last 7 days: every day has sessions. Last 12 months: every month has.
    const qint64 weekStart = Fleet::bucketStart(Interval::Day, m_now - 6 * Day);
    QCOMPARE(m_fleet->intervalStatistics(p, -1, Interval::Day, weekStart, m_now, m_now).size(), 7);
    const QDate thisMonth = china(m_now).date();
    const qint64 yearStart = QDateTime(QDate(thisMonth.year(), thisMonth.month(), 1).addMonths(-11),
                                       QTime(0, 0), QTimeZone(int(ChinaOffset)))
                                 .toSecsSinceEpoch();
    QCOMPARE(m_fleet->intervalStatistics(p, -1, Interval::Month, yearStart, m_now, m_now).size(),
             12);
    // The other projects have data too.
    for (int i = 0; i < m_fleet->catalog().projects().size(); ++i)
        QVERIFY(m_fleet->totals(i, -1, m_now - 7 * Day, m_now, m_now).sessionNum > 0);
}

void TestSimFleet::patterns() {
    const int p = projectIndex();
    const qint64 start = Fleet::bucketStart(Interval::Day, m_now - 56 * Day);
    const qint64 end = Fleet::bucketStart(Interval::Day, m_now);
    const QList<IntervalBucket> hours =
        m_fleet->intervalStatistics(p, -1, Interval::Hour, start, end, m_now);
    std::array<qint64, 24> byHour{};
    std::array<qint64, 7> byWeekday{};
    for (const IntervalBucket &b : hours) {
        const QDateTime local = china(b.startTime);
        byHour[size_t(local.time().hour())] += b.sessionNum;
        byWeekday[size_t(local.date().dayOfWeek() - 1)] += b.sessionNum;
    }
    // Quiet nights (China time), busy days, quieter weekends.
    QVERIFY2(byHour[3] * 2 < byHour[10],
             qPrintable(u"3h %1, 10h %2"_s.arg(byHour[3]).arg(byHour[10])));
    const qint64 weekday =
        (byWeekday[0] + byWeekday[1] + byWeekday[2] + byWeekday[3] + byWeekday[4]) / 5;
    const qint64 weekend = (byWeekday[5] + byWeekday[6]) / 2;
    QVERIFY2(weekend < weekday * 0.9,
             qPrintable(u"weekday %1, weekend %2"_s.arg(weekday).arg(weekend)));
    // Cockpits are a scarce resource: never more cockpits than exist.
    for (const IntervalBucket &b : hours)
        QVERIFY(b.activeRemoteDeviceNum <= 12);
}

void TestSimFleet::chronicallyBadAndOffline() {
    const int p = projectIndex();
    const FleetProject &project = m_fleet->catalog().projects().at(p);
    const qint64 start = m_now - 30 * Day;
    const SessionTotals fleet = m_fleet->totals(p, -1, start, m_now, m_now);
    QVERIFY(fleet.notBadSessionRatio >= 88);
    int bad = 0, offline = 0;
    for (const int i : project.fieldDevices) {
        const FleetDevice &d = m_fleet->catalog().devices().at(i);
        if (d.badShare > 0.3) {
            ++bad;
            const SessionTotals own = m_fleet->totals(p, i, start, m_now, m_now);
            QVERIFY(own.sessionNum > 10);
            QVERIFY2(own.notBadSessionRatio < 80, qPrintable(d.deviceId));
        }
        if (d.offlineSince != 0) {
            ++offline;
            QCOMPARE(m_fleet->totals(p, i, d.offlineSince, m_now, m_now).sessionNum, 0);
            QVERIFY(
                m_fleet->totals(p, i, d.offlineSince - 30 * Day, d.offlineSince, m_now).sessionNum >
                0);
        }
    }
    QCOMPARE(bad, 4);
    QCOMPARE(offline, 2);
    const QList<Device> devices = m_fleet->devices(p, m_now);
    QCOMPARE(std::count_if(devices.cbegin(), devices.cend(),
                           [](const Device &d) { return d.deviceStatus == u"offline"_s; }),
             3); // two vehicles and a cockpit
}

void TestSimFleet::sessionListMatchesTotals() {
    const int p = projectIndex();
    for (const QString &id : {QString(), u"rtx_nb_010"_s, u"roc_nb_11"_s}) {
        const int d = id.isEmpty() ? -1 : deviceIndex(id);
        const qint64 start = m_now - 5 * Day - 777;
        const SessionTotals totals = m_fleet->totals(p, d, start, m_now, m_now);
        const Fleet::SessionPage all = m_fleet->sessions(p, d, start, m_now, m_now, 0, 1 << 30);
        QCOMPARE(all.total, totals.sessionNum);
        QCOMPARE(all.sessions.size(), totals.sessionNum);
        const Fleet::SessionPage page = m_fleet->sessions(p, d, start, m_now, m_now, 7, 5);
        QCOMPARE(page.total, totals.sessionNum);
        QCOMPARE(page.sessions, all.sessions.mid(7, 5));
        qint64 minutes = 0;
        for (const DeviceSession &s : all.sessions) {
            QVERIFY(s.startTime >= start && s.endTime <= m_now);
            QVERIFY(id.isEmpty() || s.fieldDeviceId == id || s.remoteDeviceId == id);
            minutes += (s.endTime - s.startTime + 30) / 60;
        }
        QCOMPARE(minutes, totals.totalDuration);
    }
}

void TestSimFleet::clockGoingBack() {
    Fleet fleet(FleetConfig::standard(30), m_now);
    const int p = fleet.catalog().projectIndex(m_projectId);
    const qint64 start = m_now - 2 * Day;
    const SessionTotals later = fleet.totals(p, -1, start, m_now + 3 * 3600, m_now + 3 * 3600);
    const SessionTotals earlier = fleet.totals(p, -1, start, m_now, m_now);
    Fleet fresh(FleetConfig::standard(30), m_now);
    QCOMPARE(earlier, fresh.totals(p, -1, start, m_now, m_now));
    QVERIFY(later.sessionNum >= earlier.sessionNum);
}

QTEST_GUILESS_MAIN(TestSimFleet)
#include "tst_simfleet.moc"
