#include "sessionattributes.h"

#include "sessiondiagnosis.h"
#include "textsafety.h"

#include <QCryptographicHash>
#include <QSet>
#include <algorithm>

namespace trro {
namespace {

constexpr qsizetype MaxVersionLength = 32;

quint64 hashOf(const QString &id) {
    const QByteArray digest =
        QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).left(8);
    quint64 h = 0;
    for (const char c : digest)
        h = (h << 8) | quint8(c);
    return h;
}

QStringList sampled(QList<std::pair<quint64, QString>> ids, qsizetype count) {
    std::sort(ids.begin(), ids.end());
    QStringList out;
    for (qsizetype i = 0; i < ids.size() && i < count; ++i)
        out.append(ids.at(i).second);
    return out;
}

} // namespace

SessionAttributes sessionAttributes(const QList<SideTelemetry> &sides) {
    SessionAttributes a;
    for (const SideTelemetry &side : sides) {
        if (side.deviceType != DeviceType::Field)
            continue;
        a.network = side.multiMode != 0 || side.multiNet.size() > 1 ? QStringLiteral("multi")
                                                                    : QStringLiteral("single");
        a.sdk = stripControls(side.ver).trimmed().left(MaxVersionLength);
        break;
    }
    if (!sides.isEmpty())
        a.stage = diagnoseSession(sides).dominantStage;
    return a;
}

QStringList detailsSample(const QList<DeviceSession> &sessions, int maxRequests) {
    QList<std::pair<quint64, QString>> bad, notBad;
    QSet<QString> seen;
    for (const DeviceSession &s : sessions) {
        if (s.sessionId.isEmpty() || seen.contains(s.sessionId))
            continue;
        seen.insert(s.sessionId);
        const QString q = s.quality.trimmed().toLower();
        if (q == QLatin1String("bad"))
            bad.append({hashOf(s.sessionId), s.sessionId});
        else if (q == QLatin1String("good") || q == QLatin1String("normal"))
            notBad.append({hashOf(s.sessionId), s.sessionId});
    }
    const qsizetype budget = std::max(0, maxRequests);
    const qsizetype badCount = std::min(bad.size(), budget * 3 / 4);
    const qsizetype notBadCount = std::min(notBad.size(), budget - badCount);
    return sampled(bad, badCount) + sampled(notBad, notBadCount);
}

} // namespace trro
