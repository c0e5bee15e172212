#include "themeicon.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>

// The resources live in a static library: nothing would pull them in without this.
static void initResources() {
    static const bool done = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    Q_UNUSED(done);
}

namespace trro {

QIcon themedIcon(const QString &name, const QColor &color) {
    initResources();
    QFile file(QStringLiteral(":/icons/") % name % QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly))
        return QIcon::fromTheme(name);
    QByteArray svg = file.readAll();
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return QIcon::fromTheme(name);

    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        for (qreal ratio : {1.0, 2.0}) {
            QPixmap pixmap(QSize(size, size) * ratio);
            pixmap.fill(Qt::transparent);
            {
                QPainter painter(&pixmap);
                renderer.render(&painter, QRectF(0, 0, size * ratio, size * ratio));
            }
            pixmap.setDevicePixelRatio(ratio);
            icon.addPixmap(pixmap, QIcon::Normal);
            // Disabled: the same drawing, faded.
            QPixmap faded(pixmap.size());
            faded.setDevicePixelRatio(ratio);
            faded.fill(Qt::transparent);
            {
                QPainter painter(&faded);
                painter.setOpacity(0.38);
                painter.drawPixmap(0, 0, pixmap);
            }
            icon.addPixmap(faded, QIcon::Disabled);
        }
    }
    return icon;
}

QIcon themedIcon(const QString &name, const QPalette &palette) {
    return themedIcon(name, palette.color(QPalette::WindowText));
}

} // namespace trro
