// The client stack against a misbehaving service on loopback: every answer is bounded in time,
// in pages, in items and in what it may change (the clock), and the errors say what happened.
#include "hostilefixture.h"
#include "textsafety.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace trro;
using namespace trro::test;

namespace {

const QString Stats = QStringLiteral("DescribeSessionStatisticsByInterval");

QJsonObject device(int i) {
    return {{QStringLiteral("DeviceId"), QStringLiteral("dev-%1").arg(i)},
            {QStringLiteral("DeviceName"), QStringLiteral("vehicle %1").arg(i)},
            {QStringLiteral("DeviceType"), QStringLiteral("field")}};
}

QJsonArray devices(int from, int count) {
    QJsonArray list;
    for (int i = from; i < from + count; ++i)
        list.append(device(i));
    return list;
}

StatsQuery dayOfHours() {
    StatsQuery q;
    q.projectId = QStringLiteral("p1");
    q.interval = Interval::Hour;
    q.endTime = QDateTime::currentSecsSinceEpoch() / 3600 * 3600;
    q.startTime = q.endTime - 86400;
    return q;
}

} // namespace

class TestHostileClient final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void trickleHitsTheAttemptDeadline();
    void retriesShareTheJobDeadline();
    void pagingStopsAtTheBound();
    void pagingStopsOnARepeatedPage();
    void pagingRefusesAnImpossibleTotal();
    void moreItemsThanTotal();
    void statisticsFloodIsRefusedUnread();
    void tooLargeIsNotRetried();
    void clockBeyondADayIsRefused();
    void clockWithinADayIsCorrected();
    void badNumbersNameTheField_data();
    void badNumbersNameTheField();
    void escapeSequencesAreStripped();
    void headerInjectionSendsNothing_data();
    void headerInjectionSendsNothing();
};

void TestHostileClient::trickleHitsTheAttemptDeadline() {
    HostileFixture f(800);
    QVERIFY(f.listening);
    // A byte every 50 ms: the transfer (inactivity) timeout alone would never fire.
    f.server.answerAlways(HostileServer::trickle(50));
    QElapsedTimer elapsed;
    elapsed.start();
    ApiReply *reply = f.client->send(QStringLiteral("DescribeProjectList"), {});
    QSignalSpy finished(reply, &ApiReply::finished);
    Result<QJsonObject> result{ApiError{}};
    connect(reply, &ApiReply::finished, this, [&] { result = reply->result(); });
    QVERIFY(finished.wait(10000));
    QVERIFY(elapsed.elapsed() >= 700);
    QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
    QVERIFY2(result.error().message.contains(QLatin1String("within 0.8 s")),
             qPrintable(result.error().message));
}

void TestHostileClient::retriesShareTheJobDeadline() {
    HostileFixture f(600, 1500);
    QVERIFY(f.listening);
    f.server.answerAlways(HostileServer::trickle(50));
    QElapsedTimer elapsed;
    elapsed.start();
    const auto r = f.projects();
    // Five retries of 0.6 s each would take over 3 s; the job's deadline ends it at 1.5 s.
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Timeout);
    QVERIFY2(r.error().message.contains(QLatin1String("deadline")), qPrintable(r.error().message));
    QVERIFY(elapsed.elapsed() >= 1400);
    QVERIFY2(elapsed.elapsed() < 1500 + 3000, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(f.server.requestCount() <= 3);
}

void TestHostileClient::pagingStopsAtTheBound() {
    HostileFixture f;
    QVERIFY(f.listening);
    // Total 250 and a full first page: 4 pages at most. Later pages add one new item each.
    f.server.setResponder([](const HostileRequest &request, int index) {
        const int page = request.params.value(QLatin1String("PageNumber")).toInt();
        const QJsonArray items = page == 1 ? devices(0, 100) : devices(1000 + index, 1);
        return HostileServer::page(QStringLiteral("Devices"), items, 250, items.size());
    });
    const auto r = f.devices(QStringLiteral("p1"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("TooManyItems"));
    QVERIFY2(r.error().message.contains(QLatin1String("4 pages")), qPrintable(r.error().message));
    QCOMPARE(f.server.requestCount(), 4);
}

void TestHostileClient::pagingStopsOnARepeatedPage() {
    HostileFixture f;
    QVERIFY(f.listening);
    // The same page over and over, whatever PageNumber says.
    f.server.answerAlways(
        HostileServer::page(QStringLiteral("Devices"), devices(0, 10), 1000000, 10));
    const auto r = f.devices(QStringLiteral("p1"));
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), 10); // no duplicates
    QCOMPARE(f.server.requestCount(), 2);
}

