#pragma once

// The client stack (ApiClient, RequestScheduler, TrroApi) pointed at a HostileServer, with
// short timeouts and backoff so that every bound shows within seconds.

#include "apiclient.h"
#include "apistack.h"
#include "hostileserver.h"
#include "requestscheduler.h"
#include "trroapi.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace trro::test {

struct HostileFixture {
    explicit HostileFixture(int timeoutMs = 1000, int jobDeadlineMs = 20000) {
        listening = server.listen();
        Credentials key;
        key.secretId = QStringLiteral("AKIDhostiletest");
        key.secretKey = QStringLiteral("hostile-test-secret");
        ApiStackOptions options;
        options.timeoutMs = timeoutMs;
        options.scheduler.baseBackoffMs = 20;
        options.scheduler.maxBackoffMs = 50;
        options.scheduler.jobDeadlineMs = jobDeadlineMs;
        options.cacheEnabled = false; // what the client makes of each answer, uncached
        stack = std::make_unique<ApiStack>(options);
        stack->configure(Endpoint::parse(server.url().toString()), key);
        client = stack->client();
        scheduler = stack->scheduler();
        api = stack->api();
    }

    // Runs call(context, done) and waits (with a generous bound) for done to be called.
    template <typename T, typename Call> Result<T> run(Call call, int waitMs = 30000) {
        Result<T> result{ApiError::make(ApiError::Kind::Timeout, QStringLiteral("TestTimeout"),
                                        QStringLiteral("the test gave up"))};
        bool done = false;
        QObject context;
        call(&context, [&](const Result<T> &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, waitMs))
            qWarning("no answer within %d ms", waitMs);
        return result;
    }

    // The device list of project through TrroApi (every page), as run() gives it.
    Result<QList<Device>> devices(const QString &project) {
        return run<QList<Device>>(
            [&](QObject *context, auto done) { api->devices(project, {}, context, done); });
    }

    // The project list (every page), as run() gives it.
    Result<QList<Project>> projects() {
        return run<QList<Project>>(
            [&](QObject *context, auto done) { api->projects(context, done); });
    }

    // One statistics query straight through TrroApi, as run() gives it.
    Result<IntervalSeries> statistics(const StatsQuery &query) {
        return run<IntervalSeries>(
            [&](QObject *context, auto done) { api->intervalStatistics(query, context, done); });
    }

    HostileServer server;
    std::unique_ptr<ApiStack> stack;
    // The parts of stack.
    ApiClient *client = nullptr;
    RequestScheduler *scheduler = nullptr;
    TrroApi *api = nullptr;
    bool listening = false;
};

} // namespace trro::test
