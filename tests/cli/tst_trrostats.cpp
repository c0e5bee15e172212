// trro-stats end to end: the built binary runs against a local service hosted by this test, and
// its output is compared with what raw signed requests to the same service return.

#include "clitestsupport.h"
#include "localservice.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace trro;
using namespace trro::test;

namespace {

const QString IntervalHeader = QStringLiteral(
    "DeviceId,StartTime,EndTime,SessionNum,TotalDuration,NotBadSessionRatio,"
    "ActiveFieldDeviceNum,ActiveRemoteDeviceNum");
const QStringList IntegerKeys{QStringLiteral("StartTime"),
                              QStringLiteral("EndTime"),
                              QStringLiteral("SessionNum"),
                              QStringLiteral("TotalDuration"),
                              QStringLiteral("NotBadSessionRatio"),
                              QStringLiteral("ActiveFieldDeviceNum"),
                              QStringLiteral("ActiveRemoteDeviceNum")};

Credentials key(const char *id, const char *secret, const char *token = "")
{
    Credentials c;
    c.secretId = QLatin1String(id);
    c.secretKey = QLatin1String(secret);
    c.sessionToken = QLatin1String(token);
    return c;
}

// The CLI signs with this key; the expected values are fetched with another one, so that the
// two never share a rate-limit budget.
const Credentials CliKey = key("AKIDcli0test0key000000000000000001", "cliSecretKey0000000000000000000001");
const Credentials ExpectKey = key("AKIDexpect0key00000000000000000002", "expectSecretKey000000000000000002");
const Credentials TempKey =
    key("AKIDtemp0key0000000000000000000003", "tempSecretKey00000000000000000003", "sessionToken0003");

QStringList csvRows(const QByteArray &out)
{
    QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString bucketRow(const QString &deviceId, const QJsonObject &bucket)
{
    QStringList fields{deviceId};
    for (const QString &k : IntegerKeys)
        fields.append(QString::number(bucket.value(k).toInteger()));
    return fields.join(QLatin1Char(','));
}

} // namespace

class TestTrroStats final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void statsMatchService_data();
    void statsMatchService();
    void statsJsonMatchesCsv();
    void allDevicesOneSeriesPerDevice();
    void totalsMatchService();
    void devicesMatchService();
    void projectsMatchService();
    void sessionsMatchService();
    void exitCodes_data();
    void exitCodes();
    void partialFailureKeepsTheOtherRows();
    void unreachableEndpointExits5();
    void faultsAfterRetries_data();
    void faultsAfterRetries();
    void exampleModeKeepsRowsAndWarns();
    void verboseNeverShowsSecrets();
    void outputFileIsAtomic();
    void tableIsForPeople_data();
    void tableIsForPeople();
    void demoNeedsNoCredentials();

private:
    CliRun cli(const QStringList &arguments, const Credentials &credentials = CliKey,
               const QByteArray &tz = QByteArrayLiteral("UTC"));
    QStringList expectedRows(const QString &interval, const QStringList &devices, qint64 from,
                             qint64 to);

    std::unique_ptr<sim::LocalService> m_service;
    std::unique_ptr<RawClient> m_raw;
    QString m_project;
    QStringList m_fieldDevices; // sorted
    QStringList m_remoteDevices;
    qint64 m_to = 0; // a past hour, so that sessions still running cannot change the answers
};

void TestTrroStats::initTestCase()
{
    sim::ServiceOptions options;
    options.keys = {CliKey, ExpectKey, TempKey};
    options.fleet = sim::FleetConfig::standard(20); // 20 vehicles and 12 cockpits
    m_service = std::make_unique<sim::LocalService>(options);
    QVERIFY(m_service->listen());
    m_raw = std::make_unique<RawClient>(m_service->url(), ExpectKey);
    m_project = sim::LocalService::demoProjectId();
    m_to = (m_service->serviceTime() / 3600 - 6) * 3600;

    const QJsonArray devices = m_raw->allPages(QStringLiteral("DescribeDeviceList"),
                                               {{QStringLiteral("ProjectId"), m_project}},
                                               QStringLiteral("Devices"));
    for (const QJsonValue &value : devices) {
        const QJsonObject device = value.toObject();
        const QString id = device.value(QLatin1String("DeviceId")).toString();
        if (device.value(QLatin1String("DeviceType")).toString() == QLatin1String("remote"))
            m_remoteDevices.append(id);
        else
            m_fieldDevices.append(id);
    }
    m_fieldDevices.sort();
    m_remoteDevices.sort();
    QVERIFY2(m_fieldDevices.size() >= 3 && !m_remoteDevices.isEmpty(),
             "the local service should list vehicles and cockpits");
}

