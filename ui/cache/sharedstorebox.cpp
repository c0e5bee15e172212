#include "sharedstorebox.h"

#include "appsettings.h"
#include "asyncstatscache.h"
#include "pgurl.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trro {

SharedStoreBox::SharedStoreBox(AsyncStatsCache *cache, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_settings(settings)
    , m_url(new QLineEdit(this))
    , m_apply(new QPushButton(tr("Use"), this))
    , m_problem(new QLabel(this)) {
    m_url->setObjectName(QStringLiteral("sharedStoreUrl"));
    m_url->setAccessibleName(tr("Shared history store"));
    m_url->setPlaceholderText(tr("none (for example postgresql:///trro?host=/run/postgresql)"));
    m_url->setText(settings->value(AppSettings::SharedStore));
    m_apply->setObjectName(QStringLiteral("sharedStoreApply"));
    m_apply->setEnabled(false);
    m_problem->setTextFormat(Qt::PlainText); // may quote the URL
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_url, 1);
    row->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_problem);

    connect(m_url, &QLineEdit::textEdited, this, [this] { m_apply->setEnabled(true); });
    connect(m_url, &QLineEdit::returnPressed, this, &SharedStoreBox::apply);
    connect(m_apply, &QPushButton::clicked, this, &SharedStoreBox::apply);
}

QString SharedStoreBox::problem() const {
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void SharedStoreBox::apply() {
    const QString url = m_url->text().trimmed();
    PgLocation location;
    if (!url.isEmpty()) {
        QString why;
        location = PgLocation::parse(url, &why);
        if (!location.isValid()) {
            m_problem->setText(why);
            m_problem->show();
            return;
        }
    }
    m_problem->hide();
    m_settings->setValue(AppSettings::SharedStore, url);
    m_cache->setSharedStore(location);
    m_apply->setEnabled(false);
    Q_EMIT applied();
}

} // namespace trro
