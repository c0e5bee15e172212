#pragma once

#include <QColor>
#include <QList>

class QPalette;

namespace trro {

// The colours of the charts, derived from the widget palette so that light and dark desktop
// themes both read well (Qt 6.4 has no colour-scheme hint: the window colour's lightness
// decides). Series colours come from a qualitative palette (Tableau 10 without its red,
// which is kept for "below threshold"), brightened on dark backgrounds.
struct ChartPalette {
    bool dark = false;
    QColor background; // chart background
    QColor plot;       // plot area background
    QColor text;       // titles
    QColor muted;      // axis labels
    QColor grid;       // grid lines
    QColor axis;       // the time axis base line
    QColor crosshair;
    QColor hover;         // band of the hovered interval
    QColor threshold;     // threshold line and "below threshold" bands
    QColor flag;          // hatching and markers of anomalous buckets
    QColor stale;         // "stale data" badge
    QList<QColor> series; // series[0] is the fleet

    QColor seriesColor(int index) const; // cycles through the palette

    static ChartPalette fromPalette(const QPalette &palette);
};

} // namespace trro
