#include "keychainbanner.h"

#include "credentialstore.h"
#include "panels/toneproxymodel.h"
#include "tablerole.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace trro {

KeychainBanner::KeychainBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_message(new QLabel(this))
    , m_sessionOnly(new QPushButton(tr("Use for this session only"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_close(new QToolButton(this)) {
    // Server or user text, never markup.
    for (QLabel *label : {m_headline, m_message})
        label->setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Keychain problem"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(22, 22));
    QFont bold = m_headline->font();
    bold.setWeight(QFont::DemiBold);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sessionOnly->setToolTip(tr("Keep the credentials in memory until the dashboard quits; "
                                 "nothing is written to disk."));
    m_retry->setToolTip(tr("Try the keychain again (after starting or unlocking it)"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss keychain message"));

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_headline);
    texts->addWidget(m_message);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 8, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_sessionOnly, 0, Qt::AlignVCenter);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_sessionOnly, &QPushButton::clicked, this, &KeychainBanner::sessionOnlyRequested);
    connect(m_retry, &QPushButton::clicked, this, &KeychainBanner::retryRequested);
    connect(m_close, &QToolButton::clicked, this, &KeychainBanner::dismiss);
    hide();
}

void KeychainBanner::showError(const ApiError &error) {
    m_error = error;
    const bool locked = error.code == QLatin1String(CredentialStore::LockedCode);
    m_headline->setText(locked ? tr("The system keychain is locked")
                               : tr("No system keychain is available"));
    QString message = error.message;
    if (!locked && !message.contains(CredentialStore::installAdvice()))
        message += QLatin1Char(' ') + CredentialStore::installAdvice();
    message += QLatin1Char('\n') +
               tr("Credentials are never written to a plain file. You can keep them in memory "
                  "for this session only.");
    m_message->setText(message);
    setAccessibleDescription(text());
    show();
}

void KeychainBanner::setSessionOnlyOffered(bool offered) {
    m_sessionOnly->setVisible(offered);
}

void KeychainBanner::dismiss() {
    if (isHidden())
        return;
    hide();
    Q_EMIT dismissed();
}

QString KeychainBanner::text() const {
    return m_headline->text() + QLatin1Char('\n') + m_message->text();
}

void KeychainBanner::paintEvent(QPaintEvent *event) {
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor accent = ToneProxyModel::toneColor(Tone::Warning, dark);
    QColor tint = accent;
    tint.setAlphaF(dark ? 0.22f : 0.12f);
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    painter.fillRect(rect(), tint);
    painter.fillRect(QRect(0, 0, 4, height()), accent);
    painter.setPen(accent);
    painter.drawLine(rect().bottomLeft(), rect().bottomRight());
    QFrame::paintEvent(event);
}

} // namespace trro
