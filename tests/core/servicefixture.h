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

    // The waits of a test on a ManualClock. Each waits for the scheduler and for the cache's
    // thread alike (a write to the cache still running counts as busy).
    //
    // settle(): lets every request in flight be answered and every call on the cache's thread
    // come back (in real time, while the clock stands still), and the zero-delay timers after
    // them run. False when a reply never comes.
    bool settle() const {
        const auto busy = [this] { return scheduler->inFlightCount() > 0 || cache->pending() > 0; };
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
    bool runUntilIdle(ManualClock &clock, qint64 limitUs = 600LL * 1000000) const {
        const qint64 end = clock.monotonicUs() + limitUs;
        for (;;) {
            if (!settle())
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
    bool runFor(ManualClock &clock, qint64 us) const {
        const qint64 end = clock.monotonicUs() + us;
        for (;;) {
            if (!settle())
                return false;
            const qint64 next = clock.nextDueUs();
            if (next < 0 || next > end) {
                clock.advance(end - clock.monotonicUs());
                return settle();
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
