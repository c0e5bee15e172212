#pragma once

#include <QString>

namespace trro::sim {

struct FaultOptions;

enum class FaultKind {
    None,
    Http5xx,
    InternalError,
    MalformedJson,
    Slow,
    DropConnection,
    RateLimit
};

QString
faultName(FaultKind kind); // "" | "5xx" | "internal" | "malformed" | "slow" | "drop" | "ratelimit"

// Picks the fault for each request: with probability failureRate one of the enabled faults,
// uniformly; pseudo-random from the seed, so a run can be repeated.
class FaultInjector final {
public:
    void reset(quint64 seed);
    FaultKind next(const FaultOptions &options);
    // A second draw for the details of a fault (which 5xx status, where to cut a body).
    double detail();

private:
    double draw();

    quint64 m_state = 0;
};

} // namespace trro::sim
