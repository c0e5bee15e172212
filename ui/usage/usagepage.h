#pragma once

#include "apierror.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace trro {

class Clock;
class LicenceDevicesModel;
class LicencesPanel;
class ToneProxyModel;
class UsageApi;
class UsageChartsView;
class UsageDaysModel;
class UsageDaysSortModel;
class UsageFigure;
class UsageLoader;
class ViewState;

// The Usage page of the window: what the fleet costs and whether its licences hold, for what
// the view state looks at (its project, or the device of its drill-down, and its range). The
// minutes per day by resolution tier as a stacked chart with the month-end forecast, the
// figures of the range, the month to date and the forecast with its band, the table of the
// days with a totals row, and the licences panel. Data comes from a UsageLoader, which runs
// while the page is shown; an error keeps the data on screen, marked as not current, with the
// message above it.
class UsagePage final : public QWidget {
    Q_OBJECT
public:
    // usage, state and clock must outlive the page; clock nullptr: the system's.
    UsagePage(UsageApi *usage, ViewState *state, Clock *clock = nullptr, QWidget *parent = nullptr);
    ~UsagePage() override;

    void setDeviceNames(const QHash<QString, QString> &namesById);
    void reload(); // F5
    // The days' data CSV (UsageCsvExport) of what the table shows.
    bool writeCsv(const QString &path, QString *error = nullptr) const;
    QString title() const; // for export headers and the crumbs: "Usage of …"
    QString fileStem() const;

    UsageLoader *loader() const { return m_loader; }
    UsageDaysModel *daysModel() const { return m_days; }
    LicenceDevicesModel *devicesModel() const { return m_devices; }
    UsageChartsView *charts() const { return m_charts; }
    LicencesPanel *licences() const { return m_licences; }
    QTableView *daysTable() const { return m_table; }
    UsageFigure *rangeFigure() const { return m_rangeFigure; }
    UsageFigure *monthFigure() const { return m_monthFigure; }
    UsageFigure *forecastFigure() const { return m_forecastFigure; }
    QString statusText() const; // the message line above the data (errors, warnings)

Q_SIGNALS:
    void deviceOpened(const QString &deviceId);
    void projectRequested(); // "Whole project": leave the device's usage
    void errorOccurred(const trro::ApiError &error);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildTable();
    void layOut();
    void showUsage();
    void showLicences();
    void showStatus();
    QString scopeLabel() const;

    ViewState *m_state;
    UsageDaysModel *m_days;
    LicenceDevicesModel *m_devices;
    UsageLoader *m_loader;
    QLabel *m_title;
    QPushButton *m_project;
    UsageFigure *m_rangeFigure;
    UsageFigure *m_monthFigure;
    UsageFigure *m_forecastFigure;
    UsageFigure *m_expiringFigure;
    QLabel *m_status;
    UsageChartsView *m_charts;
    ToneProxyModel *m_tone;
    UsageDaysSortModel *m_sorter;
    QTableView *m_table = nullptr;
    LicencesPanel *m_licences;
    QHash<QString, QString> m_names;
};

} // namespace trro
