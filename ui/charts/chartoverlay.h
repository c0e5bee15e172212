#pragma once

#include "chartpalette.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QPen>
#include <QRectF>
#include <QString>

namespace trro {

// What a chart draws around and over its series, in chart (scene) pixel coordinates.
// TimeChart computes it; the items below only paint it.

struct LegendEntry {
    QString label;
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;
    bool filled = false;
};

struct AxisLabel {
    double x = 0.0;
    QString label;
    QString context; // second line (date or year), may be empty
};

struct OverlayState {
    // The fill under a step outline (chart pixels, as areaSteps() gives it). Drawn by the
    // underlay: per device-pixel column on raster devices (linear cost; Qt's rasterizer fills a
    // polygon of a thousand steps in quadratic time), as one path on vector devices.
    struct AreaFill {
        QColor color;
        QList<QPointF> outline;
    };
    ChartPalette palette;
    QList<AreaFill> fills;
    QFont titleFont;
    QFont labelFont;
    QRectF chartRect;
    QRectF plot;
    QString title;
    QString emptyText; // shown in the plot when there is nothing to draw
    QList<LegendEntry> legend;
    QList<double> gridX;                  // vertical grid lines
    QList<QPair<double, QString>> yTicks; // y and label of each value tick (grid lines too)
    QList<AxisLabel> axisLabels;
    QList<QRectF> belowBands;   // intervals under the ratio threshold
    QList<QRectF> flagBands;    // anomalous buckets (hatched)
    QList<double> flagMarkers;  // x of each anomalous bucket (marker on the top edge)
    QList<QRectF> partialBands; // buckets cut by the range or not over: lighter, hatched
    QList<QRectF> valueBands;   // shaded ranges of values (a forecast's band)
    QColor valueBandColor;
    double thresholdY = -1.0; // < 0: no threshold line
    QString thresholdText;
    bool stale = false;
    QString staleText;
};

// Under the series: grid and threshold bands.
class ChartUnderlay final : public QGraphicsItem {
public:
    explicit ChartUnderlay(const OverlayState *state, QGraphicsItem *parent = nullptr);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;
    void changed(); // the state's geometry changed

private:
    void paintFill(QPainter *painter, const OverlayState::AreaFill &fill) const;

    const OverlayState *m_state;
    QRectF m_bounds;
};

// Over the series: title, legend, axis labels, threshold line, anomalous buckets, badge.
class ChartDecoration final : public QGraphicsItem {
public:
    explicit ChartDecoration(const OverlayState *state, QGraphicsItem *parent = nullptr);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;
    void changed();

private:
    void paintLegend(QPainter *painter) const;
    void paintAxis(QPainter *painter) const;

    const OverlayState *m_state;
    QRectF m_bounds;
};

// The crosshair (a line at the hovered time over a band on the hovered interval) and the rubber
// band of a zoom drag. Painted straight onto the chart's viewport over its cached image, so
// moving them never repaints the series.
struct CrosshairState {
    bool visible = false;
    double x = 0.0;
    double bandLeft = 0.0;
    double bandRight = -1.0; // bandRight <= bandLeft: no band
    QRectF rubberBand;       // empty: none
};
// How a partial bucket is drawn over its series: a veil of the plot colour that lightens the
// fill and the line under it, and a hatching in the muted colour.
QColor partialVeil(const ChartPalette &palette);
QBrush partialHatch(const ChartPalette &palette);

QRectF crosshairRect(const CrosshairState &state, const QRectF &plot);
void paintCrosshair(QPainter *painter, const CrosshairState &state, const QRectF &plot,
                    const ChartPalette &palette);

} // namespace trro
