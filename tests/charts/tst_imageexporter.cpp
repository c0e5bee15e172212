// Image export: PNG at a size and pixel ratio, SVG and PDF as vector with the header band,
// the clipboard, and errors as values.

#include "chartfixtures.h"
#include "charts/linkedchartsview.h"
#include "export/imageexporter.h"

#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace trro;
using namespace trro::test;
using namespace Qt::StringLiterals;

class TestImageExporter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pngHasRequestedPixelSize_data();
    void pngHasRequestedPixelSize();
    void svgIsXmlWithHeader_data();
    void svgIsXmlWithHeader();
    void pdfHasPageSize_data();
    void pdfHasPageSize();
    void anyWidget();
    void clipboard();
    void errors_data();
    void errors();
    void formatFromSuffix();

private:
    ExportHeader header() const;
    ImageSource source(const QString &kind) const;

    QTemporaryDir m_dir;
    LinkedChartsView *m_view = nullptr;
};

void TestImageExporter::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_view = new LinkedChartsView;
    QVERIFY(showTwoDays(m_view, QSize(900, 700)));
}

void TestImageExporter::cleanupTestCase() {
    delete m_view;
}

ExportHeader TestImageExporter::header() const {
    ExportHeader h;
    h.title = u"Sessions per interval"_s;
    h.project = u"Harbour shuttles (prj-42)"_s;
    h.rangeStart = twoDays().rangeStart;
    h.rangeEnd = twoDays().rangeEnd;
    h.timeZone = QTimeZone(8 * 3600);
    return h;
}

ImageSource TestImageExporter::source(const QString &kind) const {
    if (kind == u"chart"_s)
        return ImageSource::fromChart(m_view, 0);
    if (kind == u"charts"_s)
        return ImageSource::fromCharts(m_view);
    return ImageSource::fromWidget(m_view);
}

void TestImageExporter::pngHasRequestedPixelSize_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("scale");
    QTest::newRow("one chart 1x") << u"chart"_s << QSize(1200, 400) << qreal(1.0);
    QTest::newRow("one chart 2x") << u"chart"_s << QSize(800, 300) << qreal(2.0);
    QTest::newRow("all charts 1.5x") << u"charts"_s << QSize(1000, 900) << qreal(1.5);
    QTest::newRow("dashboard widget") << u"widget"_s << QSize(640, 480) << qreal(1.0);
}

void TestImageExporter::pngHasRequestedPixelSize() {
    QFETCH(QString, kind);
    QFETCH(QSize, size);
    QFETCH(qreal, scale);
    const QString path = m_dir.filePath(kind + u".png"_s);
    ImageExportOptions options;
    options.size = size;
    options.scale = scale;
    const ImageExportError error = ImageExporter::writePng(source(kind), header(), path, options);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    QCOMPARE(image.size(), QSize(qRound(size.width() * scale), qRound(size.height() * scale)));
    // Not blank: the header band and the charts put many colours in it.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
    if (!qEnvironmentVariableIsEmpty("TRRO_CHARTS_SNAPSHOT_DIR"))
        QFile::copy(path, qEnvironmentVariable("TRRO_CHARTS_SNAPSHOT_DIR") + u"/export-"_s +
                              QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') +
                              u".png"_s);
}

void TestImageExporter::svgIsXmlWithHeader_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("chartText"); // drawn by the charts, as text (vector)
    QTest::newRow("one chart") << u"chart"_s << u"Fleet"_s;
    QTest::newRow("all charts") << u"charts"_s << u"Not-bad session ratio (%)"_s;
    QTest::newRow("dashboard widget") << u"widget"_s << u"Active devices"_s;
}

void TestImageExporter::svgIsXmlWithHeader() {
    QFETCH(QString, kind);
    QFETCH(QString, chartText);
    const QString path = m_dir.filePath(kind + u".svg"_s);
    ImageExportOptions options;
    options.size = QSize(1000, 600);
    const ImageExportError error = ImageExporter::writeSvg(source(kind), header(), path, options);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QXmlStreamReader xml(svg);
    QString root;
    int texts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (root.isEmpty())
                root = xml.name().toString();
            texts += xml.name() == u"text"_s;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, u"svg"_s);
    QVERIFY(texts > 10); // vector text: header, titles, axis labels
    const QString text = QString::fromUtf8(svg);
    QVERIFY(text.contains(u"Sessions per interval"_s));
    QVERIFY(text.contains(u"Harbour shuttles (prj-42)"_s));
    QVERIFY(text.contains(u"UTC+08:00"_s));
    QVERIFY(text.contains(u"viewBox=\"0 0 1000 600\""_s));
    QVERIFY2(text.contains(chartText), qPrintable(chartText));
    QVERIFY(!text.contains(u"<image"_s)); // no chart pasted in as a bitmap
}

