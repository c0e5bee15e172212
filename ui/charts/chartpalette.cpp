#include "chartpalette.h"

#include <QPalette>

using namespace Qt::StringLiterals;

namespace trro {

namespace {

QColor mix(const QColor &a, const QColor &b, double t) {
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

QColor ChartPalette::seriesColor(int index) const {
    if (series.isEmpty())
        return text;
    return series.at(index % series.size());
}

ChartPalette ChartPalette::fromPalette(const QPalette &palette) {
    ChartPalette p;
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::WindowText);
    p.dark = window.lightnessF() < 0.5;
    p.background = window;
    p.plot = base;
    p.text = text;
    p.muted = mix(text, window, 0.35);
    p.grid = mix(text, base, p.dark ? 0.87 : 0.88);
    p.axis = mix(text, base, 0.6);
    p.crosshair = mix(text, base, 0.25);
    p.hover = text;
    p.hover.setAlphaF(p.dark ? 0.14f : 0.08f);

    // Tableau 10 (blue, orange, green, purple, brown, pink, grey, olive, cyan), red excluded.
    static const char *const light[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b",
                                        "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
    static const char *const dark[] = {"#5aa9e6", "#ffa04d", "#5cc85c", "#b794e0", "#c49a8c",
                                       "#f29bd4", "#b0b0b0", "#d6d84a", "#4fd6e6"};
    for (const char *name : p.dark ? dark : light)
        p.series.append(QColor::fromString(QLatin1String(name)));
    p.threshold = QColor::fromString(p.dark ? "#ff6b6b"_L1 : "#d62728"_L1);
    p.flag = QColor::fromString(p.dark ? "#ffc857"_L1 : "#b8860b"_L1);
    p.stale = QColor::fromString(p.dark ? "#e0a800"_L1 : "#b07800"_L1);
    return p;
}

} // namespace trro
