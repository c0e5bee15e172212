// The local service verifies TC3-HMAC-SHA256 like the real service and answers with
// HTTP 200 error envelopes, a UUID RequestId and a Date header from its clock.

#include "localservice.h"
#include "simclient.h"

#include <QDateTime>
#include <QTest>

Q_DECLARE_METATYPE(trro::test::SignOptions)

using namespace Qt::StringLiterals;
using namespace trro;
using namespace trro::sim;
using namespace trro::test;

namespace {

Credentials temporaryKey() {
    Credentials c;
    c.secretId = u"AKIDtemporaryKey0000000000000000001"_s;
    c.secretKey = u"temporarySecretForTheTests000001"_s;
    c.sessionToken = u"session-token-0123456789abcdef"_s;
    return c;
}

QJsonObject projectListParams() {
    return QJsonObject{{u"PageSize"_s, 10}, {u"PageNumber"_s, 1}};
}

} // namespace

class TestSimAuth final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signature_data();
    void signature();
    void missingHeaders_data();
    void missingHeaders();
    void envelopeShape();
    void clockOffset();
    void secretsNeverInLog();

private:
    std::unique_ptr<SimService> m_sim;
};

void TestSimAuth::initTestCase() {
    ServiceOptions options;
    options.keys = {LocalService::demoCredentials(), temporaryKey()};
    options.ratePerSecond = 0; // this test is about signatures, not the limit
    options.fleet = FleetConfig::standard(20);
    m_sim = std::make_unique<SimService>(options);
    QVERIFY(m_sim->listening);
}

void TestSimAuth::signature_data() {
    QTest::addColumn<SignOptions>("options");
    QTest::addColumn<QByteArray>("sentBody");
    QTest::addColumn<QString>("expectedCode");

    const QByteArray body = R"({"PageSize":10,"PageNumber":1})";
    const SignOptions good = demoSigning();
    QTest::newRow("good") << good << body << QString();

    SignOptions o = good;
    o.secretKey = u"not-the-right-secret-key-000000000"_s;
    QTest::newRow("wrong key") << o << body << u"AuthFailure.SignatureFailure"_s;

    o = good;
    o.signTimestamp = QDateTime::currentSecsSinceEpoch() - 2 * 86400;
    QTest::newRow("wrong date in scope") << o << body << u"AuthFailure.SignatureFailure"_s;

    o = good;
    o.signService = QByteArrayLiteral("cvm");
    QTest::newRow("wrong service") << o << body << u"AuthFailure.SignatureFailure"_s;

    o = good;
    o.timestampOffset = -301;
    QTest::newRow("stale timestamp, past") << o << body << u"AuthFailure.SignatureExpire"_s;
    o.timestampOffset = 301;
    QTest::newRow("stale timestamp, future") << o << body << u"AuthFailure.SignatureExpire"_s;
    o.timestampOffset = -290;
    QTest::newRow("290 s behind is accepted") << o << body << QString();
    o.timestampOffset = 290;
    QTest::newRow("290 s ahead is accepted") << o << body << QString();

    o = good;
    o.secretId = u"AKIDunknownKey000000000000000000001"_s;
    QTest::newRow("unknown SecretId") << o << body << u"AuthFailure.SecretIdNotFound"_s;

    o = good;
    o.secretId = temporaryKey().secretId;
    o.secretKey = temporaryKey().secretKey;
    QTest::newRow("temporary key without token") << o << body << u"AuthFailure.TokenFailure"_s;
    o.token = u"session-token-wrong"_s;
    QTest::newRow("temporary key, wrong token") << o << body << u"AuthFailure.TokenFailure"_s;
    o.token = temporaryKey().sessionToken;
    QTest::newRow("temporary key with token") << o << body << QString();

    o = good;
    o.signBody = R"({"PageSize":10,"PageNumber":2})";
    QTest::newRow("tampered body") << o << body << u"AuthFailure.SignatureFailure"_s;

    o = good;
    o.signHost = QByteArrayLiteral("127.0.0.1");
    QTest::newRow("host signed without its port") << o << body << u"AuthFailure.SignatureFailure"_s;

    o = good;
    o.authorization = QByteArrayLiteral("Basic dXNlcjpwYXNz");
    QTest::newRow("not TC3") << o << body << u"AuthFailure.InvalidAuthorization"_s;

    o = good;
    o.version = QByteArrayLiteral("2021-01-01");
    QTest::newRow("wrong version") << o << body << u"InvalidAction"_s;

    o = good;
    o.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QTest::newRow("content type with charset, signed as sent") << o << body << QString();
}

