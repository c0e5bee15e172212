#include "sessiontelemetry.h"

#include "parse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace trro {
namespace {

// Bounds against a hostile service: 24 hours at one sample per second, a few cards.
constexpr qsizetype MaxSamples = 86400;
constexpr qsizetype MaxNetCards = 16;
constexpr qsizetype MaxSides = 8;
constexpr qsizetype MaxText = 256;

ApiError notAList(const QString &field) {
    return ApiError::make(ApiError::Kind::Malformed, QStringLiteral("MalformedResponse"),
                          QCoreApplication::translate("trro", "Field \"%1\" is not %2.")
                              .arg(field, QCoreApplication::translate("trro", "a list")));
}

QString readText(const QJsonObject &o, const QString &key) {
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString().left(MaxText);
    double n = 0;
    if (v.isDouble() && readNumber(v, &n))
        return QString::number(n, 'g', 15);
    return {};
}

qint64 readInt(const QJsonObject &o, const QString &key) {
    qint64 n = 0;
    return readInteger(o.value(key), &n) ? n : 0;
}

// Reads a sample array; an empty list when absent, not an array or not all numbers.
QList<double> readSamples(const QJsonValue &v, const QString &field, qsizetype expected,
                          bool aligned, QList<TelemetryAnomaly> *anomalies) {
    if (v.isUndefined() || v.isNull())
        return {};
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() > MaxSamples) {
        anomalies->append({TelemetryAnomaly::Kind::NotNumeric, field, a.size(), expected});
        return {};
    }
    QList<double> out;
    out.reserve(a.size());
    for (const QJsonValue &e : a) {
        double n = 0;
        if (!readNumber(e, &n)) {
            anomalies->append({TelemetryAnomaly::Kind::NotNumeric, field, a.size(), expected});
            return {};
        }
        out.append(n);
    }
    if (aligned && !out.isEmpty() && out.size() != expected) {
        anomalies->append({TelemetryAnomaly::Kind::LengthMismatch, field, out.size(), expected});
        out.resize(std::min(out.size(), expected));
    }
    return out;
}

} // namespace

const QStringList &sideKeys() {
    static const QStringList keys = [] {
        QStringList k{QStringLiteral("DeviceType"),  QStringLiteral("StartTime"),
                      QStringLiteral("EndTime"),     QStringLiteral("SessionId"),
                      QStringLiteral("ProjectId"),   QStringLiteral("DeviceId"),
                      QStringLiteral("Ver"),         QStringLiteral("SdkMode"),
                      QStringLiteral("Width"),       QStringLiteral("Height"),
                      QStringLiteral("ConfigWidth"), QStringLiteral("ConfigHeight"),
                      QStringLiteral("MultiMode"),   QStringLiteral("TimeOffset")};
        k += sessionMetricNames();
        k << QStringLiteral("RenderConst") << QStringLiteral("MultiNet");
        return k;
    }();
    return keys;
}

const QStringList &sessionMetricNames() {
    static const QStringList names{QStringLiteral("Rate"),
                                   QStringLiteral("BitRateEstimate"),
                                   QStringLiteral("TotalBitrateEstimate"),
                                   QStringLiteral("Fps"),
                                   QStringLiteral("FrameDelta"),
                                   QStringLiteral("MaxFrameDelta"),
                                   QStringLiteral("Lost"),
                                   QStringLiteral("NACK"),
                                   QStringLiteral("NetworkLatency"),
                                   QStringLiteral("VideoLatency"),
                                   QStringLiteral("ControlLatency"),
                                   QStringLiteral("CaptureCost"),
                                   QStringLiteral("EncodeCost"),
                                   QStringLiteral("DecodeCost"),
                                   QStringLiteral("RenderCost"),
                                   QStringLiteral("K100"),
                                   QStringLiteral("K150"),
                                   QStringLiteral("Lag100Duration"),
                                   QStringLiteral("Lag150Duration"),
                                   QStringLiteral("CpuUsed"),
                                   QStringLiteral("MemUsed")};
    return names;
}