CliRun TestTrroStats::cli(const QStringList &arguments, const Credentials &credentials,
                          const QByteArray &tz)
{
    QProcessEnvironment env = cliEnvironment(credentials);
    env.insert(QStringLiteral("TZ"), QString::fromLatin1(tz));
    return runTrroStats(QStringList{QStringLiteral("--endpoint"), m_service->url().toString()}
                            + arguments,
                        env);
}

// Rows as the CLI must write them: every bucket of every device, DeviceId then StartTime
// (stable), computed from raw responses.
QStringList TestTrroStats::expectedRows(const QString &interval, const QStringList &devices,
                                        qint64 from, qint64 to)
{
    struct Row {
        QString device;
        qint64 start;
        QString text;
    };
    QList<Row> rows;
    QStringList ids = devices.isEmpty() ? QStringList{QString()} : devices;
    ids.removeDuplicates();
    for (const QString &device : std::as_const(ids)) {
        QJsonObject params{{QStringLiteral("ProjectId"), m_project},
                           {QStringLiteral("StatisticInterval"), interval},
                           {QStringLiteral("StartTime"), from},
                           {QStringLiteral("EndTime"), to}};
        if (!device.isEmpty())
            params.insert(QStringLiteral("DeviceId"), device);
        QString error;
        const QJsonObject response =
            m_raw->call(QStringLiteral("DescribeSessionStatisticsByInterval"), params, &error);
        if (!error.isEmpty())
            qWarning("expected values: %s", qPrintable(error));
        const QJsonArray buckets = response.value(QLatin1String("SessionStatistics")).toArray();
        for (const QJsonValue &b : buckets) {
            const QJsonObject bucket = b.toObject();
            rows.append({device, bucket.value(QLatin1String("StartTime")).toInteger(),
                         bucketRow(device, bucket)});
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.device != b.device ? a.device < b.device : a.start < b.start;
    });
    QStringList out{IntervalHeader};
    for (const Row &row : std::as_const(rows))
        out.append(row.text);
    return out;
}

