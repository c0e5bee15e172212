#include "requestauth.h"

#include "httpconnection.h"
#include "signer.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace trro::sim {
namespace {

AuthResult fail(const QString &code, const QString &message, const QString &secretId = {}) {
    return AuthResult{code, message, secretId};
}

QString missing(const QString &name) {
    return u"The request is missing a required parameter `%1`."_s.arg(name);
}

// Splits "TC3-HMAC-SHA256 Credential=a/b/c/d, SignedHeaders=x;y, Signature=hex".
bool parseAuthorization(const QByteArray &value, QByteArray *algorithm, QByteArray *credential,
                        QByteArray *signedHeaders, QByteArray *signature) {
    const qsizetype space = value.indexOf(' ');
    if (space <= 0)
        return false;
    *algorithm = value.left(space);
    const QList<QByteArray> parts = value.mid(space + 1).split(',');
    for (const QByteArray &raw : parts) {
        const QByteArray part = raw.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return false;
        const QByteArray key = part.left(eq).trimmed();
        const QByteArray val = part.mid(eq + 1).trimmed();
        if (key == "Credential")
            *credential = val;
        else if (key == "SignedHeaders")
            *signedHeaders = val;
        else if (key == "Signature")
            *signature = val;
        else
            return false;
    }
    return !credential->isEmpty() && !signedHeaders->isEmpty() && !signature->isEmpty();
}

} // namespace

AuthResult RequestAuth::verify(const HttpRequest &request, const QList<Credentials> &keys,
                               qint64 serviceNowSec) {
    if (!request.hasHeader("x-tc-action"))
        return fail(u"MissingParameter"_s, missing(u"Action"_s));
    if (!request.hasHeader("x-tc-version"))
        return fail(u"MissingParameter"_s, missing(u"Version"_s));
    if (!request.hasHeader("x-tc-timestamp"))
        return fail(u"MissingParameter"_s, missing(u"Timestamp"_s));
    if (!request.hasHeader("authorization"))
        return fail(u"MissingParameter"_s, missing(u"Authorization"_s));

    bool numeric = false;
    const qint64 timestamp = request.header("x-tc-timestamp").toLongLong(&numeric);
    if (!numeric || timestamp < 0) {
        return fail(u"InvalidParameterValue"_s,
                    u"The value of `X-TC-Timestamp` must be unix seconds."_s);
    }

    QByteArray algorithm, credential, signedHeaders, signature;
    if (!parseAuthorization(request.header("authorization"), &algorithm, &credential,
                            &signedHeaders, &signature) ||
        algorithm != "TC3-HMAC-SHA256") {
        return fail(u"AuthFailure.InvalidAuthorization"_s,
                    u"`Authorization` in the request header is invalid."_s);
    }
    const QList<QByteArray> scope = credential.split('/');
    if (scope.size() != 4) {
        return fail(u"AuthFailure.InvalidAuthorization"_s,
                    u"`Credential` in the `Authorization` header is invalid."_s);
    }
    const QString secretId = QString::fromUtf8(scope.at(0));

    const Credentials *key = nullptr;
    for (const Credentials &candidate : keys) {
        if (candidate.secretId == secretId) {
            key = &candidate;
            break;
        }
    }
    if (!key) {
        return fail(
            u"AuthFailure.SecretIdNotFound"_s,
            u"The SecretId `%1` is not found, please ensure that your SecretId is correct."_s.arg(
                secretId),
            secretId);
    }

    if (qAbs(serviceNowSec - timestamp) > MaxClockSkewSec) {
        return fail(u"AuthFailure.SignatureExpire"_s,
                    u"Signature expired. Timestamp %1 differs from the server time %2 by more than "
                    "300 seconds."_s.arg(timestamp)
                        .arg(serviceNowSec),
                    secretId);
    }

    const QByteArray expectedDate = QDateTime::fromSecsSinceEpoch(timestamp, QTimeZone::utc())
                                        .toString(u"yyyy-MM-dd"_s)
                                        .toLatin1();
    const QString signatureFailure =
        u"The provided credentials could not be validated. Please check your signature is correct."_s;
    if (scope.at(1) != expectedDate || scope.at(2) != "trro" || scope.at(3) != "tc3_request" ||
        signedHeaders != "content-type;host") {
        return fail(u"AuthFailure.SignatureFailure"_s, signatureFailure, secretId);
    }

    SignInput input;
    input.secretId = key->secretId;
    input.secretKey = key->secretKey;
    input.service = QByteArrayLiteral("trro");
    input.host = request.header("host").trimmed().toLower();
    input.contentType = request.header("content-type").trimmed().toLower();
    input.body = request.body;
    input.timestamp = timestamp;
    const SignOutput expected = tc3Sign(input);
    if (expected.signature != signature)
        return fail(u"AuthFailure.SignatureFailure"_s, signatureFailure, secretId);

    if (!key->sessionToken.isEmpty()) {
        const QByteArray token = request.header("x-tc-token");
        if (token.isEmpty() || QString::fromUtf8(token) != key->sessionToken) {
            return fail(u"AuthFailure.TokenFailure"_s,
                        u"Token verification failed: a temporary key needs its session token "
                        "in `X-TC-Token`."_s,
                        secretId);
        }
    }
    return AuthResult{{}, {}, secretId};
}

} // namespace trro::sim
