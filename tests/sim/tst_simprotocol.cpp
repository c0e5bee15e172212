// Every action's response shape, parameter validation, paging with the cap and example mode.

#include "clock.h"
#include "localservice.h"
#include "simclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace trro;
using namespace trro::sim;
using namespace trro::test;

namespace {

QStringList sortedKeys(const QJsonObject &object) {
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestSimProtocol final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void actionShapes_data();
    void actionShapes();
    void parameterErrors_data();
    void parameterErrors();
    void integersAsStrings();
    void devicePagingWithCap();
    void deviceFilters_data();
    void deviceFilters();
    void sessionPaging();
    void sessionDetails();
    void exampleMode();

private:
    SimReply call(const QString &action, const QJsonObject &params) {
        return m_sim->call(action, params);
    }

    // The service's time stands still: two questions about the same range get the same answer
    // however long the test takes (a session may end between two requests otherwise).
    ManualClock m_clock{QDateTime::currentMSecsSinceEpoch()};
    std::unique_ptr<SimService> m_sim;
    QString m_project;
};

void TestSimProtocol::initTestCase() {
    ServiceOptions options;
    options.ratePerSecond = 0;
    options.pageSizeCap = 25;
    options.fleet = FleetConfig::standard(60);
    options.clock = &m_clock;
    m_sim = std::make_unique<SimService>(options);
    QVERIFY(m_sim->listening);
    m_project = LocalService::demoProjectId();
}

void TestSimProtocol::init() {
    m_sim->service.clearRequestLog();
}

void TestSimProtocol::actionShapes_data() {
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("listKey");
    QTest::addColumn<QStringList>("itemKeys");

    const QString p = LocalService::demoProjectId();
    const qint64 now = m_clock.wallSecs();
    QTest::newRow("DescribeSessionStatisticsByInterval")
        << u"DescribeSessionStatisticsByInterval"_s
        << QJsonObject{{u"ProjectId"_s, p},
                       {u"StatisticInterval"_s, u"day"_s},
                       {u"StartTime"_s, now - 7 * 86400},
                       {u"EndTime"_s, now}}
        << QStringList{u"RequestId"_s, u"SessionStatistics"_s} << u"SessionStatistics"_s
        << QStringList{u"ActiveFieldDeviceNum"_s,
                       u"ActiveRemoteDeviceNum"_s,
                       u"EndTime"_s,
                       u"NotBadSessionRatio"_s,
                       u"SessionNum"_s,
                       u"StartTime"_s,
                       u"TotalDuration"_s};
    QTest::newRow("DescribeSessionStatistics")
        << u"DescribeSessionStatistics"_s << QJsonObject{{u"ProjectId"_s, p}}
        << QStringList{u"ActiveFieldDeviceNum"_s, u"ActiveRemoteDeviceNum"_s,
                       u"NotBadSessionRatio"_s,   u"RequestId"_s,
                       u"SessionNum"_s,           u"TotalDuration"_s}
        << QString() << QStringList();
    QTest::newRow("DescribeDeviceList")
        << u"DescribeDeviceList"_s << QJsonObject{{u"ProjectId"_s, p}}
        << QStringList{u"Devices"_s, u"Num"_s, u"RequestId"_s, u"Total"_s} << u"Devices"_s
        << QStringList{u"DeviceId"_s,       u"DeviceName"_s, u"DeviceStatus"_s, u"DeviceType"_s,
                       u"LastReportTime"_s, u"ModifyTime"_s, u"ProjectId"_s};
    QTest::newRow("DescribeProjectList")
        << u"DescribeProjectList"_s << QJsonObject{}
        << QStringList{u"Num"_s, u"Projects"_s, u"RequestId"_s, u"Total"_s} << u"Projects"_s
        << QStringList{u"ModifyTime"_s, u"PolicyMode"_s, u"ProjectDescription"_s, u"ProjectId"_s,
                       u"ProjectName"_s};
    QTest::newRow("DescribeDeviceSessionList")
        << u"DescribeDeviceSessionList"_s
        << QJsonObject{{u"ProjectId"_s, p}, {u"PageNumber"_s, 1}, {u"PageSize"_s, 10}}
        << QStringList{u"DeviceSessionList"_s, u"Num"_s, u"RequestId"_s, u"Total"_s}
        << u"DeviceSessionList"_s
        << QStringList{u"EndTime"_s,    u"FieldDeviceId"_s, u"Quality"_s,  u"RemoteDeviceId"_s,
                       u"Resolution"_s, u"SessionId"_s,     u"StartTime"_s};
    QTest::newRow("DescribeProjectInfo")
        << u"DescribeProjectInfo"_s << QJsonObject{{u"ProjectId"_s, p}}
        << QStringList{u"ModifyTime"_s, u"PolicyMode"_s, u"ProjectDescription"_s, u"ProjectName"_s,
                       u"RequestId"_s}
        << QString() << QStringList();
    QTest::newRow("DescribeDeviceInfo")
        << u"DescribeDeviceInfo"_s
        << QJsonObject{{u"ProjectId"_s, p}, {u"DeviceId"_s, u"roc_nb_01"_s}}
        << QStringList{u"DeviceName"_s,     u"DeviceStatus"_s, u"DeviceType"_s,
                       u"LastReportTime"_s, u"ModifyTime"_s,   u"RequestId"_s}
        << QString() << QStringList();
}

void TestSimProtocol::actionShapes() {
    QFETCH(QString, action);
    QFETCH(QJsonObject, params);
    QFETCH(QStringList, keys);
    QFETCH(QString, listKey);
    QFETCH(QStringList, itemKeys);

    const SimReply reply = call(action, params);
    QCOMPARE(reply.httpStatus, 200);
    QCOMPARE(reply.errorCode(), QString());
    QCOMPARE(sortedKeys(reply.response), keys);
    if (listKey.isEmpty())
        return;
    const QJsonArray list = reply.response.value(listKey).toArray();
    QVERIFY2(!list.isEmpty(), qPrintable(listKey));
    for (const QJsonValue &item : list)
        QCOMPARE(sortedKeys(item.toObject()), itemKeys);
    if (reply.response.contains(u"Num"_s))
        QCOMPARE(reply.response.value(u"Num"_s).toInt(), list.size());
    // Integers are JSON numbers, times in the published "2022-03-22T08:00:00+08:00" form.
    const QJsonObject first = list.first().toObject();
    for (const QString &key : {u"StartTime"_s, u"EndTime"_s, u"SessionNum"_s})
        QVERIFY(!first.contains(key) || first.value(key).isDouble());
    for (const QString &key : {u"ModifyTime"_s, u"LastReportTime"_s}) {
        if (first.contains(key)) {
            const QString text = first.value(key).toString();
            QVERIFY2(text.endsWith(u"+08:00"_s) && text.size() == 25, qPrintable(text));
            QVERIFY(QDateTime::fromString(text, Qt::ISODate).isValid());
        }
    }
}

void TestSimProtocol::parameterErrors_data() {
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("expectedCode");

    const QString p = LocalService::demoProjectId();
    const QString stats = u"DescribeSessionStatisticsByInterval"_s;
    QTest::newRow("no ProjectId") << stats << QJsonObject{{u"StatisticInterval"_s, u"day"_s}}
                                  << u"MissingParameter"_s;
    QTest::newRow("no interval") << stats << QJsonObject{{u"ProjectId"_s, p}}
                                 << u"MissingParameter"_s;
    QTest::newRow("interval week")
        << stats << QJsonObject{{u"ProjectId"_s, p}, {u"StatisticInterval"_s, u"week"_s}}
        << u"InvalidParameterValue"_s;
    QTest::newRow("StartTime after EndTime") << stats
                                             << QJsonObject{{u"ProjectId"_s, p},
                                                            {u"StatisticInterval"_s, u"day"_s},
                                                            {u"StartTime"_s, 1700000000},
                                                            {u"EndTime"_s, 1600000000}}
                                             << u"InvalidParameterValue"_s;
    QTest::newRow("StartTime not a number") << stats
                                            << QJsonObject{{u"ProjectId"_s, p},
                                                           {u"StatisticInterval"_s, u"day"_s},
                                                           {u"StartTime"_s, u"yesterday"_s}}
                                            << u"InvalidParameter"_s;
    QTest::newRow("StartTime fractional") << stats
                                          << QJsonObject{{u"ProjectId"_s, p},
                                                         {u"StatisticInterval"_s, u"day"_s},
                                                         {u"StartTime"_s, 1.5}}
                                          << u"InvalidParameter"_s;
    QTest::newRow("negative EndTime")
        << stats
        << QJsonObject{{u"ProjectId"_s, p}, {u"StatisticInterval"_s, u"day"_s}, {u"EndTime"_s, -5}}
        << u"InvalidParameterValue"_s;
    QTest::newRow("unknown parameter")
        << stats
        << QJsonObject{{u"ProjectId"_s, p}, {u"StatisticInterval"_s, u"day"_s}, {u"Limit"_s, 5}}
        << u"UnknownParameter"_s;
    QTest::newRow("unknown project")
        << stats
        << QJsonObject{{u"ProjectId"_s, u"nosuchproject000"_s}, {u"StatisticInterval"_s, u"day"_s}}
        << u"ResourceNotFound"_s;
    QTest::newRow("DeviceType car")
        << u"DescribeDeviceList"_s << QJsonObject{{u"ProjectId"_s, p}, {u"DeviceType"_s, u"car"_s}}
        << u"InvalidParameterValue"_s;
    QTest::newRow("DeviceStatus busy")
        << u"DescribeDeviceList"_s
        << QJsonObject{{u"ProjectId"_s, p}, {u"DeviceStatus"_s, u"busy"_s}}
        << u"InvalidParameterValue"_s;
    QTest::newRow("session list without paging")
        << u"DescribeDeviceSessionList"_s << QJsonObject{{u"ProjectId"_s, p}}
        << u"MissingParameter"_s;
    QTest::newRow("ProjectId not a string")
        << u"DescribeSessionStatistics"_s << QJsonObject{{u"ProjectId"_s, 42}}
        << u"InvalidParameter"_s;
    QTest::newRow("unknown session")
        << u"DescribeDeviceSessionDetails"_s << QJsonObject{{u"SessionId"_s, u"abc-0"_s}}
        << u"ResourceNotFound"_s;
    QTest::newRow("action of the API not served")
        << u"CreateDevice"_s << QJsonObject{{u"ProjectId"_s, p}} << u"UnsupportedOperation"_s;
}

void TestSimProtocol::parameterErrors() {
    QFETCH(QString, action);
    QFETCH(QJsonObject, params);
    QFETCH(QString, expectedCode);
    checkApiAnswer(call(action, params), expectedCode);
}

void TestSimProtocol::integersAsStrings() {
    const qint64 now = m_clock.wallSecs();
    const qint64 start = now - 3 * 86400;
    const QJsonObject numbers{{u"ProjectId"_s, m_project},
                              {u"StatisticInterval"_s, u"hour"_s},
                              {u"StartTime"_s, start},
                              {u"EndTime"_s, now - 3600}};
    QJsonObject strings = numbers;
    strings[u"StartTime"_s] = QString::number(start);
    strings[u"EndTime"_s] = QString::number(now - 3600);
    const SimReply a = call(u"DescribeSessionStatisticsByInterval"_s, numbers);
    const SimReply b = call(u"DescribeSessionStatisticsByInterval"_s, strings);
    QCOMPARE(a.errorCode(), QString());
    QCOMPARE(b.errorCode(), QString());
    QVERIFY(!a.response.value(u"SessionStatistics"_s).toArray().isEmpty());
    QCOMPARE(a.response.value(u"SessionStatistics"_s), b.response.value(u"SessionStatistics"_s));
}

void TestSimProtocol::devicePagingWithCap() {
    // 60 vehicles + 12 cockpits; PageSize 50 is served as 25 (the cap).
    QStringList seen;
    qint64 total = -1;
    for (int page = 1; page <= 10; ++page) {
        const SimReply reply =
            call(u"DescribeDeviceList"_s,
                 {{u"ProjectId"_s, m_project}, {u"PageSize"_s, 50}, {u"PageNumber"_s, page}});
        QCOMPARE(reply.errorCode(), QString());
        total = reply.response.value(u"Total"_s).toInteger();
        const QJsonArray devices = reply.response.value(u"Devices"_s).toArray();
        QVERIFY(devices.size() <= 25);
        QCOMPARE(reply.response.value(u"Num"_s).toInt(), devices.size());
        for (const QJsonValue &d : devices)
            seen.append(d.toObject().value(u"DeviceId"_s).toString());
        if (devices.isEmpty())
            break;
        QCOMPARE(devices.size(), std::min<qsizetype>(25, total - (page - 1) * 25));
    }
    QCOMPARE(total, 72);
    QCOMPARE(seen.size(), 72);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 72);

