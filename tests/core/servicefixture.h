#pragma once

// A local TRRO service plus one client stack pointed at it, for the core integration tests.

#include "apiclient.h"
#include "apistack.h"
#include "asyncstatscache.h"
#include "clock.h"
#include "localservice.h"
#include "requestscheduler.h"
#include "trroapi.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace trro::test {

struct ServiceFixture {
    // clock: the service's and the scheduler's time (nullptr: the system's).
    explicit ServiceFixture(sim::ServiceOptions options = {},
                            RequestScheduler::Options schedulerOptions = {},
                            Clock *clock = nullptr) {
        if (options.keys.isEmpty())
            options.keys << sim::LocalService::demoCredentials();
        options.clock = clock;
        service = std::make_unique<sim::LocalService>(options);
        listening = service->listen();
        ApiStackOptions o;
        o.scheduler = schedulerOptions;
        o.clock = clock;
        o.cachePath = cacheDir.filePath(QStringLiteral("stats-cache.sqlite"));
        stack = std::make_unique<ApiStack>(o);
        stack->configure(Endpoint::parse(service->url().toString()),
                         sim::LocalService::demoCredentials());
        client = stack->client();
        scheduler = stack->scheduler();
        api = stack->api();
        statistics = stack->statistics();
        cache = stack->cache();
    }

    // With a ManualClock: lets every request in flight be answered and every call on the
    // cache's thread come back (in real time, while the clock stands still), and the zero-delay
    // timers after them run. False when a reply never comes.
    static bool settle(RequestScheduler *scheduler, const AsyncStatsCache *cache = nullptr) {
        const auto busy = [&] {
            return scheduler->inFlightCount() > 0 || (cache && cache->pending() > 0);
        };
        do {
            if (!QTest::qWaitFor([&] { return !busy(); }, 30000))
                return false;
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
        } while (busy());
        return true;
    }

    // Settles, then moves the clock to the scheduler's next timer, until nothing is queued.
    // False when the scheduler waits for no timer within limitUs, or a reply never comes.
    static bool runUntilIdle(ManualClock &clock, RequestScheduler *scheduler,
                             qint64 limitUs = 600LL * 1000000,
                             const AsyncStatsCache *cache = nullptr) {
        const qint64 end = clock.monotonicUs() + limitUs;
        for (;;) {
            if (!settle(scheduler, cache))
                return false;
            if (scheduler->pendingCount() == 0)
                return true;
            const qint64 next = clock.nextDueUs();
            if (next < 0 || next > end)
                return false;
            clock.advanceToNextTimer(limitUs);
        }
    }

    // The same for a stretch of the clock: afterwards it stands exactly us later.
    static bool runFor(ManualClock &clock, RequestScheduler *scheduler, qint64 us,
                       const AsyncStatsCache *cache = nullptr) {
        const qint64 end = clock.monotonicUs() + us;
        for (;;) {
            if (!settle(scheduler, cache))
                return false;
            const qint64 next = clock.nextDueUs();
            if (next < 0 || next > end) {
                clock.advance(end - clock.monotonicUs());
                return settle(scheduler, cache);
            }
            clock.advanceToNextTimer(us);
        }
    }

    QTemporaryDir cacheDir; // the statistics cache of this fixture alone
    std::unique_ptr<sim::LocalService> service;
    std::unique_ptr<ApiStack> stack;
    // The parts of stack.
    ApiClient *client = nullptr;
    RequestScheduler *scheduler = nullptr;
    TrroApi *api = nullptr;
    CachedStats *statistics = nullptr;
    AsyncStatsCache *cache = nullptr;
    bool listening = false;
};

} // namespace trro::test
