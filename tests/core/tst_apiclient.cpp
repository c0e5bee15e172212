#include "clock.h"
#include "freeport.h"
#include "servicefixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace trro;
using trro::test::ServiceFixture;

class TestApiClient final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void success();
    void authErrors_data();
    void authErrors();
    void temporaryCredentials();
    void clockSkewIsMeasured();
    void transportFaults_data();
    void transportFaults();
    void deadServer();
    void responseSizeCap();
    void traceNeverShowsSecrets();
    void abort();
    void missingCredentials();
    void largeAnswersAreParsedOnAWorker();
    void errorsParsedOnAWorkerKeepTheirKind();

private:
    static Result<QJsonObject> call(ApiClient *client, const QString &action,
                                    const QJsonObject &params = {});
};

void TestApiClient::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

Result<QJsonObject> TestApiClient::call(ApiClient *client, const QString &action,
                                        const QJsonObject &params) {
    ApiReply *reply = client->send(action, params);
    Result<QJsonObject> result{ApiError{}};
    QObject::connect(reply, &ApiReply::finished, client,
                     [&result, reply] { result = reply->result(); });
    QSignalSpy spy(reply, &ApiReply::finished);
    if (!spy.wait(15000))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("TestTimeout"), QString());
    return result;
}

void TestApiClient::success() {
    ServiceFixture f;
    QVERIFY(f.listening);
    const Result<QJsonObject> r =
        call(f.client, QStringLiteral("DescribeProjectList"),
             {{QStringLiteral("PageNumber"), 1}, {QStringLiteral("PageSize"), 10}});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage()));
    QVERIFY(!r.value().value(QLatin1String("RequestId")).toString().isEmpty());
    QVERIFY(!r.value().value(QLatin1String("Projects")).toArray().isEmpty());
}

void TestApiClient::authErrors_data() {
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("code");
    const Credentials demo = sim::LocalService::demoCredentials();
    QTest::newRow("wrong key") << demo.secretId << QStringLiteral("not-the-key")
                               << QStringLiteral("AuthFailure.SignatureFailure");
    QTest::newRow("unknown id") << QStringLiteral("AKIDunknown0000") << demo.secretKey
                                << QStringLiteral("AuthFailure.SecretIdNotFound");
}

void TestApiClient::authErrors() {
    QFETCH(QString, secretId);
    QFETCH(QString, secretKey);
    QFETCH(QString, code);
    ServiceFixture f;
    f.client->setCredentials({secretId, secretKey, {}, {}});
    const Result<QJsonObject> r = call(f.client, QStringLiteral("DescribeProjectList"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Api);
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().requestId.isEmpty());
    QVERIFY(r.error().isAuthFailure());
    QVERIFY(!r.error().isRetryable());
    if (code.endsWith(QLatin1String("SecretIdNotFound")))
        QVERIFY(r.error().userMessage().contains(secretId)); // says which id
    QVERIFY(!r.error().userMessage().contains(secretKey));
}

void TestApiClient::temporaryCredentials() {
    Credentials temporary{QStringLiteral("AKIDtemporary0001"),
                          QStringLiteral("tmp-secret"),
                          QStringLiteral("token-abc"),
                          {}};
    sim::ServiceOptions options;
    options.keys << temporary;
    ServiceFixture f(options);
    f.client->setCredentials(temporary);
    QVERIFY(call(f.client, QStringLiteral("DescribeProjectList")).ok());
    Credentials withoutToken = temporary;
    withoutToken.sessionToken.clear();
    f.client->setCredentials(withoutToken);
    const Result<QJsonObject> r = call(f.client, QStringLiteral("DescribeProjectList"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("AuthFailure.TokenFailure"));
}

void TestApiClient::clockSkewIsMeasured() {
    sim::ServiceOptions options;
    options.clockOffsetSec = 600;
    ServiceFixture f(options);
    QSignalSpy corrected(f.client, &ApiClient::clockSkewCorrected);
    const Result<QJsonObject> first = call(f.client, QStringLiteral("DescribeProjectList"));
    QVERIFY(!first.ok());
    QCOMPARE(first.error().code, QStringLiteral("AuthFailure.SignatureExpire"));
    QVERIFY(first.error().serverClockKnown);
    QVERIFY(qAbs(first.error().serverClockSkew - 600) <= 2);
    QVERIFY(first.error().userMessage().contains(QLatin1String("clock")));
    QCOMPARE(corrected.size(), 1);
    QVERIFY(qAbs(f.client->clockOffset() - 600) <= 2);
    // The next request is stamped with the service's time and goes through.
    QVERIFY(call(f.client, QStringLiteral("DescribeProjectList")).ok());
    QCOMPARE(corrected.size(), 1); // said once
}

void TestApiClient::transportFaults_data() {
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("kind");
    QTest::newRow("5xx") << QStringLiteral("5xx") << int(ApiError::Kind::Http);
    QTest::newRow("internal") << QStringLiteral("internal") << int(ApiError::Kind::Api);
    QTest::newRow("malformed") << QStringLiteral("malformed") << int(ApiError::Kind::Malformed);
    QTest::newRow("drop") << QStringLiteral("drop") << int(ApiError::Kind::Network);
    QTest::newRow("slow") << QStringLiteral("slow") << int(ApiError::Kind::Timeout);
}

void TestApiClient::transportFaults() {
    QFETCH(QString, fault);
    QFETCH(int, kind);
    sim::ServiceOptions options;
    options.faults.failureRate = 1.0;
    options.faults.http5xx = fault == QLatin1String("5xx");
    options.faults.internalError = fault == QLatin1String("internal");
    options.faults.malformedJson = fault == QLatin1String("malformed");
    options.faults.dropConnection = fault == QLatin1String("drop");
    options.faults.slow = fault == QLatin1String("slow");
    options.faults.rateLimit = false;
    options.faults.slowMs = 3000;
    ServiceFixture f(options);
    f.client->setTimeoutMs(500);
    const Result<QJsonObject> r = call(f.client, QStringLiteral("DescribeProjectList"));
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind), kind);
    QVERIFY(r.error().isRetryable());
    QVERIFY(!r.error().userMessage().isEmpty());
}

