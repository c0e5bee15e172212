// The Why panel in the window, against the local service with cockpit roc_nb_04 degraded over
// one day of the closed week: a span selected with the mouse (Ctrl+drag, or the right button on
// an interval) and "Why?" give a table whose first row is that cockpit, significant; the cost is
// shown before any list is asked; a row click draws the fleet without it on the charts with the
// report's own figures per bucket and lists its sessions, and a double-click opens one; a new
// question cancels the old one; a failing service keeps the last answer and shows the error.

#include "causemodel.h"
#include "charts/linkedchartsview.h"
#include "charts/timerangecontroller.h"
#include "fleet/dashboardpages.h"
#include "fleet/fleetview.h"
#include "fleetcontroller.h"
#include "mainwindow.h"
#include "panels/deviceview.h"
#include "panels/sessionview.h"
#include "servicehost.h"
#include "sessionlistmodel.h"
#include "why/whyanswerview.h"
#include "why/whypanel.h"
#include "why/whytools.h"
#include "widgets/errorbanner.h"
#include "windowfixture.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <cmath>

using namespace trro;
using namespace trro::test;

namespace {

const QString Cockpit = QStringLiteral("roc_nb_04");
const QString Lists = QStringLiteral("DescribeDeviceSessionList");
constexpr int Timeout = 60000;

} // namespace

class TestWhyPanel final : public WindowTestCase {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void ctrlDragAndWhyFindTheCockpit();
    void rowClickDrawsTheFleetWithoutIt();
    void newQuestionCancelsTheOld();
    void failureKeepsTheLastAnswer();
    void deviceChartAsksAboutTheDevice();
    void viewMenuAsksAboutTheSelectionOrTheRange();
    void baselineChoiceAsksAgain();

private:
    // The window on a fleet of 300 vehicles, roc_nb_04 bad over the fifth day of the week;
    // nullptr when the fleet did not load.
    std::unique_ptr<MainWindow> openWindow();
    QPoint pointAt(qint64 time) const; // on the sessions chart's viewport
    QWidget *chartViewport() const;
    void whyAt(qint64 time);              // the right button's menu on the sessions chart
    bool waitForAnswer(bool full = true); // the controller's answer
    qint64 bucketStart(int index) const;
    qint64 bucketEnd(int index) const;

    MainWindow *m_window = nullptr;
    LinkedChartsView *m_charts = nullptr;
};

void TestWhyPanel::init() {
    WindowTestCase::init();
    sim::ServiceOptions options = standardFleet(300, 30);
    m_fx.service()->service->setOptions(options);
}

std::unique_ptr<MainWindow> TestWhyPanel::openWindow() {
    auto window = m_fx.makeWindow();
    m_window = window.get();
    m_charts = window->pages()->fleetView()->charts();
    const bool ready = QTest::qWaitForWindowExposed(window.get()) &&
                       QTest::qWaitFor(
                           [&] {
                               return window->fleet()->data().isLoaded() &&
                                      !window->fleet()->isLoading() && m_charts->isVisible() &&
                                      m_charts->data().series.size() == 1;
                           },
                           20000);
    if (!ready)
        return nullptr;
    // The degradation over the day bucket the tests ask about (the charts' zone decides it).
    sim::ServiceOptions options = m_fx.service()->service->options();
    sim::Degradation d;
    d.kind = sim::Degradation::Kind::Remote;
    d.value = Cockpit;
    d.from = bucketStart(4);
    d.to = bucketEnd(4);
    options.fleet.degradations = {d};
    m_fx.service()->service->setOptions(options);
    return window;
}

qint64 TestWhyPanel::bucketStart(int index) const {
    return m_charts->data().series.constFirst().buckets.value(index).startTime;
}

qint64 TestWhyPanel::bucketEnd(int index) const {
    return m_charts->data().series.constFirst().buckets.value(index).endTime;
}

QWidget *TestWhyPanel::chartViewport() const {
    return static_cast<QAbstractScrollArea *>(m_charts->chartWidget(0))->viewport();
}

QPoint TestWhyPanel::pointAt(qint64 time) const {
    const QRectF plot = m_charts->plotArea(0);
    const auto probe = m_charts->probe(0);
    const double x =
        plot.left() + double(time - probe.from) / double(probe.to - probe.from) * plot.width();
    return chartViewport()->mapFrom(m_charts, QPointF(x, plot.center().y()).toPoint());
}

