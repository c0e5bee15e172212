#include "cachedialog.h"

#include "asyncstatscache.h"
#include "sharedstorebox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace trro {
namespace {

constexpr qint64 MiB = 1024 * 1024;

QLabel *valueLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // paths and sizes, never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

CacheDialog::CacheDialog(AsyncStatsCache *cache, QWidget *parent, AppSettings *settings)
    : QDialog(parent)
    , m_cache(cache)
    , m_path(valueLabel(this))
    , m_state(valueLabel(this))
    , m_size(valueLabel(this))
    , m_contents(valueLabel(this))
    , m_fetched(valueLabel(this))
    , m_limit(new QSpinBox(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_clear(new QPushButton(tr("&Clear cache…"), this)) {
    setWindowTitle(tr("Statistics cache"));
    setObjectName(QStringLiteral("cacheDialog"));

    auto *intro = new QLabel(tr("Statistics already fetched are kept on this computer and shared "
                                "with trro-stats: intervals that ended more than three hours ago "
                                "are not asked for again, and when the service cannot be "
                                "reached the dashboard shows what the cache holds, marked with "
                                "its age."),
                             this);
    intro->setWordWrap(true);

    m_limit->setRange(1, 64 * 1024);
    m_limit->setSuffix(tr(" MiB"));
    m_limit->setAccessibleName(tr("Size limit"));
    m_limit->setObjectName(QStringLiteral("cacheLimit"));
    m_apply->setObjectName(QStringLiteral("cacheApplyLimit"));
    m_clear->setObjectName(QStringLiteral("cacheClear"));
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_limit);
    limitRow->addWidget(m_apply);
    limitRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_path);
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Size on disk:"), m_size);
    form->addRow(tr("Contents:"), m_contents);
    form->addRow(tr("Fetched:"), m_fetched);
    form->addRow(tr("Size limit:"), limitRow);
    if (settings) {
        m_store = new SharedStoreBox(cache, settings, this);
        form->addRow(tr("Shared history store:"), m_store);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_clear, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &CacheDialog::applyLimit);
    connect(m_clear, &QPushButton::clicked, this, &CacheDialog::clearCache);
    connect(m_limit, &QSpinBox::valueChanged, this,
            [this](int value) { m_apply->setEnabled(value * MiB != m_limitBytes); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    refresh();
    resize(560, sizeHint().height());
}

QString CacheDialog::summary() const {
    return QStringList{m_path->text(), m_state->text(), m_size->text(), m_contents->text(),
                       m_fetched->text()}
        .join(QLatin1Char('\n'));
}

void CacheDialog::refresh() {
    m_state->setText(tr("Reading the cache…"));
    m_apply->setEnabled(false);
    m_limit->setEnabled(false);
    m_clear->setEnabled(false);
    m_cache->info(this, [this](const CacheInfo &info) { showInfo(info); });
}

void CacheDialog::showInfo(const CacheInfo &info) {
    const QLocale locale;
    const auto when = [&locale](const QDateTime &t) {
        return locale.toString(t.toLocalTime(), QLocale::ShortFormat);
    };
    m_path->setText(QDir::toNativeSeparators(info.path));
    m_state->setText(info.open ? tr("In use") : tr("Unusable: statistics are always fetched"));
    m_size->setText(locale.formattedDataSize(info.fileBytes));
    m_contents->setText(tr("%1 of data in %2 series (limit %3)")
                            .arg(locale.formattedDataSize(info.dataBytes),
                                 locale.toString(info.series),
                                 locale.formattedDataSize(info.limitBytes)));
    m_fetched->setText(info.rows > 0 ? tr("%1 to %2").arg(when(info.oldest), when(info.newest))
                                     : tr("Nothing yet"));
    const QSignalBlocker blocker(m_limit);
    m_limit->setValue(int(std::clamp<qint64>(info.limitBytes / MiB, 1, m_limit->maximum())));
    m_apply->setEnabled(false);
    m_limit->setEnabled(info.open);
    m_clear->setEnabled(info.open && info.rows > 0);
    m_limitBytes = info.limitBytes;
    Q_EMIT refreshed();
}

void CacheDialog::applyLimit() {
    m_apply->setEnabled(false);
    m_cache->saveMaxBytes(qint64(m_limit->value()) * MiB, this, [this](bool saved) {
        if (!saved)
            showWarning(tr("The size limit could not be saved in %1.")
                            .arg(QDir::toNativeSeparators(m_cache->path())));
        refresh();
    });
}

void CacheDialog::clearCache() {
    // A window-modal box that reports back, instead of a nested event loop.
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Clear the statistics cache"),
        tr("Remove every cached statistic? The dashboard and trro-stats will ask the service "
           "again, and nothing will be shown while it cannot be reached."),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("clearCacheQuestion"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            clearConfirmed();
    });
    box->open();
}

void CacheDialog::clearConfirmed() {
    m_clear->setEnabled(false);
    m_cache->clear(this, [this](bool done) {
        if (done)
            Q_EMIT cleared();
        else
            showWarning(tr("The cache %1 could not be cleared.")
                            .arg(QDir::toNativeSeparators(m_cache->path())));
        refresh();
    });
}

void CacheDialog::showWarning(const QString &text) {
    auto *box =
        new QMessageBox(QMessageBox::Warning, windowTitle(), text, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("cacheWarning"));
    box->setTextFormat(Qt::PlainText); // quotes a path
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace trro
