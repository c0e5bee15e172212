// The cause finder end to end against the local service, over real HTTP on a manual clock: with
// a known cause injected (a vehicle, a cockpit, a resolution made bad over a span, or two at
// once) the injected value comes first; on clean spans of an undegraded fleet nothing is
// significant beyond the documented bound; details are read only for details dimensions and
// within their budget; a second question about settled spans costs no request.

#include "causefetcher.h"
#include "clock.h"
#include "fleet.h"
#include "servicefixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>

using namespace trro;
using namespace trro::test;

namespace {

constexpr qint64 Hour = 3600;
const QString Details = QStringLiteral("DescribeDeviceSessionDetails");
const QString Lists = QStringLiteral("DescribeDeviceSessionList");

// On 20 clean spans at most this many values in all may come out significant at 0.01 (the
// Benjamini-Hochberg level over some 300 values a span).
constexpr int CleanSpanBound = 1;

// 13:00 China time, days before the clock's afternoon.
qint64 afternoon(qint64 nowSec, int daysAgo) {
    const QDateTime now = QDateTime::fromSecsSinceEpoch(nowSec, QTimeZone(8 * 3600));
    return QDateTime(now.date().addDays(-daysAgo), QTime(13, 0), QTimeZone(8 * 3600))
        .toSecsSinceEpoch();
}

sim::Degradation degradation(sim::Degradation::Kind kind, const QString &value, qint64 from,
                             qint64 to) {
    return {.kind = kind, .value = value, .from = from, .to = to};
}

} // namespace

class TestCauseFetcher final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void injectedValueComesFirst_data();
    void injectedValueComesFirst();
    void twoCausesAreBothFound();
    void cleanSpansStayQuiet();
    void detailsOnlyWhenAskedAndBounded();
    void settledSpansAreAskedOnce();
    void sampleEstimatesTheWholeLists();
    void deviceQuestionReadsThatDevice();
    void cancelWhileFindingDeliversNothing();

private:
    CauseReport find(const CauseQuery &query, const CauseOptions &options = {});
    CauseQuery query(qint64 from, qint64 to) const;
    void degrade(const QList<sim::Degradation> &degradations, quint64 seed = 20220325);
    // The vehicle of the demo project with the most sessions in [from, to).
    QString busiestVehicle(qint64 from, qint64 to);

    std::unique_ptr<AfternoonServiceFixture> m_f;
    std::unique_ptr<CauseFetcher> m_fetcher;
};

void TestCauseFetcher::initTestCase() {
    m_f = std::make_unique<AfternoonServiceFixture>(standardFleet(300, 30));
    QVERIFY(m_f->listening);
    m_fetcher = std::make_unique<CauseFetcher>(m_f->api);
}

void TestCauseFetcher::degrade(const QList<sim::Degradation> &degradations, quint64 seed) {
    sim::ServiceOptions options = m_f->service->options();
    options.fleet.degradations = degradations;
    options.fleet.seed = seed;
    m_f->service->setOptions(options);
    // The fetcher keeps the lists of settled spans: a new one sees the new fleet.
    m_fetcher = std::make_unique<CauseFetcher>(m_f->api);
}

CauseQuery TestCauseFetcher::query(qint64 from, qint64 to) const {
    CauseQuery q;
    q.projectId = m_f->projectId();
    q.spanStart = from;
    q.spanEnd = to;
    q.baselineStart = from - (to - from);
    q.baselineEnd = from;
    return q;
}

CauseReport TestCauseFetcher::find(const CauseQuery &q, const CauseOptions &options) {
    CauseReport report;
    bool done = false;
    QObject context;
    connect(m_fetcher.get(), &CauseFetcher::finished, &context, [&](const CauseReport &r) {
        report = r;
        done = true;
    });
    connect(m_fetcher.get(), &CauseFetcher::failed, &context, [&](const ApiError &error) {
        qWarning("%s", qPrintable(error.userMessage()));
        done = true;
    });
    m_fetcher->start(q, options);
    if (!m_f->waitFor([&] { return done; }, 120000, &m_f->clock))
        qWarning("the cause finder did not finish");
    return report;
}

