#pragma once

#include "linkedcharts.h"
#include "sessionchartbuilder.h"
#include "sessionchartdata.h"

namespace trro {

// The charts of one session on the session's own time axis: the same linked-chart machinery
// as the fleet (LinkedCharts: one shared range with undo, one crosshair, aligned plot areas),
// drawing the samples of both sides (vehicle solid, cockpit dashed; each side placed at its
// own StartTime) in the lanes of SessionChartBuilder, with the diagnosis' thresholds.
// Hovering shows every value of both sides at that moment.
class SessionChartsView final : public LinkedCharts {
    Q_OBJECT
public:
    explicit SessionChartsView(QWidget *parent = nullptr);
    ~SessionChartsView() override;

    using Lane = SessionChartBuilder::Lane;

    // Replaces what is shown; the full range becomes the session's extent. keepZoom (a session
    // that grows): a zoom of the user's stays where it is, an unzoomed view follows the extent.
    void setSession(const QList<SideTelemetry> &sides, const QTimeZone &zone,
                    bool keepZoom = false);
    void setThresholds(const DiagnosisThresholds &thresholds);
    const DiagnosisThresholds &thresholds() const { return m_thresholds; }
    const SessionChartData &data() const { return m_data; }
    void clear();

    // Shows [from, to] (unix seconds) with a little context around it as one undoable zoom
    // step and puts the crosshair at from: where a finding of the diagnosis points.
    void showMoment(qint64 from, qint64 to);

    Lane chartLane(int index) const;
    QString chartNetId(int index) const; // NetCard lanes: the card's NetId

protected:
    void refreshSpecs() override;
    bool spanAt(qint64 time, qint64 *start, qint64 *end) const override;
    QString tooltipFor(qint64 start, qint64 end) const override;

private:
    void applySpecs(bool sync = true);

    SessionChartData m_data;
    DiagnosisThresholds m_thresholds;
    QList<Lane> m_lanes;
    QStringList m_netIds;
};

} // namespace trro
