#pragma once

#include "result.h"
#include "types.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace trro {

// DescribeDeviceSessionDetails: the samples of one side of a session, aligned on timeOffset
// (seconds from that side's startTime). A metric that does not apply to a side is empty.

// The per-sample metrics, in the order of the CSV export.
const QStringList &sessionMetricNames();

// Every documented key of one side's object (SessionDeviceDetail), MultiNet last.
const QStringList &sideKeys();

// Why a field was not kept as sent. Reported, never fatal.
struct TelemetryAnomaly {
    enum class Kind { LengthMismatch, NotNumeric };
    Kind kind = Kind::LengthMismatch;
    QString field;          // "Rate", "MultiNet[1].Rtt", ...
    qsizetype length = 0;   // as sent
    qsizetype expected = 0; // the length of TimeOffset

    friend bool operator==(const TelemetryAnomaly &, const TelemetryAnomaly &) = default;
};

struct NetCardSamples {
    QString netId;
    QString netIp;
    QList<double> rtt, lost, sendBps, recvBps; // aligned on the side's timeOffset

    friend bool operator==(const NetCardSamples &, const NetCardSamples &) = default;
};

struct SideTelemetry {
    DeviceType deviceType = DeviceType::Unknown;
    QString deviceId;
    QString sessionId;
    QString projectId;
    QString ver;
    QString sdkMode;
    qint64 startTime = 0;
    qint64 endTime = 0;
    qint64 width = 0, height = 0, configWidth = 0, configHeight = 0;
    qint64 multiMode = 0;
    QList<double> timeOffset;
    QList<QList<double>> metrics; // indexed like sessionMetricNames(); each empty or aligned
    QList<NetCardSamples> multiNet;
    QList<TelemetryAnomaly> anomalies;
    // The documented keys the side's object held, in the API's spelling ("RenderConst" when
    // the deprecated one was sent): a copy of the answer needs to know which were there.
    QStringList sentKeys;

    // The samples of a metric by name; empty when unknown or not sent.
    QList<double> metric(const QString &name) const;
};

// Reads the "Details" of a response. Numbers may be JSON numbers or numeric strings. An array
// longer or shorter than TimeOffset keeps what aligns and is reported; an array holding
// something that is not a number is dropped and reported. Sides come field first.
Result<QList<SideTelemetry>> parseSessionTelemetry(const QJsonObject &response);

// One number from a JSON number or a numeric string; false for anything else (NaN, inf too).
bool readNumber(const QJsonValue &value, double *out);

} // namespace trro
