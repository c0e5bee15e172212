#include "imageexporter.h"

#include "charts/linkedcharts.h"
#include "charts/timeticks.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>
#include <cmath>

using namespace Qt::StringLiterals;

namespace trro {

namespace {

constexpr int MaxSide = 16384; // pixels per side of a raster export
constexpr double ScreenDpi = 96.0;

QFont titleFont() {
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont lineFont() {
    return QApplication::font();
}

double headerHeight(const ExportHeader &header) {
    const QFontMetricsF title(titleFont());
    const QFontMetricsF line(lineFont());
    const int lines = header.note.isEmpty() ? 1 : 2;
    return std::ceil(12 + title.height() + 4 + lines * line.height() + 12);
}

ImageExportError fail(ImageExportError::Kind kind, const QString &message,
                      const QString &path = {}) {
    ImageExportError error;
    error.kind = kind;
    error.message = message;
    error.path = path;
    return error;
}

QString nativePath(const QString &path) {
    return QDir::toNativeSeparators(path);
}

} // namespace

QString ExportHeader::rangeText() const {
    const QLocale locale;
    if (rangeEnd <= rangeStart)
        return zoneLabel(timeZone, rangeStart);
    return formatInstant(rangeStart, timeZone, locale) % u" – "_s %
           formatInstant(rangeEnd, timeZone, locale) % u" ("_s % zoneLabel(timeZone, rangeStart) %
           u")"_s;
}

ImageSource ImageSource::fromWidget(QWidget *widget) {
    ImageSource source;
    if (!widget)
        return source;
    QPointer<QWidget> guard(widget);
    source.naturalSize = widget->size();
    source.paint = [guard](QPainter *painter, const QRectF &target) {
        if (!guard || guard->width() <= 0 || guard->height() <= 0)
            return;
        const double scale =
            std::min(target.width() / guard->width(), target.height() / guard->height());
        painter->save();
        painter->translate(target.left() + (target.width() - guard->width() * scale) / 2,
                           target.top());
        painter->scale(scale, scale);
        guard->render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter->restore();
    };
    return source;
}

ImageSource ImageSource::fromChart(LinkedCharts *view, int index) {
    ImageSource source;
    if (!view || index < 0 || index >= view->chartCount())
        return source;
    QPointer<LinkedCharts> guard(view);
    const QWidget *chart = view->chartWidget(index);
    source.naturalSize =
        chart->isVisible() && !chart->size().isEmpty() ? chart->size() : QSize(1200, 300);
    source.relayouts = true;
    source.paint = [guard, index](QPainter *painter, const QRectF &target) {
        if (guard)
            guard->renderChart(index, painter, target);
    };
    return source;
}

ImageSource ImageSource::fromCharts(LinkedCharts *view) {
    ImageSource source;
    if (!view || view->chartCount() == 0)
        return source;
    QPointer<LinkedCharts> guard(view);
    source.naturalSize = view->contentSize();
    source.relayouts = true;
    source.paint = [guard](QPainter *painter, const QRectF &target) {
        if (guard)
            guard->renderAll(painter, target);
    };
    return source;
}

void ImageExporter::paint(QPainter *painter, const QRectF &target, const ImageSource &source,
                          const ExportHeader &header) {
    const QPalette palette = QApplication::palette();
    const QColor background = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    QColor muted = text;
    muted.setAlphaF(0.7f);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    painter->fillRect(target, background);

    const double band = headerHeight(header);
    const double pad = 16.0;
    const QFontMetricsF tfm(titleFont());
    const QFontMetricsF lfm(lineFont());
    double y = target.top() + 12;
    painter->setPen(text);
    painter->setFont(titleFont());
    painter->drawText(QRectF(target.left() + pad, y, target.width() - 2 * pad, tfm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, header.title);
    // Where and when: the right end of the title line.
    painter->setFont(lineFont());
    painter->setPen(muted);
    const QString stamp =
        tr("Exported %1")
            .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    painter->drawText(QRectF(target.left() + pad, y, target.width() - 2 * pad, tfm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, stamp);
    y += tfm.height() + 4;
    const QString project =
        header.project.isEmpty() ? QString() : tr("Project: %1").arg(header.project);
    const QString range = tr("Range: %1").arg(header.rangeText());
    const QString info = project.isEmpty() ? range : project % u"    "_s % range;
    painter->setPen(text);
    painter->drawText(QRectF(target.left() + pad, y, target.width() - 2 * pad, lfm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      lfm.elidedText(info, Qt::ElideRight, target.width() - 2 * pad));
    if (!header.note.isEmpty()) {
        y += lfm.height();
        painter->setPen(muted);
        painter->drawText(QRectF(target.left() + pad, y, target.width() - 2 * pad, lfm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, header.note);
    }
    QColor rule = text;
    rule.setAlphaF(0.25f);
    painter->setPen(QPen(rule, 1.0));
    painter->drawLine(QPointF(target.left() + pad, target.top() + band - 1),
                      QPointF(target.right() - pad, target.top() + band - 1));
    painter->restore();

    const QRectF content(target.left(), target.top() + band, target.width(),
                         std::max(1.0, target.height() - band));
    if (source.isValid()) {
        painter->save();
        painter->setClipRect(content);
        source.paint(painter, content);
        painter->restore();
    }
}

QImage ImageExporter::renderImage(const ImageSource &source, const ExportHeader &header,
                                  const ImageExportOptions &options, ImageExportError *error) {
    const QSize pixels(qRound(options.size.width() * options.scale),
                       qRound(options.size.height() * options.scale));
    auto setError = [error](const ImageExportError &e) {
        if (error)
            *error = e;
    };
    if (options.size.isEmpty() || !(options.scale > 0.0) || pixels.isEmpty() ||
        pixels.width() > MaxSide || pixels.height() > MaxSide) {
        setError(fail(ImageExportError::Kind::InvalidSize,
                      tr("The image size %1 × %2 at scale %3 is not possible (at most %4 pixels "
                         "per side).")
                          .arg(options.size.width())
                          .arg(options.size.height())
                          .arg(QLocale().toString(options.scale))
                          .arg(MaxSide)));
        return {};
    }
    if (!source.isValid()) {
        setError(fail(ImageExportError::Kind::NothingToExport, tr("There is nothing to export.")));
        return {};
    }
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(options.scale);
    // Logical 96 dpi: point sizes come out as on screen, the pixel ratio does the rest.
    const int dotsPerMeter = qRound(ScreenDpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(options.size)), source, header);
    painter.end();
    setError({});
    return image;
}

ImageExportError ImageExporter::writePng(const ImageSource &source, const ExportHeader &header,
                                         const QString &path, const ImageExportOptions &options) {
    ImageExportError error;
    const QImage image = renderImage(source, header, options, &error);
    if (error.isError())
        return error;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return fail(ImageExportError::Kind::WriteFailed,
                    tr("Could not write %1: %2").arg(nativePath(path), file.errorString()), path);
    return {};
}

ImageExportError ImageExporter::writeSvg(const ImageSource &source, const ExportHeader &header,
                                         const QString &path, const ImageExportOptions &options) {
    if (options.size.isEmpty() || options.size.width() > MaxSide || options.size.height() > MaxSide)
        return fail(ImageExportError::Kind::InvalidSize, tr("The image size is not possible."));
    if (!source.isValid())
        return fail(ImageExportError::Kind::NothingToExport, tr("There is nothing to export."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ImageExportError::Kind::WriteFailed,
                    tr("Could not write %1: %2").arg(nativePath(path), file.errorString()), path);
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setResolution(int(ScreenDpi));
    svg.setSize(options.size);
    svg.setViewBox(QRect(QPoint(0, 0), options.size));
    svg.setTitle(header.title);
    svg.setDescription(header.project.isEmpty() ? header.rangeText()
                                                : header.project % u", "_s % header.rangeText());
    QPainter painter;
    if (!painter.begin(&svg))
        return fail(ImageExportError::Kind::WriteFailed,
                    tr("Could not write %1.").arg(nativePath(path)), path);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(options.size)), source, header);
    painter.end();
    if (!file.commit())
        return fail(ImageExportError::Kind::WriteFailed,
                    tr("Could not write %1: %2").arg(nativePath(path), file.errorString()), path);
    return {};
}

ImageExportError ImageExporter::writePdf(const ImageSource &source, const ExportHeader &header,
                                         const QString &path, const ImageExportOptions &options) {
    if (!source.isValid())
        return fail(ImageExportError::Kind::NothingToExport, tr("There is nothing to export."));
    if (options.size.isEmpty() || options.pdfResolution <= 0)
        return fail(ImageExportError::Kind::InvalidSize, tr("The page layout is not possible."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ImageExportError::Kind::WriteFailed,
                    tr("Could not write %1: %2").arg(nativePath(path), file.errorString()), path);
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(options.pdfResolution);
        pdf.setPageLayout(QPageLayout(options.pageSize, options.orientation,
                                      QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        pdf.setTitle(header.title);
        pdf.setCreator(QApplication::applicationName());
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(ImageExportError::Kind::WriteFailed,
                        tr("Could not write %1.").arg(nativePath(path)), path);
        // Lay the page out at 96 logical dpi like the screen (fonts are in points, so this
        // is the one scale at which text and layout agree), then scale it onto the page.
        const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        const double scale = pdf.resolution() / ScreenDpi;
        painter.scale(scale, scale);
        const QSizeF logical(page.width() / scale, page.height() / scale);
        paint(&painter, QRectF(QPointF(0, 0), logical), source, header);
        painter.end();
    }
    if (!file.commit())
        return fail(ImageExportError::Kind::WriteFailed,
                    tr("Could not write %1: %2").arg(nativePath(path), file.errorString()), path);
    return {};
}

ImageExportError ImageExporter::copyToClipboard(const ImageSource &source,
                                                const ExportHeader &header,
                                                const ImageExportOptions &options) {
    QClipboard *clipboard = qobject_cast<QGuiApplication *>(QCoreApplication::instance())
                                ? QGuiApplication::clipboard()
                                : nullptr;
    if (!clipboard)
        return fail(ImageExportError::Kind::ClipboardUnavailable,
                    tr("The clipboard is not available."));
    ImageExportError error;
    const QImage image = renderImage(source, header, options, &error);
    if (error.isError())
        return error;
    clipboard->setImage(image);
    return {};
}

ImageExportError ImageExporter::write(ImageFormat format, const ImageSource &source,
                                      const ExportHeader &header, const QString &path,
                                      const ImageExportOptions &options) {
    switch (format) {
    case ImageFormat::Png:
        return writePng(source, header, path, options);
    case ImageFormat::Svg:
        return writeSvg(source, header, path, options);
    case ImageFormat::Pdf:
        return writePdf(source, header, path, options);
    }
    return fail(ImageExportError::Kind::WriteFailed, tr("Unknown image format."), path);
}

bool ImageExporter::formatForPath(const QString &path, ImageFormat *format) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png"_s)
        *format = ImageFormat::Png;
    else if (suffix == u"svg"_s)
        *format = ImageFormat::Svg;
    else if (suffix == u"pdf"_s)
        *format = ImageFormat::Pdf;
    else
        return false;
    return true;
}

} // namespace trro
