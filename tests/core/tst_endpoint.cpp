#include "endpoint.h"

#include <QTest>

using namespace trro;

class TestEndpoint final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestEndpoint::parse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("host");
    QTest::newRow("default") << QStringLiteral("https://trro.tencentcloudapi.com") << true
                             << QByteArray("trro.tencentcloudapi.com");
    QTest::newRow("trailing slash") << QStringLiteral("https://trro.intl.tencentcloudapi.com/")
                                    << true << QByteArray("trro.intl.tencentcloudapi.com");
    QTest::newRow("default port omitted")
        << QStringLiteral("https://example.com:443") << true << QByteArray("example.com");
    QTest::newRow("custom port kept")
        << QStringLiteral("https://example.com:8443") << true << QByteArray("example.com:8443");
    QTest::newRow("loopback http")
        << QStringLiteral("http://127.0.0.1:9000") << true << QByteArray("127.0.0.1:9000");
    QTest::newRow("localhost http")
        << QStringLiteral("http://localhost:9000/") << true << QByteArray("localhost:9000");
    QTest::newRow("ipv6 loopback")
        << QStringLiteral("http://[::1]:9000") << true << QByteArray("[::1]:9000");
    QTest::newRow("http elsewhere")
        << QStringLiteral("http://trro.tencentcloudapi.com") << false << QByteArray();
    QTest::newRow("http private range")
        << QStringLiteral("http://10.0.0.5:80") << false << QByteArray();
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false << QByteArray();
    QTest::newRow("path") << QStringLiteral("https://example.com/api") << false << QByteArray();
    QTest::newRow("user info") << QStringLiteral("https://u:p@example.com") << false
                               << QByteArray();
    QTest::newRow("garbage") << QStringLiteral("not a url") << false << QByteArray();
}

void TestEndpoint::parse() {
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, host);
    QString error;
    const Endpoint e = Endpoint::parse(text, &error);
    QCOMPARE(e.isValid(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (valid) {
        QCOMPARE(e.hostHeader(), host);
        QCOMPARE(e.url().path(), QStringLiteral("/"));
    }
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
