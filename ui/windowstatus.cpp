#include "windowstatus.h"

#include "apiclient.h"
#include "asyncstatscache.h"
#include "cachedstats.h"
#include "fleet/exportcontroller.h"
#include "fleetcontroller.h"
#include "requestscheduler.h"
#include "widgets/errorbanner.h"

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>

namespace trro {

WindowStatus::WindowStatus(QStatusBar *bar, ErrorBanner *banner, FleetController *fleet,
                           RequestScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
    , m_fleet(fleet)
    , m_scheduler(scheduler)
    , m_timer(new QTimer(this))
    , m_text(new QLabel(bar))
    , m_updated(new QLabel(bar))
    , m_busy(new QProgressBar(bar))
    , m_store(new QLabel(bar)) {
    m_busy->setRange(0, 0);
    m_busy->setFixedSize(110, 10);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    m_text->setTextFormat(Qt::PlainText); // may quote the service's messages
    m_updated->setTextFormat(Qt::PlainText);
    bar->addWidget(m_text, 1);
    bar->addPermanentWidget(m_busy);
    bar->addPermanentWidget(m_updated);
    m_store->setObjectName(QStringLiteral("storeFreshness"));
    m_store->setTextFormat(Qt::PlainText);
    m_store->hide();
    bar->addPermanentWidget(m_store);
    m_timer->setInterval(300); // the pending count while requests run

    connect(m_timer, &QTimer::timeout, this, &WindowStatus::update);
    connect(fleet, &FleetController::errorOccurred, this, &WindowStatus::showError);
    connect(fleet, &FleetController::loadingChanged, this, &WindowStatus::update);
    connect(fleet, &FleetController::staleChanged, this, [this](bool stale) {
        m_banner->setStaleSince(stale ? m_fleet->data().fetchedAt : QDateTime());
        update();
    });
    connect(fleet, &FleetController::dataChanged, this, &WindowStatus::onFleetData);
}

void WindowStatus::watch(ApiClient *client, CachedStats *statistics, ExportController *exporter) {
    connect(client, &ApiClient::clockSkewCorrected, this, [this](qint64 seconds) {
        showMessage(tr("This computer's clock differs from the service's by %n s; requests "
                       "now use the service's time. Enable time synchronisation (NTP).",
                       nullptr, int(seconds)));
    });
    connect(statistics, &CachedStats::warning, this, [this](const QString &message) {
        showError(ApiError::make(ApiError::Kind::Usage, QStringLiteral("Cache.Warning"), message),
                  tr("Statistics cache"));
    });
    connect(exporter, &ExportController::exported, this, [this](const QString &path) {
        showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(exporter, &ExportController::copied, this,
            [this] { showMessage(tr("Copied to the clipboard")); });
    connect(exporter, &ExportController::failed, this, [this](const QString &message) {
        showError(ApiError::make(ApiError::Kind::Usage, QStringLiteral("Export.Failed"), message),
                  tr("Export failed"));
    });
}

void WindowStatus::watchStore(ApiClient *client, AsyncStatsCache *cache) {
    m_client = client;
    m_cache = cache;
    connect(cache, &AsyncStatsCache::sharedStoreReachable, this, [this](bool reachable) {
        if (reachable)
            askStoreFreshness();
        else
            m_store->setText(storeFreshnessText({}, false));
    });
    askStoreFreshness();
}

QString WindowStatus::storeFreshnessText(const StoreFreshness &freshness, bool ok) {
    if (!ok)
        return tr("Shared store unreachable: statistics from the service");
    if (freshness.lastSuccess <= 0)
        return tr("Shared store: no complete collection yet");
    const QDateTime at = QDateTime::fromSecsSinceEpoch(freshness.lastSuccess).toLocalTime();
    return tr("Shared store: collected %1").arg(QLocale().toString(at, QLocale::ShortFormat));
}

void WindowStatus::askStoreFreshness() {
    if (!m_cache || !m_cache->hasSharedStore() || !m_client->credentials().isComplete())
        return;
    CacheKey key;
    key.endpoint =
        m_client->endpoint().toString() + QLatin1Char('#') + m_client->credentials().secretId;
    m_cache->freshness(key, this, [this](const StoreFreshness &freshness, bool ok) {
        m_store->setText(storeFreshnessText(freshness, ok));
        m_store->show();
    });
}

void WindowStatus::showMessage(const QString &message) {
    m_text->setText(message);
}

void WindowStatus::showError(const ApiError &error, const QString &context) {
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    m_banner->showError(error, context);
    m_banner->setStaleSince(m_fleet->isStale() ? m_fleet->data().fetchedAt : QDateTime());
    update();
}

void WindowStatus::onFleetData() {
    if (m_fleet->data().offline) {
        // From the cache: the banner that says why stays, with the age of the data.
        m_banner->setStaleSince(m_fleet->data().fetchedAt);
    } else if (!m_banner->isHidden() && m_banner->error().kind != ApiError::Kind::Usage) {
        m_banner->dismiss(); // a good answer supersedes an earlier failure
    }
    askStoreFreshness();
    update();
}

void WindowStatus::update() {
    const int pending = m_scheduler->pendingCount() + m_scheduler->inFlightCount();
    const bool busy = pending > 0 || m_fleet->isLoading();
    m_busy->setVisible(busy);
    if (busy && !m_timer->isActive())
        m_timer->start();
    else if (!busy)
        m_timer->stop();

    QString updated;
    const FleetData &fleet = m_fleet->data();
    if (fleet.isLoaded()) {
        const QString time =
            QLocale().toString(fleet.fetchedAt.toLocalTime().time(), QLocale::ShortFormat);
        updated = m_fleet->isStale() ? tr("Stale — last good data from %1").arg(time)
                                     : tr("Updated %1").arg(time);
    }
    if (busy)
        updated = tr("%n request(s) pending", nullptr, pending) % QStringLiteral("   ") % updated;
    m_updated->setText(updated);
    m_updated->setForegroundRole(m_fleet->isStale() ? QPalette::BrightText
                                                    : QPalette::PlaceholderText);
}

} // namespace trro
