#pragma once

#include "chartgeometry.h"
#include "chartlines.h"
#include "chartoverlay.h"

#include <QChartView>
#include <QTimeZone>
#include <QTimer>

namespace trro {

class TimeRangeController;

// One line of a chart: steps from zero (counts; filled or not) or a step line with gaps where
// no bucket is (the ratio).
struct ChartTrace {
    QString label;
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;
    bool filled = false;
    bool gaps = false;
    QColor fillColor; // filled traces: valid = this colour as it is (stacked bands, drawn
                      // top band first), else the trace colour made translucent
    QList<BucketSpan> spans;
};

// A shaded range of values over a time span (a forecast's band): drawn under the traces.
struct ValueBand {
    qint64 start = 0;
    qint64 end = 0;
    double low = 0.0;
    double high = 0.0;
};

struct TimeChartSpec {
    QString title;
    QList<ChartTrace> traces;
    QList<LegendEntry> legend;
    double fixedTop = 0.0;   // > 0: fixed Y range [0, fixedTop] (the ratio), else re-fit
    double threshold = -1.0; // >= 0: dashed threshold line at this Y value
    QString thresholdText;   // its label; empty: the value in percent
    QList<QPair<qint64, qint64>> belowSpans; // intervals under the threshold
    QList<QPair<qint64, qint64>> flagSpans;  // anomalous buckets (an inverted one: [start, start])
    // Buckets that the range cuts or that are not over yet: drawn lighter and hatched.
    QList<QPair<qint64, qint64>> partialSpans;
    QList<ValueBand> bands; // in bandColor; the Y range keeps their tops in view
    QColor bandColor;
};

// One chart of LinkedChartsView: a QChartView whose scene holds the chart's own items: the
// underlay (grid, fills, bands), the lines (ChartLines) and the decoration (title, legend,
// calendar ticks in the chosen time zone, locale numbers, one shared left edge). The traces'
// points are clipped and decimated to the pixel width before they are drawn, so a zoom or one
// more sample costs one pass over the spans in view per trace, whatever the data's length; no
// Qt Charts series is used, because each change of one re-strokes its whole path.
// Setters only record what changed; sync() does the work once. The rendered chart is cached
// in a pixmap (as cabana does) and the crosshair is painted over it, so a crosshair move costs
// a blit of a narrow strip. Mouse gestures go to the shared TimeRangeController, never to
// other charts.
class TimeChart final : public QChartView {
    Q_OBJECT
public:
    TimeChart(TimeRangeController *range, QWidget *parent = nullptr);
    ~TimeChart() override;

    void setSpec(const TimeChartSpec &spec); // series, legend, marks
    const TimeChartSpec &spec() const { return m_spec; }
    void setChartPalette(const ChartPalette &palette);
    void setTimeZone(const QTimeZone &zone);
    void setStale(bool stale, const QString &text);
    void setEmptyText(const QString &text);

    // Follows the shared visible range (Y re-fits to it).
    void setWindow(qint64 from, qint64 to);
    // Width the Y labels need (for the shared left edge) and the left edge to use.
    int yLabelWidth();
    void setPlotLeft(int left);
    // Applies what the setters changed: series, plot area, points, overlay.
    void sync();
    // Whether a setter changed something that sync() has not applied yet.
    bool isSyncPending() const;

    void setCrosshair(qint64 time, qint64 intervalStart, qint64 intervalEnd);
    void clearCrosshair();
    // Ctrl+left-drag selects a span instead of zooming (selectionDragged()); off: it zooms.
    void setSelectable(bool selectable) { m_selectable = selectable; }
    // The selected span ([start, end), unix seconds; end <= start: none), drawn as a band over
    // the cached image like the crosshair, and kept over zooms.
    void setSelection(qint64 start, qint64 end);
    QRectF selectionRect() const { return m_selectionRect; } // chart pixels; empty: none

    QRectF plotArea() const;
    QPair<double, double> yRange() const;
    qint64 windowFrom() const { return m_from; }
    qint64 windowTo() const { return m_to; }
    // Points of a trace as drawn, back in data units (NaN = gap).
    QList<QPointF> tracePoints(int trace) const;
    bool crosshairVisible() const { return m_cross.visible; }
    // The partial buckets' rectangles as drawn (chart pixels) and the brush of their hatching.
    QList<QRectF> partialBands() const { return m_overlay.partialBands; }
    QBrush partialBrush() const { return partialHatch(m_overlay.palette); }
    double crosshairX() const { return m_cross.x; }
    double timeAt(double x) const;
    double xAt(qint64 time) const;

    // Paints the chart (without crosshair) at size into target; the on-screen layout is
    // restored afterwards.
    void renderTo(QPainter *painter, const QRectF &target, const QSize &size);

Q_SIGNALS:
    void hovered(qint64 time, const QPoint &globalPos);
    void left();
    void clicked(qint64 time);
    // Right button at time (unix seconds).
    void contextMenuAt(const QPoint &globalPos, qint64 time);
    // A Ctrl+drag over [from, to); finished on the button's release.
    void selectionDragged(qint64 from, qint64 to, bool finished);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    enum class Drag { None, Zoom, Pan, Select };

    void layoutFor(const QSize &size);
    void rebuildSeries(); // the pens of the traces
    void updateScale();   // Y re-fit for the window and the plot height
    void updatePoints();  // trace points for the window and plot width
    void updateOverlay(); // pixel geometry of the overlay
    void placeCrosshair();
    void placeSelection();
    void paintSelection(QPainter *painter) const;
    qint64 dragTime(double x) const; // the time at x, clamped to the plot
    void invalidate();               // the cached image is out of date
    double yAt(double value) const;

    TimeRangeController *m_range;
    QChart *m_chart;
    ChartLines *m_lines;            // the traces' outlines
    QList<QPen> m_pens;             // one per trace
    QList<QList<QPointF>> m_points; // one per trace, as drawn, in data units
    TimeChartSpec m_spec;
    OverlayState m_overlay;
    ChartUnderlay *m_underlay;
    ChartDecoration *m_decoration;
    CrosshairState m_cross;
    QPixmap m_cache;
    bool m_cacheValid = false;
    QTimeZone m_zone = QTimeZone::utc();
    QTimer m_gestureTimer;
    qint64 m_from = 0;
    qint64 m_to = 1;
    double m_yTop = 1.0;
    int m_yTicks = 3;
    int m_plotLeft = 40;
    bool m_seriesDirty = true;
    bool m_scaleDirty = true;
    bool m_geometryDirty = true;
    bool m_pointsDirty = true;
    bool m_overlayDirty = true;
    bool m_hasCrosshair = false;
    qint64 m_crossTime = 0;
    qint64 m_crossStart = 0;
    qint64 m_crossEnd = 0;
    bool m_selectable = false;
    qint64 m_selStart = 0;
    qint64 m_selEnd = 0;
    QRectF m_selectionRect;
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    qint64 m_pressFrom = 0;
    qint64 m_pressTo = 0;
};

} // namespace trro
