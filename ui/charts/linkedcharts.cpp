#include "linkedcharts.h"

#include "charttooltip.h"
#include "timechart.h"
#include "timerangecontroller.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMetaMethod>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace trro {

LinkedCharts::LinkedCharts(QWidget *parent)
    : QWidget(parent)
    , m_range(new TimeRangeController(this))
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content))
    , m_tooltip(new ChartTooltip(this))
    , m_palette(ChartPalette::fromPalette(palette())) {
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Linked charts"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    connect(m_range, &TimeRangeController::visibleRangeChanged, this,
            [this](qint64, qint64) { applyVisibleRange(); });
}

LinkedCharts::~LinkedCharts() = default;

void LinkedCharts::setStale(bool stale) {
    m_stale = stale;
    for (TimeChart *chart : std::as_const(m_charts))
        chart->setStale(stale, tr("Stale data"));
}

void LinkedCharts::setTimeZone(const QTimeZone &zone) {
    m_zone = zone;
}

void LinkedCharts::setEmptyText(const QString &text) {
    m_emptyText = text;
}

void LinkedCharts::setChartSpecs(const QList<TimeChartSpec> &specs, int minimumHeight, bool sync) {
    while (m_charts.size() > specs.size())
        delete m_charts.takeLast();
    while (m_charts.size() < specs.size()) {
        auto *chart = new TimeChart(m_range, m_content);
        chart->setFocusPolicy(Qt::ClickFocus);
        chart->setFocusProxy(this); // keys (undo, pan, zoom) go to the view
        connect(chart, &TimeChart::hovered, this, &LinkedCharts::onHover);
        connect(chart, &TimeChart::left, this, &LinkedCharts::onLeave);
        connect(chart, &TimeChart::clicked, this, &LinkedCharts::clickedAt);
        connect(chart, &TimeChart::contextMenuAt, this,
                [this, chart](const QPoint &globalPos, qint64 time) {
                    static const QMetaMethod signal =
                        QMetaMethod::fromSignal(&LinkedCharts::chartContextMenuRequested);
                    if (isSignalConnected(signal))
                        Q_EMIT chartContextMenuRequested(chartIndex(chart), globalPos);
                    else
                        showContextMenu(globalPos, time);
                });
        connect(chart, &TimeChart::selectionDragged, this,
                [this](qint64 from, qint64 to, bool) { setSelection(from, to); });
        m_layout->addWidget(chart, 1);
        m_charts.append(chart);
    }
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        TimeChart *chart = m_charts.at(i);
        chart->setMinimumHeight(minimumHeight);
        chart->setStale(m_stale, tr("Stale data"));
        chart->setChartPalette(m_palette);
        chart->setTimeZone(m_zone);
        chart->setSpec(specs.at(i));
        chart->setAccessibleName(chart->spec().title);
        chart->setEmptyText(m_emptyText);
        chart->setSelectable(m_spanQuestions);
        chart->setSelection(m_selectionStart, m_selectionEnd);
    }
    if (sync)
        syncCharts();
}

void LinkedCharts::applyVisibleRange() {
    for (TimeChart *chart : std::as_const(m_charts))
        chart->setWindow(m_range->visibleFrom(), m_range->visibleTo());
    syncCharts();
}

void LinkedCharts::syncCharts() {
    // The widest Y labels decide one left edge for all plot areas, so the time axes line up.
    int left = 0;
    for (TimeChart *chart : std::as_const(m_charts))
        left = std::max(left, chart->yLabelWidth());
    for (TimeChart *chart : std::as_const(m_charts)) {
        chart->setPlotLeft(left);
        if (inView(chart))
            chart->sync();
    }
}

bool LinkedCharts::inView(const TimeChart *chart) const {
    // Before the first layout every chart counts as in view.
    const QRect shown(-m_content->pos(), m_scroll->viewport()->size());
    return !isVisible() || !chart->isVisible() || chart->geometry().intersects(shown);
}

void LinkedCharts::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
    case QEvent::FontChange:
    case QEvent::LocaleChange:
        m_palette = ChartPalette::fromPalette(palette());
        refreshSpecs();
        break;
    default:
        break;
    }
}

