#pragma once

#include "chartdata.h"
#include "chartpalette.h"

#include <QList>
#include <QRectF>
#include <QWidget>

class QPainter;
class QScrollArea;
class QVBoxLayout;

namespace trro {

class ChartTooltip;
class TimeChart;
class TimeRangeController;

// The linked charts of the dashboard: sessions, session minutes, not-bad ratio and active
// devices per interval, stacked over ONE shared time axis.
//
// - One TimeRangeController holds the visible range: a rubber-band drag zooms, shift-drag or
//   middle-drag pans, the wheel zooms around the cursor, right click undoes; every chart follows.
//   The Y axes re-fit to what is visible.
// - One crosshair: hovering any chart puts a line at the same time on every chart and shows one
//   tooltip with every value of that interval (all series, anomaly flags included).
// - All plot areas share the same left edge (the widest Y label decides), so the time axes line up.
// - A click on an interval emits intervalActivated() (drill-down to the interval breakdown).
//
// The chart library (Qt Charts) stays behind this class: nothing in this header includes it.
class LinkedChartsView final : public QWidget {
    Q_OBJECT
public:
    enum class Metric { Sessions, Duration, NotBadRatio, ActiveDevices };
    Q_ENUM(Metric)
    // How device series are shown next to the fleet: in the same charts, or one small chart
    // per series under each metric.
    enum class LayoutMode { Overlay, SmallMultiples };
    Q_ENUM(LayoutMode)

    explicit LinkedChartsView(QWidget *parent = nullptr);
    ~LinkedChartsView() override;

    // Replaces what is shown. The visible range is kept when the new data still covers it
    // (auto-refresh); otherwise the view shows the new full range.
    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }

    // NotBadSessionRatio threshold in percent (0-100); intervals below it are marked.
    void setRatioThreshold(int percent);
    int ratioThreshold() const { return m_threshold; }

    // Marks the charts as showing old data (after a failed refresh): dimmed, with a badge.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    void setLayoutMode(LayoutMode mode);
    LayoutMode layoutMode() const { return m_layoutMode; }

    TimeRangeController *timeRange() const { return m_range; }

    // The crosshair, one time for every chart (unix seconds). Normally driven by the mouse;
    // also settable so that another view (e.g. a table) can point at a time.
    void setCrosshair(qint64 time);
    void clearCrosshair();
    bool hasCrosshair() const { return m_hasCrosshair; }
    qint64 crosshair() const { return m_crosshair; }
    // The interval under the crosshair ([start, end), unix seconds); false when there is none.
    bool hoveredInterval(qint64 *start, qint64 *end) const;
    // The tooltip text (HTML) for the interval under the crosshair; empty when there is none.
    QString tooltipText() const;

    // Charts, in display order (for export and tests).
    int chartCount() const;
    QString chartTitle(int index) const;
    Metric chartMetric(int index) const;
    QString chartSeriesKey(int index) const; // SmallMultiples: the series; Overlay: "" (all)
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
        bool crosshairVisible = false;
        double crosshairX = 0.0;
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
    // The interval under the mouse (or setCrosshair()); start == end == 0 when none.
    void hoveredIntervalChanged(qint64 start, qint64 end);
    // The user clicked an interval: drill down to it.
    void intervalActivated(qint64 start, qint64 end);
    // Right button on a chart: the owner may show export actions for that chart.
    void chartContextMenuRequested(int index, const QPoint &globalPos);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();                    // charts for the data and the layout mode
    void applySpecs(bool sync = true); // what each chart draws (data, colours, threshold)
    void applyVisibleRange();          // X range of every chart, Y re-fit
    void syncCharts();                 // shared left edge, then every chart redone once
    void onHover(qint64 time, const QPoint &globalPos);
    void onLeave();
    void onClicked(qint64 time);
    bool intervalAt(qint64 time, qint64 *start, qint64 *end) const;
    void updateTooltip(const QPoint &globalPos);
    int chartIndex(const TimeChart *chart) const;

    ChartData m_data;
    TimeRangeController *m_range;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    ChartTooltip *m_tooltip;
    QList<TimeChart *> m_charts;
    QList<QPair<Metric, int>> m_chartKinds; // metric and series index (-1: all series)
    ChartPalette m_palette;
    LayoutMode m_layoutMode = LayoutMode::Overlay;
    int m_threshold = 90;
    bool m_stale = false;
    bool m_hasCrosshair = false;
    qint64 m_crosshair = 0;
    qint64 m_hoverStart = 0;
    qint64 m_hoverEnd = 0;
};

} // namespace trro
