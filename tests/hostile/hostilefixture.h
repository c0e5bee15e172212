#pragma once

// The client stack (ApiClient, RequestScheduler, TrroApi) pointed at a HostileServer, with
// short timeouts and backoff so that every bound shows within seconds.

#include "apiclient.h"
#include "hostileserver.h"
#include "requestscheduler.h"
#include "trroapi.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace trro::test {

struct HostileFixture {
    explicit HostileFixture(int timeoutMs = 1000, int jobDeadlineMs = 20000) {
        listening = server.listen();
        client = std::make_unique<ApiClient>();
        client->setEndpoint(Endpoint::parse(server.url().toString()));
        Credentials key;
        key.secretId = QStringLiteral("AKIDhostiletest");
        key.secretKey = QStringLiteral("hostile-test-secret");
        client->setCredentials(key);
        client->setTimeoutMs(timeoutMs);
        RequestScheduler::Options options;
        options.baseBackoffMs = 20;
        options.maxBackoffMs = 50;
        options.jobDeadlineMs = jobDeadlineMs;
        scheduler = std::make_unique<RequestScheduler>(client.get(), options);
        api = std::make_unique<TrroApi>(scheduler.get());
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
        QElapsedTimer waited;
        waited.start();
        while (!done && waited.elapsed() < waitMs)
            QTest::qWait(10);
        return result;
    }

    HostileServer server;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<RequestScheduler> scheduler;
    std::unique_ptr<TrroApi> api;
    bool listening = false;
};

} // namespace trro::test