void LinkedCharts::keyPressEvent(QKeyEvent *event) {
    const qint64 span = m_range->visibleTo() - m_range->visibleFrom();
    const qint64 centre = m_range->visibleFrom() + span / 2;
    if (event->matches(QKeySequence::Undo)) {
        undo();
    } else if (event->matches(QKeySequence::Redo)) {
        redo();
    } else if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) {
        m_range->panBy((event->key() == Qt::Key_Left ? -1 : 1) * span / 5);
    } else if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
        m_range->zoomBy(1.5, centre);
    } else if (event->key() == Qt::Key_Minus) {
        m_range->zoomBy(1 / 1.5, centre);
    } else if (event->key() == Qt::Key_Home || event->key() == Qt::Key_0) {
        zoomReset();
    } else if (event->key() == Qt::Key_Escape && (m_hasCrosshair || hasSelection())) {
        clearCrosshair();
        clearSelection();
    } else {
        QWidget::keyPressEvent(event);
    }
}

void LinkedCharts::zoomReset() {
    m_range->reset();
}

void LinkedCharts::undo() {
    m_range->undo();
}

void LinkedCharts::redo() {
    m_range->redo();
}

void LinkedCharts::clickedAt(qint64) {}

// ---- crosshair and tooltip ---------------------------------------------------------------

void LinkedCharts::setCrosshair(qint64 time) {
    m_hasCrosshair = true;
    m_crosshair = time;
    qint64 start = 0;
    qint64 end = 0;
    if (!spanAt(time, &start, &end))
        start = end = 0;
    for (TimeChart *chart : std::as_const(m_charts))
        chart->setCrosshair(time, start, end);
    if (start != m_hoverStart || end != m_hoverEnd) {
        m_hoverStart = start;
        m_hoverEnd = end;
        Q_EMIT hoveredIntervalChanged(start, end);
    }
}

void LinkedCharts::clearCrosshair() {
    m_hasCrosshair = false;
    for (TimeChart *chart : std::as_const(m_charts))
        chart->clearCrosshair();
    m_tooltip->hide();
    if (m_hoverStart != 0 || m_hoverEnd != 0) {
        m_hoverStart = m_hoverEnd = 0;
        Q_EMIT hoveredIntervalChanged(0, 0);
    }
}

bool LinkedCharts::hoveredInterval(qint64 *start, qint64 *end) const {
    if (!m_hasCrosshair || m_hoverEnd <= m_hoverStart)
        return false;
    *start = m_hoverStart;
    *end = m_hoverEnd;
    return true;
}

QString LinkedCharts::tooltipText() const {
    qint64 start = 0;
    qint64 end = 0;
    if (!hoveredInterval(&start, &end))
        return {};
    return tooltipFor(start, end);
}

void LinkedCharts::onHover(qint64 time, const QPoint &globalPos) {
    const qint64 oldStart = m_hoverStart;
    const qint64 oldEnd = m_hoverEnd;
    const bool had = m_tooltip->isVisible();
    setCrosshair(time);
    if (m_hoverEnd <= m_hoverStart) {
        m_tooltip->hide();
        return;
    }
    const QString html = (had && oldStart == m_hoverStart && oldEnd == m_hoverEnd)
                             ? m_tooltip->text()
                             : tooltipText();
    m_tooltip->showAt(html, mapFromGlobal(globalPos));
}

void LinkedCharts::onLeave() {
    clearCrosshair();
}

// ---- the selected span and the menu ------------------------------------------------------

void LinkedCharts::setSpanQuestions(bool on) {
    m_spanQuestions = on;
    for (TimeChart *chart : std::as_const(m_charts))
        chart->setSelectable(on);
    if (!on)
        clearSelection();
}

void LinkedCharts::setSelection(qint64 start, qint64 end) {
    if (end <= start)
        start = end = 0;
    if (start == m_selectionStart && end == m_selectionEnd)
        return;
    m_selectionStart = start;
    m_selectionEnd = end;
    for (TimeChart *chart : std::as_const(m_charts))
        chart->setSelection(start, end);
    Q_EMIT selectionChanged(start, end);
}

void LinkedCharts::showContextMenu(const QPoint &globalPos, qint64 time) {
    if (!m_menu) {
        m_menu = new QMenu(this);
        m_menu->setObjectName(QStringLiteral("chartContextMenu"));
    }
    m_menu->clear();
    if (m_spanQuestions) {
        // "Here": the selection when the click is on it, else the interval under the cursor.
        const bool onSelection = time >= m_selectionStart && time < m_selectionEnd;
        qint64 start = m_selectionStart;
        qint64 end = m_selectionEnd;
        if (!onSelection && !spanAt(time, &start, &end))
            start = end = 0;
        QAction *why = m_menu->addAction(tr("&Why did quality change here?"), this,
                                         [this, start, end] { Q_EMIT whyRequested(start, end); });
        why->setObjectName(QStringLiteral("whyAction"));
        why->setEnabled(end > start);
        why->setToolTip(onSelection ? tr("Compare the selected span with a baseline")
                                    : tr("Compare this interval with a baseline"));
        QAction *clear =
            m_menu->addAction(tr("&Clear selection"), this, &LinkedCharts::clearSelection);
        clear->setObjectName(QStringLiteral("clearSelectionAction"));
        clear->setEnabled(hasSelection());
        m_menu->addSeparator();
    }
    QAction *undoZoom = m_menu->addAction(tr("&Undo zoom"), this, &LinkedCharts::undo);
    undoZoom->setObjectName(QStringLiteral("undoZoomAction"));
    undoZoom->setEnabled(m_range->canUndo());
    m_menu->popup(globalPos);
}