QString TestCauseFetcher::busiestVehicle(qint64 from, qint64 to) {
    sim::Fleet &fleet = m_f->service->fleet();
    const int project = m_f->projectIndex();
    QString best;
    qint64 most = -1;
    for (const int index : fleet.catalog().projects().at(project).fieldDevices) {
        const qint64 n = fleet.sessions(project, index, from, to, m_f->now(), 0, 0).total;
        if (n > most) {
            most = n;
            best = fleet.catalog().devices().at(index).deviceId;
        }
    }
    return best;
}

void TestCauseFetcher::injectedValueComesFirst_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value"); // empty: the busiest vehicle of the span
    QTest::addColumn<int>("hours");
    QTest::addColumn<int>("baselineHours");
    // A vehicle has a few sessions a day: a day's span against the week before, so that its
    // baseline holds enough sessions for the test to tell.
    QTest::newRow("field") << int(sim::Degradation::Kind::Field) << QString() << 24 << 7 * 24;
    QTest::newRow("remote") << int(sim::Degradation::Kind::Remote) << QStringLiteral("roc_nb_04")
                            << 4 << 4;
    QTest::newRow("resolution") << int(sim::Degradation::Kind::Resolution)
                                << QStringLiteral("2560*1440") << 4 << 4;
}

void TestCauseFetcher::injectedValueComesFirst() {
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(int, hours);
    QFETCH(int, baselineHours);
    const qint64 from = afternoon(m_f->now(), 1);
    const qint64 to = from + hours * Hour;
    degrade({});
    if (value.isEmpty())
        value = busiestVehicle(from, to);
    degrade({degradation(sim::Degradation::Kind(kind), value, from, to)});
    CauseQuery q = query(from, to);
    q.baselineStart = from - baselineHours * Hour;
    const CauseReport report = find(q);
    QVERIFY(!report.rows.isEmpty());
    const CauseRow &top = report.rows.first();
    const CauseDimension dimension =
        kind == int(sim::Degradation::Kind::Field)    ? CauseDimension::Field
        : kind == int(sim::Degradation::Kind::Remote) ? CauseDimension::Remote
                                                      : CauseDimension::Resolution;
    QVERIFY2(top.dimension == dimension && top.value == value,
             qPrintable(causeDimensionName(top.dimension) + QLatin1Char(' ') + top.value));
    QVERIFY(top.significant);
    QCOMPARE(top.badSessions, top.sessions); // every session of it was bad
    QVERIFY(top.contributionPoints > 0);
    QVERIFY(report.ratio < report.baselineRatio);
}

void TestCauseFetcher::twoCausesAreBothFound() {
    const qint64 from = afternoon(m_f->now(), 2);
    const qint64 to = from + 4 * Hour;
    degrade(
        {degradation(sim::Degradation::Kind::Remote, QStringLiteral("roc_nb_02"), from, to),
         degradation(sim::Degradation::Kind::Resolution, QStringLiteral("1920*1536"), from, to)});
    const CauseReport report = find(query(from, to));
    QVERIFY(report.rows.size() >= 3);
    bool cockpit = false, resolution = false;
    for (qsizetype i = 0; i < 3; ++i) {
        const CauseRow &row = report.rows.at(i);
        cockpit |= row.dimension == CauseDimension::Remote &&
                   row.value == QLatin1String("roc_nb_02") && row.significant;
        resolution |= row.dimension == CauseDimension::Resolution &&
                      row.value == QLatin1String("1920*1536") && row.significant;
    }
    QVERIFY(cockpit);
    QVERIFY(resolution);
}

