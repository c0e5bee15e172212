#include "breadcrumbbar.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <algorithm>

namespace trro {

BreadcrumbBar::BreadcrumbBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    setAccessibleName(tr("Location"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    rebuild();
}

void BreadcrumbBar::setCrumbs(const QStringList &crumbs) {
    if (crumbs == m_crumbs)
        return;
    m_crumbs = crumbs;
    rebuild();
}

void BreadcrumbBar::setCrumb(int level, const QString &text) {
    if (level < 0)
        return;
    QStringList crumbs = m_crumbs.mid(0, level);
    while (crumbs.size() < level)
        crumbs.append(QString());
    crumbs.append(text);
    setCrumbs(crumbs);
}

void BreadcrumbBar::truncate(int level) {
    setCrumbs(m_crumbs.mid(0, std::max(0, level + 1)));
}

void BreadcrumbBar::rebuild() {
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int level = 0; level < m_crumbs.size(); ++level) {
        const QString &text = m_crumbs.at(level);
        const bool current = level == m_crumbs.size() - 1;
        if (level > 0) {
            auto *separator = new QLabel(QStringLiteral("\u203A"), this);
            separator->setForegroundRole(QPalette::PlaceholderText);
            separator->setContentsMargins(4, 0, 4, 0);
            separator->setAccessibleName(QString()); // decoration only
            m_layout->addWidget(separator);
        }
        if (current) {
            auto *label = new QLabel(text, this);
            label->setTextFormat(Qt::PlainText); // a device name from the service
            QFont font = label->font();
            font.setBold(true);
            label->setFont(font);
            label->setAccessibleName(tr("Current location: %1").arg(text));
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_layout->addWidget(label);
        } else {
            auto *button = new QToolButton(this);
            button->setText(text);
            button->setAutoRaise(true);
            button->setCursor(Qt::PointingHandCursor);
            button->setToolTip(tr("Back to %1").arg(text));
            button->setAccessibleName(tr("Back to %1").arg(text));
            connect(button, &QToolButton::clicked, this,
                    [this, level] { Q_EMIT crumbActivated(level); });
            m_layout->addWidget(button);
        }
    }
    m_layout->addStretch(1);
}

} // namespace trro
