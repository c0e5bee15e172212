// The session view against the local service: the samples of DescribeDeviceSessionDetails in
// linked charts on the session's own time axis, the diagnosis' findings moving the range.

#include "charts/sessionchartsview.h"
#include "charts/timechart.h"
#include "charts/timerangecontroller.h"
#include "panelfixture.h"
#include "panels/sessionview.h"
#include "sessionfindingsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QListView>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace trro;

namespace {

// A session of the given quality from the last week of the fleet.
DeviceSession findSession(test::PanelFixture &fixture, const QString &quality) {
    const qint64 to = fixture.now();
    const qint64 from = to - 7 * 86400;
    const QList<Device> devices =
        fixture.service->fleet().devices(fixture.projectIndex(), fixture.now());
    for (const Device &device : devices) {
        if (device.deviceType != DeviceType::Field)
            continue;
        const auto page = fixture.service->fleet().sessions(fixture.projectIndex(),
                                                            fixture.deviceIndex(device.deviceId),
                                                            from, to, fixture.now(), 0, 1000);
        for (const DeviceSession &session : page.sessions) {
            if (session.quality == quality && session.endTime - session.startTime >= 600)
                return session;
        }
    }
    return {};
}

// Opens session in view at size, shown, and waits until it is loaded.
bool showLoaded(SessionView &view, const DeviceSession &session, QSize size) {
    view.resize(size);
    view.show();
    view.open(session, QTimeZone::utc());
    return test::waitLoaded(view);
}

// The panel fixture, one of its fleet's sessions of a quality and a SessionView on its API.
struct ViewedSession {
    explicit ViewedSession(const QString &quality)
        : session(findSession(fixture, quality)) {}

    // Shows the view at size, opens the session and waits until it is loaded.
    bool showLoaded(QSize size) { return ::showLoaded(view, session, size); }
    // Opens the session in the view, not shown, and waits until it is loaded.
    bool load() {
        view.open(session, QTimeZone::utc());
        return test::waitLoaded(view);
    }

    test::PanelFixture fixture;
    const DeviceSession session;
    SessionView view{fixture.api};
};

int laneIndex(const SessionChartsView *charts, SessionChartsView::Lane lane) {
    for (int i = 0; i < charts->chartCount(); ++i) {
        if (charts->chartLane(i) == lane)
            return i;
    }
    return -1;
}

} // namespace

class TestSessionView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void chartsGetTheSessionsSeries();
    void crosshairIsShared();
    void findingMovesTheRange();
    void zoomedLaneDrawsTheSamples();
    void laneOutOfViewCatchesUp();
    void stuttersAreStalls();
    void malformedArraysAreSaid();
    void csvHoldsEverySample();
};