    // PageNumber 0 is read as the first page (the published example sends 0).
    const SimReply zero =
        call(u"DescribeProjectList"_s, {{u"PageSize"_s, 10}, {u"PageNumber"_s, 0}});
    QCOMPARE(zero.response.value(u"Num"_s).toInt(), 3);
    QCOMPARE(zero.response.value(u"Total"_s).toInt(), 3);
    const SimReply beyond =
        call(u"DescribeProjectList"_s, {{u"PageSize"_s, 2}, {u"PageNumber"_s, 3}});
    QCOMPARE(beyond.response.value(u"Num"_s).toInt(), 0);
    QCOMPARE(beyond.response.value(u"Total"_s).toInt(), 3);
}

void TestSimProtocol::deviceFilters_data() {
    QTest::addColumn<QJsonObject>("filter");
    QTest::addColumn<int>("expectedTotal");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("field") << QJsonObject{{u"DeviceType"_s, u"field"_s}} << 60 << u"DeviceType"_s
                           << u"field"_s;
    QTest::newRow("remote") << QJsonObject{{u"DeviceType"_s, u"remote"_s}} << 12 << u"DeviceType"_s
                            << u"remote"_s;
    QTest::newRow("search id") << QJsonObject{{u"SearchWords"_s, u"ROC_NB_0"_s}} << 9
                               << u"DeviceType"_s << u"remote"_s;
    QTest::newRow("search name") << QJsonObject{{u"SearchWords"_s, u"Excavator"_s}} << 18
                                 << u"DeviceType"_s << u"field"_s;
    QTest::newRow("offline") << QJsonObject{{u"DeviceStatus"_s, u"offline"_s}} << 2
                             << u"DeviceStatus"_s << u"offline"_s;
}

