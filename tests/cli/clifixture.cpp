#include "clifixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace trro::test {

Credentials makeKey(const char *id, const char *secret, const char *token) {
    Credentials c;
    c.secretId = QLatin1String(id);
    c.secretKey = QLatin1String(secret);
    c.sessionToken = QLatin1String(token);
    return c;
}

const Credentials CliKey =
    makeKey("AKIDcli0test0key000000000000000001", "cliSecretKey0000000000000000000001");
const Credentials ExpectKey =
    makeKey("AKIDexpect0key00000000000000000002", "expectSecretKey000000000000000002");
const Credentials TempKey = makeKey("AKIDtemp0key0000000000000000000003",
                                    "tempSecretKey00000000000000000003", "sessionToken0003");

Credentials keyNamed(const QString &name) {
    Credentials credentials = CliKey;
    if (name == QLatin1String("wrong"))
        credentials.secretKey = QStringLiteral("notTheRightKey000000000000000000");
    else if (name == QLatin1String("unknown"))
        credentials.secretId = QStringLiteral("AKIDnobody000000000000000000000000");
    else if (name == QLatin1String("none"))
        credentials = {};
    else if (name == QLatin1String("temp"))
        credentials = TempKey;
    else if (name == QLatin1String("temp-no-token"))
        credentials =
            makeKey("AKIDtemp0key0000000000000000000003", "tempSecretKey00000000000000000003");
    return credentials;
}

sim::ServiceOptions cliService() {
    sim::ServiceOptions options;
    options.keys = {CliKey};
    options.fleet = sim::FleetConfig::standard(20);
    return options;
}

sim::ServiceOptions faultyService(const QString &fault, double failureRate) {
    sim::ServiceOptions options = cliService();
    options.faults.failureRate = failureRate;
    options.faults.http5xx = fault == QLatin1String("5xx");
    options.faults.internalError = fault == QLatin1String("internal");
    options.faults.malformedJson = fault == QLatin1String("malformed");
    options.faults.slow = fault == QLatin1String("slow");
    options.faults.dropConnection = false;
    options.faults.rateLimit = false;
    return options;
}

QString bucketRow(const QString &deviceId, const QJsonObject &bucket) {
    QStringList fields{deviceId};
    for (const QString &k : IntegerKeys)
        fields.append(QString::number(bucket.value(k).toInteger()));
    return fields.join(QLatin1Char(','));
}

// The end of the tests' range: a past hour (so that sessions still running cannot change the
// answers) in the working hours of a Wednesday to Friday, China time, at least six hours ago.
// The synthetic fleet follows the week (excavators rest at weekends): a range ending "six hours
// ago" on a Sunday held too few sessions for the tests' questions.
namespace {
qint64 busyPastHour(qint64 now) {
    constexpr qint64 China = 8 * 3600;
    qint64 hour = now / 3600 - 6;
    for (int i = 0; i < 7 * 24; ++i, --hour) {
        const qint64 local = hour * 3600 + China;
        const int weekday = int((local / 86400 + 3) % 7); // Monday 0; 1970-01-01 was a Thursday
        const int localHour = int((local / 3600) % 24);
        if (weekday >= 2 && weekday <= 4 && localHour >= 10 && localHour <= 16)
            break;
    }
    return hour * 3600;
}
} // namespace

bool CliFixture::start() {
    sim::ServiceOptions options;
    options.keys = {CliKey, ExpectKey, TempKey};
    options.fleet = sim::FleetConfig::standard(20); // 20 vehicles and 12 cockpits
    m_service = std::make_unique<sim::LocalService>(options);
    if (!m_service->listen())
        return false;
    m_raw = std::make_unique<RawClient>(m_service->url(), ExpectKey);
    project = sim::LocalService::demoProjectId();
    rangeEnd = busyPastHour(m_service->serviceTime());

    const QJsonArray devices =
        m_raw->allPages(QStringLiteral("DescribeDeviceList"),
                        {{QStringLiteral("ProjectId"), project}}, QStringLiteral("Devices"));
    for (const QJsonValue &value : devices) {
        const QJsonObject device = value.toObject();
        const QString id = device.value(QLatin1String("DeviceId")).toString();
        if (device.value(QLatin1String("DeviceType")).toString() == QLatin1String("remote"))
            remoteDevices.append(id);
        else
            fieldDevices.append(id);
    }
    fieldDevices.sort();
    remoteDevices.sort();
    return fieldDevices.size() >= 3 && !remoteDevices.isEmpty();
}

CliRun CliFixture::cli(const QStringList &arguments, const Credentials &credentials,
                       const QByteArray &tz, const QStringList &environment) {
    CliCall call;
    call.endpoint = m_service->url().toString();
    call.credentials = credentials;
    call.tz = QString::fromLatin1(tz);
    call.environment = environment;
    return runCli(arguments, call);
}

void CliFixture::checkUsageError(const QStringList &arguments, const QString &message,
                                 CliRun *run) {
    m_service->clearRequestLog();
    const CliRun refused = cli(arguments);
    if (run)
        *run = refused;
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(QString::fromUtf8(refused.err).contains(message), refused.err.constData());
    QCOMPARE(m_service->requestLog().size(), 0); // nothing is asked for
}

QJsonObject CliFixture::totals(qint64 from, const QString &device) {
    QJsonObject params{{QStringLiteral("ProjectId"), project},
                       {QStringLiteral("StartTime"), from},
                       {QStringLiteral("EndTime"), rangeEnd}};
    if (!device.isEmpty())
        params.insert(QStringLiteral("DeviceId"), device);
    return m_raw->call(QStringLiteral("DescribeSessionStatistics"), params);
}

QStringList CliFixture::stats(const QString &interval, qint64 from, qint64 to,
                              const QStringList &more) const {
    return stats(interval, QString::number(from), QString::number(to), more);
}

QStringList CliFixture::stats(const QString &interval, const QString &from, const QString &to,
                              const QStringList &more) const {
    return QStringList{QStringLiteral("stats"),
                       QStringLiteral("--project"),
                       project,
                       QStringLiteral("--interval"),
                       interval,
                       QStringLiteral("--from"),
                       from,
                       QStringLiteral("--to"),
                       to} +
           more;
}

// Rows as the CLI must write them: every bucket of every device, DeviceId then StartTime
// (stable), computed from raw responses.
QStringList CliFixture::expectedRows(const QString &interval, const QStringList &devices,
                                     qint64 from, qint64 to) {
    struct Row {
        QString device;
        qint64 start;
        QString text;
    };
    QList<Row> rows;
    QStringList ids = devices.isEmpty() ? QStringList{QString()} : devices;
    ids.removeDuplicates();
    for (const QString &device : std::as_const(ids)) {
        QJsonObject params{{QStringLiteral("ProjectId"), project},
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

} // namespace trro::test
