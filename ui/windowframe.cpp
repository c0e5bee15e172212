#include "windowframe.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace trro {

WindowFrame::WindowFrame(QWidget *mainPage, QWidget *parent)
    : QWidget(parent)
    , m_mainPage(mainPage)
    , m_banners(new QVBoxLayout)
    , m_content(new QStackedWidget(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banners->setSpacing(0);
    layout->addLayout(m_banners);
    m_content->addWidget(mainPage);
    layout->addWidget(m_content, 1);
}

void WindowFrame::addBanner(QWidget *banner) {
    m_banners->addWidget(banner);
}

void WindowFrame::setAlternatePage(QWidget *page) {
    if (m_alternatePage)
        m_content->removeWidget(m_alternatePage);
    m_alternatePage = page;
    if (page)
        m_content->addWidget(page);
}

void WindowFrame::showAlternatePage(bool shown) {
    m_content->setCurrentWidget(shown && m_alternatePage ? m_alternatePage : m_mainPage);
}

bool WindowFrame::isAlternatePageShown() const {
    return m_alternatePage && m_content->currentWidget() == m_alternatePage;
}

} // namespace trro
