#pragma once

#include "apierror.h"

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;
class QTimer;

namespace trro {

class ApiClient;
class AsyncStatsCache;
struct StoreFreshness;
class CachedStats;
class ErrorBanner;
class ExportController;
class FleetController;
class RequestScheduler;

// What the window says about its data: the status bar (a message, the requests still pending
// with a busy bar, the time of the last good data or that it is stale) and the error banner
// (a failure, superseded by the next good answer; the age of data served from the cache).
class WindowStatus final : public QObject {
    Q_OBJECT
public:
    WindowStatus(QStatusBar *bar, ErrorBanner *banner, FleetController *fleet,
                 RequestScheduler *scheduler, QObject *parent = nullptr);

    // What the client (clock skew), the cache (damaged file) and the exporter have to say.
    void watch(ApiClient *client, CachedStats *statistics, ExportController *exporter);
    // The shared history store's freshness (the collector's last complete cycle) beside the
    // update time, asked again with each fleet answer; nothing when the cache has no store.
    void watchStore(ApiClient *client, AsyncStatsCache *cache);
    // What that label says: ok false when the store is unreachable (the service answers).
    static QString storeFreshnessText(const StoreFreshness &freshness, bool ok);
    void showMessage(const QString &message);
    // A cancelled request is not an error: nothing is shown.
    void showError(const ApiError &error, const QString &context = QString());
    void update();

private:
    void onFleetData();
    void askStoreFreshness();

    ErrorBanner *m_banner;
    FleetController *m_fleet;
    RequestScheduler *m_scheduler;
    QTimer *m_timer;
    QLabel *m_text;
    QLabel *m_updated;
    QProgressBar *m_busy;
    QLabel *m_store;
    ApiClient *m_client = nullptr;
    AsyncStatsCache *m_cache = nullptr;
};

} // namespace trro