void TestCauseFetcher::cleanSpansStayQuiet() {
    int spans = 0;
    int significant = 0;
    QStringList found;
    for (quint64 seed = 1; seed <= 60 && spans < 20; ++seed) {
        degrade({}, seed);
        const int daysAgo = 1 + int(seed % 7);
        const qint64 from = afternoon(m_f->now(), daysAgo) + qint64(seed % 3) * Hour;
        const qint64 to = from + 4 * Hour;
        // A site-wide incident (the fleet's own, a few hours where most sessions go bad) is a
        // real change, not a clean span: such spans are skipped.
        bool incident = false;
        for (qint64 h = (from - 4 * Hour) / Hour; h < to / Hour; ++h)
            incident |= m_f->service->fleet().model().context(m_f->projectIndex(), h).badFactor > 1;
        if (incident)
            continue;
        ++spans;
        const CauseReport report = find(query(from, to));
        QVERIFY(report.sessions > 100);
        for (const CauseRow &row : report.rows) {
            if (row.significant) {
                ++significant;
                found << QStringLiteral("seed %1: %2 %3 p %4")
                             .arg(seed)
                             .arg(causeDimensionName(row.dimension), row.value)
                             .arg(row.adjustedPValue);
            }
        }
    }
    QCOMPARE(spans, 20);
    qInfo("%d significant value(s) on %d clean spans", significant, spans);
    QVERIFY2(significant <= CleanSpanBound, qPrintable(found.join(QLatin1String("; "))));
    degrade({});
}

void TestCauseFetcher::detailsOnlyWhenAskedAndBounded() {
    const qint64 from = afternoon(m_f->now(), 3);
    const qint64 to = from + 4 * Hour;
    degrade({degradation(sim::Degradation::Kind::Remote, QStringLiteral("roc_nb_03"), from, to)});
    m_f->service->clearRequestLog();
    find(query(from, to));
    QCOMPARE(m_f->requests(Details), 0);

    CauseOptions options;
    options.dimensions = {CauseDimension::Remote, CauseDimension::Network, CauseDimension::Stage,
                          CauseDimension::Sdk};
    CauseQuery q = query(from, to);
    q.maxDetails = 40;
    QSignalSpy planned(m_fetcher.get(), &CauseFetcher::detailsPlanned);
    const CauseReport report = find(q, options);
    QCOMPARE(planned.size(), 1);
    QCOMPARE(planned.first().first().toInt(), 40);
    QCOMPARE(m_f->requests(Details), 40);
    bool stage = false;
    for (const CauseRow &row : report.rows) {
        if (row.dimension == CauseDimension::Stage) {
            stage = true;
            QVERIFY(row.estimated);
        }
    }
    QVERIFY(stage);
    // The same sessions again: their attributes are kept.
    find(q, options);
    QCOMPARE(m_f->requests(Details), 40);
    degrade({});
}

void TestCauseFetcher::settledSpansAreAskedOnce() {
    degrade({});
    const qint64 from = afternoon(m_f->now(), 4);
    const CauseQuery q = query(from, from + 4 * Hour);
    find(q);
    m_f->service->clearRequestLog();
    const CauseReport again = find(q);
    QVERIFY(again.sessions > 0);
    QCOMPARE(m_f->requests(Lists), 0);
    // The statistics check is asked each time (its answers are small and not kept here).
    QCOMPARE(m_f->requests(QStringLiteral("DescribeSessionStatistics")), 2);
}