// ---- the individual charts, for export and tests -----------------------------------------

int LinkedCharts::chartCount() const {
    return int(m_charts.size());
}

int LinkedCharts::chartIndex(const TimeChart *chart) const {
    return int(m_charts.indexOf(chart));
}

QString LinkedCharts::chartTitle(int index) const {
    return index >= 0 && index < m_charts.size() ? m_charts.at(index)->spec().title : QString();
}

QWidget *LinkedCharts::chartWidget(int index) const {
    return m_charts.value(index, nullptr);
}

QRectF LinkedCharts::plotArea(int index) const {
    TimeChart *chart = m_charts.value(index, nullptr);
    if (!chart)
        return {};
    chart->sync(); // out of view, it may have changes pending
    const QPointF offset = chart->mapTo(this, QPoint(0, 0));
    return chart->plotArea().translated(offset);
}

QPair<double, double> LinkedCharts::yRange(int index) const {
    const TimeChart *chart = m_charts.value(index, nullptr);
    return chart ? chart->yRange() : QPair<double, double>{0.0, 0.0};
}

LinkedCharts::ChartProbe LinkedCharts::probe(int index) const {
    ChartProbe probe;
    TimeChart *chart = m_charts.value(index, nullptr);
    if (!chart)
        return probe;
    chart->sync(); // out of view, it may have changes pending
    probe.from = chart->windowFrom();
    probe.to = chart->windowTo();
    probe.yTop = chart->yRange().second;
    for (int i = 0; i < chart->spec().traces.size(); ++i) {
        probe.traces.append(chart->tracePoints(i));
        probe.traceLabels.append(chart->spec().traces.at(i).label);
    }
    probe.flagged = chart->spec().flagSpans;
    probe.belowThreshold = chart->spec().belowSpans;
    probe.partial = chart->spec().partialSpans;
    probe.partialBands = chart->partialBands();
    probe.partialBrush = chart->partialBrush();
    probe.threshold = chart->spec().threshold;
    probe.crosshairVisible = chart->crosshairVisible();
    probe.crosshairX = chart->crosshairX() + chart->mapTo(this, QPoint(0, 0)).x();
    if (!chart->selectionRect().isEmpty())
        probe.selectionBand = chart->selectionRect().translated(chart->mapTo(this, QPoint(0, 0)));
    return probe;
}

void LinkedCharts::renderChart(int index, QPainter *painter, const QRectF &target) {
    TimeChart *chart = m_charts.value(index, nullptr);
    if (!chart || target.isEmpty())
        return;
    chart->renderTo(painter, target, target.size().toSize());
}

void LinkedCharts::renderAll(QPainter *painter, const QRectF &target) {
    if (m_charts.isEmpty() || target.isEmpty())
        return;
    QList<int> heights;
    int total = 0;
    for (const TimeChart *chart : std::as_const(m_charts)) {
        const int h =
            chart->height() > 0 && chart->isVisible() ? chart->height() : chart->minimumHeight();
        heights.append(h);
        total += h;
    }
    double y = target.top();
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        const double h = target.height() * heights.at(i) / std::max(1, total);
        const QRectF part(target.left(), y, target.width(), h);
        m_charts.at(i)->renderTo(painter, part, part.size().toSize());
        y += h;
    }
}

QSize LinkedCharts::contentSize() const {
    int height = 0;
    for (const TimeChart *chart : std::as_const(m_charts))
        height += chart->isVisible() && chart->height() > 0 ? chart->height()
                                                            : chart->minimumHeight() * 3 / 2;
    const int width = m_content->isVisible() && m_content->width() > 0 ? m_content->width() : 1200;
    return {width, std::max(1, height)};
}

QSize LinkedCharts::sizeHint() const {
    return {960, 720};
}

QSize LinkedCharts::minimumSizeHint() const {
    return {420, 320};
}

} // namespace trro
