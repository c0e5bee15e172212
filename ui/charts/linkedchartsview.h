#pragma once

#include "chartdata.h"
#include "linkedcharts.h"

namespace trro {

// The linked charts of the dashboard: sessions, session minutes, not-bad ratio and active
// devices per interval, stacked over ONE shared time axis (LinkedCharts: shared range with
// undo, one crosshair, aligned plot areas). Hovering shows one tooltip with every value of the
// hovered interval (all series, anomaly flags included); a click on an interval emits
// intervalActivated() (drill-down to the interval breakdown). Span questions are on: Ctrl+drag
// selects a span, the right button asks why (LinkedCharts::whyRequested()).
class LinkedChartsView final : public LinkedCharts {
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
    // The previous period's ghosts (ChartData::previous, moved onto this axis) and their name.
    // Kept over a setData() of the same range and interval (a refresh), dropped otherwise.
    void setPreviousSeries(const QList<ChartSeries> &ghosts, const QString &label);
    // The series without a cause's value (ChartData::without; no buckets: none). Kept over a
    // setData() of the same range and interval, like the ghosts.
    void setWithoutSeries(const ChartSeries &series);

    // NotBadSessionRatio threshold in percent (0-100); intervals below it are marked.
    void setRatioThreshold(int percent);
    int ratioThreshold() const { return m_threshold; }

    void setLayoutMode(LayoutMode mode);
    LayoutMode layoutMode() const { return m_layoutMode; }

    Metric chartMetric(int index) const;
    QString chartSeriesKey(int index) const; // SmallMultiples: the series; Overlay: "" (all)

Q_SIGNALS:
    void dataReplaced(); // setData() was called
    // The user clicked an interval: drill down to it.
    void intervalActivated(qint64 start, qint64 end);

protected:
    void refreshSpecs() override;
    bool spanAt(qint64 time, qint64 *start, qint64 *end) const override;
    QString tooltipFor(qint64 start, qint64 end) const override;
    void clickedAt(qint64 time) override;

private:
    void rebuild();                    // charts for the data and the layout mode
    void applySpecs(bool sync = true); // what each chart draws (data, colours, threshold)

    ChartData m_data;
    QList<QPair<Metric, int>> m_chartKinds; // metric and series index (-1: all series)
    LayoutMode m_layoutMode = LayoutMode::Overlay;
    int m_threshold = 90;
};

} // namespace trro
