#pragma once

#include "result.h"
#include "types.h"

#include <QByteArray>
#include <QJsonObject>

namespace trro {

// Reading TRRO responses. Integers may be JSON numbers or numeric strings; a missing list is
// empty; a wrong type is a Kind::Malformed error whose message names the field.

// Splits the envelope: the inner "Response" object on success, or the typed error
// (Kind::Api with Code, Message and RequestId; Kind::Malformed when the body is not an envelope).
Result<QJsonObject> parseEnvelope(const QByteArray &body, int httpStatus = 200);

struct Page {
    qint64 total = 0;
    qint64 num = 0;
};

Result<IntervalSeries> parseIntervalStatistics(const QJsonObject &response);
Result<SessionTotals> parseSessionTotals(const QJsonObject &response);
Result<QList<Device>> parseDevices(const QJsonObject &response, Page *page = nullptr);
Result<QList<Project>> parseProjects(const QJsonObject &response, Page *page = nullptr);
Result<QList<DeviceSession>> parseDeviceSessions(const QJsonObject &response, Page *page = nullptr);
Result<QList<RecentSession>> parseRecentSessions(const QJsonObject &response, Page *page = nullptr);

// Lower-level readers, exposed for tests and the local service.
// Reads an integer from a number or a numeric string; fails on anything else.
bool readInteger(const QJsonValue &value, qint64 *out);
// ISO-8601 with offset ("2022-03-22T08:00:00+08:00"), unix seconds, or empty.
QDateTime readTime(const QJsonValue &value);

} // namespace trro
