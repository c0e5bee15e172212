#include "toneproxymodel.h"

#include "tablerole.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace trro {

namespace {

bool paletteIsDark() {
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QPixmap swatch(const QColor &color) {
    constexpr int Size = 10;
    QPixmap pixmap(Size, Size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, Size - 2, Size - 2));
    return pixmap;
}

} // namespace

ToneProxyModel::ToneProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
    , m_dark(paletteIsDark()) {}

void ToneProxyModel::setStale(bool stale) {
    if (stale == m_stale)
        return;
    m_stale = stale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::ForegroundRole, Qt::DecorationRole});
}

void ToneProxyModel::setSwatchColumns(const QList<int> &columns) {
    m_swatchColumns = columns;
}

void ToneProxyModel::setTintRows(bool tint) {
    m_tintRows = tint;
}

void ToneProxyModel::setDark(bool dark) {
    if (dark == m_dark)
        return;
    m_dark = dark;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ToneProxyModel::followPalette() {
    setDark(paletteIsDark());
}

QColor ToneProxyModel::toneColor(Tone tone, bool dark) {
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x5f, 0xd0, 0x8a) : QColor(0x1b, 0x7f, 0x3b);
    case Tone::Warning:
        return dark ? QColor(0xf2, 0xb8, 0x4b) : QColor(0x9a, 0x60, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x29, 0x1e);
    case Tone::Neutral:
        break;
    }
    return dark ? QColor(0x9a, 0xa4, 0xb1) : QColor(0x6b, 0x74, 0x80);
}

QVariant ToneProxyModel::data(const QModelIndex &index, int role) const {
    if (role != Qt::ForegroundRole && role != Qt::BackgroundRole && role != Qt::DecorationRole)
        return QIdentityProxyModel::data(index, role);
    const QVariant toneValue = QIdentityProxyModel::data(index, ToneRole);
    const Tone tone = Tone(toneValue.toInt());
    const bool swatchColumn = m_swatchColumns.contains(index.column());
    switch (role) {
    case Qt::ForegroundRole:
        if (m_stale)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (tone != Tone::Neutral && (swatchColumn || m_tintRows))
            return toneColor(tone, m_dark);
        return QIdentityProxyModel::data(index, role);
    case Qt::BackgroundRole:
        if (m_tintRows && tone == Tone::Bad) {
            QColor tint = toneColor(Tone::Bad, m_dark);
            tint.setAlpha(m_dark ? 56 : 30);
            return tint;
        }
        return QIdentityProxyModel::data(index, role);
    case Qt::DecorationRole:
        if (swatchColumn && toneValue.isValid() && !m_stale) {
            const QColor color = toneColor(tone, m_dark);
            auto it = m_swatches.constFind(color.rgba());
            if (it == m_swatches.constEnd())
                it = m_swatches.insert(color.rgba(), swatch(color));
            return *it;
        }
        return QIdentityProxyModel::data(index, role);
    }
    return {};
}

} // namespace trro
