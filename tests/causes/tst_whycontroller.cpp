// WhyController against the local service on a manual clock: the baselines a question can
// have, the cost said before any request, the estimate then the full answer for the fleet,
// the whole lists at once for a device, an invalid question refused without a request, Cancel,
// and a failure that keeps the last answer.

#include "clock.h"
#include "fleet.h"
#include "servicefixture.h"
#include "whycontroller.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace trro;
using namespace trro::test;

namespace {

constexpr qint64 Hour = 3600;
const QString Lists = QStringLiteral("DescribeDeviceSessionList");

} // namespace

class TestWhyController final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void baselines_data();
    void baselines();
    void invalidQuestionsAskNothing();
    void costFirstThenEstimateThenFull();
    void costOfLongLists();
    void deviceQuestionReadsWholeLists();
    void cancelStops();
    void failureKeepsTheLastAnswer();

private:
    WhyQuestion question(qint64 hoursAgo, qint64 hours) const;
    bool waitIdle();

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ServiceFixture> m_f;
    std::unique_ptr<WhyController> m_controller;
};

void TestWhyController::initTestCase() {
    m_clock = std::make_unique<ManualClock>(workingAfternoonMs());
    m_f = std::make_unique<ServiceFixture>(standardFleet(120, 20), RequestScheduler::Options{},
                                           m_clock.get());
    QVERIFY(m_f->listening);
}

void TestWhyController::init() {
    m_f->restoreKey();
    m_controller = std::make_unique<WhyController>(m_f->api);
    m_f->service->clearRequestLog();
}

WhyQuestion TestWhyController::question(qint64 hoursAgo, qint64 hours) const {
    WhyQuestion q;
    q.projectId = m_f->projectId();
    q.spanStart = (m_f->now() / Hour - hoursAgo) * Hour;
    q.spanEnd = q.spanStart + hours * Hour;
    return q;
}

bool TestWhyController::waitIdle() {
    return m_f->waitFor([this] { return !m_controller->isRunning(); }, 60000, m_clock.get());
}

void TestWhyController::baselines_data() {
    QTest::addColumn<int>("choice");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    // The span: [100000, 103600).
    QTest::newRow("before") << int(WhyBaseline::Before) << qint64(96400) << qint64(100000);
    QTest::newRow("week earlier") << int(WhyBaseline::WeekEarlier) << qint64(100000 - 7 * 86400)
                                  << qint64(103600 - 7 * 86400);
    QTest::newRow("custom") << int(WhyBaseline::Custom) << qint64(50000) << qint64(60000);
}

void TestWhyController::baselines() {
    QFETCH(int, choice);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    WhyQuestion q;
    q.projectId = QStringLiteral("p");
    q.spanStart = 100000;
    q.spanEnd = 103600;
    q.baseline = WhyBaseline(choice);
    q.customStart = 50000;
    q.customEnd = 60000;
    QCOMPARE(q.baselineStart(), start);
    QCOMPARE(q.baselineEnd(), end);
    QVERIFY(q.isValid());
}

void TestWhyController::invalidQuestionsAskNothing() {
    QSignalSpy failed(m_controller.get(), &WhyController::failed);
    WhyQuestion q = question(30, 4);
    q.spanEnd = q.spanStart; // empty
    m_controller->ask(q);
    q = question(30, 4);
    q.dimensions.clear(); // nothing to look at
    m_controller->ask(q);
    q = question(30, 4);
    q.baseline = WhyBaseline::Custom; // no custom span
    m_controller->ask(q);
    QCOMPARE(failed.size(), 3);
    QCOMPARE(m_controller->state(), WhyController::State::Failed);
    QVERIFY(m_f->settle());
    QCOMPARE(m_f->service->requestLog().size(), 0);
}

