#include "themeicon.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPointer>
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

namespace {

// Re-applies the icons of the registered actions when the application palette changes.
class ThemedIcons final : public QObject {
public:
    static ThemedIcons *instance() {
        static QPointer<ThemedIcons> icons;
        if (!icons) {
            icons = new ThemedIcons(qApp);
            qApp->installEventFilter(icons);
        }
        return icons;
    }

    void add(QAction *action, const QString &name) {
        m_actions.removeIf([](const Entry &e) { return e.action.isNull(); });
        m_actions.append({action, name});
        apply(m_actions.last());
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            for (const Entry &entry : std::as_const(m_actions))
                apply(entry);
        }
        return false;
    }

private:
    struct Entry {
        QPointer<QAction> action;
        QString name;
    };
    using QObject::QObject;

    static void apply(const Entry &entry) {
        if (entry.action)
            entry.action->setIcon(themedIcon(entry.name, QGuiApplication::palette()));
    }

    QList<Entry> m_actions;
};

} // namespace

void setThemedIcon(QAction *action, const QString &name) {
    if (qApp)
        ThemedIcons::instance()->add(action, name);
}

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
