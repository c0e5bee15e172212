#include "signer.h"

#include <QTest>

using namespace trro;

class TestSigner final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void publishedCvmExample();
    void trroRequest_data();
    void trroRequest();
    void hostWithPortIsSigned();
    void redaction();
};

// The worked example of the public TC3-HMAC-SHA256 documentation.
void TestSigner::publishedCvmExample() {
    SignInput in;
    in.secretId = QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE");
    in.secretKey = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");
    in.service = "cvm";
    in.host = "cvm.tencentcloudapi.com";
    in.contentType = "application/json; charset=utf-8";
    in.body =
        R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})";
    in.timestamp = 1551113065;
    const SignOutput out = tc3Sign(in);
    QCOMPARE(out.hashedPayload,
             QByteArray("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
    QCOMPARE(out.hashedCanonicalRequest,
             QByteArray("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
    QCOMPARE(out.stringToSign,
             QByteArray("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
                        "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
    QCOMPARE(out.signature,
             QByteArray("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
    QCOMPARE(
        out.authorization,
        QByteArray("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/"
                   "cvm/tc3_request, SignedHeaders=content-type;host, "
                   "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
}

// TRRO requests: the scope uses the service "trro" and the UTC date of the timestamp, and every
// signed input changes the signature.
void TestSigner::trroRequest_data() {
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QByteArray>("date");
    QTest::newRow("just before UTC midnight") << qint64(1700006399) << QByteArray("2023-11-14");
    QTest::newRow("UTC midnight") << qint64(1700006400) << QByteArray("2023-11-15");
    QTest::newRow("leap day") << qint64(1709208000) << QByteArray("2024-02-29");
}

void TestSigner::trroRequest() {
    QFETCH(qint64, timestamp);
    QFETCH(QByteArray, date);
    SignInput in;
    in.secretId = QStringLiteral("AKIDtest");
    in.secretKey = QStringLiteral("secret");
    in.host = "trro.tencentcloudapi.com";
    in.contentType = "application/json";
    in.body = R"({"ProjectId":"p1","StatisticInterval":"hour"})";
    in.timestamp = timestamp;
    const SignOutput out = tc3Sign(in);
    QCOMPARE(out.credentialScope, date + "/trro/tc3_request");
    QVERIFY(
        out.canonicalRequest.startsWith("POST\n/\n\ncontent-type:application/json\nhost:trro."));
    QVERIFY(out.canonicalRequest.endsWith(
        QByteArray("\n\ncontent-type;host\n").append(out.hashedPayload)));
    QCOMPARE(out.signature.size(), 64);

    SignInput other = in;
    other.secretKey = QStringLiteral("secreT");
    QVERIFY(tc3Sign(other).signature != out.signature);
    other = in;
    other.body += ' ';
    QVERIFY(tc3Sign(other).signature != out.signature);
    other = in;
    other.timestamp += 1;
    QVERIFY(tc3Sign(other).signature != out.signature);
}

void TestSigner::hostWithPortIsSigned() {
    SignInput in;
    in.secretId = QStringLiteral("id");
    in.secretKey = QStringLiteral("key");
    in.host = "127.0.0.1:8443";
    in.contentType = "application/json";
    in.body = "{}";
    in.timestamp = 1700000000;
    const SignOutput withPort = tc3Sign(in);
    QVERIFY(withPort.canonicalRequest.contains("\nhost:127.0.0.1:8443\n"));
    in.host = "127.0.0.1";
    QVERIFY(tc3Sign(in).signature != withPort.signature);
}

void TestSigner::redaction() {
    const QByteArray header = "TC3-HMAC-SHA256 Credential=id/2024-01-01/trro/tc3_request, "
                              "SignedHeaders=content-type;host, Signature=abcdef0123";
    const QByteArray redacted = redactAuthorization(header);
    QVERIFY(!redacted.contains("abcdef0123"));
    QVERIFY(redacted.contains("Credential=id/"));
    QVERIFY(redacted.endsWith("Signature=<redacted>"));
}

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
