#include "exportcontroller.h"

#include "appsettings.h"
#include "charts/linkedchartsview.h"
#include "charts/timerangecontroller.h"
#include "exportsizedialog.h"
#include "widgets/themeicon.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>

namespace trro {

ExportController::ExportController(AppSettings *settings, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
    , m_menu(new QMenu(tr("&Export"), window))
    , m_chartMenu(new QMenu(tr("&Chart"), window))
    , m_export(new QAction(tr("&Export…"), this)) {
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    setThemedIcon(m_export, QStringLiteral("export"));
    m_export->setToolTip(tr("Export the dashboard as an image or the data as CSV (Ctrl+E)"));
    connect(m_export, &QAction::triggered, this, &ExportController::askAny);

    setThemedIcon(m_menu->menuAction(), QStringLiteral("export"));
    m_menu->addAction(tr("Dashboard as &PNG…"), this,
                      [this] { askImage(ImageFormat::Png, Dashboard); });
    m_menu->addAction(tr("Dashboard as &SVG…"), this,
                      [this] { askImage(ImageFormat::Svg, Dashboard); });
    m_menu->addAction(tr("Dashboard as P&DF…"), this,
                      [this] { askImage(ImageFormat::Pdf, Dashboard); });
    QAction *copy = m_menu->addAction(tr("C&opy dashboard to clipboard"), this, [this] {
        const ImageExportError error = copyImage(Dashboard);
        if (error.isError())
            report(error, QString());
    });
    setThemedIcon(copy, QStringLiteral("copy"));
    m_menu->addMenu(m_chartMenu);
    m_menu->addSeparator();
    QAction *csv = m_menu->addAction(tr("Data as &CSV…"), this, &ExportController::askCsv);
    setThemedIcon(csv, QStringLiteral("table"));
    connect(m_menu, &QMenu::aboutToShow, this, &ExportController::rebuildChartMenu);
}

void ExportController::setTargetProvider(std::function<ExportTarget()> provider) {
    m_provider = std::move(provider);
}

void ExportController::rebuildChartMenu() {
    m_chartMenu->clear();
    const ExportTarget target = m_provider ? m_provider() : ExportTarget();
    const int count = target.charts ? target.charts->chartCount() : 0;
    m_chartMenu->setEnabled(count > 0);
    for (int i = 0; i < count; ++i) {
        QMenu *sub = m_chartMenu->addMenu(target.charts->chartTitle(i));
        sub->addAction(tr("PNG…"), this, [this, i] { askImage(ImageFormat::Png, i); });
        sub->addAction(tr("SVG…"), this, [this, i] { askImage(ImageFormat::Svg, i); });
        sub->addAction(tr("PDF…"), this, [this, i] { askImage(ImageFormat::Pdf, i); });
        sub->addAction(tr("Copy to clipboard"), this, [this, i] {
            const ImageExportError error = copyImage(i);
            if (error.isError())
                report(error, QString());
        });
    }
}

ChartCsvExport ExportController::csvFor(const LinkedChartsView *charts) {
    const ChartData &data = charts->data();
    const TimeRangeController *range = charts->timeRange();
    qint64 from = range->visibleFrom();
    qint64 to = range->visibleTo();
    if (to <= from) {
        from = data.rangeStart;
        to = data.rangeEnd;
    }
    ChartCsvExport csv(from, to, data.timeZone);
    for (const ChartSeries &series : data.series)
        csv.addSeries({series.key, series.label, data.interval, series.buckets});
    return csv;
}

ExportHeader ExportController::headerFor(const ExportTarget &target, int chartIndex) const {
    ExportHeader header = target.header;
    if (target.charts) {
        const TimeRangeController *range = target.charts->timeRange();
        header.rangeStart = range->visibleFrom();
        header.rangeEnd = range->visibleTo();
        if (header.rangeEnd <= header.rangeStart) {
            header.rangeStart = range->fullFrom();
            header.rangeEnd = range->fullTo();
        }
        header.timeZone = target.charts->timeZone();
        if (chartIndex >= 0)
            header.title =
                target.charts->chartTitle(chartIndex) % QStringLiteral(" — ") % header.title;
    }
    return header;
}

ImageSource ExportController::sourceFor(const ExportTarget &target, int chartIndex) const {
    if (chartIndex >= 0 && target.charts)
        return ImageSource::fromChart(target.charts, chartIndex);
    if (target.page)
        return ImageSource::fromWidget(target.page);
    return {};
}

ImageExportError ExportController::exportImage(ImageFormat format, int chartIndex,
                                               const QString &path,
                                               const ImageExportOptions &options) {
    const ExportTarget target = m_provider ? m_provider() : ExportTarget();
    return ImageExporter::write(format, sourceFor(target, chartIndex),
                                headerFor(target, chartIndex), path, options);
}

ImageExportError ExportController::copyImage(int chartIndex) {
    const ExportTarget target = m_provider ? m_provider() : ExportTarget();
    ImageExportOptions options;
    if (target.page && chartIndex < 0)
        options.size = target.page->size();
    const ImageExportError error = ImageExporter::copyToClipboard(
        sourceFor(target, chartIndex), headerFor(target, chartIndex), options);
    if (!error.isError())
        Q_EMIT copied();
    return error;
}

bool ExportController::exportCsv(const QString &path, QString *error) {
    const ExportTarget target = m_provider ? m_provider() : ExportTarget();
    if (target.writeCsv)
        return target.writeCsv(path, error);
    const auto *charts = qobject_cast<const LinkedChartsView *>(target.charts.data());
    if (!charts) {
        if (error)
            *error = tr("There is nothing to export.");
        return false;
    }
    return csvFor(charts).writeFile(path, error);
}

QString ExportController::suggestedPath(const QString &suffix) const {
    QString directory = m_settings->value(AppSettings::ExportDirectory);
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const ExportTarget target = m_provider ? m_provider() : ExportTarget();
    const QString stem =
        target.fileStem.isEmpty() ? QStringLiteral("trro-dashboard") : target.fileStem;
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    return QDir(directory).filePath(stem % u'-' % stamp % u'.' % suffix);
}

void ExportController::askPath(const QString &title, const QString &filters, const QString &suffix,
                               std::function<void(const QString &)> done) {
    auto *dialog = new QFileDialog(m_window, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(filters);
    dialog->setDefaultSuffix(suffix);
    dialog->selectFile(suggestedPath(suffix));
    connect(dialog, &QFileDialog::fileSelected, this, [this, done](const QString &path) {
        m_settings->setValue(AppSettings::ExportDirectory, QFileInfo(path).absolutePath());
        done(path);
    });
    dialog->open();
}

void ExportController::askImage(ImageFormat format, int chartIndex) {
    switch (format) {
    case ImageFormat::Png:
        askPath(tr("Export as PNG"), tr("PNG image (*.png)"), QStringLiteral("png"),
                [this, chartIndex](const QString &path) {
                    writeImage(ImageFormat::Png, chartIndex, path);
                });
        break;
    case ImageFormat::Svg:
        askPath(tr("Export as SVG"), tr("SVG image (*.svg)"), QStringLiteral("svg"),
                [this, chartIndex](const QString &path) {
                    writeImage(ImageFormat::Svg, chartIndex, path);
                });
        break;
    case ImageFormat::Pdf:
        askPath(tr("Export as PDF"), tr("PDF document (*.pdf)"), QStringLiteral("pdf"),
                [this, chartIndex](const QString &path) {
                    writeImage(ImageFormat::Pdf, chartIndex, path);
                });
        break;
    }
}

void ExportController::askAny() {
    const QString filters = tr("PNG image (*.png)") % QStringLiteral(";;") %
                            tr("SVG image (*.svg)") % QStringLiteral(";;") %
                            tr("PDF document (*.pdf)") % QStringLiteral(";;") %
                            tr("CSV data (*.csv)");
    askPath(tr("Export"), filters, QStringLiteral("png"), [this](const QString &path) {
        if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
            QString error;
            if (exportCsv(path, &error))
                Q_EMIT exported(path);
            else
                Q_EMIT failed(tr("Could not write %1: %2").arg(path, error));
            return;
        }
        ImageFormat format = ImageFormat::Png;
        if (!ImageExporter::formatForPath(path, &format)) {
            Q_EMIT failed(tr("Unknown file type: %1").arg(QFileInfo(path).fileName()));
            return;
        }
        writeImage(format, Dashboard, path);
    });
}

void ExportController::writeImage(ImageFormat format, int chartIndex, const QString &path) {
    const ExportTarget target = m_provider ? m_provider() : ExportTarget();
    ImageExportOptions options;
    options.size = QSize(m_settings->value(AppSettings::ExportWidth),
                         m_settings->value(AppSettings::ExportHeight));
    options.scale = m_settings->value(AppSettings::ExportScale);
    if (format != ImageFormat::Png) {
        // Vector formats: the size only sets the proportions; use those of the screen.
        const ImageSource source = sourceFor(target, chartIndex);
        if (source.isValid())
            options.size = source.naturalSize;
        report(exportImage(format, chartIndex, path, options), path);
        return;
    }
    const QSize natural = sourceFor(target, chartIndex).naturalSize;
    auto *dialog = new ExportSizeDialog(options.size, options.scale, natural, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, chartIndex, path] {
        ImageExportOptions chosen;
        chosen.size = dialog->imageSize();
        chosen.scale = dialog->scale();
        m_settings->setValue(AppSettings::ExportWidth, chosen.size.width());
        m_settings->setValue(AppSettings::ExportHeight, chosen.size.height());
        m_settings->setValue(AppSettings::ExportScale, chosen.scale);
        report(exportImage(ImageFormat::Png, chartIndex, path, chosen), path);
    });
    dialog->open();
}

void ExportController::askCsv() {
    askPath(tr("Export data as CSV"), tr("CSV data (*.csv)"), QStringLiteral("csv"),
            [this](const QString &path) {
                QString error;
                if (exportCsv(path, &error))
                    Q_EMIT exported(path);
                else
                    Q_EMIT failed(tr("Could not write %1: %2").arg(path, error));
            });
}

void ExportController::report(const ImageExportError &error, const QString &path) {
    if (error.isError())
        Q_EMIT failed(error.message);
    else if (!path.isEmpty())
        Q_EMIT exported(path);
}

} // namespace trro