void TestSessionView::chartsGetTheSessionsSeries() {
    ViewedSession viewed(QStringLiteral("bad"));
    QVERIFY(viewed.fixture.listening);
    const DeviceSession &session = viewed.session;
    QVERIFY(!session.sessionId.isEmpty());
    SessionView &view = viewed.view;
    view.resize(1400, 1200);
    view.show();
    QSignalSpy errors(&view, &SessionView::errorOccurred);
    view.open(session, QTimeZone::utc());
    QVERIFY(test::waitLoaded(view));
    QCOMPARE(errors.count(), 0);
    QCOMPARE(view.sides().size(), 2);
    QCOMPARE(view.sides().first().deviceType, DeviceType::Field);
    QVERIFY(view.headerText().contains(session.sessionId));

    SessionChartsView *charts = view.charts();
    // The session's own time axis: its extent, from the earliest side's start.
    qint64 first = view.sides().first().startTime;
    for (const SideTelemetry &side : view.sides())
        first = std::min(first, side.startTime);
    QCOMPARE(charts->timeRange()->fullFrom(), first);
    QVERIFY(charts->timeRange()->fullTo() > first + 500);

    // One lane per card of the vehicle, RTT drawn with the card's own samples.
    const SideTelemetry &field = view.sides().first();
    int cards = 0;
    for (int i = 0; i < charts->chartCount(); ++i)
        cards += charts->chartLane(i) == SessionChartsView::Lane::NetCard ? 1 : 0;
    qsizetype allCards = 0;
    for (const SideTelemetry &side : view.sides())
        allCards += side.multiNet.size();
    QCOMPARE(cards, int(allCards));
    QVERIFY(field.multiNet.size() >= 2);

    // The fps lane: the threshold line at the diagnosis' minimum, vehicle and cockpit traces
    // whose points are the samples (values as sent), and the bad stretch marked.
    const int fps = laneIndex(charts, SessionChartsView::Lane::FrameRate);
    QVERIFY(fps >= 0);
    const LinkedCharts::ChartProbe probe = charts->probe(fps);
    QCOMPARE(probe.threshold, DiagnosisThresholds().minFps);
    QVERIFY(!probe.traces.isEmpty());
    const QList<double> samples = field.metric(QStringLiteral("Fps"));
    QVERIFY(!samples.isEmpty());
    double sentMax = 0;
    for (double v : samples)
        sentMax = std::max(sentMax, v);
    double drawnMax = 0;
    for (const QPointF &p : probe.traces.first()) {
        if (!qIsNaN(p.y()))
            drawnMax = std::max(drawnMax, p.y());
    }
    QCOMPARE(drawnMax, sentMax);
    QVERIFY2(!probe.belowThreshold.isEmpty(), "a bad session has fps under the threshold");

    // The latency lane stacks the stages: its top band is at least the network latency.
    const int latency = laneIndex(charts, SessionChartsView::Lane::Latency);
    QCOMPARE(latency, 0);
    QVERIFY(charts->probe(latency).traceLabels.size() >= 3);

    // Every plot area shares the left edge.
    for (int i = 1; i < charts->chartCount(); ++i)
        QCOMPARE(charts->plotArea(i).left(), charts->plotArea(0).left());
    QVERIFY(view.findingsModel()->rowCount() > 0);
}

void TestSessionView::crosshairIsShared() {
    ViewedSession viewed(QStringLiteral("good"));
    QVERIFY(viewed.fixture.listening);
    QVERIFY(!viewed.session.sessionId.isEmpty());
    QVERIFY(viewed.showLoaded(QSize(1400, 1200)));
    SessionView &view = viewed.view;
    SessionChartsView *charts = view.charts();
    QVERIFY(charts->chartCount() > 4);
    const qint64 middle = (charts->timeRange()->fullFrom() + charts->timeRange()->fullTo()) / 2;
    charts->setCrosshair(middle);
    const double x = charts->probe(0).crosshairX;
    int laidOut = 0;
    for (int i = 0; i < charts->chartCount(); ++i) {
        QVERIFY(charts->probe(i).crosshairVisible);
        // Charts scrolled out of view are laid out when they are shown.
        if (charts->plotArea(i).width() != charts->plotArea(0).width())
            continue;
        QCOMPARE(charts->probe(i).crosshairX, x);
        ++laidOut;
    }
    QVERIFY(laidOut >= 4);
    QVERIFY(charts->tooltipText().contains(QStringLiteral("Frame rate")));
}

void TestSessionView::findingMovesTheRange() {
    ViewedSession viewed(QStringLiteral("bad"));
    QVERIFY(viewed.fixture.listening);
    QVERIFY(viewed.showLoaded(QSize(1400, 1200)));
    SessionView &view = viewed.view;
    QAbstractItemModelTester tester(view.findingsModel());
    int row = -1;
    for (int i = 0; i < view.findingsModel()->rowCount() && row < 0; ++i) {
        const DiagnosisFinding f = view.findingsModel()->finding(i);
        if (f.to > f.from)
            row = i;
    }
    QVERIFY2(row >= 0, "a bad session has a finding with a moment");
    const DiagnosisFinding finding = view.findingsModel()->finding(row);
    TimeRangeController *range = view.charts()->timeRange();
    QVERIFY(!range->isZoomed());
    view.findingsView()->setCurrentIndex(view.findingsView()->model()->index(row, 0));
    QTest::keyClick(view.findingsView(), Qt::Key_Return);
    QVERIFY(range->isZoomed());
    QVERIFY(range->visibleFrom() <= finding.from);
    QVERIFY(range->visibleTo() >= finding.to);
    QVERIFY(range->visibleTo() - range->visibleFrom() < range->fullTo() - range->fullFrom());
    QCOMPARE(view.charts()->crosshair(), finding.from);
    range->undo(); // one undo step back to the whole session
    QVERIFY(!range->isZoomed());
}

