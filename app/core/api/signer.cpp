#include "signer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

namespace trro {
namespace {

QByteArray sha256Hex(const QByteArray &data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmac(const QByteArray &key, const QByteArray &message) {
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

SignOutput tc3Sign(const SignInput &input) {
    SignOutput out;
    const QByteArray date = QDateTime::fromSecsSinceEpoch(input.timestamp, Qt::UTC)
                                .toString(QStringLiteral("yyyy-MM-dd"))
                                .toLatin1();

    out.hashedPayload = sha256Hex(input.body);
    out.canonicalRequest = "POST\n/\n\ncontent-type:" + input.contentType + "\nhost:" + input.host +
                           "\n\ncontent-type;host\n" + out.hashedPayload;
    out.hashedCanonicalRequest = sha256Hex(out.canonicalRequest);
    out.credentialScope = date + '/' + input.service + "/tc3_request";
    out.stringToSign = "TC3-HMAC-SHA256\n" + QByteArray::number(input.timestamp) + '\n' +
                       out.credentialScope + '\n' + out.hashedCanonicalRequest;

    const QByteArray kDate = hmac("TC3" + input.secretKey.toUtf8(), date);
    const QByteArray kService = hmac(kDate, input.service);
    const QByteArray kSigning = hmac(kService, QByteArrayLiteral("tc3_request"));
    out.signature = hmac(kSigning, out.stringToSign).toHex();
    out.authorization = "TC3-HMAC-SHA256 Credential=" + input.secretId.toUtf8() + '/' +
                        out.credentialScope +
                        ", SignedHeaders=content-type;host, Signature=" + out.signature;
    return out;
}

QByteArray redactAuthorization(const QByteArray &authorization) {
    const qsizetype at = authorization.indexOf("Signature=");
    if (at < 0)
        return authorization;
    return authorization.left(at + 10) + "<redacted>";
}

} // namespace trro
