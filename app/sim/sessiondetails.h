#pragma once

#include <QJsonArray>

namespace trro::sim {

class Fleet;
struct Session;

// DescribeDeviceSessionDetails: per-device samples of one session (the vehicle and the
// cockpit), aligned on TimeOffset, derived from the session's hash and quality.
class SessionDetails final {
public:
    // Samples between start and end (unix seconds, clipped to the session).
    static QJsonArray details(const Fleet &fleet, int project, const Session &session, qint64 start,
                              qint64 end);
};

} // namespace trro::sim
