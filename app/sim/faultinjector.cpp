#include "faultinjector.h"

#include "localservice.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace trro::sim {

QString faultName(FaultKind kind) {
    switch (kind) {
    case FaultKind::None:
        return {};
    case FaultKind::Http5xx:
        return u"5xx"_s;
    case FaultKind::InternalError:
        return u"internal"_s;
    case FaultKind::MalformedJson:
        return u"malformed"_s;
    case FaultKind::Slow:
        return u"slow"_s;
    case FaultKind::DropConnection:
        return u"drop"_s;
    case FaultKind::RateLimit:
        return u"ratelimit"_s;
    }
    return {};
}

void FaultInjector::reset(quint64 seed) {
    m_state = seed;
}

double FaultInjector::draw() {
    // splitmix64
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return double(z >> 11) * (1.0 / 9007199254740992.0);
}

double FaultInjector::detail() {
    return draw();
}

FaultKind FaultInjector::next(const FaultOptions &options) {
    const double u = draw();
    const double pick = draw();
    if (options.failureRate <= 0 || u >= options.failureRate)
        return FaultKind::None;
    QList<FaultKind> enabled;
    if (options.http5xx)
        enabled.append(FaultKind::Http5xx);
    if (options.internalError)
        enabled.append(FaultKind::InternalError);
    if (options.malformedJson)
        enabled.append(FaultKind::MalformedJson);
    if (options.slow)
        enabled.append(FaultKind::Slow);
    if (options.dropConnection)
        enabled.append(FaultKind::DropConnection);
    if (options.rateLimit)
        enabled.append(FaultKind::RateLimit);
    if (enabled.isEmpty())
        return FaultKind::None;
    return enabled.at(std::min<qsizetype>(enabled.size() - 1, qsizetype(pick * enabled.size())));
}

} // namespace trro::sim
