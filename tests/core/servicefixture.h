#pragma once

// A local TRRO service plus one client stack pointed at it, for the core integration tests.

#include "apiclient.h"
#include "localservice.h"
#include "requestscheduler.h"
#include "trroapi.h"

#include <memory>

namespace trro::test {

struct ServiceFixture {
    explicit ServiceFixture(sim::ServiceOptions options = {},
                            RequestScheduler::Options schedulerOptions = {})
    {
        if (options.keys.isEmpty())
            options.keys << sim::LocalService::demoCredentials();
        service = std::make_unique<sim::LocalService>(options);
        listening = service->listen();
        client = std::make_unique<ApiClient>();
        client->setEndpoint(Endpoint::parse(service->url().toString()));
        client->setCredentials(sim::LocalService::demoCredentials());
        scheduler = std::make_unique<RequestScheduler>(client.get(), schedulerOptions);
        api = std::make_unique<TrroApi>(scheduler.get());
    }

    std::unique_ptr<sim::LocalService> service;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<RequestScheduler> scheduler;
    std::unique_ptr<TrroApi> api;
    bool listening = false;
};

} // namespace trro::test