void TestWhyPanel::whyAt(qint64 time) {
    QTest::mouseClick(chartViewport(), Qt::RightButton, Qt::NoModifier, pointAt(time));
    QMenu *menu = m_charts->contextMenu();
    QVERIFY(menu);
    auto *why = menu->findChild<QAction *>(QStringLiteral("whyAction"));
    QVERIFY(why && why->isEnabled());
    why->trigger();
    menu->hide();
}

bool TestWhyPanel::waitForAnswer(bool full) {
    WhyController *c = m_window->why()->controller();
    QSignalSpy answered(c, &WhyController::answered);
    QSignalSpy failed(c, &WhyController::failed);
    while (c->isRunning() ||
           (full && c->isEstimate() && c->state() != WhyController::State::Failed)) {
        if (!answered.wait(Timeout) && failed.isEmpty())
            return false;
        if (!failed.isEmpty())
            return false;
    }
    return c->hasAnswer();
}

void TestWhyPanel::ctrlDragAndWhyFindTheCockpit() {
    auto window = openWindow();
    QVERIFY(window);
    WhyController *controller = window->why()->controller();
    WhyPanel *panel = window->why()->panel();
    // The cost is on screen before a single list request reaches the service.
    m_fx.service()->service->clearRequestLog();
    qint64 listsAtCost = -1;
    QString costAtCost;
    connect(controller, &WhyController::costChanged, this, [&] {
        if (listsAtCost < 0) {
            listsAtCost = m_fx.service()->requests(Lists);
            costAtCost = panel->costText();
        }
    });
    // Ctrl+drag over most of the degraded day, then the menu of the band.
    const qint64 from = bucketStart(4) + 3600;
    const qint64 to = bucketEnd(4) - 3600;
    QWidget *viewport = chartViewport();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::ControlModifier, pointAt(from));
    QTest::mouseMove(viewport, pointAt((from + to) / 2));
    QTest::mouseMove(viewport, pointAt(to));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ControlModifier, pointAt(to));
    QVERIFY(m_charts->hasSelection());
    QVERIFY2(qAbs(m_charts->selectionStart() - from) < 2 * 3600,
             qPrintable(QStringLiteral("%1 %2 %3")
                            .arg(m_charts->selectionStart())
                            .arg(from)
                            .arg(m_charts->selectionEnd())));
    whyAt((from + to) / 2); // on the band: the selection is the question
    QCOMPARE(controller->question().spanStart, m_charts->selectionStart());
    QCOMPARE(listsAtCost, 0);
    QVERIFY2(costAtCost.contains(QStringLiteral("28 request")) &&
                 costAtCost.contains(QStringLiteral("estimate")),
             qPrintable(costAtCost));
    QVERIFY(window->why()->dock()->isVisible());

    QVERIFY(waitForAnswer());
    QVERIFY(m_fx.service()->requests(Lists) > 28); // the estimate's slices, then every page
    const CauseModel *model = panel->answer()->model();
    QVERIFY(model->rowCount() > 0);
    const CauseRow *top = model->row(0);
    QCOMPARE(top->dimension, CauseDimension::Remote);
    QCOMPARE(top->value, Cockpit);
    QVERIFY(top->significant);
    QVERIFY(!controller->isEstimate());
    // The table shows it first, and the sentences name it.
    const QModelIndex first = panel->answer()->table()->model()->index(0, CauseModel::ValueColumn);
    QVERIFY(first.data().toString().contains(Cockpit));
    QVERIFY(panel->answer()->sentencesText().contains(Cockpit));
    QVERIFY(panel->statusText().startsWith(QStringLiteral("Full answer")));
}

