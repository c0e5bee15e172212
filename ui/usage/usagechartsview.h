#pragma once

#include "charts/linkedcharts.h"
#include "charts/timechart.h"
#include "usageforecast.h"

#include <optional>

namespace trro {

// What the Usage chart shows: the range's days, the month-end forecast and the window.
struct UsageChartData {
    UsageSeries series;                    // the service's days (China time)
    std::optional<UsageForecast> forecast; // none: not loaded
    qint64 rangeStart = 0;                 // the window, unix seconds
    qint64 rangeEnd = 0;
    qint64 now = 0;                        // when the data was current
    QTimeZone timeZone = QTimeZone::utc(); // of the axis and the tooltip

    qint64 dayStart(qsizetype index) const; // the China midnight of series.dates[index]
    // Whether the forecast is drawn: it exists and the range reaches the day of now.
    bool showsForecast() const;
    // Where the drawn forecast ends: the month's end, or sooner, so that early in a month the
    // range's days keep two thirds of the axis (at least a day of forecast is drawn). The
    // figures beside the chart always give the month's end.
    qint64 forecastEnd() const;
};

// The minutes per day by resolution tier, one chart on the linked-chart machinery (shared
// range with undo, crosshair, tooltip, export). The session tiers are stacked in the API's
// order (Voice at the bottom; a Multi- tier in a lighter shade of its single tier's hue); the
// Online tiers, time online rather than minutes of sessions, are dotted lines over the stack.
// Today, not over yet, is hatched. While the range reaches today, the chart runs on to the end
// of the month with the forecast: the baseline's mean minutes a day as a dashed line from now
// and the mean ± one standard deviation as a shaded band.
class UsageChartsView final : public LinkedCharts {
    Q_OBJECT
public:
    explicit UsageChartsView(QWidget *parent = nullptr);
    ~UsageChartsView() override;

    // Replaces what is shown; the full range is the window (to the month's end with the
    // forecast). The visible range is kept while the new data still covers it.
    void setData(const UsageChartData &data);
    const UsageChartData &data() const { return m_data; }
    const TimeChartSpec &spec() const { return m_spec; } // what the chart draws

    // The stacked chart's spec (pure; tests and export call it too).
    static TimeChartSpec buildSpec(const UsageChartData &data, const ChartPalette &palette);
    static QColor tierColor(int tier, const ChartPalette &palette);

protected:
    void refreshSpecs() override;
    bool spanAt(qint64 time, qint64 *start, qint64 *end) const override;
    QString tooltipFor(qint64 start, qint64 end) const override;

private:
    void applySpecs(bool sync = true);

    UsageChartData m_data;
    TimeChartSpec m_spec;
};

} // namespace trro