void TestSessionView::zoomedLaneDrawsTheSamples() {
    // Zoomed to the worst stretch, the frame rate lane draws each side's samples in the window:
    // decimated to the pixels, the lowest and highest of them are still drawn.
    ViewedSession viewed(QStringLiteral("bad"));
    QVERIFY(viewed.fixture.listening);
    QVERIFY(viewed.showLoaded(QSize(1400, 900)));
    SessionView &view = viewed.view;
    const SessionDiagnosis &diagnosis = view.diagnosis();
    QVERIFY(diagnosis.worstTo > diagnosis.worstFrom);
    SessionChartsView *charts = view.charts();
    charts->showMoment(diagnosis.worstFrom, diagnosis.worstTo);
    const int fps = laneIndex(charts, SessionChartsView::Lane::FrameRate);
    const LinkedCharts::ChartProbe probe = charts->probe(fps);
    QCOMPARE(probe.from, charts->timeRange()->visibleFrom());
    QCOMPARE(probe.to, charts->timeRange()->visibleTo());
    QCOMPARE(probe.traces.size(), view.sides().size());
    for (int side = 0; side < view.sides().size(); ++side) {
        const SideTelemetry &telemetry = view.sides().at(side);
        const QList<double> values = telemetry.metric(QStringLiteral("Fps"));
        double lo = qInf();
        double hi = -qInf();
        for (qsizetype i = 0; i < values.size(); ++i) {
            const qint64 t = telemetry.startTime + qint64(telemetry.timeOffset.at(i));
            if (t + 2 > probe.from && t < probe.to && values.at(i) >= 0) {
                lo = std::min(lo, values.at(i));
                hi = std::max(hi, values.at(i));
            }
        }
        double drawnLo = qInf();
        double drawnHi = -qInf();
        for (const QPointF &p : probe.traces.at(side)) {
            if (qIsNaN(p.y()))
                continue;
            QVERIFY(p.x() >= probe.from - 2 && p.x() <= probe.to + 2);
            drawnLo = std::min(drawnLo, p.y());
            drawnHi = std::max(drawnHi, p.y());
        }
        QVERIFY(qIsFinite(hi));
        QCOMPARE(drawnLo, lo);
        QCOMPARE(drawnHi, hi);
    }
}

void TestSessionView::laneOutOfViewCatchesUp() {
    // Only the lanes in view are redrawn when the range moves; a lane scrolled into view
    // afterwards shows the new range before it is painted.
    ViewedSession viewed(QStringLiteral("good"));
    QVERIFY(viewed.fixture.listening);
    QVERIFY(viewed.showLoaded(QSize(1400, 900)));
    SessionView &view = viewed.view;
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    SessionChartsView *charts = view.charts();
    auto *first = qobject_cast<TimeChart *>(charts->chartWidget(0));
    auto *last = qobject_cast<TimeChart *>(charts->chartWidget(charts->chartCount() - 1));
    QVERIFY(first && last);
    auto *scroll = charts->findChild<QScrollArea *>();
    QVERIFY(scroll);
    const auto shown = [scroll](const QWidget *lane) {
        const QRect area(lane->mapTo(scroll->viewport(), QPoint(0, 0)), lane->size());
        return area.intersects(scroll->viewport()->rect());
    };
    QTRY_VERIFY(last->y() > 0); // the lanes are laid out
    QVERIFY(shown(first));
    QVERIFY(!shown(last)); // below the fold at this size
    TimeRangeController *range = charts->timeRange();
    range->zoomBy(2.0, (range->fullFrom() + range->fullTo()) / 2);
    QVERIFY(!first->isSyncPending());
    QCOMPARE(first->windowFrom(), range->visibleFrom());
    QVERIFY(last->isSyncPending());

    scroll->ensureWidgetVisible(last);
    QVERIFY(shown(last));
    QTRY_VERIFY(!last->isSyncPending()); // painted: brought up to date first
    QCOMPARE(last->windowFrom(), range->visibleFrom());
    QCOMPARE(last->windowTo(), range->visibleTo());
    QCOMPARE(last->plotArea().left(), first->plotArea().left());
}

