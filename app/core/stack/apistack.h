#pragma once

#include "cacheplan.h"
#include "credentials.h"
#include "endpoint.h"
#include "pgurl.h"
#include "requestscheduler.h"

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace trro {

class ApiClient;
class AsyncStatsCache;
class CachedStats;
class Clock;
class TrroApi;

// How to build an ApiStack. The defaults are the dashboard's.
struct ApiStackOptions {
    RequestScheduler::Options scheduler;
    // The scheduler's and the cache's clock (nullptr: the system's); not owned.
    Clock *clock = nullptr;
    int timeoutMs = 0; // per attempt; 0: the client's default
    // The statistics cache file (empty: StatsCache::defaultPath(), shared by every program of
    // the user). It is opened on first use, on the cache's own thread, so a stack that never
    // asks for statistics never touches it.
    QString cachePath;
    bool cacheEnabled = true; // off: every statistics call goes to the service
    std::optional<CachePolicy> cachePolicy;
    // The shared history store read as the cache's second back end (invalid: none); only with
    // cacheEnabled.
    PgLocation sharedStore;
};

// The one API stack of a program, built here and nowhere else: one ApiClient (one
// QNetworkAccessManager), one RequestScheduler (the rate limits), one TrroApi (typed actions)
// and the statistics cache in front of it (CachedStats). The dashboard, trro-stats, the
// benchmarks and the tests build one each and pass its parts to whoever needs them.
class ApiStack final : public QObject {
    Q_OBJECT
public:
    explicit ApiStack(const ApiStackOptions &options = {}, QObject *parent = nullptr);
    // Cancels everything pending, then takes the parts down in order.
    ~ApiStack() override;

    // Switching account or endpoint cancels everything still pending.
    void configure(const Endpoint &endpoint, const Credentials &credentials);
    bool isConfigured() const;

    ApiClient *client() const { return m_client.get(); }
    RequestScheduler *scheduler() const { return m_scheduler.get(); }
    TrroApi *api() const { return m_api.get(); }
    CachedStats *statistics() const { return m_statistics.get(); }
    AsyncStatsCache *cache() const { return m_cache.get(); }

    // Nothing queued or in flight: no request in the scheduler, no call on the cache's thread.
    bool isIdle() const;

private:
    // Declared in the order of construction: destroyed the other way round.
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RequestScheduler> m_scheduler;
    std::unique_ptr<TrroApi> m_api;
    std::unique_ptr<AsyncStatsCache> m_cache;
    std::unique_ptr<CachedStats> m_statistics;
};

} // namespace trro