void TestTrroStats::helpAndVersion()
{
    CliRun run = cli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *command : {"stats", "totals", "devices", "projects", "sessions"})
        QVERIFY2(run.out.contains(command), command);
    run = cli({QStringLiteral("stats"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--interval"));
    QVERIFY(run.out.contains("--all-devices"));
    run = cli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("trro-stats " TRRO_VERSION));
}

void TestTrroStats::statsMatchService_data()
{
    QTest::addColumn<QString>("interval");
    QTest::addColumn<int>("deviceCount"); // 0: the whole project; else the first N vehicles
    QTest::addColumn<qint64>("span");     // seconds before the end of the range
    QTest::newRow("day, project, 7 days") << QStringLiteral("day") << 0 << qint64(7 * 86400);
    QTest::newRow("hour, one device, 2 days") << QStringLiteral("hour") << 1 << qint64(2 * 86400);
    QTest::newRow("month, three devices, 100 days")
        << QStringLiteral("month") << 3 << qint64(100 * 86400);
    QTest::newRow("day, project, unaligned range")
        << QStringLiteral("day") << 0 << qint64(5 * 86400 + 1234);
}

void TestTrroStats::statsMatchService()
{
    QFETCH(QString, interval);
    QFETCH(int, deviceCount);
    QFETCH(qint64, span);
    const qint64 from = m_to - span;
    // Given in reverse order and once twice: the output is ordered and has each series once.
    QStringList devices = m_fieldDevices.mid(0, deviceCount);
    std::reverse(devices.begin(), devices.end());
    QStringList arguments{QStringLiteral("stats"),         QStringLiteral("--project"), m_project,
                          QStringLiteral("--interval"),    interval,
                          QStringLiteral("--from"),        QString::number(from),
                          QStringLiteral("--to"),          QString::number(m_to),
                          QStringLiteral("--format"),      QStringLiteral("csv")};
    for (const QString &device : std::as_const(devices))
        arguments << QStringLiteral("--device") << device;
    if (!devices.isEmpty())
        arguments << QStringLiteral("--device") << devices.front();

    const CliRun run = cli(arguments);
    QVERIFY2(run.finished, run.err.constData());
    QCOMPARE(run.exitCode, 0);
    const QStringList expected = expectedRows(interval, devices, from, m_to);
    QVERIFY2(expected.size() > 1, "the synthetic fleet should have sessions in the range");
    QCOMPARE(csvRows(run.out), expected);
}

void TestTrroStats::statsJsonMatchesCsv()
{
    const QStringList base{QStringLiteral("stats"), QStringLiteral("--project"), m_project,
                           QStringLiteral("--interval"), QStringLiteral("day"),
                           QStringLiteral("--device"), m_fieldDevices.first(),
                           QStringLiteral("--from"), QString::number(m_to - 10 * 86400),
                           QStringLiteral("--to"), QString::number(m_to)};
    const CliRun csv = cli(base + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    const CliRun json = cli(base + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    QStringList fromJson{IntervalHeader};
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        QCOMPARE(object.size(), 8);
        QVERIFY(object.value(QLatin1String("DeviceId")).isString());
        for (const QString &k : IntegerKeys)
            QVERIFY2(object.value(k).isDouble(), qPrintable(k));
        fromJson.append(bucketRow(object.value(QLatin1String("DeviceId")).toString(), object));
    }
    QVERIFY(fromJson.size() > 1);
    QCOMPARE(fromJson, csvRows(csv.out));
}

void TestTrroStats::allDevicesOneSeriesPerDevice()
{
    const qint64 from = m_to - 3 * 86400;
    const CliRun run = cli({QStringLiteral("stats"), QStringLiteral("--project"), m_project,
                            QStringLiteral("--all-devices"), QStringLiteral("--interval"),
                            QStringLiteral("day"), QStringLiteral("--from"), QString::number(from),
                            QStringLiteral("--to"), QString::number(m_to), QStringLiteral("--format"),
                            QStringLiteral("csv")});
    QVERIFY2(run.finished, run.err.constData());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.err.contains('\r'), "no progress bar when stderr is not a terminal");
    const QStringList every = m_fieldDevices + m_remoteDevices;
    const QStringList expected = expectedRows(QStringLiteral("day"), every, from, m_to);
    const QStringList rows = csvRows(run.out);
    QCOMPARE(rows, expected);

    QSet<QString> seen;
    for (const QString &row : rows.mid(1))
        seen.insert(row.section(QLatin1Char(','), 0, 0));
    QVERIFY2(seen.size() > m_fieldDevices.size() / 2, "most vehicles have sessions in 3 days");
    bool cockpitSeen = false;
    for (const QString &remote : std::as_const(m_remoteDevices))
        cockpitSeen = cockpitSeen || seen.contains(remote);
    QVERIFY2(cockpitSeen, "remote devices (cockpits) are part of --all-devices");
    QVERIFY(!seen.contains(QString()));
}

void TestTrroStats::totalsMatchService()
{
    const qint64 from = m_to - 7 * 86400;
    const QString device = m_fieldDevices.at(1);
    const CliRun run = cli({QStringLiteral("totals"), QStringLiteral("--project"), m_project,
                            QStringLiteral("--device"), device, QStringLiteral("--from"),
                            QString::number(from), QStringLiteral("--to"), QString::number(m_to),
                            QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    const QJsonObject expected = m_raw->call(QStringLiteral("DescribeSessionStatistics"),
                                             {{QStringLiteral("ProjectId"), m_project},
                                              {QStringLiteral("DeviceId"), device},
                                              {QStringLiteral("StartTime"), from},
                                              {QStringLiteral("EndTime"), m_to}});
    QVERIFY(!expected.isEmpty());
    QCOMPARE(object.value(QLatin1String("DeviceId")).toString(), device);
    QCOMPARE(object.value(QLatin1String("StartTime")).toInteger(), from);
    QCOMPARE(object.value(QLatin1String("EndTime")).toInteger(), m_to);
    for (const QString &k : IntegerKeys.mid(2))
        QCOMPARE(object.value(k).toInteger(), expected.value(k).toInteger());
}

void TestTrroStats::devicesMatchService()
{
    const CliRun run = cli({QStringLiteral("devices"), QStringLiteral("--project"), m_project,
                            QStringLiteral("--type"), QStringLiteral("remote"),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    const QList<QStringList> rows = parseCsv(run.out);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first().join(QLatin1Char(',')),
             QStringLiteral("DeviceId,DeviceName,DeviceType,DeviceStatus,ProjectId,ModifyTime,"
                            "LastReportTime"));
    const QJsonArray expected = m_raw->allPages(
        QStringLiteral("DescribeDeviceList"),
        {{QStringLiteral("ProjectId"), m_project}, {QStringLiteral("DeviceType"), QStringLiteral("remote")}},
        QStringLiteral("Devices"));
    QCOMPARE(rows.size() - 1, expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject device = expected[i].toObject();
        QCOMPARE(rows[i + 1].value(0), device.value(QLatin1String("DeviceId")).toString());
        QCOMPARE(rows[i + 1].value(1), device.value(QLatin1String("DeviceName")).toString());
        QCOMPARE(rows[i + 1].value(2), QStringLiteral("remote"));
        QCOMPARE(rows[i + 1].value(4), m_project);
    }
}

void TestTrroStats::projectsMatchService()
{
    const CliRun run = cli({QStringLiteral("projects"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray projects = QJsonDocument::fromJson(run.out).array();
    const QJsonArray expected = m_raw->allPages(QStringLiteral("DescribeProjectList"), {},
                                                QStringLiteral("Projects"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(projects.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        for (const char *k : {"ProjectId", "ProjectName", "ProjectDescription", "PolicyMode"}) {
            QCOMPARE(projects[i].toObject().value(QLatin1String(k)).toString(),
                     expected[i].toObject().value(QLatin1String(k)).toString());
        }
    }
}

void TestTrroStats::sessionsMatchService()
{
    const qint64 from = m_to - 2 * 86400;
    const QString device = m_fieldDevices.first();
    const CliRun run = cli({QStringLiteral("sessions"), QStringLiteral("--project"), m_project,
                            QStringLiteral("--device"), device, QStringLiteral("--from"),
                            QString::number(from), QStringLiteral("--to"), QString::number(m_to),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    const QList<QStringList> rows = parseCsv(run.out);
    QCOMPARE(rows.value(0).join(QLatin1Char(',')),
             QStringLiteral("SessionId,FieldDeviceId,RemoteDeviceId,StartTime,EndTime,Resolution,"
                            "Quality"));
    const QJsonArray expected = m_raw->allPages(QStringLiteral("DescribeDeviceSessionList"),
                                                {{QStringLiteral("ProjectId"), m_project},
                                                 {QStringLiteral("DeviceId"), device},
                                                 {QStringLiteral("StartTime"), from},
                                                 {QStringLiteral("EndTime"), m_to}},
                                                QStringLiteral("DeviceSessionList"));
    QVERIFY2(!expected.isEmpty(), "the vehicle should have sessions in two days");
    QCOMPARE(rows.size() - 1, expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject s = expected[i].toObject();
        QCOMPARE(rows[i + 1].value(0), s.value(QLatin1String("SessionId")).toString());
        QCOMPARE(rows[i + 1].value(3).toLongLong(), s.value(QLatin1String("StartTime")).toInteger());
        QCOMPARE(rows[i + 1].value(6), s.value(QLatin1String("Quality")).toString());
    }
}

void TestTrroStats::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("keyName"); // cli | wrong | unknown | none | temp | temp-no-token
    QTest::addColumn<int>("expected");
    const QString p = sim::LocalService::demoProjectId();
    const QStringList stats{QStringLiteral("stats"), QStringLiteral("--project"), p,
                            QStringLiteral("--interval"), QStringLiteral("day"),
                            QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("ok") << stats << QStringLiteral("cli") << 0;
    QTest::newRow("temporary key with token") << stats << QStringLiteral("temp") << 0;
    QTest::newRow("wrong secret key") << stats << QStringLiteral("wrong") << 3;
    QTest::newRow("unknown SecretId") << stats << QStringLiteral("unknown") << 3;
    QTest::newRow("no credentials") << stats << QStringLiteral("none") << 3;
    QTest::newRow("temporary key without token") << stats << QStringLiteral("temp-no-token") << 3;
    QTest::newRow("unknown profile")
        << QStringList{QStringLiteral("--profile"), QStringLiteral("nobody")} + stats
        << QStringLiteral("none") << 3;
    QTest::newRow("unknown project")
        << QStringList{QStringLiteral("totals"), QStringLiteral("--project"), QStringLiteral("nope")}
        << QStringLiteral("cli") << 4;
    QTest::newRow("no command") << QStringList{} << QStringLiteral("cli") << 2;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("statz")} << QStringLiteral("cli") << 2;
    QTest::newRow("unknown option")
        << stats + QStringList{QStringLiteral("--colour")} << QStringLiteral("cli") << 2;
    QTest::newRow("missing project")
        << QStringList{QStringLiteral("stats"), QStringLiteral("--interval"), QStringLiteral("day")}
        << QStringLiteral("cli") << 2;
    QTest::newRow("missing interval")
        << QStringList{QStringLiteral("stats"), QStringLiteral("--project"), p} << QStringLiteral("cli") << 2;
    QTest::newRow("bad interval")
        << QStringList{QStringLiteral("stats"), QStringLiteral("--project"), p,
                       QStringLiteral("--interval"), QStringLiteral("week")}
        << QStringLiteral("cli") << 2;
    QTest::newRow("bad time") << stats + QStringList{QStringLiteral("--from"), QStringLiteral("yesterday")}
                              << QStringLiteral("cli") << 2;
    QTest::newRow("range inverted")
        << stats + QStringList{QStringLiteral("--from"), QStringLiteral("now"), QStringLiteral("--to"), QStringLiteral("-1d")}
        << QStringLiteral("cli") << 2;
    QTest::newRow("device and all devices")
        << stats + QStringList{QStringLiteral("--device"), QStringLiteral("x"), QStringLiteral("--all-devices")}
        << QStringLiteral("cli") << 2;
    QTest::newRow("bad format") << stats + QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                                << QStringLiteral("cli") << 2;
    QTest::newRow("bad timeout")
        << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon")} + stats << QStringLiteral("cli") << 2;
    QTest::newRow("extra argument") << stats + QStringList{QStringLiteral("extra")} << QStringLiteral("cli") << 2;
    QTest::newRow("bad type") << QStringList{QStringLiteral("devices"), QStringLiteral("--project"), p,
                                             QStringLiteral("--type"), QStringLiteral("car")}
                              << QStringLiteral("cli") << 2;
    QTest::newRow("demo with endpoint")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("projects")} << QStringLiteral("none") << 2;
}

void TestTrroStats::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, keyName);
    QFETCH(int, expected);
    Credentials credentials = CliKey;
    if (keyName == QLatin1String("wrong"))
        credentials.secretKey = QStringLiteral("notTheRightKey000000000000000000");
    else if (keyName == QLatin1String("unknown"))
        credentials.secretId = QStringLiteral("AKIDnobody000000000000000000000000");
    else if (keyName == QLatin1String("none"))
        credentials = {};
    else if (keyName == QLatin1String("temp"))
        credentials = TempKey;
    else if (keyName == QLatin1String("temp-no-token"))
        credentials = key("AKIDtemp0key0000000000000000000003", "tempSecretKey00000000000000000003");

    const CliRun run = cli(arguments, credentials);
    QVERIFY2(run.finished, run.err.constData());
    QVERIFY2(run.exitCode == expected, run.err.constData());
    if (expected != 0) {
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains("error"));
    }
    if (expected == 3 && keyName != QLatin1String("none"))
        QVERIFY2(run.err.contains("AuthFailure") && run.err.contains("RequestId"), run.err.constData());
    QVERIFY(!run.err.contains(credentials.secretKey.toUtf8()) || credentials.secretKey.isEmpty());
}

// Most answers of a second service (same fleet) are malformed: after the retries some series
// fail and some succeed. The rows of the successful ones are written, exactly, and the failed
// devices are listed on stderr.
void TestTrroStats::partialFailureKeepsTheOtherRows()
{
    sim::ServiceOptions options;
    options.keys = {CliKey};
    options.fleet = sim::FleetConfig::standard(20);
    options.faults.failureRate = 0.9;
    options.faults.http5xx = false;
    options.faults.internalError = false;
    options.faults.slow = false;
    options.faults.dropConnection = false;
    options.faults.rateLimit = false;
    sim::LocalService flaky(options);
    QVERIFY(flaky.listen());

    const qint64 from = m_to - 3 * 86400;
    QStringList arguments{QStringLiteral("--endpoint"), flaky.url().toString(),
                          QStringLiteral("stats"),      QStringLiteral("--project"),
                          m_project,                    QStringLiteral("--interval"),
                          QStringLiteral("day"),        QStringLiteral("--from"),
                          QString::number(from),        QStringLiteral("--to"),
                          QString::number(m_to),        QStringLiteral("--format"),
                          QStringLiteral("csv")};
    for (const QString &device : std::as_const(m_fieldDevices))
        arguments << QStringLiteral("--device") << device;
    const CliRun run = runTrroStats(arguments, cliEnvironment(CliKey));
    QVERIFY2(run.finished, run.err.constData());
    QVERIFY2(run.exitCode == 1, run.err.constData());

    QStringList succeeded;
    QStringList failed;
    for (const QString &device : std::as_const(m_fieldDevices)) {
        const QByteArray line = "error: device " + device.toUtf8() + ": ";
        const bool listed = run.err.contains(line);
        (listed ? failed : succeeded).append(device);
    }
    QVERIFY(!succeeded.isEmpty());
    QVERIFY(!failed.isEmpty());
    const QByteArray summary = QByteArray::number(failed.size()) + " of 20 series failed";
    QVERIFY2(run.err.contains(summary), run.err.constData());
    QCOMPARE(csvRows(run.out), expectedRows(QStringLiteral("day"), succeeded, from, m_to));
}

void TestTrroStats::unreachableEndpointExits5()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcessEnvironment env = cliEnvironment(CliKey);
    const CliRun run = runTrroStats({QStringLiteral("--endpoint"),
                                     QStringLiteral("http://127.0.0.1:%1").arg(port),
                                     QStringLiteral("projects"), QStringLiteral("--format"),
                                     QStringLiteral("csv")},
                                    env);
    QVERIFY2(run.finished, run.err.constData());
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.trimmed().isEmpty());
}

void TestTrroStats::faultsAfterRetries_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("expected");
    QTest::newRow("malformed JSON") << QStringLiteral("malformed") << 6;
    QTest::newRow("InternalError") << QStringLiteral("internal") << 4;
    QTest::newRow("HTTP 5xx") << QStringLiteral("5xx") << 5;
    QTest::newRow("slower than --timeout") << QStringLiteral("slow") << 5;
}

void TestTrroStats::faultsAfterRetries()
{
    QFETCH(QString, fault);
    QFETCH(int, expected);
    sim::ServiceOptions options;
    options.keys = {CliKey};
    options.fleet = sim::FleetConfig::standard(20);
    options.faults.failureRate = 1.0;
    options.faults.http5xx = fault == QLatin1String("5xx");
    options.faults.internalError = fault == QLatin1String("internal");
    options.faults.malformedJson = fault == QLatin1String("malformed");
    options.faults.slow = fault == QLatin1String("slow");
    options.faults.slowMs = 5000;
    options.faults.dropConnection = false;
    options.faults.rateLimit = false;
    sim::LocalService faulty(options);
    QVERIFY(faulty.listen());
    QStringList arguments{QStringLiteral("--endpoint"), faulty.url().toString(),
                          QStringLiteral("totals"), QStringLiteral("--project"), m_project,
                          QStringLiteral("--format"), QStringLiteral("csv")};
    if (fault == QLatin1String("slow"))
        arguments = QStringList{QStringLiteral("--timeout"), QStringLiteral("1")} + arguments;
    const CliRun run = runTrroStats(arguments, cliEnvironment(CliKey));
    QVERIFY2(run.finished, run.err.constData());
    QVERIFY2(run.exitCode == expected, run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(faulty.requestLog().size() > 1); // retried before giving up
}

void TestTrroStats::exampleModeKeepsRowsAndWarns()
{
    sim::ServiceOptions options;
    options.keys = {CliKey};
    options.fleet = sim::FleetConfig::standard(20);
    options.exampleMode = true;
    sim::LocalService example(options);
    QVERIFY(example.listen());
    const CliRun run = runTrroStats({QStringLiteral("--endpoint"), example.url().toString(),
                                     QStringLiteral("stats"), QStringLiteral("--project"),
                                     QStringLiteral("abcdefg"), QStringLiteral("--interval"),
                                     QStringLiteral("hour"), QStringLiteral("--device"),
                                     QStringLiteral("dev2"), QStringLiteral("--format"),
                                     QStringLiteral("csv")},
                                    cliEnvironment(CliKey));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList expected{IntervalHeader,
                               QStringLiteral("dev2,1661151600,1661152600,1,20,50,1,0"),
                               QStringLiteral("dev2,1661162400,1661152600,2,20,10,1,0"),
                               QStringLiteral("dev2,1661166000,1661176000,4,604,20,1,1"),
                               QStringLiteral("dev2,1661166000,1661176000,1,10,30,1,0")};
    QCOMPARE(csvRows(run.out), expected);
    QVERIFY2(run.err.contains("warning"), run.err.constData());
    QVERIFY2(run.err.contains("dev2"), run.err.constData());
}

void TestTrroStats::verboseNeverShowsSecrets()
{
    const CliRun run = cli({QStringLiteral("--verbose"), QStringLiteral("stats"),
                            QStringLiteral("--project"), m_project, QStringLiteral("--interval"),
                            QStringLiteral("day"), QStringLiteral("--format"), QStringLiteral("csv")},
                           TempKey);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("DescribeSessionStatisticsByInterval"), run.err.constData());
    for (const QString &secret : {TempKey.secretKey, TempKey.sessionToken}) {
        QVERIFY2(!run.err.contains(secret.toUtf8()), run.err.constData());
        QVERIFY(!run.out.contains(secret.toUtf8()));
    }

    QProcessEnvironment env = cliEnvironment({});
    const CliRun demo = runTrroStats({QStringLiteral("--demo"), QStringLiteral("--verbose"),
                                      QStringLiteral("projects"), QStringLiteral("--format"),
                                      QStringLiteral("csv")},
                                     env);
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    QVERIFY(!demo.err.isEmpty());
    const QByteArray demoKey = sim::LocalService::demoCredentials().secretKey.toUtf8();
    QVERIFY(!demo.err.contains(demoKey));
    QVERIFY(!demo.out.contains(demoKey));
}

void TestTrroStats::outputFileIsAtomic()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("week.json"));
    const QStringList arguments{QStringLiteral("stats"), QStringLiteral("--project"), m_project,
                                QStringLiteral("--interval"), QStringLiteral("day"),
                                QStringLiteral("--output"), path};
    CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    file.close();
    QVERIFY(QJsonDocument::fromJson(written).isArray()); // format from the suffix
    QVERIFY(!QJsonDocument::fromJson(written).array().isEmpty());

    // A failed run leaves the previous file alone and no temporary files behind.
    Credentials wrong = CliKey;
    wrong.secretKey = QStringLiteral("notTheRightKey000000000000000000");
    run = cli(arguments, wrong);
    QCOMPARE(run.exitCode, 3);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), written);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("week.json")});
}

