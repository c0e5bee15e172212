#pragma once

// ServiceFixture with a small deterministic fleet, for the panel tests.

#include "fleet.h"
#include "servicefixture.h"

namespace trro::test {

struct PanelFixture final : ServiceFixture {
    // 60 vehicles and 12 cockpits in the demo project; every list is served 25 items a page,
    // so a full device list takes three pages.
    static sim::ServiceOptions defaultOptions() {
        sim::ServiceOptions options = standardFleet(60, 20);
        options.pageSizeCap = 25;
        return options;
    }

    explicit PanelFixture(const sim::ServiceOptions &options = defaultOptions(),
                          const RequestScheduler::Options &schedulerOptions = {})
        : ServiceFixture(options, schedulerOptions) {}
};

} // namespace trro::test