void TestSimProtocol::deviceFilters() {
    QFETCH(QJsonObject, filter);
    QFETCH(int, expectedTotal);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QJsonObject params = filter;
    params[u"ProjectId"_s] = m_project;
    params[u"PageSize"_s] = 100;
    const SimReply reply = call(u"DescribeDeviceList"_s, params);
    QCOMPARE(reply.errorCode(), QString());
    QCOMPARE(reply.response.value(u"Total"_s).toInt(), expectedTotal);
    const QJsonArray devices = reply.response.value(u"Devices"_s).toArray();
    for (const QJsonValue &d : devices)
        QCOMPARE(d.toObject().value(key).toString(), value);

    // online = ready or connected: the complement of offline.
    if (value == u"offline"_s) {
        params[u"DeviceStatus"_s] = u"online"_s;
        const SimReply online = call(u"DescribeDeviceList"_s, params);
        QCOMPARE(online.response.value(u"Total"_s).toInt(), 72 - expectedTotal);
    }
}

void TestSimProtocol::sessionPaging() {
    const qint64 now = m_clock.wallSecs();
    const QJsonObject base{{u"ProjectId"_s, m_project},
                           {u"StartTime"_s, now - 2 * 86400},
                           {u"EndTime"_s, now},
                           {u"PageSize"_s, 100}};
    QJsonObject params = base;
    params[u"PageNumber"_s] = 1;
    const SimReply first = call(u"DescribeDeviceSessionList"_s, params);
    const qint64 total = first.response.value(u"Total"_s).toInteger();
    QVERIFY2(total > 50, qPrintable(QString::number(total)));
    QList<QJsonObject> all;
    qint64 previousStart = 0;
    for (int page = 1; page <= (total + 24) / 25; ++page) {
        params[u"PageNumber"_s] = page;
        const SimReply reply = call(u"DescribeDeviceSessionList"_s, params);
        QCOMPARE(reply.response.value(u"Total"_s).toInteger(), total);
        const QJsonArray list = reply.response.value(u"DeviceSessionList"_s).toArray();
        QVERIFY(list.size() <= 25);
        for (const QJsonValue &v : list) {
            const QJsonObject s = v.toObject();
            QVERIFY(s.value(u"StartTime"_s).toInteger() >= previousStart);
            previousStart = s.value(u"StartTime"_s).toInteger();
            QVERIFY(s.value(u"EndTime"_s).toInteger() > previousStart);
            QVERIFY(s.value(u"EndTime"_s).toInteger() <= m_clock.wallSecs());
            QVERIFY(QStringList({u"good"_s, u"normal"_s, u"bad"_s})
                        .contains(s.value(u"Quality"_s).toString()));
            QVERIFY(s.value(u"Resolution"_s).toString().contains(u'*'));
            all.append(s);
        }
    }
    QCOMPARE(all.size(), total);

    // A cockpit's sessions are those it took part in.
    QJsonObject cockpit = base;
    cockpit[u"PageNumber"_s] = 1;
    cockpit[u"DeviceId"_s] = u"roc_nb_01"_s;
    const SimReply mine = call(u"DescribeDeviceSessionList"_s, cockpit);
    const qint64 expected = std::count_if(all.cbegin(), all.cend(), [](const QJsonObject &s) {
        return s.value(u"RemoteDeviceId"_s).toString() == u"roc_nb_01"_s;
    });
    QCOMPARE(mine.response.value(u"Total"_s).toInteger(), expected);
}

