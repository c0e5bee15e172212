#pragma once

#include <QMetaType>
#include <QString>

namespace trro {

// A failed request, as a value. Core never shows it; the UI and the CLI decide how.
struct ApiError {
    enum class Kind {
        None,        // no error
        Api,         // the service answered with Response.Error
        Http,        // non-2xx HTTP status without a TRRO error envelope
        Network,     // connection refused, reset, DNS, TLS ...
        Timeout,     // transfer timeout
        Malformed,   // the body is not the JSON we expect (names the field)
        Cancelled,   // cancelled by the caller
        Credentials, // no or incomplete credentials, keychain problems
        Usage,       // the request could not be built (bad endpoint, bad parameters)
    };

    Kind kind = Kind::None;
    QString code;      // e.g. "AuthFailure.SignatureExpire"; synthetic codes for local kinds
    QString message;   // the service's message, or ours
    QString requestId; // Response.RequestId when there is one
    int httpStatus = 0;
    qint64 serverClockSkew = 0; // seconds (server - local), known from the Date header, else 0
    bool serverClockKnown = false;

    bool isError() const { return kind != Kind::None; }
    bool isAuthFailure() const; // AuthFailure.* or Kind::Credentials
    bool isRateLimited() const; // RequestLimitExceeded*
    bool isRetryable() const;   // limit, InternalError, 5xx, network, timeout
    bool isParameterError() const;

    // One line for people: "<code>: <message> (RequestId <id>)" plus advice for the common
    // codes (clock skew, unknown SecretId, limit exceeded after retries).
    QString userMessage() const;

    static ApiError make(Kind kind, const QString &code, const QString &message);
};

QString errorKindName(ApiError::Kind kind);

} // namespace trro

Q_DECLARE_METATYPE(trro::ApiError)
