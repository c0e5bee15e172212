#include "apierror.h"

#include <QCoreApplication>

namespace trro {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("trro", text);
}

QString advice(const ApiError &e) {
    const QString &code = e.code;
    if (code == QLatin1String("AuthFailure.SignatureExpire")) {
        if (e.serverClockKnown && e.serverClockSkew != 0) {
            return QCoreApplication::translate(
                "trro::ApiError",
                "This computer's clock is off by %n second(s) compared with the service; "
                "correct the system time (enable NTP).",
                nullptr, int(qAbs(e.serverClockSkew)));
        }
        return tr("The request timestamp was rejected: this computer's clock is probably wrong; "
                  "correct the system time (enable NTP).");
    }
    if (code == QLatin1String("AuthFailure.SecretIdNotFound") ||
        code == QLatin1String("AuthFailure.InvalidSecretId"))
        return tr("The SecretId is not known to the service: check the key in the profile or in "
                  "TENCENTCLOUD_SECRET_ID, and that it has not been deleted or disabled.");
    if (code == QLatin1String("AuthFailure.SignatureFailure"))
        return tr("The signature does not match: the SecretKey is probably wrong.");
    if (code == QLatin1String("AuthFailure.TokenFailure"))
        return tr("The session token is missing, wrong or expired: temporary keys need "
                  "TENCENTCLOUD_SESSION_TOKEN.");
    if (code == QLatin1String("AuthFailure.UnauthorizedOperation"))
        return tr("The key is not allowed to call this action: grant it TRRO read access in CAM.");
    if (e.isRateLimited())
        return tr("The service's rate limit (20 requests per second per action) was still exceeded "
                  "after retries: another client may be using the same account.");
    if (e.kind == ApiError::Kind::Timeout)
        return tr("The service did not answer in time: check the network or raise --timeout.");
    if (e.kind == ApiError::Kind::Network)
        return tr("Check the network connection, the endpoint and any proxy settings.");
    return {};
}

} // namespace

ApiError ApiError::make(Kind kind, const QString &code, const QString &message) {
    ApiError e;
    e.kind = kind;
    e.code = code;
    e.message = message;
    return e;
}

bool ApiError::isAuthFailure() const {
    return kind == Kind::Credentials ||
           (kind == Kind::Api && code.startsWith(QLatin1String("AuthFailure")));
}

bool ApiError::isRateLimited() const {
    return kind == Kind::Api && code.startsWith(QLatin1String("RequestLimitExceeded"));
}

bool ApiError::isParameterError() const {
    return kind == Kind::Api && (code.startsWith(QLatin1String("InvalidParameter")) ||
                                 code.startsWith(QLatin1String("MissingParameter")) ||
                                 code.startsWith(QLatin1String("UnknownParameter")) ||
                                 code.startsWith(QLatin1String("InvalidAction")));
}

bool ApiError::isRetryable() const {
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus >= 500 || httpStatus == 429;
    case Kind::Api:
        return isRateLimited() || code.startsWith(QLatin1String("InternalError")) ||
               httpStatus >= 500;
    case Kind::Malformed:
        // A truncated or garbled body is usually a transport problem; a well-formed body of the
        // wrong shape is not, but retrying it once more costs little and is bounded. An answer
        // over the size or item limit would only be downloaded again.
        return code != QLatin1String("ResponseTooLarge") && code != QLatin1String("TooManyItems");
    case Kind::None:
    case Kind::Cancelled:
    case Kind::Credentials:
    case Kind::Usage:
        break;
    }
    return false;
}

QString ApiError::userMessage() const {
    QString line = code.isEmpty() ? message : code + QLatin1String(": ") + message;
    if (!requestId.isEmpty())
        line += QLatin1String(" (RequestId ") + requestId + QLatin1Char(')');
    if (httpStatus != 0 && httpStatus != 200 && kind == Kind::Http)
        line += QLatin1String(" [HTTP ") + QString::number(httpStatus) + QLatin1Char(']');
    const QString hint = advice(*this);
    if (!hint.isEmpty())
        line += QStringLiteral(" \u2014 ") + hint;
    return line;
}

QString errorKindName(ApiError::Kind kind) {
    switch (kind) {
    case ApiError::Kind::None:
        return QStringLiteral("none");
    case ApiError::Kind::Api:
        return QStringLiteral("api");
    case ApiError::Kind::Http:
        return QStringLiteral("http");
    case ApiError::Kind::Network:
        return QStringLiteral("network");
    case ApiError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ApiError::Kind::Malformed:
        return QStringLiteral("malformed");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case ApiError::Kind::Credentials:
        return QStringLiteral("credentials");
    case ApiError::Kind::Usage:
        return QStringLiteral("usage");
    }
    return {};
}

} // namespace trro