void TestSimProtocol::sessionDetails() {
    const qint64 now = m_clock.wallSecs();
    const SimReply list = call(u"DescribeDeviceSessionList"_s, {{u"ProjectId"_s, m_project},
                                                                {u"StartTime"_s, now - 86400},
                                                                {u"PageNumber"_s, 1},
                                                                {u"PageSize"_s, 1}});
    const QJsonObject session =
        list.response.value(u"DeviceSessionList"_s).toArray().first().toObject();
    const SimReply details =
        call(u"DescribeDeviceSessionDetails"_s, {{u"SessionId"_s, session.value(u"SessionId"_s)}});
    QCOMPARE(details.errorCode(), QString());
    const QJsonArray devices = details.response.value(u"Details"_s).toArray();
    QCOMPARE(devices.size(), 2);
    QCOMPARE(devices.at(0).toObject().value(u"DeviceId"_s), session.value(u"FieldDeviceId"_s));
    QCOMPARE(devices.at(1).toObject().value(u"DeviceId"_s), session.value(u"RemoteDeviceId"_s));
    for (const QJsonValue &v : devices) {
        const QJsonObject d = v.toObject();
        const qsizetype samples = d.value(u"TimeOffset"_s).toArray().size();
        QVERIFY(samples > 0);
        QCOMPARE(d.value(u"NetworkLatency"_s).toArray().size(), samples);
    }
}

