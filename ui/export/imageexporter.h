#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QSize>
#include <QString>
#include <QTimeZone>
#include <functional>

class QImage;
class QPainter;
class QRectF;
class QWidget;

namespace trro {

class LinkedCharts;

// The band on top of every exported image: what, which project, which range, which zone.
struct ExportHeader {
    QString title;         // e.g. "Sessions per interval" or "TRRO fleet dashboard"
    QString project;       // project name (and id)
    qint64 rangeStart = 0; // unix seconds
    qint64 rangeEnd = 0;   // unix seconds
    QTimeZone timeZone = QTimeZone::utc();
    QString note; // optional second line, e.g. "Stale data: last refresh failed"

    // "2024-05-01 00:00 – 2024-05-08 00:00 (UTC+08:00)" in the locale's short format.
    QString rangeText() const;
};

enum class ImageFormat { Png, Svg, Pdf };

// Export errors are values: the caller (the UI) decides how to show them.
struct ImageExportError {
    enum class Kind { None, InvalidSize, NothingToExport, WriteFailed, ClipboardUnavailable };
    Kind kind = Kind::None;
    QString message; // translated, names the file where there is one
    QString path;

    bool isError() const { return kind != Kind::None; }
};

struct ImageExportOptions {
    QSize size{1600, 900}; // logical size in pixels (PNG, SVG, clipboard)
    qreal scale = 1.0;     // device pixel ratio for PNG/clipboard: pixel size = size * scale
    // PDF: the page decides the size; it is laid out at 96 logical dpi (A4 landscape is
    // about 1050 x 720 logical pixels inside its margins).
    QPageSize pageSize{QPageSize::A4};
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    int pdfResolution = 300; // dpi of the PDF page coordinate system
};

// Something that can paint itself into a rectangle with any QPainter (image, SVG, PDF).
struct ImageSource {
    std::function<void(QPainter *, const QRectF &)> paint;
    QSize naturalSize; // the size it has on screen
    // true: lays itself out for any rectangle (charts); false: drawn at its natural size,
    // scaled to fit with its aspect ratio kept (widgets).
    bool relayouts = false;

    bool isValid() const { return bool(paint) && !naturalSize.isEmpty(); }

    static ImageSource fromWidget(QWidget *widget);              // any widget, vector-drawn
    static ImageSource fromChart(LinkedCharts *view, int index); // one chart
    static ImageSource fromCharts(LinkedCharts *view);           // every chart, stacked
};

// Writes PNG (raster at a chosen size and scale), SVG and PDF (vector) and copies to the
// clipboard. Every image carries the ExportHeader band above the content.
class ImageExporter final {
    Q_DECLARE_TR_FUNCTIONS(trro::ImageExporter)
public:
    static ImageExportError write(ImageFormat format, const ImageSource &source,
                                  const ExportHeader &header, const QString &path,
                                  const ImageExportOptions &options = {});
    static ImageExportError writePng(const ImageSource &source, const ExportHeader &header,
                                     const QString &path, const ImageExportOptions &options = {});
    static ImageExportError writeSvg(const ImageSource &source, const ExportHeader &header,
                                     const QString &path, const ImageExportOptions &options = {});
    static ImageExportError writePdf(const ImageSource &source, const ExportHeader &header,
                                     const QString &path, const ImageExportOptions &options = {});
    static ImageExportError copyToClipboard(const ImageSource &source, const ExportHeader &header,
                                            const ImageExportOptions &options = {});

    // The raster image (pixel size = options.size * options.scale, devicePixelRatio = scale);
    // a null image and *error set when the size is invalid or there is nothing to draw.
    static QImage renderImage(const ImageSource &source, const ExportHeader &header,
                              const ImageExportOptions &options, ImageExportError *error = nullptr);

    // Paints header band and content into target with any painter (the common part).
    static void paint(QPainter *painter, const QRectF &target, const ImageSource &source,
                      const ExportHeader &header);

    // From the file name's suffix (png, svg, pdf); false when unknown.
    static bool formatForPath(const QString &path, ImageFormat *format);
};

} // namespace trro