void TestSimAuth::signature() {
    QFETCH(SignOptions, options);
    QFETCH(QByteArray, sentBody);
    QFETCH(QString, expectedCode);

    const SimReply reply = m_sim->client.callRaw(u"DescribeProjectList"_s, sentBody, options);
    QVERIFY(reply.finished);
    checkApiAnswer(reply, expectedCode);
    if (expectedCode.isEmpty()) {
        QCOMPARE(reply.response.value(u"Total"_s).toInt(), 3);
    } else {
        QVERIFY(
            !reply.response.value(u"Error"_s).toObject().value(u"Message"_s).toString().isEmpty());
    }
}

void TestSimAuth::missingHeaders_data() {
    QTest::addColumn<QByteArray>("omit");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expectedCode");
    QTest::newRow("no Authorization")
        << QByteArrayLiteral("Authorization") << u"DescribeProjectList"_s << u"MissingParameter"_s;
    QTest::newRow("no X-TC-Timestamp")
        << QByteArrayLiteral("X-TC-Timestamp") << u"DescribeProjectList"_s << u"MissingParameter"_s;
    QTest::newRow("no X-TC-Action")
        << QByteArrayLiteral("X-TC-Action") << u"DescribeProjectList"_s << u"MissingParameter"_s;
    QTest::newRow("no X-TC-Version")
        << QByteArrayLiteral("X-TC-Version") << u"DescribeProjectList"_s << u"MissingParameter"_s;
    QTest::newRow("unknown action")
        << QByteArray() << u"DescribeEverything"_s << u"InvalidAction"_s;
}

void TestSimAuth::missingHeaders() {
    QFETCH(QByteArray, omit);
    QFETCH(QString, action);
    QFETCH(QString, expectedCode);
    SignOptions o = demoSigning();
    if (!omit.isEmpty())
        o.omitHeaders.append(omit);
    const SimReply reply = m_sim->client.call(action, projectListParams(), o);
    checkApiAnswer(reply, expectedCode);
}

void TestSimAuth::envelopeShape() {
    SignOptions o = demoSigning();
    o.secretKey = u"wrong"_s;
    const SimReply reply = m_sim->client.call(u"DescribeProjectList"_s, projectListParams(), o);
    QCOMPARE(reply.httpStatus, 200);
    QVERIFY(reply.headers.value("content-type").startsWith("application/json"));
    // {"Response":{"Error":{"Code","Message"},"RequestId"}} and nothing else.
    QCOMPARE(reply.response.keys(), (QStringList{u"Error"_s, u"RequestId"_s}));
    QCOMPARE(reply.response.value(u"Error"_s).toObject().keys(),
             (QStringList{u"Code"_s, u"Message"_s}));
    const QDateTime date = test::parseHttpDate(reply.headers.value("date"));
    QVERIFY2(date.isValid(), reply.headers.value("date").constData());
    QVERIFY(qAbs(date.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch()) <= 5);
}

void TestSimAuth::clockOffset() {
    ServiceOptions options = m_sim->service.options();
    options.clockOffsetSec = 600;
    SimService skewed(options);
    QVERIFY(skewed.listening);

    // The client's clock is 10 minutes behind the service's: the signature has expired.
    const SimReply stale = skewed.call(u"DescribeProjectList"_s, projectListParams());
    QCOMPARE(stale.errorCode(), u"AuthFailure.SignatureExpire"_s);
    const QDateTime date = test::parseHttpDate(stale.headers.value("date"));
    QVERIFY(date.isValid());
    QVERIFY(qAbs(date.toSecsSinceEpoch() - (QDateTime::currentSecsSinceEpoch() + 600)) <= 5);

    // Corrected by the offset the Date header tells, it goes through.
    SignOptions corrected = demoSigning();
    corrected.timestampOffset = date.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch();
    const SimReply ok =
        skewed.client.call(u"DescribeProjectList"_s, projectListParams(), corrected);
    QCOMPARE(ok.errorCode(), QString());
    QVERIFY(qAbs(skewed.service.serviceTime() - QDateTime::currentSecsSinceEpoch() - 600) <= 1);

    // Moving the clock back: the plain timestamp is accepted again.
    skewed.service.setClockOffset(0);
    QCOMPARE(skewed.call(u"DescribeProjectList"_s, projectListParams()).errorCode(), QString());
}

void TestSimAuth::secretsNeverInLog() {
    const QList<LocalService::RequestRecord> log = m_sim->service.requestLog();
    QVERIFY(!log.isEmpty());
    for (const LocalService::RequestRecord &r : log) {
        for (const QString &field : {r.action, r.errorCode, r.secretId, r.requestId, r.fault}) {
            QVERIFY(!field.contains(LocalService::demoCredentials().secretKey));
            QVERIFY(!field.contains(temporaryKey().secretKey));
            QVERIFY(!field.contains(temporaryKey().sessionToken));
        }
    }
}

QTEST_GUILESS_MAIN(TestSimAuth)
#include "tst_simauth.moc"