QList<double> SideTelemetry::metric(const QString &name) const {
    const qsizetype i = sessionMetricNames().indexOf(name);
    return i >= 0 && i < metrics.size() ? metrics.at(i) : QList<double>{};
}

bool readNumber(const QJsonValue &value, double *out) {
    double n = 0;
    if (value.isDouble()) {
        n = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        n = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return false;
    } else {
        return false;
    }
    if (!std::isfinite(n))
        return false;
    *out = n;
    return true;
}

Result<QList<SideTelemetry>> parseSessionTelemetry(const QJsonObject &response) {
    const QJsonValue details = response.value(QStringLiteral("Details"));
    if (details.isUndefined() || details.isNull())
        return QList<SideTelemetry>{};
    if (!details.isArray())
        return notAList(QStringLiteral("Details"));
    QList<SideTelemetry> sides;
    for (const QJsonValue &entry : details.toArray()) {
        if (sides.size() >= MaxSides)
            break;
        if (!entry.isObject())
            return notAList(QStringLiteral("Details"));
        const QJsonObject o = entry.toObject();
        SideTelemetry side;
        for (const QString &key : sideKeys()) {
            if (o.contains(key))
                side.sentKeys.append(key);
        }
        side.deviceType = parseDeviceType(o.value(QStringLiteral("DeviceType")).toString());
        side.deviceId = readText(o, QStringLiteral("DeviceId"));
        side.sessionId = readText(o, QStringLiteral("SessionId"));
        side.projectId = readText(o, QStringLiteral("ProjectId"));
        side.ver = readText(o, QStringLiteral("Ver"));
        side.sdkMode = readText(o, QStringLiteral("SdkMode"));
        side.startTime = readInt(o, QStringLiteral("StartTime"));
        side.endTime = readInt(o, QStringLiteral("EndTime"));
        side.width = readInt(o, QStringLiteral("Width"));
        side.height = readInt(o, QStringLiteral("Height"));
        side.configWidth = readInt(o, QStringLiteral("ConfigWidth"));
        side.configHeight = readInt(o, QStringLiteral("ConfigHeight"));
        side.multiMode = readInt(o, QStringLiteral("MultiMode"));
        side.timeOffset = readSamples(o.value(QStringLiteral("TimeOffset")),
                                      QStringLiteral("TimeOffset"), 0, false, &side.anomalies);
        const qsizetype n = side.timeOffset.size();
        for (const QString &name : sessionMetricNames()) {
            QJsonValue v = o.value(name);
            if (name == QLatin1String("RenderCost") && (v.isUndefined() || v.isNull()))
                v = o.value(QStringLiteral("RenderConst")); // the deprecated spelling
            side.metrics.append(readSamples(v, name, n, true, &side.anomalies));
        }
        const QJsonValue nets = o.value(QStringLiteral("MultiNet"));
        if (nets.isArray()) {
            const QJsonArray cards = nets.toArray();
            for (qsizetype i = 0; i < cards.size() && i < MaxNetCards; ++i) {
                const QJsonObject c = cards.at(i).toObject();
                const QString path = QStringLiteral("MultiNet[%1].").arg(i);
                NetCardSamples card;
                card.netId = readText(c, QStringLiteral("NetId"));
                card.netIp = readText(c, QStringLiteral("NetIp"));
                const auto read = [&](const char *key) {
                    const QString k = QString::fromLatin1(key);
                    return readSamples(c.value(k), path + k, n, true, &side.anomalies);
                };
                card.rtt = read("Rtt");
                card.lost = read("Lost");
                card.sendBps = read("SendBps");
                card.recvBps = read("RecvBps");
                side.multiNet.append(card);
            }
        }
        sides.append(side);
    }
    std::stable_sort(
        sides.begin(), sides.end(), [](const SideTelemetry &a, const SideTelemetry &b) {
            return a.deviceType == DeviceType::Field && b.deviceType != DeviceType::Field;
        });
    return sides;
}

} // namespace trro