void TestWhyController::costFirstThenEstimateThenFull() {
    qint64 listsAtCost = -1;
    WhyCost first;
    connect(m_controller.get(), &WhyController::costChanged, this, [&](const WhyCost &cost) {
        if (listsAtCost >= 0)
            return;
        listsAtCost = m_f->requests(Lists);
        first = cost;
    });
    QList<bool> answers;
    connect(m_controller.get(), &WhyController::answered, this,
            [&](bool estimate) { answers.append(estimate); });
    const WhyQuestion q = question(30, 24);
    m_controller->ask(q);
    QCOMPARE(listsAtCost, 0);
    QCOMPARE(first.estimateRequests, 2 * WhyController::EstimateSlices);
    QCOMPARE(first.listRequests, -1); // unknown until the sample's Totals
    QCOMPARE(first.otherRequests, 3); // two statistics checks and the vehicles' names
    QCOMPARE(first.detailsRequests, 0);
    QCOMPARE(m_controller->state(), WhyController::State::Estimating);
    QVERIFY(waitIdle());
    QCOMPARE(answers, (QList<bool>{true, false}));
    QCOMPARE(m_controller->state(), WhyController::State::Answered);
    QVERIFY(!m_controller->isEstimate());
    // The Totals gave the whole lists' pages before they were asked: those pages came (a
    // day of this fleet fits the slices' first pages: the estimate read the lists whole).
    const WhyCost &cost = m_controller->cost();
    QCOMPARE(m_f->requests(Lists), 2 * WhyController::EstimateSlices + cost.listRequests);
    QCOMPARE(cost.listRequests, 0);
    QCOMPARE(m_controller->answeredQuestion().spanStart, q.spanStart);
    QVERIFY(m_controller->report().sessions > 0);
    QCOMPARE(qint64(m_controller->input().span.size()), m_controller->report().sessions);
}

void TestWhyController::costOfLongLists() {
    // A week against the week before: slices of over a page, the whole lists asked after.
    m_controller->ask(question(8 * 24, 7 * 24));
    QVERIFY(waitIdle());
    const WhyCost &cost = m_controller->cost();
    QVERIFY(cost.listRequests > 2);
    QCOMPARE(m_f->requests(Lists), 2 * WhyController::EstimateSlices + cost.listRequests);
}

void TestWhyController::deviceQuestionReadsWholeLists() {
    WhyQuestion q = question(30, 24);
    const sim::FleetCatalog &catalog = m_f->service->fleet().catalog();
    const int index = catalog.projects().at(m_f->projectIndex()).fieldDevices.constFirst();
    const QString vehicle = catalog.devices().at(index).deviceId;
    q.deviceId = vehicle;
    QList<bool> answers;
    connect(m_controller.get(), &WhyController::answered, this,
            [&](bool estimate) { answers.append(estimate); });
    m_controller->ask(q);
    QCOMPARE(m_controller->cost().estimateRequests, 0);
    QCOMPARE(m_controller->state(), WhyController::State::Answering);
    QVERIFY(waitIdle());
    QCOMPARE(answers, QList<bool>{false}); // no estimate: the device's lists are short
    QCOMPARE(m_f->requests(Lists), 2);
    for (const DeviceSession &s : m_controller->input().span)
        QVERIFY(s.fieldDeviceId == vehicle || s.remoteDeviceId == vehicle);
}

void TestWhyController::cancelStops() {
    m_controller->ask(question(50, 24));
    QVERIFY(m_controller->isRunning());
    m_controller->cancel();
    QVERIFY(!m_controller->isRunning());
    QCOMPARE(m_controller->state(), WhyController::State::Idle);
    QSignalSpy answered(m_controller.get(), &WhyController::answered);
    QVERIFY(m_f->runFor(*m_clock, 30 * Second));
    QCOMPARE(answered.size(), 0);
}

void TestWhyController::failureKeepsTheLastAnswer() {
    m_controller->ask(question(30, 4));
    QVERIFY(waitIdle());
    const qint64 sessions = m_controller->report().sessions;
    QVERIFY(sessions > 0);
    m_f->revokeKey();
    QSignalSpy failed(m_controller.get(), &WhyController::failed);
    m_controller->ask(question(60, 4));
    QVERIFY(waitIdle());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_controller->state(), WhyController::State::Failed);
    QVERIFY(!m_controller->error().code.isEmpty());
    QVERIFY(m_controller->hasAnswer());
    QCOMPARE(m_controller->report().sessions, sessions);
    QCOMPARE(m_controller->answeredQuestion().spanStart, question(30, 4).spanStart);
}

QTEST_GUILESS_MAIN(TestWhyController)
#include "tst_whycontroller.moc"
