#pragma once

// The local TRRO service with a small deterministic fleet plus one client stack pointed at it,
// for the panel tests. Real HTTP on loopback; nothing of Qt is mocked.

#include "apiclient.h"
#include "apistack.h"
#include "fleet.h"
#include "localservice.h"
#include "requestscheduler.h"
#include "trroapi.h"

#include <QDateTime>
#include <QTemporaryDir>
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
        ApiStackOptions o;
        o.scheduler = schedulerOptions;
        o.cachePath = cacheDir.filePath(QStringLiteral("stats-cache.sqlite"));
        stack = std::make_unique<ApiStack>(o);
        stack->configure(Endpoint::parse(service->url().toString()),
                         sim::LocalService::demoCredentials());
        client = stack->client();
        scheduler = stack->scheduler();
        api = stack->api();
        statistics = stack->statistics();
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

    QTemporaryDir cacheDir; // the statistics cache of this fixture alone
    std::unique_ptr<sim::LocalService> service;
    std::unique_ptr<ApiStack> stack;
    // The parts of stack.
    ApiClient *client = nullptr;
    RequestScheduler *scheduler = nullptr;
    TrroApi *api = nullptr;
    CachedStats *statistics = nullptr;
    bool listening = false;
};

} // namespace trro::test