void TestSessionView::stuttersAreStalls() {
    // The frame rate lane marks the samples in which frames stalled over 150 ms
    // (Lag150Duration, as the diagnosis counts them): a clean session has none.
    test::PanelFixture fixture;
    QVERIFY(fixture.listening);
    for (const QString &quality : {QStringLiteral("good"), QStringLiteral("bad")}) {
        const DeviceSession session = findSession(fixture, quality);
        SessionView view(fixture.api);
        view.open(session, QTimeZone::utc());
        QVERIFY(test::waitLoaded(view));
        QList<qint64> stalls;
        for (const SideTelemetry &side : view.sides()) {
            const QList<double> lag = side.metric(QStringLiteral("Lag150Duration"));
            for (qsizetype i = 0; i < lag.size(); ++i) {
                if (lag.at(i) > 0)
                    stalls.append(side.startTime + qint64(side.timeOffset.at(i)));
            }
        }
        const int fps = laneIndex(view.charts(), SessionChartsView::Lane::FrameRate);
        const QList<QPair<qint64, qint64>> marks = view.charts()->probe(fps).flagged;
        QCOMPARE(marks.isEmpty(), stalls.isEmpty());
        QCOMPARE(stalls.isEmpty(), quality == QStringLiteral("good"));
        for (const QPair<qint64, qint64> &mark : marks) {
            const bool holdsStall = std::any_of(stalls.cbegin(), stalls.cend(), [&mark](qint64 t) {
                return t >= mark.first && t < mark.second;
            });
            QVERIFY2(holdsStall,
                     qPrintable(QStringLiteral("mark %1-%2").arg(mark.first).arg(mark.second)));
        }
        for (qint64 t : std::as_const(stalls)) {
            QVERIFY(std::any_of(marks.cbegin(), marks.cend(), [t](const auto &mark) {
                return t >= mark.first && t < mark.second;
            }));
        }
    }
}

void TestSessionView::malformedArraysAreSaid() {
    // Arrays whose length differs from TimeOffset's: the header says which, the charts show
    // what lines up.
    const QJsonObject answer = QJsonDocument::fromJson(R"({"Details": [
      {"DeviceType": "field", "DeviceId": "v1", "StartTime": 1731399569, "EndTime": 1731399575,
       "TimeOffset": [0, 2, 4], "Rate": [900, 950, 990, 1000, 1010], "Fps": [28],
       "MultiNet": [{"NetId": 0, "Rtt": [40, 42]}]}]})")
                                   .object();
    const Result<QList<SideTelemetry>> sides = parseSessionTelemetry(answer);
    QVERIFY(sides.ok());
    DeviceSession row;
    row.sessionId = QStringLiteral("malformed");
    row.fieldDeviceId = QStringLiteral("v1");
    SessionView view(nullptr);
    view.open(row, QTimeZone::utc());
    QVERIFY(!view.headerText().contains(QStringLiteral("did not match")));
    view.showTelemetry(sides.value());
    const QString header = view.headerText();
    QVERIFY2(header.contains(QStringLiteral("did not match the sample times")), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("Vehicle Rate, Vehicle Fps, Vehicle MultiNet[0].Rtt")),
             qPrintable(header));
    const int bitrate = laneIndex(view.charts(), SessionChartsView::Lane::Bitrate);
    QCOMPARE(view.charts()->probe(bitrate).traces.size(), 1);
}

void TestSessionView::csvHoldsEverySample() {
    ViewedSession viewed(QStringLiteral("normal"));
    QVERIFY(viewed.fixture.listening);
    QVERIFY(!viewed.session.sessionId.isEmpty());
    QVERIFY(viewed.load());
    SessionView &view = viewed.view;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.csv"));
    QString error;
    QVERIFY2(view.writeCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    qsizetype samples = 0;
    for (const SideTelemetry &side : view.sides())
        samples += side.timeOffset.size();
    QCOMPARE(lines.size() - 1, samples); // the header and one line per side and sample
    QVERIFY(lines.at(1).startsWith(QStringLiteral("field,")));
}

QTEST_MAIN(TestSessionView)
#include "tst_sessionview.moc"
