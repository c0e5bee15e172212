#pragma once

#include "credentials.h"

#include <QList>
#include <QString>

namespace trro::sim {

struct HttpRequest;

// The outcome of checking one request's common headers and TC3-HMAC-SHA256 signature.
struct AuthResult {
    QString errorCode; // empty when the request is authentic
    QString errorMessage;
    QString secretId; // the SecretId the request claims (also when it was rejected)

    bool ok() const { return errorCode.isEmpty(); }
};

// Verifies a request the way the real service does, with trro::tc3Sign (the one implementation
// of the algorithm). Order of the checks: the common headers are present (MissingParameter),
// the Authorization header is well formed (AuthFailure.InvalidAuthorization), the SecretId is
// known (AuthFailure.SecretIdNotFound), the timestamp is within 300 s of the service's clock
// (AuthFailure.SignatureExpire), the credential scope and signature match
// (AuthFailure.SignatureFailure), and a temporary key came with its token
// (AuthFailure.TokenFailure). Header values that enter the signature are trimmed and
// lower-cased, as the real service canonicalises them.
class RequestAuth final {
public:
    static constexpr qint64 MaxClockSkewSec = 300;

    static AuthResult verify(const HttpRequest &request, const QList<Credentials> &keys,
                             qint64 serviceNowSec);
};

} // namespace trro::sim
