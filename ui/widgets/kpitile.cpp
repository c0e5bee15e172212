#include "kpitile.h"

#include "panels/toneproxymodel.h"
#include "sparkline.h"
#include "tablerole.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <cmath>

namespace trro {

namespace {

bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QFont scaledFont(const QFont &base, double factor, QFont::Weight weight) {
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(int(font.pixelSize() * factor));
    font.setWeight(weight);
    return font;
}

} // namespace

KpiTile::KpiTile(const QString &title, Format format, QWidget *parent)
    : QFrame(parent)
    , m_titleText(title)
    , m_format(format)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_unit(new QLabel(this))
    , m_delta(new QLabel(this))
    , m_comparison(new QLabel(this))
    , m_spark(new Sparkline(this)) {
    // Server or user text, never markup.
    for (QLabel *label : {m_title, m_value, m_unit, m_delta, m_comparison})
        label->setTextFormat(Qt::PlainText);
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::TabFocus);

    m_title->setFont(scaledFont(font(), 0.92, QFont::DemiBold));
    m_title->setForegroundRole(QPalette::PlaceholderText);
    m_value->setFont(scaledFont(font(), 2.0, QFont::DemiBold));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unit->setForegroundRole(QPalette::PlaceholderText);
    m_delta->setFont(scaledFont(font(), 0.95, QFont::DemiBold));
    m_comparison->setFont(scaledFont(font(), 0.9, QFont::Normal));
    m_comparison->setForegroundRole(QPalette::PlaceholderText);
    if (format == Format::Percent)
        m_spark->setRange(0, 100);
    if (format == Format::Minutes)
        m_unit->setText(tr("min"));

    auto *valueRow = new QHBoxLayout;
    valueRow->setSpacing(6);
    valueRow->addWidget(m_value, 0, Qt::AlignBaseline);
    valueRow->addWidget(m_unit, 0, Qt::AlignBaseline);
    valueRow->addStretch(1);

    auto *deltaRow = new QHBoxLayout;
    deltaRow->setSpacing(6);
    deltaRow->addWidget(m_delta);
    deltaRow->addWidget(m_comparison, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addLayout(valueRow);
    layout->addLayout(deltaRow);
    layout->addSpacing(4);
    layout->addWidget(m_spark);

    setTitle(title);
    clear();
}

void KpiTile::setTitle(const QString &title) {
    m_titleText = title;
    m_title->setText(title.toUpper());
    updateAccessibility();
}

void KpiTile::setComparisonLabel(const QString &label) {
    m_comparison->setText(label);
    updateAccessibility();
}

void KpiTile::setValue(double current, double previous, bool hasPrevious) {
    m_current = current;
    m_previous = previous;
    m_hasValue = true;
    m_hasPrevious = hasPrevious;
    m_value->setText(formatValue(current, m_format));
    m_delta->setText(hasPrevious ? formatDelta(current, previous, m_format) : tr("–"));
    m_delta->setToolTip(hasPrevious ? tr("Previous period: %1").arg(formatValue(previous, m_format))
                                    : tr("The previous period is not available."));
    updateDeltaColor();
    updateAccessibility();
}

void KpiTile::setTrend(const QList<double> &values) {
    m_spark->setValues(values);
}

void KpiTile::clear() {
    m_hasValue = false;
    m_hasPrevious = false;
    m_value->setText(QStringLiteral("—"));
    m_delta->clear();
    m_delta->setToolTip({});
    m_spark->setValues({});
    updateAccessibility();
}

void KpiTile::setLoading(bool loading) {
    m_loading = loading;
    if (loading && !m_hasValue)
        m_value->setText(QStringLiteral("…"));
    else if (!loading && !m_hasValue)
        m_value->setText(QStringLiteral("—"));
    update();
    updateAccessibility();
}

void KpiTile::setStale(bool stale) {
    m_stale = stale;
    m_spark->setStale(stale);
    m_value->setForegroundRole(stale ? QPalette::PlaceholderText : QPalette::WindowText);
    setToolTip(stale ? tr("The last update failed; this value is from the previous successful "
                          "update.")
                     : QString());
    updateDeltaColor();
    update();
    updateAccessibility();
}

QString KpiTile::valueText() const {
    return m_value->text();
}

QString KpiTile::deltaText() const {
    return m_delta->text();
}

QString KpiTile::formatValue(double value, Format format) {
    const QLocale locale;
    switch (format) {
    case Format::Count:
    case Format::Minutes:
        return locale.toString(qint64(std::llround(value)));
    case Format::Percent:
        return tr("%1 %").arg(locale.toString(qint64(std::llround(value))));
    }
    return {};
}

QString KpiTile::formatDelta(double current, double previous, Format format) {
    const QLocale locale;
    const double diff = current - previous;
    if (format == Format::Percent) {
        const qint64 points = std::llround(diff);
        if (points == 0)
            return tr("= 0 pts");
        return (points > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) %
               tr("%1 pts").arg(locale.toString(std::abs(points)));
    }
    if (previous == 0)
        return current == 0 ? tr("= 0 %") : tr("▲ new");
    const double relative = diff / previous * 100.0;
    if (std::abs(relative) < 0.05)
        return tr("= 0 %");
    const int decimals = std::abs(relative) < 10 ? 1 : 0;
    return (relative > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) %
           tr("%1 %").arg(locale.toString(std::abs(relative), 'f', decimals));
}

void KpiTile::updateDeltaColor() {
    Tone tone = Tone::Neutral;
    if (m_hasValue && m_hasPrevious && !m_stale) {
        const double diff = m_current - m_previous;
        const bool flat =
            m_format == Format::Percent ? std::llround(diff) == 0 : std::abs(diff) < 1e-9;
        if (!flat)
            tone = ((diff > 0) == m_higherIsBetter) ? Tone::Good : Tone::Bad;
    }
    QPalette pal = m_delta->palette();
    const QColor color = tone == Tone::Neutral ? palette().color(QPalette::PlaceholderText)
                                               : ToneProxyModel::toneColor(tone, isDark(palette()));
    pal.setColor(QPalette::WindowText, color);
    m_delta->setPalette(pal);
    m_spark->setColor(palette().color(QPalette::Highlight));
}

void KpiTile::updateAccessibility() {
    QString description = m_titleText % QStringLiteral(": ") % m_value->text();
    if (m_format == Format::Minutes && m_hasValue)
        description += u' ' % m_unit->text();
    if (!m_delta->text().isEmpty())
        description += QStringLiteral(", ") % m_delta->text() % u' ' % m_comparison->text();
    if (m_stale)
        description += QStringLiteral(", ") % tr("stale");
    if (m_loading)
        description += QStringLiteral(", ") % tr("loading");
    setAccessibleName(m_titleText);
    setAccessibleDescription(description);
}

void KpiTile::paintEvent(QPaintEvent *event) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor border = palette().color(QPalette::Mid);
    if (hasFocus())
        border = palette().color(QPalette::Highlight);
    painter.setPen(QPen(border, 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(box, 6, 6);
    if (m_loading) {
        // A thin accent line along the top while the figures are being fetched.
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawRoundedRect(QRectF(box.left() + 6, box.top(), box.width() - 12, 2.5), 1, 1);
    }
    QFrame::paintEvent(event);
}

void KpiTile::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        updateDeltaColor();
    QFrame::changeEvent(event);
}

} // namespace trro
