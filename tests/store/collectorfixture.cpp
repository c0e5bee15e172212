#include "collectorfixture.h"

#include "apiclient.h"
#include "storeplan.h"

#include <QFile>
#include <QTest>
#include <algorithm>
#include <csignal>

namespace trro::test {
namespace {

Credentials key(const char *id, const char *secret) {
    Credentials c;
    c.secretId = QLatin1String(id);
    c.secretKey = QLatin1String(secret);
    return c;
}

template <typename T>
T await(const std::function<void(std::function<void(const Result<T> &)>)> &call) {
    T value{};
    bool done = false;
    call([&](const Result<T> &result) {
        if (result.ok())
            value = result.value();
        else
            qWarning("expected values: %s", qPrintable(result.error().userMessage()));
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        qWarning("expected values: no answer");
    return value;
}

constexpr qint64 SettleSec = 3 * 3600; // the collector's

} // namespace

const Credentials CollectorKey =
    key("AKIDcollector0key000000000000000001", "collectorSecretKey00000000000000001");
const Credentials ExpectKey =
    key("AKIDexpect0key00000000000000000002", "expectSecretKey000000000000000002");

CollectorProcess::~CollectorProcess() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

void CollectorProcess::start(const QStringList &arguments, const QProcessEnvironment &environment) {
    m_process.setProcessEnvironment(environment);
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                     [this] { m_err += m_process.readAllStandardError(); });
    m_process.start(QStringLiteral(TRRO_COLLECTOR_BINARY), arguments);
}

bool CollectorProcess::waitForError(const QString &text, int timeoutMs) {
    return QTest::qWaitFor(
               [&] {
                   m_err += m_process.readAllStandardError();
                   return error().contains(text) || m_process.state() == QProcess::NotRunning;
               },
               timeoutMs) &&
           error().contains(text);
}

int CollectorProcess::finish(int timeoutMs) {
    if (!QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs))
        return -1;
    m_err += m_process.readAllStandardError();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void CollectorProcess::killHard() {
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(10000);
}

bool CollectorFixture::start() {
    sim::ServiceOptions options;
    options.keys = {CollectorKey, ExpectKey};
    options.fleet = sim::FleetConfig::standard(20); // 20 vehicles and 12 cockpits
    service = std::make_unique<sim::LocalService>(options);
    if (!service->listen() || !credentialsDir.isValid())
        return false;
    project = sim::LocalService::demoProjectId();
    ApiStackOptions stackOptions;
    stackOptions.cacheEnabled = false;
    stackOptions.timeoutMs = 10000;
    stack = std::make_unique<ApiStack>(stackOptions);
    stack->configure(Endpoint::parse(service->url().toString()), ExpectKey);
    QFile id(credentialsDir.filePath(QStringLiteral("tencentcloud-secret-id")));
    QFile secret(credentialsDir.filePath(QStringLiteral("tencentcloud-secret-key")));
    return id.open(QIODevice::WriteOnly) && id.write(CollectorKey.secretId.toUtf8() + '\n') > 0 &&
           secret.open(QIODevice::WriteOnly) && secret.write(CollectorKey.secretKey.toUtf8()) > 0;
}

QProcessEnvironment CollectorFixture::environment() const {
    QProcessEnvironment env;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &name : system.keys()) {
        if (!name.startsWith(QLatin1String("TENCENTCLOUD_")) &&
            !name.startsWith(QLatin1String("TRRO_")) && !name.startsWith(QLatin1String("PG")))
            env.insert(name, system.value(name));
    }
    env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentialsDir.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

QStringList CollectorFixture::arguments(const QString &storeUrl, const QStringList &more) const {
    return QStringList{QStringLiteral("--store"),    storeUrl,
                       QStringLiteral("--project"),  project,
                       QStringLiteral("--endpoint"), service->url().toString()} +
           more;
}

StoreScope CollectorFixture::scope() const {
    return {Endpoint::parse(service->url().toString()).toString(), CollectorKey.secretId};
}

qint64 CollectorFixture::collectorRequests(const QString &action) const {
    const auto log = service->requestLog();
    return std::count_if(log.cbegin(), log.cend(), [&](const sim::LocalService::RequestRecord &r) {
        return r.action == action && r.secretId == CollectorKey.secretId && r.errorCode.isEmpty();
    });
}

QList<Device> CollectorFixture::expectedDevices() {
    QList<Device> devices = await<QList<Device>>(
        [&](auto done) { stack->api()->devices(project, {}, stack.get(), done); });
    std::sort(devices.begin(), devices.end(),
              [](const Device &a, const Device &b) { return a.deviceId < b.deviceId; });
    return devices;
}

QStringList CollectorFixture::deviceIds() {
    QStringList ids;
    for (const Device &device : expectedDevices())
        ids << device.deviceId;
    return ids;
}

QList<IntervalBucket> CollectorFixture::expectedBuckets(const QString &deviceId, Interval interval,
                                                        qint64 from, qint64 to) {
    StatsQuery query{project, deviceId, interval, from, to};
    return await<IntervalSeries>(
               [&](auto done) { stack->api()->intervalStatistics(query, stack.get(), done); })
        .buckets;
}

QList<DeviceSession> CollectorFixture::expectedSessions(qint64 from, qint64 to) {
    QList<DeviceSession> sessions = await<QList<DeviceSession>>([&](auto done) {
        stack->api()->deviceSessions(project, QString(), from, to, stack.get(), done);
    });
    std::sort(sessions.begin(), sessions.end(), [](const DeviceSession &a, const DeviceSession &b) {
        return std::tie(a.startTime, a.sessionId) < std::tie(b.startTime, b.sessionId);
    });
    return sessions;
}

QString CollectorFixture::compareStore(PgStore &store, qint64 since, qint64 startedAt) {
    const qint64 now = service->serviceTime();
    QStringList series{QString()};
    series += deviceIds();
    // Ids, names and types (the status moves with the time of the question).
    const auto identity = [](const QList<Device> &devices) {
        QStringList out;
        for (const Device &d : devices)
            out << d.deviceId + u'/' + d.deviceName + u'/' + deviceTypeName(d.deviceType);
        return out;
    };
    if (identity(store.devices(scope(), project)) != identity(expectedDevices()))
        return QStringLiteral("the device list differs");
    for (const Interval interval : {Interval::Hour, Interval::Day}) {
        const qint64 from = storeBucketFloor(interval, since);
        const qint64 to = storeBucketFloor(interval, startedAt - SettleSec);
        const qint64 limit = storeBucketFloor(interval, now - SettleSec);
        for (const QString &id : std::as_const(series)) {
            const QList<IntervalBucket> expected = expectedBuckets(id, interval, from, to);
            const QList<IntervalBucket> stored =
                store.buckets(scope(), {project, id, interval}, from, to);
            if (stored != expected)
                return QStringLiteral("%1 %2: %3 buckets stored, %4 expected")
                    .arg(intervalName(interval), id.isEmpty() ? QStringLiteral("fleet") : id)
                    .arg(stored.size())
                    .arg(expected.size());
            const qint64 mark = store.settledMarks(scope(), project, interval).value(id);
            if (mark < to || mark > limit)
                return QStringLiteral("%1 %2: settled up to %3, not in [%4, %5]")
                    .arg(intervalName(interval), id)
                    .arg(mark)
                    .arg(to)
                    .arg(limit);
        }
    }
    const qint64 from = storeBucketFloor(Interval::Hour, since);
    const qint64 to = storeBucketFloor(Interval::Hour, startedAt - SettleSec);
    const qint64 mark = store.sessionsSettledUntil(scope(), project);
    if (mark < to || mark > storeBucketFloor(Interval::Hour, now - SettleSec))
        return QStringLiteral("sessions: settled up to %1, not from %2 to now - 3 h")
            .arg(mark)
            .arg(to);
    const QList<DeviceSession> stored = store.sessions(scope(), project, from, to);
    const QList<DeviceSession> expected = expectedSessions(from, to);
    if (stored != expected)
        return QStringLiteral("sessions: %1 stored, %2 expected")
            .arg(stored.size())
            .arg(expected.size());
    return QString();
}

} // namespace trro::test
