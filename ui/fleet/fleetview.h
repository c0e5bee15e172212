#pragma once

#include "charts/chartdata.h"
#include "fleetcontroller.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace trro {

class KpiPanel;
class LinkedChartsView;

// The fleet page: the key figures of the range above the linked charts, which show the fleet
// and, overlaid, the devices selected in the device panel.
class FleetView final : public QWidget {
    Q_OBJECT
public:
    explicit FleetView(FleetController *controller, QWidget *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);
    void setComparisonLabel(const QString &label);
    void setDeviceNames(const QHash<QString, QString> &namesById);

    KpiPanel *kpis() const { return m_kpis; }
    LinkedChartsView *charts() const { return m_charts; }

    // What the charts show: the fleet series, then every selected device that has arrived.
    static ChartData chartData(const FleetController &controller, const QTimeZone &zone,
                               const QHash<QString, QString> &namesById);

private:
    void updateKpis();
    void updateCharts();
    void updateState();

    FleetController *m_controller;
    KpiPanel *m_kpis;
    LinkedChartsView *m_charts;
    QLabel *m_empty;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_comparison;
    QHash<QString, QString> m_names;
};

} // namespace trro
