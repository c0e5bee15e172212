// --metrics-listen: the forms it takes and the ones it refuses, with a reason.

#include "listenaddress.h"

#include <QTest>

using namespace trro::collector;

class TestListenAddress final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Qt Test finds a test function's data by the _data suffix.
    // NOLINTBEGIN(readability-identifier-naming)
    void goodForms_data();
    void goodForms();
    void badForms_data();
    void badForms();
    // NOLINTEND(readability-identifier-naming)
};

void TestListenAddress::goodForms_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("port only: loopback") << "9464"
                                         << "127.0.0.1:9464" << 9464;
    QTest::newRow("any free port") << "0"
                                   << "127.0.0.1:0" << 0;
    QTest::newRow("ipv4") << "127.0.0.1:9464"
                          << "127.0.0.1:9464" << 9464;
    QTest::newRow("every interface") << "0.0.0.0:9464"
                                     << "0.0.0.0:9464" << 9464;
    QTest::newRow("lan address") << "192.168.10.20:80"
                                 << "192.168.10.20:80" << 80;
    QTest::newRow("localhost") << "localhost:9464"
                               << "127.0.0.1:9464" << 9464;
    QTest::newRow("ipv6 loopback") << "[::1]:9464"
                                   << "[::1]:9464" << 9464;
    QTest::newRow("ipv6 any") << "[::]:65535"
                              << "[::]:65535" << 65535;
    QTest::newRow("ipv6 full") << "[2001:db8::5]:9464"
                               << "[2001:db8::5]:9464" << 9464;
}

void TestListenAddress::goodForms() {
    QFETCH(QString, text);
    QFETCH(QString, address);
    QFETCH(int, port);
    ListenAddress parsed;
    QString error;
    QVERIFY2(ListenAddress::parse(text, &parsed, &error), qPrintable(error));
    QCOMPARE(parsed.toString(), address);
    QCOMPARE(int(parsed.port), port);
    QCOMPARE(parsed.metricsUrl(), QStringLiteral("http://") + address + QStringLiteral("/metrics"));
}

void TestListenAddress::badForms_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << ""
                           << "port";
    QTest::newRow("port too large") << "65536"
                                    << "port";
    QTest::newRow("negative port") << "-1"
                                   << "port";
    QTest::newRow("plus sign") << "+9464"
                               << "port";
    QTest::newRow("spaces") << " 9464"
                            << "port";
    QTest::newRow("too many digits") << "009464"
                                     << "port";
    QTest::newRow("no port") << "127.0.0.1:"
                             << "port";
    QTest::newRow("colon and port") << ":9464"
                                    << "0.0.0.0";
    QTest::newRow("host name") << "example.com:9464"
                               << "not an IP address";
    QTest::newRow("short ipv4") << "127.1:9464"
                                << "not an IP address";
    QTest::newRow("octal-looking ipv4") << "010.0.0.1:9464"
                                        << "not an IP address";
    QTest::newRow("ipv4 out of range") << "256.0.0.1:9464"
                                       << "not an IP address";
    QTest::newRow("ipv6 without brackets") << "::1:9464"
                                           << "brackets";
    QTest::newRow("ipv6 without port") << "[::1]"
                                       << "port";
    QTest::newRow("ipv6 bad") << "[::g]:9464"
                              << "not an IP address";
    QTest::newRow("ipv4 in brackets") << "[127.0.0.1]:9464"
                                      << "not an IP address";
    QTest::newRow("control characters") << "\x1b[31m:1"
                                        << "not an IP address";
    QTest::newRow("too long") << QString(200, u'1') << "too long";
}

void TestListenAddress::badForms() {
    QFETCH(QString, text);
    QFETCH(QString, reason);
    ListenAddress parsed;
    QString error;
    QVERIFY(!ListenAddress::parse(text, &parsed, &error));
    QVERIFY2(error.contains(QLatin1String("--metrics-listen")), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!error.contains(u'\x1b'));
}

QTEST_GUILESS_MAIN(TestListenAddress)
#include "tst_listenaddress.moc"