void TestCauseFetcher::sampleEstimatesTheWholeLists() {
    // A whole day against the day before, each read as two slices' first pages: 2 requests a
    // list where the whole lists take a page per 100 sessions. Settled spans, so that the whole
    // lists are kept.
    const qint64 from = afternoon(m_f->now(), 2);
    const qint64 to = from + 24 * Hour;
    degrade({degradation(sim::Degradation::Kind::Remote, QStringLiteral("roc_nb_04"), from,
                         from + 4 * Hour)});
    const CauseQuery whole = query(from, to);
    CauseQuery quick = whole;
    quick.sampleSlices = 2;
    quick.checkTotals = false;
    m_f->service->clearRequestLog();
    QSignalSpy sampled(m_fetcher.get(), &CauseFetcher::sampled);
    const CauseReport estimate = find(quick);
    QCOMPARE(m_f->requests(Lists), 4);
    QCOMPARE(sampled.size(), 1);
    const qint64 spanSample = sampled.first().at(0).toLongLong();
    const qint64 spanTotal = sampled.first().at(1).toLongLong();
    QVERIFY2(spanSample < spanTotal && spanSample >= 100, qPrintable(QString::number(spanSample)));

    m_f->service->clearRequestLog();
    const CauseReport exact = find(whole);
    QVERIFY(m_f->requests(Lists) > 4);
    // The Totals are the whole lists' sizes; the counts, scaled, are within a session a slice.
    QCOMPARE(spanTotal, exact.sessions);
    QVERIFY(qAbs(estimate.sessions - exact.sessions) <= 2);
    QVERIFY(qAbs(estimate.baselineSessions - exact.baselineSessions) <= 2);
    QVERIFY(!estimate.rows.isEmpty());
    for (const CauseRow &row : estimate.rows)
        QVERIFY(row.estimated);
    for (const CauseRow &row : exact.rows)
        QVERIFY(!row.estimated);
    // The degraded cockpit leads the estimate too.
    QCOMPARE(estimate.rows.first().value, QStringLiteral("roc_nb_04"));
    QCOMPARE(exact.rows.first().value, QStringLiteral("roc_nb_04"));

    // Once the whole lists are in memory, the quick question is answered from them.
    m_f->service->clearRequestLog();
    sampled.clear();
    const CauseReport again = find(quick);
    QCOMPARE(m_f->requests(Lists), 0);
    QCOMPARE(sampled.first().at(0).toLongLong(), sampled.first().at(1).toLongLong());
    QCOMPARE(again.sessions, exact.sessions);
    degrade({});
}

void TestCauseFetcher::deviceQuestionReadsThatDevice() {
    // A device chart's question: the device's own lists, whole even when a sample is asked.
    degrade({});
    const qint64 from = afternoon(m_f->now(), 3);
    const qint64 to = from + 24 * Hour;
    const QString vehicle = busiestVehicle(from, to);
    CauseQuery q = query(from, to);
    q.deviceId = vehicle;
    q.sampleSlices = 14;
    m_f->service->clearRequestLog();
    QSignalSpy sampled(m_fetcher.get(), &CauseFetcher::sampled);
    const CauseReport report = find(q);
    const qint64 expected =
        m_f->service->fleet()
            .sessions(m_f->projectIndex(), m_f->deviceIndex(vehicle), from, to, m_f->now(), 0, 0)
            .total;
    QVERIFY(expected > 0);
    QCOMPARE(report.sessions, expected);
    QCOMPARE(sampled.size(), 1);
    QCOMPARE(sampled.first().at(0).toLongLong(), sampled.first().at(1).toLongLong());
    // One page each: no slices were asked.
    QCOMPARE(m_f->requests(Lists), 2);
    for (const DeviceSession &s : m_fetcher->input().span)
        QVERIFY(s.fieldDeviceId == vehicle || s.remoteDeviceId == vehicle);
    for (const CauseRow &row : report.rows) {
        if (row.dimension == CauseDimension::Field)
            QCOMPARE(row.value, vehicle);
    }
}

void TestCauseFetcher::cancelWhileFindingDeliversNothing() {
    // Settled lists in memory: the second start has every list at once and hands the finder
    // to the pool before it returns; cancelled then, it reports nothing, and the next run does.
    degrade({});
    const qint64 from = afternoon(m_f->now(), 5);
    CauseQuery q = query(from, from + 4 * Hour);
    q.checkTotals = false;
    find(q);
    QSignalSpy finished(m_fetcher.get(), &CauseFetcher::finished);
    m_fetcher->start(q, {});
    QVERIFY(m_fetcher->isRunning());
    QCOMPARE(m_f->scheduler->inFlightCount(), 0); // nothing asked: the finder runs
    m_fetcher->cancel();
    QVERIFY(!m_fetcher->isRunning());
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 0);
    QVERIFY(find(q).sessions > 0);
}

QTEST_GUILESS_MAIN(TestCauseFetcher)
#include "tst_causefetcher.moc"
