#include "apistack.h"

#include "apiclient.h"
#include "asyncstatscache.h"
#include "cachedstats.h"
#include "trroapi.h"

namespace trro {

ApiStack::ApiStack(const ApiStackOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<ApiClient>())
    , m_scheduler(
          std::make_unique<RequestScheduler>(m_client.get(), options.scheduler, options.clock))
    , m_api(std::make_unique<TrroApi>(m_scheduler.get()))
    , m_cache(std::make_unique<AsyncStatsCache>(
          options.cachePath.isEmpty() ? StatsCache::defaultPath() : options.cachePath))
    , m_statistics(std::make_unique<CachedStats>(m_api.get(), m_cache.get(), options.clock)) {
    m_client->setClock(options.clock);
    if (options.timeoutMs > 0)
        m_client->setTimeoutMs(options.timeoutMs);
    m_statistics->setEnabled(options.cacheEnabled);
    if (options.cachePolicy)
        m_statistics->setPolicy(*options.cachePolicy);
    if (options.cacheEnabled && options.sharedStore.isValid())
        m_cache->setSharedStore(options.sharedStore);
}

ApiStack::~ApiStack() {
    m_scheduler->cancelAll();
}

void ApiStack::configure(const Endpoint &endpoint, const Credentials &credentials) {
    m_scheduler->cancelAll();
    m_client->setEndpoint(endpoint);
    m_client->setCredentials(credentials);
}

bool ApiStack::isIdle() const {
    return m_scheduler->pendingCount() == 0 && m_scheduler->inFlightCount() == 0 &&
           m_cache->pending() == 0;
}

bool ApiStack::isConfigured() const {
    return m_client->endpoint().isValid() && m_client->credentials().isComplete();
}

} // namespace trro
