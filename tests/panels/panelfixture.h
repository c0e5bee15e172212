#pragma once

// ServiceFixture with a small deterministic fleet, for the panel tests.

#include "fleet.h"
#include "servicefixture.h"

#include <QSignalSpy>

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

// Waits up to 20 s until widget (a panel or view with isLoading() and loadingChanged) has
// loaded.
template <typename Widget> bool waitLoaded(Widget &widget) {
    if (!widget.isLoading())
        return true;
    QSignalSpy spy(&widget, &Widget::loadingChanged);
    return spy.wait(20000) && !widget.isLoading();
}

} // namespace trro::test
