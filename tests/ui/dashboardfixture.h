#pragma once

// The local TRRO service with a small deterministic fleet, for the dashboard tests. Real HTTP
// on loopback; nothing of Qt is mocked.

#include "apistack.h"
#include "fleet.h"
#include "localservice.h"

#include <QTemporaryDir>
#include <memory>

namespace trro::test {

struct DashboardService {
    static sim::ServiceOptions defaultOptions() {
        sim::ServiceOptions options;
        options.keys << sim::LocalService::demoCredentials();
        options.fleet = sim::FleetConfig::standard(40);
        options.fleet.historyDays = 30;
        return options;
    }

    DashboardService() {
        service = std::make_unique<sim::LocalService>(defaultOptions());
        listening = service->listen();
    }

    QString projectId() const { return sim::LocalService::demoProjectId(); }
    int projectIndex() const { return service->fleet().catalog().projectIndex(projectId()); }
    int deviceIndex(const QString &deviceId) const {
        return service->fleet().catalog().deviceIndex(deviceId);
    }
    qint64 now() const { return service->serviceTime(); }
    // A closed range in the past: its numbers no longer change while a test runs.
    qint64 rangeEnd() const { return (now() / 86400 - 2) * 86400; }
    qint64 rangeStart() const { return rangeEnd() - 7 * 86400; }

    // Every following request fails with AuthFailure.SecretIdNotFound (not retried).
    void revokeKey() {
        sim::ServiceOptions options = service->options();
        Credentials other = sim::LocalService::demoCredentials();
        other.secretId = QStringLiteral("AKIDsomebodyElse000000000000000000001");
        options.keys = {other};
        service->setOptions(options);
    }
    void restoreKey() {
        sim::ServiceOptions options = service->options();
        options.keys = {sim::LocalService::demoCredentials()};
        service->setOptions(options);
    }

    // A statistics cache file of this service's own: tests that run at the same time never
    // share one (the default path is the same for every test program of the user).
    ApiStackOptions stackOptions() const {
        ApiStackOptions options;
        options.cachePath = cacheDir.filePath(QStringLiteral("stats-cache.sqlite"));
        return options;
    }

    QTemporaryDir cacheDir;
    std::unique_ptr<sim::LocalService> service;
    bool listening = false;
};

} // namespace trro::test
