#pragma once

// One line per start-up milestone on stderr, read by bench_startup:
//   trro-startup-probe <name> <CLOCK_MONOTONIC nanoseconds>
// The benchmark takes the same clock just before it starts the process, so each figure is the
// time from launching the process to that milestone.

#include <cstdio>
#include <ctime>

namespace trro::bench {

inline constexpr char MilestonePrefix[] = "trro-startup-probe";

inline long long monotonicNs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

inline void reportMilestone(const char *name) {
    std::fprintf(stderr, "%s %s %lld\n", MilestonePrefix, name, monotonicNs());
    std::fflush(stderr);
}

} // namespace trro::bench