void TestApiClient::deadServer() {
    const quint16 port = test::freeLoopbackPort(); // nothing listens there now
    QVERIFY(port != 0);
    ApiClient client;
    client.setEndpoint(Endpoint::parse(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    client.setCredentials(sim::LocalService::demoCredentials());
    const Result<QJsonObject> r = call(&client, QStringLiteral("DescribeProjectList"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Network);
}

void TestApiClient::responseSizeCap() {
    ServiceFixture f;
    f.client->setMaxResponseBytes(64);
    const Result<QJsonObject> r = call(f.client, QStringLiteral("DescribeProjectList"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("ResponseTooLarge"));
}

void TestApiClient::traceNeverShowsSecrets() {
    ServiceFixture f;
    f.client->setTraceEnabled(true);
    QStringList lines;
    connect(f.client, &ApiClient::trace, this, [&lines](const QString &line) { lines << line; });
    QVERIFY(call(f.client, QStringLiteral("DescribeProjectList")).ok());
    QVERIFY(lines.size() >= 2);
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("DescribeProjectList")));
    QVERIFY(all.contains(QLatin1String("Signature=<redacted>")));
    QVERIFY(!all.contains(sim::LocalService::demoCredentials().secretKey));
}

void TestApiClient::abort() {
    sim::ServiceOptions options;
    options.faults = {1.0, false, false, false, true, false, false, 2000, 7};
    ServiceFixture f(options);
    ApiReply *reply = f.client->send(QStringLiteral("DescribeProjectList"), {});
    QSignalSpy spy(reply, &ApiReply::finished);
    Result<QJsonObject> result{ApiError{}};
    connect(reply, &ApiReply::finished, this, [&result, reply] { result = reply->result(); });
    QTimer::singleShot(100, reply, &ApiReply::abort);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(result.error().kind, ApiError::Kind::Cancelled);
}

void TestApiClient::missingCredentials() {
    ServiceFixture f;
    f.client->setCredentials({});
    const Result<QJsonObject> r = call(f.client, QStringLiteral("DescribeProjectList"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Credentials);
    QVERIFY(f.service->requestLog().isEmpty()); // nothing was sent
}

// Answers over the threshold are read on a worker thread, with the same result as where they
// arrived: the same fields, the same RequestId.
void TestApiClient::largeAnswersAreParsedOnAWorker() {
    // The service's time stands still: the devices' LastReportTime is the same in both answers.
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    ServiceFixture f({}, {}, &clock);
    QVERIFY(f.listening);
    const QJsonObject params{{QStringLiteral("ProjectId"), sim::LocalService::demoProjectId()},
                             {QStringLiteral("PageNumber"), 1},
                             {QStringLiteral("PageSize"), 100}};
    const Result<QJsonObject> here = call(f.client, QStringLiteral("DescribeDeviceList"), params);
    QVERIFY(here.ok());
    QCOMPARE(f.client->parsedOnWorker(), 0);

    f.client->setParseOnWorkerBytes(1); // every answer is "large"
    const Result<QJsonObject> worker = call(f.client, QStringLiteral("DescribeDeviceList"), params);
    QVERIFY2(worker.ok(), qPrintable(worker.ok() ? QString() : worker.error().userMessage()));
    QCOMPARE(f.client->parsedOnWorker(), 1);
    QVERIFY(!worker.value().value(QLatin1String("RequestId")).toString().isEmpty());
    QVERIFY(worker.value().value(QLatin1String("RequestId")) !=
            here.value().value(QLatin1String("RequestId")));
    QJsonObject a = here.value();
    QJsonObject b = worker.value();
    a.remove(QStringLiteral("RequestId"));
    b.remove(QStringLiteral("RequestId"));
    QCOMPARE(b, a);
}

void TestApiClient::errorsParsedOnAWorkerKeepTheirKind() {
    ServiceFixture f;
    f.client->setParseOnWorkerBytes(1);
    f.client->setCredentials(
        {sim::LocalService::demoCredentials().secretId, QStringLiteral("not-the-key"), {}, {}});
    const Result<QJsonObject> r = call(f.client, QStringLiteral("DescribeProjectList"));
    QVERIFY(!r.ok());
    QCOMPARE(f.client->parsedOnWorker(), 1);
    QCOMPARE(r.error().kind, ApiError::Kind::Api);
    QCOMPARE(r.error().code, QStringLiteral("AuthFailure.SignatureFailure"));
    QVERIFY(!r.error().requestId.isEmpty());
    QVERIFY(r.error().isAuthFailure());
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