void TestSimProtocol::exampleMode() {
    ServiceOptions options = m_sim->service.options();
    options.exampleMode = true;
    SimService sim(options);
    QVERIFY(sim.listening);
    const SimReply reply =
        sim.call(u"DescribeSessionStatisticsByInterval"_s,
                 {{u"ProjectId"_s, u"abcdefg"_s}, {u"StatisticInterval"_s, u"hour"_s}});
    QCOMPARE(reply.errorCode(), QString());
    const QJsonArray buckets = reply.response.value(u"SessionStatistics"_s).toArray();
    QCOMPARE(buckets.size(), 4);
    // The published quirks: a 1000 s bucket, an inverted one, a duplicated StartTime.
    const auto bucket = [&](int i) { return buckets.at(i).toObject(); };
    QCOMPARE(bucket(0).value(u"EndTime"_s).toInteger() -
                 bucket(0).value(u"StartTime"_s).toInteger(),
             1000);
    QVERIFY(bucket(1).value(u"EndTime"_s).toInteger() <
            bucket(1).value(u"StartTime"_s).toInteger());
    QCOMPARE(bucket(2).value(u"StartTime"_s), bucket(3).value(u"StartTime"_s));
    QCOMPARE(bucket(2).value(u"TotalDuration"_s).toInt(), 604);
    QVERIFY(test::isUuid(reply.requestId()));

    const SimReply totals =
        sim.call(u"DescribeSessionStatistics"_s, {{u"ProjectId"_s, u"abcdefg"_s}});
    QCOMPARE(totals.response.value(u"SessionNum"_s).toInt(), 6);
    // Authentication still applies in example mode.
    SignOptions wrong = demoSigning();
    wrong.secretKey = u"wrong"_s;
    QCOMPARE(sim.client.call(u"DescribeProjectList"_s, {}, wrong).errorCode(),
             u"AuthFailure.SignatureFailure"_s);
}

QTEST_GUILESS_MAIN(TestSimProtocol)
#include "tst_simprotocol.moc"
