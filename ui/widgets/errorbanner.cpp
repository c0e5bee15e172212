#include "errorbanner.h"

#include "modelformat.h"
#include "panels/toneproxymodel.h"
#include "tablerole.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace trro {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_message(new QLabel(this))
    , m_requestId(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy RequestId"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_close(new QToolButton(this)) {
    // Server or user text, never markup.
    for (QLabel *label : {m_headline, m_message, m_requestId})
        label->setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Error"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(22, 22));
    m_icon->setAlignment(Qt::AlignTop);
    QFont bold = m_headline->font();
    bold.setWeight(QFont::DemiBold);
    m_headline->setFont(bold);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requestId->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_requestId->setAccessibleName(tr("RequestId"));
    m_copy->setAccessibleName(tr("Copy RequestId"));
    m_copy->setToolTip(tr("Copy the RequestId to the clipboard, to quote it to support"));
    m_retry->setAccessibleName(tr("Retry"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss error"));

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_headline);
    texts->addWidget(m_message);
    texts->addWidget(m_requestId);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 8, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_copy, 0, Qt::AlignVCenter);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_copy, &QPushButton::clicked, this, &ErrorBanner::copyRequestId);
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::dismiss);
    hide();
}

void ErrorBanner::showError(const ApiError &error, const QString &context) {
    const bool same = isVisible() && error.code == m_error.code && context == m_context &&
                      error.message == m_error.message;
    m_repeat = same ? m_repeat + 1 : 1;
    m_error = error;
    m_context = context;
    updateTexts();
    show();
}

void ErrorBanner::setStaleSince(const QDateTime &lastGood) {
    m_staleSince = lastGood;
    updateTexts();
}

void ErrorBanner::dismiss() {
    if (isHidden())
        return;
    hide();
    m_repeat = 1;
    Q_EMIT dismissed();
}

QString ErrorBanner::text() const {
    QStringList lines{m_headline->text(), m_message->text()};
    if (!m_requestId->isHidden())
        lines << m_requestId->text();
    return lines.join(u'\n');
}

void ErrorBanner::copyRequestId() {
    if (m_error.requestId.isEmpty())
        return;
    QApplication::clipboard()->setText(m_error.requestId);
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(1500, this, [this] { m_copy->setText(tr("Copy RequestId")); });
}

void ErrorBanner::updateTexts() {
    QString headline = m_context.isEmpty() ? tr("The request failed") : m_context;
    if (!m_error.code.isEmpty())
        headline = tr("%1 — %2").arg(headline, m_error.code);
    if (m_repeat > 1)
        headline += u' ' % tr("(%1 times)").arg(QLocale().toString(m_repeat));
    m_headline->setText(headline);

    QString message = m_error.message;
    if (m_error.httpStatus >= 400)
        message += u' ' % tr("(HTTP %1)").arg(m_error.httpStatus);
    if (m_staleSince.isValid()) {
        const qint64 age = m_staleSince.secsTo(QDateTime::currentDateTimeUtc());
        message +=
            u'\n' % tr("Showing the last good data, from %1 (%2 old); it is marked as "
                       "stale.")
                        .arg(QLocale().toString(m_staleSince.toLocalTime(), QLocale::ShortFormat),
                             formatAge(age));
    }
    m_message->setText(message.trimmed());

    const bool hasId = !m_error.requestId.isEmpty();
    m_requestId->setText(tr("RequestId: %1").arg(m_error.requestId));
    m_requestId->setVisible(hasId);
    m_copy->setVisible(hasId);
    m_retry->setVisible(m_error.kind != ApiError::Kind::Usage);
    setAccessibleDescription(text());
}

void ErrorBanner::paintEvent(QPaintEvent *event) {
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor accent = ToneProxyModel::toneColor(Tone::Bad, dark);
    QColor tint = accent;
    tint.setAlphaF(dark ? 0.22f : 0.10f);
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    painter.fillRect(rect(), tint);
    painter.fillRect(QRect(0, 0, 4, height()), accent);
    painter.setPen(accent);
    painter.drawLine(rect().bottomLeft(), rect().bottomRight());
    QFrame::paintEvent(event);
}

} // namespace trro
