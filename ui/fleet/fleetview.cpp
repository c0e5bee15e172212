#include "fleetview.h"

#include "charts/linkedchartsview.h"
#include "kpipanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace trro {

FleetView::FleetView(FleetController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_kpis(new KpiPanel(this))
    , m_charts(new LinkedChartsView(this))
    , m_empty(new QLabel(this)) {
    m_empty->setTextFormat(Qt::PlainText); // server or user text, never markup
    setObjectName(QStringLiteral("fleetView"));
    m_charts->setObjectName(QStringLiteral("fleetCharts"));
    m_charts->setAccessibleName(tr("Fleet charts"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    m_empty->setMinimumHeight(160);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_kpis);
    layout->addWidget(m_empty);
    layout->addWidget(m_charts, 1);

    connect(controller, &FleetController::dataChanged, this, [this] {
        updateKpis();
        updateCharts();
    });
    connect(controller, &FleetController::deviceSeriesChanged, this, &FleetView::updateCharts);
    connect(controller, &FleetController::loadingChanged, this, &FleetView::updateState);
    connect(controller, &FleetController::staleChanged, this, &FleetView::updateState);
    updateState();
}

void FleetView::setTimeZone(const QTimeZone &zone) {
    if (zone == m_zone)
        return;
    m_zone = zone;
    updateCharts();
}

void FleetView::setComparisonLabel(const QString &label) {
    m_comparison = label;
    if (m_controller->data().isLoaded())
        updateKpis();
}

void FleetView::setDeviceNames(const QHash<QString, QString> &namesById) {
    m_names = namesById;
    if (!m_controller->selectedDevices().isEmpty())
        updateCharts();
}

ChartData FleetView::chartData(const FleetController &controller, const QTimeZone &zone,
                               const QHash<QString, QString> &namesById) {
    const FleetData &data = controller.data();
    ChartData chart;
    chart.interval = data.request.interval;
    chart.timeZone = zone;
    chart.rangeStart = data.request.window.from;
    chart.rangeEnd = data.request.window.to;
    if (!data.isLoaded())
        return chart;
    chart.now = data.fetchedAt.toSecsSinceEpoch(); // buckets ending later were not over
    chart.series.append(
        makeChartSeries(QString(), tr("Fleet"), data.fleet.buckets, data.request.interval));
    const QStringList selected = controller.selectedDevices();
    for (const QString &id : selected) {
        const IntervalSeries *series = controller.deviceSeries(id);
        if (!series)
            continue;
        QString label = namesById.value(id, id);
        if (label.isEmpty())
            label = id;
        if (controller.isDeviceStale(id))
            label = tr("%1 (stale)").arg(label);
        chart.series.append(makeChartSeries(id, label, series->buckets, data.request.interval));
    }
    return chart;
}

void FleetView::updateKpis() {
    m_kpis->setData(m_controller->data(), m_comparison);
}

void FleetView::updateCharts() {
    m_charts->setData(chartData(*m_controller, m_zone, m_names));
    updateState();
}

void FleetView::updateState() {
    const bool loading = m_controller->isLoading();
    const bool loaded = m_controller->data().isLoaded();
    const bool stale = m_controller->isStale();
    m_kpis->setLoading(loading);
    m_kpis->setStale(stale);
    m_charts->setStale(stale);
    const bool empty = loaded && m_controller->data().fleet.buckets.isEmpty();
    if (empty) {
        m_empty->setText(tr("No sessions in this period. Choose a longer range or another "
                            "project."));
    } else if (!loaded) {
        m_empty->setText(loading ? tr("Loading the fleet statistics…")
                                 : tr("No fleet statistics loaded yet."));
    }
    m_empty->setVisible(empty || !loaded);
    // Empty axes say nothing: the charts appear with the first data.
    m_charts->setVisible(loaded);
    static_cast<QVBoxLayout *>(layout())->setStretchFactor(m_empty, loaded ? 0 : 1);
}

} // namespace trro