void TestWhyPanel::rowClickDrawsTheFleetWithoutIt() {
    auto window = openWindow();
    QVERIFY(window);
    whyAt((bucketStart(4) + bucketEnd(4)) / 2); // no selection: the day under the cursor
    WhyController *controller = window->why()->controller();
    QCOMPARE(controller->question().spanStart, bucketStart(4));
    QCOMPARE(controller->question().spanEnd, bucketEnd(4));
    QCOMPARE(controller->question().baselineStart(), bucketStart(3));
    QVERIFY(waitForAnswer());
    WhyAnswerView *answer = window->why()->panel()->answer();
    QTableView *table = answer->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier,
                      table->visualRect(table->model()->index(0, 1)).center());
    const CauseReport &report = controller->report();
    const CauseRow &row = report.rows.first();
    QCOMPARE(row.value, Cockpit);

    // The extra trace on the sessions and the ratio charts: the report's own figures.
    const auto valueAt = [](const LinkedCharts::ChartProbe &probe, qint64 time) {
        const int trace = int(probe.traceLabels.indexOf(
            probe.traceLabels.filter(QStringLiteral("Without")).value(0)));
        if (trace < 0)
            return qQNaN();
        double value = qQNaN();
        for (const QPointF &p : probe.traces.at(trace)) {
            if (p.x() <= double(time))
                value = p.y();
        }
        return value;
    };
    const qint64 mid = (bucketStart(4) + bucketEnd(4)) / 2;
    const qint64 before = (bucketStart(3) + bucketEnd(3)) / 2;
    const auto sessions = m_charts->probe(0);
    QCOMPARE(valueAt(sessions, mid), double(report.sessions - row.sessions));
    QCOMPARE(valueAt(sessions, before), double(report.baselineSessions - row.baselineSessions));
    int ratioChart = -1;
    for (int i = 0; i < m_charts->chartCount(); ++i) {
        if (m_charts->chartMetric(i) == LinkedChartsView::Metric::NotBadRatio)
            ratioChart = i;
    }
    QCOMPARE(valueAt(m_charts->probe(ratioChart), mid), double(std::lround(row.ratioWithout)));
    // The crosshair's tooltip names it, with its sessions there.
    m_charts->setCrosshair(mid);
    const QString tip = m_charts->tooltipText();
    QVERIFY2(tip.contains(QStringLiteral("Without")) &&
                 tip.contains(QLocale().toString(report.sessions - row.sessions)),
             qPrintable(tip));
    m_charts->clearCrosshair();
    // Outside the spans the finder read, no value.
    QVERIFY(std::isnan(valueAt(sessions, (bucketStart(1) + bucketEnd(1)) / 2)));

    // Its sessions under the table; a double-click opens one in the session view.
    SessionListModel *list = answer->sessionModel();
    QCOMPARE(list->rowCount(), row.sessions);
    for (const DeviceSession &s : list->sessions())
        QCOMPARE(s.remoteDeviceId, Cockpit);
    QTableView *sessionTable = answer->sessionTable();
    const QPoint cell = sessionTable->visualRect(sessionTable->model()->index(0, 0)).center();
    const QString id =
        sessionTable->model()->index(0, 0).data(SessionListModel::SessionIdRole).toString();
    QTest::mouseClick(sessionTable->viewport(), Qt::LeftButton, Qt::NoModifier, cell);
    QTest::mouseDClick(sessionTable->viewport(), Qt::LeftButton, Qt::NoModifier, cell);
    QCOMPARE(window->pages()->currentPage(), DashboardPages::Page::Session);
    QCOMPARE(window->pages()->sessionView()->session().sessionId, id);
}

void TestWhyPanel::newQuestionCancelsTheOld() {
    auto window = openWindow();
    QVERIFY(window);
    WhyController *controller = window->why()->controller();
    QList<qint64> answeredSpans;
    connect(controller, &WhyController::answered, this,
            [&] { answeredSpans.append(controller->answeredQuestion().spanStart); });
    whyAt((bucketStart(2) + bucketEnd(2)) / 2);
    QVERIFY(controller->isRunning());
    whyAt((bucketStart(4) + bucketEnd(4)) / 2); // before the first is answered
    QCOMPARE(controller->question().spanStart, bucketStart(4));
    QVERIFY(waitForAnswer());
    QVERIFY(!answeredSpans.isEmpty());
    for (const qint64 start : std::as_const(answeredSpans))
        QCOMPARE(start, bucketStart(4));
    QCOMPARE(controller->report().rows.first().value, Cockpit);
}

void TestWhyPanel::failureKeepsTheLastAnswer() {
    auto window = openWindow();
    QVERIFY(window);
    WhyController *controller = window->why()->controller();
    whyAt((bucketStart(4) + bucketEnd(4)) / 2);
    QVERIFY(waitForAnswer());
    const CauseModel *model = window->why()->panel()->answer()->model();
    const int rows = model->rowCount();
    m_fx.service()->revokeKey();
    QSignalSpy failed(controller, &WhyController::failed);
    whyAt((bucketStart(2) + bucketEnd(2)) / 2);
    QVERIFY(failed.wait(Timeout));
    QCOMPARE(controller->state(), WhyController::State::Failed);
    const QString status = window->why()->panel()->statusText();
    QVERIFY2(status.startsWith(QStringLiteral("Failed:")), qPrintable(status));
    QVERIFY(status.contains(QStringLiteral("last good one")));
    // The last answer stays, and the window's banner shows the error as for any request.
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(model->row(0)->value, Cockpit);
    QTRY_VERIFY(window->errorBanner()->isVisible());
}

