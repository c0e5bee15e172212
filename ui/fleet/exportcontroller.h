#pragma once

#include "chartcsvexport.h"
#include "export/imageexporter.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace trro {

class AppSettings;
class LinkedCharts;
class LinkedChartsView;

// What the export actions work on: the page on screen and its charts.
struct ExportTarget {
    QPointer<LinkedCharts> charts; // the charts of the page (fleet, device or session)
    QPointer<QWidget> page;        // the whole page, for the dashboard image
    // Writes the data CSV of the page; empty: the CSV of the interval charts (csvFor()).
    std::function<bool(const QString &path, QString *error)> writeCsv;
    ExportHeader header; // title, project, zone, stale note (range: filled in)
    QString fileStem;    // suggested file name without suffix
};

// The Export menu: the dashboard or one chart as PNG (size and scale dialog), SVG or PDF,
// copied to the clipboard, and the CSV of what is shown (visible range, the fleet and the
// selected devices). Dialogs are opened window-modal and answered asynchronously.
class ExportController final : public QObject {
    Q_OBJECT
public:
    ExportController(AppSettings *settings, QWidget *window);

    void setTargetProvider(std::function<ExportTarget()> provider);

    QMenu *menu() const { return m_menu; }
    QAction *exportAction() const { return m_export; } // Ctrl+E: the dashboard, any format

    // Without dialogs (the menu's actions end here; tests call them directly).
    ImageExportError exportImage(ImageFormat format, int chartIndex, const QString &path,
                                 const ImageExportOptions &options);
    ImageExportError copyImage(int chartIndex);
    bool exportCsv(const QString &path, QString *error = nullptr);

    // The CSV of what the charts show: the visible range of the shared time axis, every series.
    static ChartCsvExport csvFor(const LinkedChartsView *charts);

    static constexpr int Dashboard = -1; // chartIndex of the whole page

Q_SIGNALS:
    void exported(const QString &path);
    void copied();
    void failed(const QString &message);

private:
    void rebuildChartMenu();
    void askPath(const QString &title, const QString &filters, const QString &suffix,
                 std::function<void(const QString &)> done);
    void askImage(ImageFormat format, int chartIndex);
    void askAny(); // Ctrl+E
    void writeImage(ImageFormat format, int chartIndex, const QString &path);
    void askCsv();
    ImageSource sourceFor(const ExportTarget &target, int chartIndex) const;
    ExportHeader headerFor(const ExportTarget &target, int chartIndex) const;
    QString suggestedPath(const QString &suffix) const;
    void report(const ImageExportError &error, const QString &path);

    AppSettings *m_settings;
    QWidget *m_window;
    std::function<ExportTarget()> m_provider;
    QMenu *m_menu;
    QMenu *m_chartMenu;
    QAction *m_export;
};

} // namespace trro
