#pragma once

#include <QColor>
#include <QHash>
#include <QIdentityProxyModel>
#include <QPixmap>

namespace trro {

enum class Tone;

// Maps the models' ToneRole to palette-aware colours (foreground, a light background tint,
// a small swatch as decoration) and greys everything out while the data is stale. The text
// of the cell never changes: colour only ever repeats what the text says.
class ToneProxyModel final : public QIdentityProxyModel {
    Q_OBJECT
public:
    explicit ToneProxyModel(QObject *parent = nullptr);

    void setStale(bool stale);
    bool isStale() const { return m_stale; }
    // Columns whose tone is shown as a swatch (decoration) in addition to the text colour.
    void setSwatchColumns(const QList<int> &columns);
    // Whole rows whose tone is Bad get a background tint (e.g. the worst devices).
    void setTintRows(bool tint);
    void setDark(bool dark);
    // Re-reads the application palette (light or dark); the owning widget calls it on
    // QEvent::PaletteChange.
    void followPalette();

    static QColor toneColor(Tone tone, bool dark);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<int> m_swatchColumns;
    bool m_stale = false;
    bool m_tintRows = false;
    bool m_dark = false;
    // One pixmap per colour, made once: a new pixmap at every data() call is a new entry in
    // QPixmapCache at every paint (the item view caches what it draws by the pixmap's key).
    mutable QHash<QRgb, QPixmap> m_swatches;
};

} // namespace trro