void TestWhyPanel::deviceChartAsksAboutTheDevice() {
    auto window = openWindow();
    QVERIFY(window);
    const qint64 dayStart = bucketStart(4);
    const qint64 dayEnd = bucketEnd(4);
    window->pages()->openDevice(Cockpit);
    DeviceView *device = window->pages()->deviceView();
    m_charts = device->charts();
    QVERIFY(QTest::qWaitFor(
        [&] { return !device->isLoading() && !m_charts->data().series.isEmpty(); }, 20000));
    QVERIFY(QTest::qWaitForWindowExposed(m_charts));
    whyAt((dayStart + dayEnd) / 2);
    WhyController *controller = window->why()->controller();
    QCOMPARE(controller->question().deviceId, Cockpit);
    QCOMPARE(controller->question().spanStart, dayStart);
    QVERIFY(waitForAnswer());
    // The cockpit's own sessions only, every one of the day; its vehicles are the values.
    const CauseReport &report = controller->report();
    QVERIFY(report.sessions > 0);
    for (const DeviceSession &s : controller->input().span)
        QCOMPARE(s.remoteDeviceId, Cockpit);
    QCOMPARE(report.badSessions, report.sessions); // the day it was degraded
    for (const CauseRow &row : report.rows) {
        if (row.dimension == CauseDimension::Remote)
            QCOMPARE(row.value, Cockpit);
    }
    QVERIFY(window->why()->panel()->answer()->overviewText().contains(
        QLocale().toString(report.sessions)));
}

void TestWhyPanel::viewMenuAsksAboutTheSelectionOrTheRange() {
    auto window = openWindow();
    QVERIFY(window);
    QAction *action = window->why()->action();
    bool inViewMenu = false;
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            inViewMenu = menu->text().remove(QLatin1Char('&')) == QStringLiteral("View");
    }
    QVERIFY(inViewMenu);
    WhyController *controller = window->why()->controller();
    action->trigger(); // no selection: the range in view
    QCOMPARE(controller->question().spanStart, m_charts->timeRange()->visibleFrom());
    QCOMPARE(controller->question().spanEnd, m_charts->timeRange()->visibleTo());
    QVERIFY(controller->question().deviceId.isEmpty());
    m_charts->setSelection(bucketStart(2), bucketEnd(3));
    action->trigger();
    QCOMPARE(controller->question().spanStart, bucketStart(2));
    QCOMPARE(controller->question().spanEnd, bucketEnd(3));
    QVERIFY(waitForAnswer());
}

void TestWhyPanel::baselineChoiceAsksAgain() {
    auto window = openWindow();
    QVERIFY(window);
    whyAt((bucketStart(4) + bucketEnd(4)) / 2);
    WhyController *controller = window->why()->controller();
    QComboBox *baseline = window->why()->panel()->baselineChoice();
    // The keyboard, as a user would: a week earlier, then a span of one's own.
    baseline->setFocus();
    QTest::keyClick(baseline, Qt::Key_Down);
    QCOMPARE(controller->question().baseline, WhyBaseline::WeekEarlier);
    QCOMPARE(controller->question().baselineStart(), bucketStart(4) - 7 * 86400);
    QCOMPARE(controller->question().spanStart, bucketStart(4)); // the same span
    QTest::keyClick(baseline, Qt::Key_Down);
    QCOMPARE(controller->question().baseline, WhyBaseline::Custom);
    // The custom span starts as the one shown; unticking a dimension asks again with it.
    QCOMPARE(controller->question().customStart, bucketStart(4) - 7 * 86400);
    window->why()->panel()->dimensionBox(CauseDimension::Hour)->click();
    QVERIFY(!controller->question().dimensions.contains(CauseDimension::Hour));
    QCOMPARE(controller->question().baseline, WhyBaseline::Custom);
    QVERIFY(waitForAnswer());
    for (const CauseRow &row : controller->report().rows)
        QVERIFY(row.dimension != CauseDimension::Hour);
}

QTEST_MAIN(TestWhyPanel)
#include "tst_whypanel.moc"
