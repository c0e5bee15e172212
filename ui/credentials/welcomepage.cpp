#include "welcomepage.h"

#include "widgets/themeicon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace trro {
namespace {
constexpr int TextWidth = 560;
}

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Welcome to the TRRO fleet dashboard"), this))
    , m_text(new QLabel(this))
    , m_add(new QPushButton(tr("&Add profile…"), this))
    , m_import(new QPushButton(tr("&Import from tccli…"), this))
    , m_demo(new QPushButton(tr("Open the &demo"), this)) {
    // Server or user text, never markup.
    for (QLabel *label : {m_title, m_text})
        label->setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Welcome"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);

    m_text->setText(
        tr("Session statistics of your remote-operation fleet: sessions, minutes and quality "
           "per hour, day or month, from the whole fleet down to one vehicle and one session.\n\n"
           "To connect to Tencent Cloud, add a profile with an API key (SecretId and "
           "SecretKey). The SecretKey is kept in the system keychain, never in a file.\n\n"
           "No key at hand? The demo runs the dashboard on a built-in simulated fleet."));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    // A fixed column: a word-wrapped label under an alignment flag gets no height for its
    // width from the layout, so give it the height its text needs at that width.
    m_text->setFixedWidth(TextWidth);
    m_text->setMinimumHeight(m_text->heightForWidth(TextWidth));

    m_add->setIcon(themedIcon(QStringLiteral("key"), palette()));
    m_add->setDefault(true);
    m_add->setAccessibleName(tr("Add profile"));
    m_import->setAccessibleName(tr("Import from tccli"));
    m_import->setToolTip(tr("Import a profile of the Tencent Cloud command line (~/.tccli); "
                            "its files are left untouched."));
    m_demo->setAccessibleName(tr("Open the demo"));
    m_import->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_add);
    buttons->addWidget(m_import);
    buttons->addWidget(m_demo);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(16);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    layout->addLayout(buttons);
    layout->addStretch(3);

    connect(m_add, &QPushButton::clicked, this, &WelcomePage::addProfileRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
}

void WelcomePage::setTccliAvailable(bool available) {
    m_import->setVisible(available);
}

} // namespace trro
