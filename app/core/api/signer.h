#pragma once

#include <QByteArray>
#include <QString>

namespace trro {

// Everything TC3-HMAC-SHA256 covers. The same function signs the client's requests and
// verifies them in the local service: there is exactly one implementation of the algorithm.
struct SignInput {
    QString secretId;
    QString secretKey;
    QByteArray service = QByteArrayLiteral("trro");
    QByteArray host;        // the Host header exactly as sent (with ":port" when not default)
    QByteArray contentType; // the Content-Type header exactly as sent
    QByteArray body;        // the exact body bytes
    qint64 timestamp = 0;   // unix seconds, also X-TC-Timestamp
};

struct SignOutput {
    QByteArray hashedPayload; // hex sha256 of the body
    QByteArray canonicalRequest;
    QByteArray hashedCanonicalRequest; // hex sha256 of canonicalRequest
    QByteArray credentialScope;        // <date>/<service>/tc3_request
    QByteArray stringToSign;
    QByteArray signature;     // lowercase hex
    QByteArray authorization; // the whole Authorization header value
};

SignOutput tc3Sign(const SignInput &input);

// Replaces the Signature=... part of an Authorization header for logs.
QByteArray redactAuthorization(const QByteArray &authorization);

} // namespace trro
