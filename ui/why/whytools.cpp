#include "whytools.h"

#include "apicontext.h"
#include "causesessions.h"
#include "causetext.h"
#include "charts/linkedchartsview.h"
#include "charts/timerangecontroller.h"
#include "fleet/dashboardpages.h"
#include "fleet/fleetview.h"
#include "mainwindow.h"
#include "panels/devicepanel.h"
#include "panels/deviceview.h"
#include "viewstate.h"
#include "whyanswerview.h"
#include "whypanel.h"

#include <QAction>
#include <QDockWidget>
#include <QTableView>
#include <QTimer>

namespace trro {

WhyTools::WhyTools(MainWindow *window, ApiContext *context)
    : QObject(window)
    , m_window(window)
    , m_controller(new WhyController(context->api(), this))
    , m_panel(new WhyPanel(m_controller, window))
    , m_dock(new QDockWidget(tr("Why?"), window))
    , m_action(new QAction(tr("&Why did quality change?"), this)) {
    m_dock->setObjectName(QStringLiteral("whyDock"));
    m_dock->setWidget(m_panel);
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea |
                            Qt::LeftDockWidgetArea);
    m_dock->hide(); // shown by the first question
    m_action->setObjectName(QStringLiteral("whyPanelAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_action->setToolTip(tr("Compare the selected span (or the range in view) with a baseline "
                            "along every dimension"));
    window->addAction(m_action);

    DashboardPages *pages = window->pages();
    connect(m_action, &QAction::triggered, this, &WhyTools::askCurrent);
    connect(pages->fleetView()->charts(), &LinkedCharts::whyRequested, this, &WhyTools::askFleet);
    connect(pages->deviceView()->charts(), &LinkedCharts::whyRequested, this,
            [this](qint64 start, qint64 end) {
                askDevice(m_window->pages()->deviceView()->device().deviceId, start, end);
            });
    connect(m_panel, &WhyPanel::questionEdited, this, &WhyTools::askAgain);
    connect(m_panel->answer(), &WhyAnswerView::rowSelected, this, &WhyTools::showRow);
    connect(m_panel->answer(), &WhyAnswerView::sessionActivated, pages,
            &DashboardPages::openSessionOf);
    connect(m_controller, &WhyController::answered, this, [this](bool estimate) {
        if (estimate || !m_selectTop || m_controller->report().rows.isEmpty())
            return;
        m_selectTop = false;
        m_panel->answer()->table()->selectRow(0);
    });
    connect(m_controller, &WhyController::failed, this, [this](const ApiError &error) {
        if (error.kind != ApiError::Kind::Cancelled)
            m_window->showError(error, tr("Asking why quality changed"));
    });
    connect(window->devicePanel(), &DevicePanel::devicesLoaded, this,
            [this](const QList<Device> &devices) {
                m_names.clear();
                for (const Device &d : devices) {
                    if (!d.deviceName.isEmpty())
                        m_names.insert(d.deviceId, d.deviceName);
                }
                m_panel->setDeviceNames(m_names);
            });
}

void WhyTools::askFleet(qint64 start, qint64 end) {
    m_whose = tr("Fleet");
    ask(m_window->pages()->fleetView()->charts(), QString(), start, end);
}

void WhyTools::askDevice(const QString &deviceId, qint64 start, qint64 end) {
    if (deviceId.isEmpty())
        return;
    const QString name = m_names.value(deviceId);
    m_whose =
        name.isEmpty() ? tr("Device %1").arg(deviceId) : tr("Device %1 (%2)").arg(name, deviceId);
    ask(m_window->pages()->deviceView()->charts(), deviceId, start, end);
}

void WhyTools::askCurrent() {
    const bool device = m_window->pages()->currentPage() == DashboardPages::Page::Device;
    LinkedChartsView *charts = device ? m_window->pages()->deviceView()->charts()
                                      : m_window->pages()->fleetView()->charts();
    qint64 start = charts->selectionStart();
    qint64 end = charts->selectionEnd();
    if (!charts->hasSelection()) {
        start = charts->timeRange()->visibleFrom();
        end = charts->timeRange()->visibleTo();
    }
    if (device)
        askDevice(m_window->pages()->deviceView()->device().deviceId, start, end);
    else
        askFleet(start, end);
}

void WhyTools::ask(LinkedChartsView *charts, const QString &deviceId, qint64 start, qint64 end) {
    const ViewSelection &view = m_window->viewState()->value();
    const QTimeZone zone = view.timeZone();
    WhyQuestion question = m_panel->edited(m_question);
    question.projectId = view.projectId;
    question.deviceId = deviceId;
    question.spanStart = start;
    question.spanEnd = end;
    // The hours of day as the user reads them (the zone's offset at the span's start).
    question.utcOffsetSeconds =
        zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(start, QTimeZone::utc()));
    if (question.baseline == WhyBaseline::Custom && m_question.spanEnd <= m_question.spanStart)
        question.baseline = WhyBaseline::Before; // no custom span chosen yet
    clearOverlay();
    m_charts = charts;
    charts->setSelection(start, end); // the question's span, on every chart
    m_question = question;
    m_panel->setTimeZone(zone);
    m_panel->showQuestion(question, m_whose);
    showPanel(); // the last answer stays until the new one replaces it
    m_controller->ask(question);
}

void WhyTools::askAgain() {
    if (m_question.spanEnd <= m_question.spanStart || !m_charts)
        return;
    m_question = m_panel->edited(m_question);
    clearOverlay();
    m_panel->showQuestion(m_question, m_whose);
    m_controller->ask(m_question);
}

void WhyTools::showRow(int reportRow) {
    const CauseReport &report = m_controller->report();
    if (reportRow < 0 || reportRow >= report.rows.size() || !m_charts) {
        clearOverlay();
        m_panel->answer()->setSessions(QString(), {});
        return;
    }
    const CauseRow &row = report.rows.at(reportRow);
    const CauseInput &input = m_controller->input();
    const CauseOptions &options = m_controller->options();
    const QString subject = CauseText().subject(row, m_panel->deviceNames());
    const QList<DeviceSession> sessions = causeSessions(row, input, options);
    m_panel->answer()->setSessions(tr("%1: %n session(s) in the span (double-click one to open it)",
                                      nullptr, int(sessions.size()))
                                       .arg(subject),
                                   sessions);
    // The charts' buckets of the question's series (the fleet, or the device), without the value;
    // not on charts of another question's sessions (a new one asked, the last answer shown).
    const ChartData &data = m_charts->data();
    if (data.series.isEmpty() || row.other ||
        m_controller->answeredQuestion().deviceId != m_question.deviceId)
        return clearOverlay();
    QList<QPair<qint64, qint64>> buckets;
    for (const IntervalBucket &b : data.series.constFirst().buckets)
        buckets.append({b.startTime, b.endTime});
    ChartSeries without;
    without.key = QStringLiteral("without");
    without.label = tr("Without %1").arg(subject);
    without.buckets = bucketsWithout(row, input, options, buckets);
    m_charts->setWithoutSeries(without);
    m_overlaid = m_charts;
}

void WhyTools::clearOverlay() {
    if (m_overlaid)
        m_overlaid->setWithoutSeries({});
    m_overlaid = nullptr;
}

void WhyTools::showPanel() {
    const bool first = !m_dock->isVisible();
    m_dock->show();
    m_dock->raise();
    // Once the dock is laid out (a resize of a dock just shown is lost): room for the table.
    if (first)
        QTimer::singleShot(0, m_dock, [this] {
            m_window->resizeDocks({m_dock}, {m_window->height() / 2}, Qt::Vertical);
        });
}

} // namespace trro
