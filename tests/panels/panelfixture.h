#pragma once

// The local TRRO service with a small deterministic fleet plus one client stack pointed at it,
// for the panel tests. Real HTTP on loopback; nothing of Qt is mocked.

#include "apiclient.h"
#include "fleet.h"
#include "localservice.h"
#include "requestscheduler.h"
#include "trroapi.h"

#include <QDateTime>
#include <memory>

namespace trro::test {

struct PanelFixture {
    // 60 vehicles and 12 cockpits in the demo project; every list is served 25 items a page,
    // so a full device list takes three pages.
    static sim::ServiceOptions defaultOptions() {
        sim::ServiceOptions options;
        options.keys << sim::LocalService::demoCredentials();
        options.pageSizeCap = 25;
        options.fleet = sim::FleetConfig::standard(60);
        options.fleet.historyDays = 20;
        return options;
    }

    explicit PanelFixture(const sim::ServiceOptions &options = defaultOptions(),
                          const RequestScheduler::Options &schedulerOptions = {}) {
        service = std::make_unique<sim::LocalService>(options);
        listening = service->listen();
        client = std::make_unique<ApiClient>();
        client->setEndpoint(Endpoint::parse(service->url().toString()));
        client->setCredentials(sim::LocalService::demoCredentials());
        scheduler = std::make_unique<RequestScheduler>(client.get(), schedulerOptions);
        api = std::make_unique<TrroApi>(scheduler.get());
    }

    QString projectId() const { return sim::LocalService::demoProjectId(); }
    int projectIndex() { return service->fleet().catalog().projectIndex(projectId()); }
    int deviceIndex(const QString &deviceId) {
        return service->fleet().catalog().deviceIndex(deviceId);
    }
    qint64 now() const { return service->serviceTime(); }

    // Makes every following request fail with AuthFailure (a non-retryable error).
    void revokeKey() {
        sim::ServiceOptions options = service->options();
        Credentials other = sim::LocalService::demoCredentials();
        other.secretId = QStringLiteral("AKIDsomebodyElse000000000000000000001");
        options.keys = {other};
        service->setOptions(options);
    }

    std::unique_ptr<sim::LocalService> service;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<RequestScheduler> scheduler;
    std::unique_ptr<TrroApi> api;
    bool listening = false;
};

} // namespace trro::test
