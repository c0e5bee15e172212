#pragma once

#include "chartpalette.h"

#include <QBrush>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QTimeZone>
#include <QWidget>

class QMenu;
class QPainter;
class QScrollArea;
class QVBoxLayout;

namespace trro {

class ChartTooltip;
class TimeChart;
struct TimeChartSpec;
class TimeRangeController;

// The machinery every set of linked charts shares, whatever they draw: a stack of TimeCharts
// over ONE time axis.
//
// - One TimeRangeController holds the visible range: a rubber-band drag zooms, shift-drag or
//   middle-drag pans, the wheel zooms around the cursor, right click undoes; every chart follows.
//   The Y axes re-fit to what is visible.
// - One crosshair: hovering any chart puts a line at the same time on every chart and shows one
//   tooltip for the hovered span (what a subclass writes into it).
// - All plot areas share the same left edge (the widest Y label decides), so the time axes line up.
// - With span questions on (setSpanQuestions()), Ctrl+left-drag selects a span, drawn as a band
//   on every chart and kept until Escape or "Clear selection"; the right button's menu asks
//   "Why did quality change here?" about the selection (clicked on) or the span under the cursor
//   (whyRequested()), besides "Undo zoom".
//
// Subclasses decide what the charts draw (setChartSpecs()), which span the crosshair points at
// (spanAt()) and what the tooltip says (tooltipFor()). The fleet's interval charts are
// LinkedChartsView; one session's sample charts are SessionChartsView.
// The chart library (Qt Charts) stays behind this class: nothing in this header includes it.
class LinkedCharts : public QWidget {
    Q_OBJECT
public:
    explicit LinkedCharts(QWidget *parent = nullptr);
    ~LinkedCharts() override;

    // Marks the charts as showing old data (after a failed refresh): dimmed, with a badge.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    TimeRangeController *timeRange() const { return m_range; }
    // The zone of the axis labels and tooltips.
    QTimeZone timeZone() const { return m_zone; }

    // The crosshair, one time for every chart (unix seconds). Normally driven by the mouse;
    // also settable so that another view (e.g. a table) can point at a time.
    void setCrosshair(qint64 time);
    void clearCrosshair();
    bool hasCrosshair() const { return m_hasCrosshair; }
    qint64 crosshair() const { return m_crosshair; }
    // The span under the crosshair ([start, end), unix seconds); false when there is none.
    bool hoveredInterval(qint64 *start, qint64 *end) const;
    // The tooltip text (HTML) for the span under the crosshair; empty when there is none.
    QString tooltipText() const;

    // The selected span, one for every chart ([start, end), unix seconds); end <= start clears.
    void setSpanQuestions(bool on);
    bool spanQuestions() const { return m_spanQuestions; }
    void setSelection(qint64 start, qint64 end);
    void clearSelection() { setSelection(0, 0); }
    bool hasSelection() const { return m_selectionEnd > m_selectionStart; }
    qint64 selectionStart() const { return m_selectionStart; }
    qint64 selectionEnd() const { return m_selectionEnd; }
    // The menu of the right button, while it is open (objectName "chartContextMenu").
    QMenu *contextMenu() const { return m_menu; }

    // Charts, in display order (for export and tests).
    int chartCount() const;
    QString chartTitle(int index) const;
    QWidget *chartWidget(int index) const;
    // The plot area of a chart in this widget's coordinates, and its current Y range.
    QRectF plotArea(int index) const;
    QPair<double, double> yRange(int index) const;
    // The state of one chart as drawn, for tests and diagnostics: its time window, Y top,
    // the points of each trace (data units: unix seconds and values; NaN = gap), the marked
    // spans and the crosshair position (in this widget's coordinates).
    struct ChartProbe {
        qint64 from = 0;
        qint64 to = 0;
        double yTop = 0.0;
        QList<QList<QPointF>> traces;
        QStringList traceLabels;
        QList<QPair<qint64, qint64>> flagged;
        QList<QPair<qint64, qint64>> belowThreshold;
        QList<QPair<qint64, qint64>> partial; // buckets drawn as partial
        QList<QRectF> partialBands;           // ... where (chart pixels)
        QBrush partialBrush;                  // ... and with which hatching
        double threshold = -1.0;              // the threshold line's value; < 0: none
        bool crosshairVisible = false;
        double crosshairX = 0.0;
        QRectF selectionBand; // the selection as drawn (this widget's coordinates); empty: none
    };
    ChartProbe probe(int index) const;
    // Renders one chart, or all of them stacked, into target (any QPainter: image, SVG, PDF).
    // The crosshair is not drawn.
    void renderChart(int index, QPainter *painter, const QRectF &target);
    void renderAll(QPainter *painter, const QRectF &target);
    // Natural size of renderAll() at the current width.
    QSize contentSize() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomReset();
    void undo();
    void redo();

Q_SIGNALS:
    // The span under the mouse (or setCrosshair()); start == end == 0 when none.
    void hoveredIntervalChanged(qint64 start, qint64 end);
    // Right button on a chart: the owner may show export actions for that chart (instead of
    // the charts' own menu).
    void chartContextMenuRequested(int index, const QPoint &globalPos);
    void selectionChanged(qint64 start, qint64 end); // 0, 0: cleared
    // "Why did quality change here?" about [start, end).
    void whyRequested(qint64 start, qint64 end);

protected:
    // One chart per spec, in order (charts are reused; extra ones deleted), each at least
    // minimumHeight tall. sync == false leaves the redraw to the caller (a range change next).
    void setChartSpecs(const QList<TimeChartSpec> &specs, int minimumHeight, bool sync = true);
    void setTimeZone(const QTimeZone &zone);
    void setEmptyText(const QString &text);
    const ChartPalette &chartPalette() const { return m_palette; }
    int chartIndex(const TimeChart *chart) const;
    void applyVisibleRange(); // X range of every chart, Y re-fit
    // The palette, font or locale changed: the subclass builds its specs again.
    virtual void refreshSpecs() = 0;
    // The span [start, end) the crosshair at time points at; false when there is none.
    virtual bool spanAt(qint64 time, qint64 *start, qint64 *end) const = 0;
    virtual QString tooltipFor(qint64 start, qint64 end) const = 0;
    // A left click on a chart at time.
    virtual void clickedAt(qint64 time);

    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The shared left edge, then every chart in view redone once; the charts scrolled out of
    // view keep their changes pending until they are drawn or asked about (probe, plotArea).
    void syncCharts();
    bool inView(const TimeChart *chart) const;
    void onHover(qint64 time, const QPoint &globalPos);
    void onLeave();
    void showContextMenu(const QPoint &globalPos, qint64 time);

    TimeRangeController *m_range;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    ChartTooltip *m_tooltip;
    QList<TimeChart *> m_charts;
    ChartPalette m_palette;
    QTimeZone m_zone = QTimeZone::utc();
    QString m_emptyText;
    bool m_stale = false;
    bool m_hasCrosshair = false;
    qint64 m_crosshair = 0;
    qint64 m_hoverStart = 0;
    qint64 m_hoverEnd = 0;
    bool m_spanQuestions = false;
    qint64 m_selectionStart = 0;
    qint64 m_selectionEnd = 0;
    QMenu *m_menu = nullptr;
};

} // namespace trro