void TestHostileClient::pagingRefusesAnImpossibleTotal() {
    HostileFixture f;
    QVERIFY(f.listening);
    f.server.setResponder([](const HostileRequest &, int index) {
        const QJsonObject project{{QStringLiteral("ProjectId"), QStringLiteral("p%1").arg(index)}};
        return HostileServer::page(QStringLiteral("Projects"), QJsonArray{project},
                                   QStringLiteral("9007199254740992"), 1);
    });
    const auto r = f.projects();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Malformed);
    QVERIFY2(r.error().message.contains(QLatin1String("\"Total\"")), qPrintable(r.error().message));
    QCOMPARE(f.server.requestCount(), 1);
}

void TestHostileClient::moreItemsThanTotal() {
    HostileFixture f;
    QVERIFY(f.listening);
    f.server.answerAlways(HostileServer::page(QStringLiteral("Devices"), devices(0, 20), 5, 20));
    const auto r = f.devices(QStringLiteral("p1"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("TooManyItems"));
}

void TestHostileClient::statisticsFloodIsRefusedUnread() {
    HostileFixture f(5000);
    QVERIFY(f.listening);
    const HostileReply flood = HostileServer::flood(QStringLiteral("SessionStatistics"), 4 << 20);
    f.server.setResponder([&flood](const HostileRequest &, int) { return flood; });
    const auto r = f.statistics(dayOfHours());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("TooManyItems"));
    QVERIFY(!r.error().isRetryable());
    QCOMPARE(f.server.requestCount(), 1);

    // Within the bound the same answer shape is read: 24 hours, a few buckets.
    HostileFixture g;
    QVERIFY(g.listening);
    const StatsQuery q = dayOfHours();
    g.server.setResponder([&q](const HostileRequest &, int) {
        return HostileServer::statistics(
            QJsonArray{hourBucket(q.startTime), hourBucket(q.startTime + 3600)});
    });
    const auto ok = g.statistics(q);
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().userMessage()));
    QCOMPARE(ok.value().buckets.size(), 2);
}

void TestHostileClient::tooLargeIsNotRetried() {
    HostileFixture f(5000);
    QVERIFY(f.listening);
    f.client->setMaxResponseBytes(256 * 1024);
    HostileReply big;
    big.body = HostileServer::envelope(
        {{QStringLiteral("Padding"), QString(1024 * 1024, QLatin1Char('x'))}});
    f.server.setResponder([&big](const HostileRequest &, int) { return big; });
    const auto r = f.projects();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("ResponseTooLarge"));
    QCOMPARE(f.server.requestCount(), 1);
}

void TestHostileClient::clockBeyondADayIsRefused() {
    HostileFixture f;
    QVERIFY(f.listening);
    const qint64 tenYears = 10LL * 365 * 86400;
    f.server.setResponder([tenYears](const HostileRequest &, int) {
        return HostileServer::apiError(
            QStringLiteral("AuthFailure.SignatureExpire"), QStringLiteral("expired"),
            HostileServer::httpDate(QDateTime::currentSecsSinceEpoch() + tenYears));
    });
    QSignalSpy corrected(f.client, &ApiClient::clockSkewCorrected);
    const auto r = f.projects();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("ClockSkewTooLarge"));
    QVERIFY(r.error().message.contains(QLatin1String("this computer's clock is wrong")));
    QCOMPARE(f.client->clockOffset(), 0);
    QCOMPARE(corrected.count(), 0);
    QCOMPARE(f.server.requestCount(), 1); // not signed again with the bogus time
}

void TestHostileClient::clockWithinADayIsCorrected() {
    HostileFixture f;
    QVERIFY(f.listening);
    const qint64 twoHours = 7200;
    f.server.setResponder([twoHours](const HostileRequest &request, int index) {
        const QByteArray date =
            HostileServer::httpDate(QDateTime::currentSecsSinceEpoch() + twoHours);
        if (index == 0)
            return HostileServer::apiError(QStringLiteral("AuthFailure.SignatureExpire"),
                                           QStringLiteral("expired"), date);
        HostileReply r = HostileServer::ok(
            {{QStringLiteral("Projects"), QJsonArray{}},
             {QStringLiteral("Total"), 0},
             {QStringLiteral("Stamp"), QString::fromLatin1(request.header("x-tc-timestamp"))}});
        r.date = date;
        return r;
    });
    const auto r = f.projects();
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage()));
    QVERIFY(qAbs(f.client->clockOffset() - twoHours) < 60);
    QCOMPARE(f.server.requestCount(), 2);
    const qint64 stamped = f.server.requests().at(1).header("x-tc-timestamp").toLongLong();
    QVERIFY(qAbs(stamped - (QDateTime::currentSecsSinceEpoch() + twoHours)) < 60);
}

