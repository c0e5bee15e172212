#include "usagefigure.h"

#include <QLabel>
#include <QVBoxLayout>

namespace trro {

UsageFigure::UsageFigure(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(this))
    , m_note(new QLabel(this)) {
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (QLabel *label : {m_caption, m_value, m_note}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_note->setWordWrap(true);
    QFont big = m_value->font();
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.6);
    else
        big.setPixelSize(big.pixelSize() * 8 / 5);
    big.setWeight(QFont::DemiBold);
    m_value->setFont(big);
    QPalette muted = m_note->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_note->setPalette(muted);
    m_caption->setPalette(muted);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    clear();
}

void UsageFigure::setCaption(const QString &caption) {
    m_caption->setText(caption);
    updateAccessibility();
}

void UsageFigure::setValue(const QString &value, const QString &note) {
    m_value->setText(value);
    m_note->setText(note);
    updateAccessibility();
}

void UsageFigure::clear() {
    setValue(QStringLiteral("—"));
}

void UsageFigure::setStale(bool stale) {
    m_stale = stale;
    m_value->setEnabled(!stale);
    updateAccessibility();
}

QString UsageFigure::caption() const {
    return m_caption->text();
}

QString UsageFigure::value() const {
    return m_value->text();
}

QString UsageFigure::note() const {
    return m_note->text();
}

void UsageFigure::updateAccessibility() {
    QString text = tr("%1: %2").arg(caption(), value());
    if (!note().isEmpty())
        text += QStringLiteral(", ") + note();
    if (m_stale)
        text += QStringLiteral(" ") + tr("(not current)");
    setAccessibleName(text);
}

} // namespace trro
