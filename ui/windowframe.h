#pragma once

#include <QWidget>

class QStackedWidget;
class QVBoxLayout;

namespace trro {

// The window's central area: banners on top (in their order of arrival) over the main page, or
// over one alternate page shown instead of it (the welcome page).
class WindowFrame final : public QWidget {
    Q_OBJECT
public:
    explicit WindowFrame(QWidget *mainPage, QWidget *parent = nullptr);

    void addBanner(QWidget *banner);
    void setAlternatePage(QWidget *page);
    void showAlternatePage(bool shown);
    bool isAlternatePageShown() const;

private:
    QWidget *m_mainPage;
    QVBoxLayout *m_banners;
    QStackedWidget *m_content;
    QWidget *m_alternatePage = nullptr;
};

} // namespace trro