void TestHostileClient::badNumbersNameTheField_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("negative duration") << QStringLiteral("TotalDuration") << QJsonValue(-5);
    QTest::newRow("int64 max sessions")
        << QStringLiteral("SessionNum") << QJsonValue(QStringLiteral("9223372036854775807"));
    QTest::newRow("ratio -40") << QStringLiteral("NotBadSessionRatio") << QJsonValue(-40);
    QTest::newRow("ratio 250") << QStringLiteral("NotBadSessionRatio") << QJsonValue(250);
    QTest::newRow("start in 1900") << QStringLiteral("StartTime") << QJsonValue(-2208988800LL);
    QTest::newRow("int64 min start")
        << QStringLiteral("StartTime") << QJsonValue(QStringLiteral("-9223372036854775808"));
}

void TestHostileClient::badNumbersNameTheField() {
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    HostileFixture f;
    QVERIFY(f.listening);
    const StatsQuery q = dayOfHours();
    f.server.setResponder([&](const HostileRequest &, int) {
        QJsonObject b = hourBucket(q.startTime + 3600);
        b.insert(field, value);
        return HostileServer::statistics(QJsonArray{hourBucket(q.startTime), b});
    });
    const auto r = f.statistics(q);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Malformed);
    QVERIFY2(r.error().message.contains(QStringLiteral("\"SessionStatistics[1].%1\"").arg(field)),
             qPrintable(r.error().message));
}

void TestHostileClient::escapeSequencesAreStripped() {
    HostileFixture f;
    QVERIFY(f.listening);
    const QString evil = QStringLiteral("bad\x1b]0;owned\x07\x1b[2J\r\nnext\u202eline");
    f.server.setResponder([&](const HostileRequest &request, int) {
        if (request.action == "DescribeProjectList")
            return HostileServer::apiError(QStringLiteral("InvalidParameter"), evil);
        const QJsonObject device{{QStringLiteral("DeviceId"), evil},
                                 {QStringLiteral("DeviceName"), evil}};
        return HostileServer::page(QStringLiteral("Devices"), QJsonArray{device}, 1);
    });
    const auto r = f.projects();
    QVERIFY(!r.ok());
    QVERIFY(!hasControls(r.error().message));
    QVERIFY(!hasControls(r.error().userMessage()));
    QVERIFY(r.error().message.startsWith(QLatin1String("bad]0;owned[2J")));
    const auto d = f.devices(QStringLiteral("p1"));
    QVERIFY(d.ok());
    QCOMPARE(d.value().size(), 1);
    QVERIFY(!hasControls(d.value().front().deviceName));
    QVERIFY(!hasControls(d.value().front().deviceId));
}

void TestHostileClient::headerInjectionSendsNothing_data() {
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("named");
    QTest::newRow("region CRLF") << QStringLiteral("ap-x\r\nX-Evil: injected") << QString()
                                 << QStringLiteral("region");
    QTest::newRow("region NUL") << QStringLiteral("ap-x\0y") << QString()
                                << QStringLiteral("region");
    QTest::newRow("token LF") << QString() << QStringLiteral("tok\nX-Evil: injected")
                              << QStringLiteral("session token");
    QTest::newRow("token non-ASCII")
        << QString() << QStringLiteral("tök") << QStringLiteral("session token");
}

void TestHostileClient::headerInjectionSendsNothing() {
    QFETCH(QString, region);
    QFETCH(QString, token);
    QFETCH(QString, named);
    HostileFixture f;
    QVERIFY(f.listening);
    Credentials c = f.client->credentials();
    c.region = region;
    c.sessionToken = token;
    f.client->setCredentials(c);
    const auto r = f.projects();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Usage);
    QVERIFY2(r.error().message.contains(named), qPrintable(r.error().message));
    QVERIFY(!r.error().message.contains(QLatin1String("X-Evil")));
    QCOMPARE(f.server.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestHostileClient)
#include "tst_hostileclient.moc"
