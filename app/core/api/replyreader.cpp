#include "replyreader.h"

#include "checkedmath.h"
#include "parse.h"
#include "responselimits.h"

#include <QCoreApplication>
#include <QLocale>

namespace trro {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("trro", text);
}

constexpr qint64 SignatureWindowSec = 300;

} // namespace

QDateTime parseHttpDate(const QByteArray &value) {
    if (value.isEmpty() || value.size() > 64)
        return {};
    QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(value).trimmed(),
                                          QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (t.isValid())
        t.setTimeSpec(Qt::UTC);
    return t;
}

Result<QJsonObject> readReplyBody(const QString &action, const QByteArray &body, int httpStatus,
                                  qint64 maxValues) {
    if (maxValues > 0 && limits::countJsonValues(body, maxValues) > maxValues) {
        // Refused before parsing: a flood of tiny items would take far more memory as JSON
        // values than its bytes.
        ApiError e = ApiError::make(ApiError::Kind::Malformed, QStringLiteral("TooManyItems"),
                                    tr("The answer to %1 holds more values than the question "
                                       "allows (at most %2); it was not read.")
                                        .arg(action)
                                        .arg(maxValues));
        e.httpStatus = httpStatus;
        return e;
    }
    return parseEnvelope(body, httpStatus);
}

ClockStep clockStep(qint64 skew, qint64 currentOffset, bool signatureExpired,
                    qint64 maxCorrectionSec) {
    if (skew > maxCorrectionSec || skew < -maxCorrectionSec)
        return {signatureExpired ? ClockStep::Kind::Refuse : ClockStep::Kind::Keep, currentOffset};
    const qint64 difference = saturatingSub(skew, currentOffset);
    const qint64 drift = difference == std::numeric_limits<qint64>::min()
                             ? std::numeric_limits<qint64>::max()
                             : (difference < 0 ? -difference : difference);
    if (signatureExpired)
        return {drift > 5 ? ClockStep::Kind::Correct : ClockStep::Kind::Keep, skew};
    // Keep following the server's clock while an offset is in use.
    if (currentOffset != 0 && drift > SignatureWindowSec / 2)
        return {ClockStep::Kind::Follow, skew};
    return {ClockStep::Kind::Keep, currentOffset};
}

ApiError clockRefusal(const QDateTime &serverDate, const QDateTime &localDate) {
    const qint64 skew = serverDate.toSecsSinceEpoch() - localDate.toSecsSinceEpoch();
    ApiError e = ApiError::make(
        ApiError::Kind::Api, QStringLiteral("ClockSkewTooLarge"),
        tr("The service rejected the request time, and its clock (%1) differs from this "
           "computer's (%2) by %3 s, more than the one day that is corrected automatically: "
           "either the service's clock or this computer's clock is wrong. Check the system "
           "time (NTP) and the endpoint.")
            .arg(serverDate.toUTC().toString(Qt::ISODate), localDate.toUTC().toString(Qt::ISODate))
            .arg(skew));
    e.serverClockKnown = true;
    e.serverClockSkew = skew;
    return e;
}

} // namespace trro