void TestTrroStats::tableIsForPeople_data()
{
    QTest::addColumn<QByteArray>("tz");
    QTest::addColumn<QString>("zone");
    QTest::newRow("UTC") << QByteArray("UTC") << QStringLiteral(" UTC");
    QTest::newRow("China") << QByteArray("Asia/Shanghai") << QStringLiteral(" +08:00");
}

void TestTrroStats::tableIsForPeople()
{
    QFETCH(QByteArray, tz);
    QFETCH(QString, zone);
    const CliRun run = cli({QStringLiteral("stats"), QStringLiteral("--project"), m_project,
                            QStringLiteral("--interval"), QStringLiteral("day"),
                            QStringLiteral("--format"), QStringLiteral("table")},
                           CliKey, tz);
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    QVERIFY(lines[0].contains(QLatin1String("Sessions")));
    QVERIFY(lines[1].startsWith(QLatin1String("---")));
    for (const QString &line : lines.mid(2)) {
        QVERIFY2(line.contains(zone), qPrintable(line));
    }
    // Aligned: every row is as wide as the rule, up to the last (right-aligned) column.
    for (const QString &line : lines.mid(2))
        QCOMPARE(line.size(), lines[1].size());
}

void TestTrroStats::demoNeedsNoCredentials()
{
    const CliRun run = runTrroStats({QStringLiteral("--demo"), QStringLiteral("stats"),
                                     QStringLiteral("--interval"), QStringLiteral("day"),
                                     QStringLiteral("--format"), QStringLiteral("json")},
                                    cliEnvironment({}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
    QVERIFY2(rows.size() >= 7, "the demo's last 7 days are populated");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const QJsonValue &row : rows) {
        const qint64 start = row.toObject().value(QLatin1String("StartTime")).toInteger();
        QVERIFY(start >= now - 8 * 86400 && start <= now);
    }
}

QTEST_GUILESS_MAIN(TestTrroStats)
#include "tst_trrostats.moc"
