// Fault injection: each kind of fault is produced, reproducibly, at the configured rate.

#include "localservice.h"
#include "simclient.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace trro;
using namespace trro::sim;
using namespace trro::test;

namespace {

ServiceOptions onlyFault(const QString &name) {
    ServiceOptions options;
    options.ratePerSecond = 0;
    options.fleet = FleetConfig::standard(20);
    options.faults.failureRate = 1.0;
    options.faults.http5xx = name == u"5xx"_s;
    options.faults.internalError = name == u"internal"_s;
    options.faults.malformedJson = name == u"malformed"_s;
    options.faults.slow = name == u"slow"_s;
    options.faults.dropConnection = name == u"drop"_s;
    options.faults.rateLimit = name == u"ratelimit"_s;
    options.faults.slowMs = 700;
    return options;
}

} // namespace

class TestSimFaults final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eachFault_data();
    void eachFault();
    void rateAndReproducibility();
    void noFaultsByDefault();
};

void TestSimFaults::eachFault_data() {
    QTest::addColumn<QString>("fault");
    QTest::newRow("5xx") << u"5xx"_s;
    QTest::newRow("internal") << u"internal"_s;
    QTest::newRow("malformed") << u"malformed"_s;
    QTest::newRow("slow") << u"slow"_s;
    QTest::newRow("drop") << u"drop"_s;
    QTest::newRow("ratelimit") << u"ratelimit"_s;
}

void TestSimFaults::eachFault() {
    QFETCH(QString, fault);
    SimService sim(onlyFault(fault));
    QVERIFY(sim.listening);
    const SimReply reply = sim.call(u"DescribeProjectList"_s, {});
    QVERIFY(reply.finished);

    if (fault == u"5xx"_s) {
        QVERIFY(reply.httpStatus == 502 || reply.httpStatus == 503);
        QVERIFY(reply.headers.value("content-type").startsWith("text/html"));
        QVERIFY(reply.body.contains("<html>"));
    } else if (fault == u"internal"_s || fault == u"ratelimit"_s) {
        checkApiAnswer(reply,
                       fault == u"internal"_s ? u"InternalError"_s : u"RequestLimitExceeded"_s);
    } else if (fault == u"malformed"_s) {
        QCOMPARE(reply.httpStatus, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(reply.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QVERIFY(reply.body.startsWith("{"));
    } else if (fault == u"slow"_s) {
        QCOMPARE(reply.errorCode(), QString());
        QCOMPARE(reply.response.value(u"Total"_s).toInt(), 3);
        QVERIFY2(reply.elapsedMs >= 650, qPrintable(QString::number(reply.elapsedMs)));
    } else if (fault == u"drop"_s) {
        QVERIFY(reply.networkError != QNetworkReply::NoError);
        QCOMPARE(reply.httpStatus, 0);
    }
    const QList<LocalService::RequestRecord> log = sim.service.requestLog();
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.constLast().fault, fault);
    QCOMPARE(log.constLast().action, u"DescribeProjectList"_s);
    // The service keeps working after the fault.
    ServiceOptions healthy = sim.service.options();
    healthy.faults.failureRate = 0;
    sim.service.setOptions(healthy);
    QCOMPARE(sim.call(u"DescribeProjectList"_s, {}).errorCode(), QString());
}

void TestSimFaults::rateAndReproducibility() {
    ServiceOptions options;
    options.ratePerSecond = 0;
    options.fleet = FleetConfig::standard(20);
    options.faults.failureRate = 0.25;
    options.faults.slow = false; // keep the test fast
    options.faults.dropConnection = false;
    const auto run = [&]() {
        LocalService service(options);
        if (!service.listen())
            return QStringList{u"listen failed"_s};
        SimClient client(service.url());
        for (int i = 0; i < 200; ++i)
            client.call(u"DescribeProjectList"_s, {}, demoSigning());
        QStringList faults;
        const QList<LocalService::RequestRecord> log = service.requestLog();
        for (const auto &r : log)
            faults.append(r.fault);
        return faults;
    };
    const QStringList first = run();
    QCOMPARE(first.size(), 200);
    const qsizetype failed = first.size() - first.count(QString());
    QVERIFY2(failed >= 30 && failed <= 70, qPrintable(QString::number(failed)));
    for (const QString &kind : {u"5xx"_s, u"internal"_s, u"malformed"_s, u"ratelimit"_s})
        QVERIFY2(first.contains(kind), qPrintable(kind));
    // Same seed, same sequence of faults.
    QCOMPARE(run(), first);
    options.faults.seed = 8;
    QVERIFY(run() != first);
}

void TestSimFaults::noFaultsByDefault() {
    ServiceOptions options;
    options.fleet = FleetConfig::standard(20);
    SimService sim(options);
    QVERIFY(sim.listening);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(sim.call(u"DescribeProjectList"_s, {}).errorCode(), QString());
    for (const auto &r : sim.service.requestLog())
        QCOMPARE(r.fault, QString());
}

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
