// The local service's HTTP side: the per-action limit, keep-alive, concurrent connections,
// framing limits and the request log.

#include "clock.h"
#include "localservice.h"
#include "simclient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace trro;
using namespace trro::sim;
using namespace trro::test;

class TestSimHttp final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rateLimit();
    void rateLimitIsPerActionAndKey();
    void keepAliveAndConcurrency();
    void bodyLimitAndMethods();
    void requestLogIsBounded();

private:
    // Connects socket to the service, raw (5 s at most).
    bool connectRaw(QTcpSocket &socket) {
        socket.connectToHost(QHostAddress::LocalHost, m_sim->service.port());
        return socket.waitForConnected(5000);
    }

    std::unique_ptr<SimService> m_sim;
    QString m_project;
};

void TestSimHttp::initTestCase() {
    ServiceOptions options;
    options.ratePerSecond = 0;
    options.fleet = FleetConfig::standard(20);
    m_sim = std::make_unique<SimService>(options);
    QVERIFY(m_sim->listening);
    m_project = LocalService::demoProjectId();
}

void TestSimHttp::rateLimit() {
    // The service's clock stands still while the requests arrive: "at once" means at once,
    // however busy the machine is.
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    ServiceOptions options = m_sim->service.options();
    options.ratePerSecond = 5;
    options.clock = &clock;
    SimService sim(options);
    QVERIFY(sim.listening);
    // 12 requests at once: 5 pass, the rest are over the limit for this second.
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 12; ++i)
        replies.append(sim.client.post(u"DescribeProjectList"_s, "{}", demoSigning()));
    int ok = 0, limited = 0;
    for (QNetworkReply *r : replies) {
        const SimReply reply = SimClient::collect(r);
        QCOMPARE(reply.httpStatus, 200);
        if (reply.errorCode().isEmpty())
            ++ok;
        else if (reply.errorCode() == u"RequestLimitExceeded"_s)
            ++limited;
    }
    QCOMPARE(ok, 5);
    QCOMPARE(limited, 7);
    // Never more than 5 admitted in any one-second window (exactly 5 when all arrive at once).
    QList<qint64> admitted;
    for (const auto &r : sim.service.requestLog()) {
        if (r.errorCode.isEmpty())
            admitted.append(r.receivedMs);
    }
    std::sort(admitted.begin(), admitted.end());
    for (qsizetype i = 0; i + 5 < admitted.size(); ++i)
        QVERIFY(admitted.at(i + 5) - admitted.at(i) >= 1000);

    // After a second the window is free again.
    clock.advance(999 * 1000);
    QCOMPARE(sim.call(u"DescribeProjectList"_s, {}).errorCode(), u"RequestLimitExceeded"_s);
    clock.advance(1000);
    QCOMPARE(sim.call(u"DescribeProjectList"_s, {}).errorCode(), QString());

    // Every request is in the log with its outcome.
    const QList<LocalService::RequestRecord> log = sim.service.requestLog();
    QCOMPARE(log.size(), 14);
    QCOMPARE(std::count_if(log.cbegin(), log.cend(),
                           [](const auto &r) { return r.errorCode == u"RequestLimitExceeded"_s; }),
             limited + 1);
    for (const auto &r : log) {
        QCOMPARE(r.action, u"DescribeProjectList"_s);
        QCOMPARE(r.secretId, LocalService::demoCredentials().secretId);
    }
}

void TestSimHttp::rateLimitIsPerActionAndKey() {
    ServiceOptions options = m_sim->service.options();
    options.ratePerSecond = 2;
    Credentials second;
    second.secretId = u"AKIDsecondKey00000000000000000000001"_s;
    second.secretKey = u"secondSecret"_s;
    options.keys = {LocalService::demoCredentials(), second};
    SimService sim(options);
    QVERIFY(sim.listening);
    SignOptions other;
    other.secretId = second.secretId;
    other.secretKey = second.secretKey;
    QList<QNetworkReply *> others, mine;
    for (int i = 0; i < 2; ++i) {
        others.append(sim.client.post(
            u"DescribeProjectInfo"_s,
            QJsonDocument(QJsonObject{{u"ProjectId"_s, m_project}}).toJson(), demoSigning()));
        others.append(sim.client.post(u"DescribeProjectList"_s, "{}", other));
    }
    for (int i = 0; i < 3; ++i)
        mine.append(sim.client.post(u"DescribeProjectList"_s, "{}", demoSigning()));
    // Two of another action, or of another key, are within the limit.
    for (QNetworkReply *r : others)
        QCOMPARE(SimClient::collect(r).errorCode(), QString());
    int limited = 0;
    for (QNetworkReply *r : mine)
        limited += SimClient::collect(r).errorCode() == u"RequestLimitExceeded"_s ? 1 : 0;
    QList<qint64> arrivals;
    for (const auto &r : sim.service.requestLog()) {
        if (r.action == u"DescribeProjectList"_s &&
            r.secretId == LocalService::demoCredentials().secretId)
            arrivals.append(r.receivedMs);
    }
    QCOMPARE(arrivals.size(), 3);
    // The third of one action and key within a second is over the limit.
    QCOMPARE(limited, arrivals.constLast() - arrivals.constFirst() < 1000 ? 1 : 0);
}

void TestSimHttp::keepAliveAndConcurrency() {
    // Several requests in flight at once, over the manager's parallel keep-alive connections.
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 16; ++i)
        replies.append(m_sim->client.post(u"DescribeProjectList"_s, "{}", demoSigning()));
    for (QNetworkReply *r : replies) {
        const SimReply reply = SimClient::collect(r);
        QCOMPARE(reply.errorCode(), QString());
        QCOMPARE(reply.headers.value("connection").toLower(), QByteArray("keep-alive"));
    }

    // Two requests on one raw socket: the connection stays open between them.
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    const QByteArray request = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}";
    socket.write(request + request);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).count("HTTP/1.1 200 OK") == 2, 5000);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void TestSimHttp::bodyLimitAndMethods() {
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    socket.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).startsWith("HTTP/1.1 413"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);

    QTcpSocket get;
    QVERIFY(connectRaw(get));
    get.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += get.readAll()).startsWith("HTTP/1.1 405"), 5000);
}

void TestSimHttp::requestLogIsBounded() {
    ServiceOptions options = m_sim->service.options();
    options.requestLogLimit = 5;
    SimService sim(options);
    QVERIFY(sim.listening);
    QString lastId;
    for (int i = 0; i < 8; ++i)
        lastId = sim.call(u"DescribeProjectList"_s, {}).requestId();
    const QList<LocalService::RequestRecord> log = sim.service.requestLog();
    QCOMPARE(log.size(), 5);
    QCOMPARE(log.constLast().requestId, lastId);
    QVERIFY(log.constFirst().receivedMs <= log.constLast().receivedMs);
}

QTEST_GUILESS_MAIN(TestSimHttp)
#include "tst_simhttp.moc"