void TestImageExporter::pdfHasPageSize_data() {
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("orientation");
    QTest::newRow("A4 landscape") << int(QPageSize::A4) << int(QPageLayout::Landscape);
    QTest::newRow("Letter portrait") << int(QPageSize::Letter) << int(QPageLayout::Portrait);
}

void TestImageExporter::pdfHasPageSize() {
    QFETCH(int, page);
    QFETCH(int, orientation);
    const QString path = m_dir.filePath(u"charts.pdf"_s);
    ImageExportOptions options;
    options.pageSize = QPageSize(QPageSize::PageSizeId(page));
    options.orientation = QPageLayout::Orientation(orientation);
    const ImageExportError error =
        ImageExporter::writePdf(ImageSource::fromCharts(m_view), header(), path, options);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    const QRegularExpression box(u"/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"_s);
    const auto match = box.match(QString::fromLatin1(pdf));
    QVERIFY(match.hasMatch());
    QSizeF points = options.pageSize.size(QPageSize::Point);
    if (options.orientation == QPageLayout::Landscape)
        points.transpose();
    QVERIFY(qAbs(match.captured(1).toDouble() - points.width()) < 1.0);
    QVERIFY(qAbs(match.captured(2).toDouble() - points.height()) < 1.0);
}

void TestImageExporter::anyWidget() {
    QLabel label(u"Fleet dashboard"_s);
    label.resize(300, 100);
    ImageExportOptions options;
    options.size = QSize(600, 300);
    ImageExportError error;
    const QImage image =
        ImageExporter::renderImage(ImageSource::fromWidget(&label), header(), options, &error);
    QVERIFY(!error.isError());
    QCOMPARE(image.size(), QSize(600, 300));
}

void TestImageExporter::clipboard() {
    ImageExportOptions options;
    options.size = QSize(500, 250);
    options.scale = 2.0;
    const ImageExportError error =
        ImageExporter::copyToClipboard(ImageSource::fromChart(m_view, 2), header(), options);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    const QImage copied = QGuiApplication::clipboard()->image();
    if (copied.isNull())
        QSKIP("this platform plugin keeps no clipboard");
    QCOMPARE(copied.size(), QSize(1000, 500));
}

void TestImageExporter::errors_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<bool>("validSource");
    QTest::addColumn<int>("kind");
    QTest::newRow("empty size") << u"a.png"_s << QSize(0, 100) << qreal(1) << true
                                << int(ImageExportError::Kind::InvalidSize);
    QTest::newRow("too large") << u"a.png"_s << QSize(20000, 100) << qreal(1) << true
                               << int(ImageExportError::Kind::InvalidSize);
    QTest::newRow("zero scale") << u"a.png"_s << QSize(100, 100) << qreal(0) << true
                                << int(ImageExportError::Kind::InvalidSize);
    QTest::newRow("nothing") << u"a.png"_s << QSize(100, 100) << qreal(1) << false
                             << int(ImageExportError::Kind::NothingToExport);
    QTest::newRow("no such folder") << u"missing/dir/a.png"_s << QSize(100, 100) << qreal(1) << true
                                    << int(ImageExportError::Kind::WriteFailed);
}

void TestImageExporter::errors() {
    QFETCH(QString, path);
    QFETCH(QSize, size);
    QFETCH(qreal, scale);
    QFETCH(bool, validSource);
    QFETCH(int, kind);
    const ImageExportOptions options{.size = size, .scale = scale};
    const ImageSource src = validSource ? ImageSource::fromChart(m_view, 0) : ImageSource();
    const QString full = m_dir.filePath(path);
    const ImageExportError error = ImageExporter::writePng(src, header(), full, options);
    QCOMPARE(int(error.kind), kind);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!QFile::exists(full));
}

void TestImageExporter::formatFromSuffix() {
    ImageFormat format = ImageFormat::Png;
    QVERIFY(ImageExporter::formatForPath(u"/tmp/x.SVG"_s, &format));
    QCOMPARE(format, ImageFormat::Svg);
    QVERIFY(ImageExporter::formatForPath(u"report.pdf"_s, &format));
    QCOMPARE(format, ImageFormat::Pdf);
    QVERIFY(!ImageExporter::formatForPath(u"report.jpg"_s, &format));
}

QTEST_MAIN(TestImageExporter)
#include "tst_imageexporter.moc"
