#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace trro {

// How ApiClient reads an answer once its bytes are in: plain functions, so that the fuzz
// target and the tests drive exactly what the client does with a hostile server's bytes.

// The server's clock from an RFC 7231 Date header, or an invalid QDateTime.
QDateTime parseHttpDate(const QByteArray &value);

// The body of an answer to action: refused unread when it holds more than maxValues JSON
// values (Malformed, TooManyItems; maxValues <= 0: no limit), else parseEnvelope().
Result<QJsonObject> readReplyBody(const QString &action, const QByteArray &body, int httpStatus,
                                  qint64 maxValues);

// What the client does with the server's clock after an answer. skew = server - local.
struct ClockStep {
    enum class Kind {
        Keep,    // nothing to change
        Follow,  // use offset from now on (silently)
        Correct, // use offset from now on and say so (a rejected request time)
        Refuse,  // beyond MaxCorrectionSec: one of the clocks is wrong, fail the request
    };
    Kind kind = Kind::Keep;
    qint64 offset = 0;
};
ClockStep clockStep(qint64 skew, qint64 currentOffset, bool signatureExpired,
                    qint64 maxCorrectionSec);

// The error of a Refuse step: which clocks differ by how much, and what to check.
ApiError clockRefusal(const QDateTime &serverDate, const QDateTime &localDate);

} // namespace trro
