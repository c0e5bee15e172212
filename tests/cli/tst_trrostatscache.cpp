// trro-stats with the statistics cache it shares with the dashboard: a second run asks the
// service for nothing it already knows and writes the same rows; --no-cache asks for all of it;
// "cache info|clear|limit"; cached rows served when the service is gone (exit status 1, said on
// stderr); a damaged cache file set aside with a warning.

#include "clifixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace trro;
using namespace trro::test;

namespace {

const QString StatsAction = QStringLiteral("DescribeSessionStatisticsByInterval");

// Moves every fetch time of the cache file back by seconds.
bool ageCache(const QString &path, qint64 seconds) {
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open() &&
             q.prepare(QStringLiteral("UPDATE pieces SET fetched_at = fetched_at - ?")) &&
             (q.addBindValue(seconds), q.exec()) && q.numRowsAffected() > 0;
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("age"));
    return ok;
}

qsizetype statsRequests(const sim::LocalService &service) {
    qsizetype n = 0;
    for (const auto &record : service.requestLog())
        n += record.action == StatsAction ? 1 : 0;
    return n;
}

} // namespace

class TestTrroStatsCache final : public CliTestCase {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void secondRunUsesTheCache();
    void cacheInfoClearAndLimit();
    void offlineServesCachedRows();
    void offlineNeverPrintsPartOfABucket();
    void damagedCacheIsSetAside();

private:
    // trro-stats against service with CliKey and this test's own cache folder.
    CliRun run(const sim::LocalService &service, const QStringList &arguments) const;
    // CliKey, UTC and the test's own cache folder, against url.
    CliCall call(const QString &url) const {
        CliCall call = keyedCall(CliKey, url);
        call.tz = QStringLiteral("UTC");
        call.cacheHome = m_cacheHome->path();
        return call;
    }
    QStringList statsArguments(const QStringList &devices) const;
    QString cacheFile() const {
        return m_cacheHome->filePath(QStringLiteral("trro-dashboard/stats-cache.sqlite"));
    }
    QJsonObject info(const sim::LocalService &service) const;

    std::unique_ptr<QTemporaryDir> m_cacheHome;
};

void TestTrroStatsCache::init() {
    m_cacheHome = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cacheHome->isValid());
}

CliRun TestTrroStatsCache::run(const sim::LocalService &service,
                               const QStringList &arguments) const {
    return runCli(arguments, call(service.url().toString()));
}

QStringList TestTrroStatsCache::statsArguments(const QStringList &devices) const {
    QStringList arguments =
        m_f.stats(QStringLiteral("hour"), m_f.rangeEnd - 2 * 86400, m_f.rangeEnd,
                  QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    for (const QString &device : devices)
        arguments << QStringLiteral("--device") << device;
    return arguments;
}

QJsonObject TestTrroStatsCache::info(const sim::LocalService &service) const {
    const CliRun r = run(service, {QStringLiteral("cache"), QStringLiteral("info"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
    if (!r.finished || r.exitCode != 0)
        qWarning("cache info: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

void TestTrroStatsCache::secondRunUsesTheCache() {
    sim::LocalService &service = *m_f.service();
    const QStringList devices = m_f.fieldDevices.mid(0, 6);
    const QStringList expected =
        m_f.expectedRows(QStringLiteral("hour"), devices, m_f.rangeEnd - 2 * 86400, m_f.rangeEnd);
    QVERIFY(expected.size() > devices.size());

    service.clearRequestLog();
    const CliRun cold = run(service, statsArguments(devices));
    QVERIFY2(cold.finished && cold.exitCode == 0, cold.err.constData());
    QCOMPARE(csvRows(cold.out), expected);
    QCOMPARE(statsRequests(service), devices.size());

    // The range is closed: every bucket is settled and comes from the cache.
    service.clearRequestLog();
    const CliRun warm = run(service, statsArguments(devices));
    QVERIFY2(warm.finished && warm.exitCode == 0, warm.err.constData());
    QCOMPARE(csvRows(warm.out), expected);
    QCOMPARE(statsRequests(service), 0);

    // A range inside the cached one needs nothing either.
    service.clearRequestLog();
    QStringList inner = statsArguments(devices.mid(0, 2));
    inner[inner.indexOf(QStringLiteral("--from")) + 1] = QString::number(m_f.rangeEnd - 86400);
    const CliRun part = run(service, inner);
    QVERIFY2(part.finished && part.exitCode == 0, part.err.constData());
    QCOMPARE(statsRequests(service), 0); // before the expected rows are asked for
    QCOMPARE(csvRows(part.out), m_f.expectedRows(QStringLiteral("hour"), devices.mid(0, 2),
                                                 m_f.rangeEnd - 86400, m_f.rangeEnd));

    // --no-cache asks the service for every series and leaves the cache file alone.
    const QByteArray before = [this] {
        QFile file(cacheFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    service.clearRequestLog();
    const CliRun direct =
        run(service, QStringList{QStringLiteral("--no-cache")} + statsArguments(devices));
    QVERIFY2(direct.finished && direct.exitCode == 0, direct.err.constData());
    QCOMPARE(csvRows(direct.out), expected);
    QCOMPARE(statsRequests(service), devices.size());
    QFile after(cacheFile());
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void TestTrroStatsCache::cacheInfoClearAndLimit() {
    sim::LocalService &service = *m_f.service();
    QJsonObject state = info(service);
    QCOMPARE(state.value(QLatin1String("Usable")).toString(), QStringLiteral("yes"));
    QCOMPARE(state.value(QLatin1String("Series")).toInteger(), 0);
    QCOMPARE(state.value(QLatin1String("Path")).toString(), cacheFile());

    const QStringList devices = m_f.fieldDevices.mid(0, 3);
    const CliRun fill = run(service, statsArguments(devices));
    QVERIFY2(fill.finished && fill.exitCode == 0, fill.err.constData());
    state = info(service);
    QCOMPARE(state.value(QLatin1String("Series")).toInteger(), devices.size());
    QVERIFY(state.value(QLatin1String("Pieces")).toInteger() >= devices.size());
    QVERIFY(state.value(QLatin1String("DataBytes")).toInteger() > 0);
    QVERIFY(QDateTime::fromString(state.value(QLatin1String("NewestFetch")).toString(), Qt::ISODate)
                .isValid());

    const CliRun limit =
        run(service, {QStringLiteral("cache"), QStringLiteral("limit"), QStringLiteral("3M")});
    QVERIFY2(limit.finished && limit.exitCode == 0, limit.err.constData());
    QCOMPARE(info(service).value(QLatin1String("LimitBytes")).toInteger(), 3 * 1024 * 1024);
    for (const char *bad : {"lots", "5X", "12.5M", "100"}) {
        const CliRun r =
            run(service, {QStringLiteral("cache"), QStringLiteral("limit"), QLatin1String(bad)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cache limit"), r.err.constData());
    }

    const CliRun clear = run(service, {QStringLiteral("cache"), QStringLiteral("clear")});
    QVERIFY2(clear.finished && clear.exitCode == 0, clear.err.constData());
    state = info(service);
    QCOMPARE(state.value(QLatin1String("Series")).toInteger(), 0);
    QCOMPARE(state.value(QLatin1String("Pieces")).toInteger(), 0);
    QCOMPARE(state.value(QLatin1String("LimitBytes")).toInteger(), 3 * 1024 * 1024);

    service.clearRequestLog();
    const CliRun again = run(service, statsArguments(devices));
    QVERIFY2(again.finished && again.exitCode == 0, again.err.constData());
    QCOMPARE(statsRequests(service), devices.size());
}

void TestTrroStatsCache::offlineServesCachedRows() {
    // A service of its own: it is shut down half-way.
    sim::LocalService service(cliService());
    QVERIFY(service.listen());
    // Up to now: the recent hours are not settled, a later run has to ask for them.
    const QStringList devices = m_f.fieldDevices.mid(0, 3);
    QStringList arguments = statsArguments(devices);
    // "now" as a number, so that both runs ask the same question.
    arguments[arguments.indexOf(QStringLiteral("--to")) + 1] =
        QString::number(service.serviceTime());
    const CliRun online = run(service, arguments);
    QVERIFY2(online.finished && online.exitCode == 0, online.err.constData());
    QVERIFY(csvRows(online.out).size() > devices.size());
    const QString url = service.url().toString();
    service.close();
    // Ten minutes later: what was recent then has to be asked for again.
    QVERIFY(ageCache(cacheFile(), 600));

    const CliRun offline = runCli(
        QStringList{QStringLiteral("--timeout"), QStringLiteral("5")} + arguments, call(url));
    QVERIFY2(offline.finished, offline.err.constData());
    QCOMPARE(offline.exitCode, 1);
    QCOMPARE(csvRows(offline.out), csvRows(online.out));
    QVERIFY2(offline.err.contains("could not be reached"), offline.err.constData());
    QVERIFY2(offline.err.contains("10 minutes old"), offline.err.constData());
    QVERIFY2(offline.err.contains("3 of 3 series came from the local cache"),
             offline.err.constData());

    // Without the cache the same run has nothing to write.
    const CliRun direct = runCli(QStringList{QStringLiteral("--no-cache")} + arguments, call(url));
    QCOMPARE(direct.exitCode, 5);
    QVERIFY(direct.out.isEmpty());
}

void TestTrroStatsCache::offlineNeverPrintsPartOfABucket() {
    sim::LocalService service(cliService());
    QVERIFY(service.listen());
    // Two China days, well settled; the first run asks from noon of the first one.
    const qint64 day = ((m_f.rangeEnd + 8 * 3600) / 86400) * 86400 - 8 * 3600 - 3 * 86400;
    const auto days = [&](qint64 from) {
        return m_f.stats(QStringLiteral("day"), from, day + 2 * 86400,
                         QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    };
    const CliRun noon = run(service, days(day + 12 * 3600));
    QVERIFY2(noon.finished && noon.exitCode == 0, noon.err.constData());
    const CliRun whole = run(service, QStringList{QStringLiteral("--no-cache")} + days(day));
    QVERIFY2(whole.finished && whole.exitCode == 0, whole.err.constData());
    const QStringList truth = csvRows(whole.out); // header, the first day, the second day
    QCOMPARE(truth.size(), 3);
    QVERIFY(csvRows(noon.out).at(1) != truth.at(1)); // half a day is not the day
    const QString url = service.url().toString();
    service.close();

    const CliRun offline = runCli(
        QStringList{QStringLiteral("--timeout"), QStringLiteral("5")} + days(day), call(url));
    QVERIFY2(offline.finished, offline.err.constData());
    QCOMPARE(offline.exitCode, 1);
    // The first day is not printed from its afternoon; the second day is exactly the service's.
    QCOMPARE(csvRows(offline.out), (QStringList{truth.at(0), truth.at(2)}));
    const QByteArray missingFrom =
        QDateTime::fromSecsSinceEpoch(day, QTimeZone::utc()).toString(Qt::ISODate).toUtf8();
    QVERIFY2(offline.err.contains("Not in the cache"), offline.err.constData());
    QVERIFY2(offline.err.contains(missingFrom), offline.err.constData());
    QVERIFY2(!offline.err.contains("leaves empty intervals out"), offline.err.constData());
}

void TestTrroStatsCache::damagedCacheIsSetAside() {
    QVERIFY(QDir().mkpath(QFileInfo(cacheFile()).absolutePath()));
    QFile file(cacheFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    const QStringList devices = m_f.fieldDevices.mid(0, 2);
    const CliRun r = run(*m_f.service(), statsArguments(devices));
    QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    QCOMPARE(csvRows(r.out), m_f.expectedRows(QStringLiteral("hour"), devices,
                                              m_f.rangeEnd - 2 * 86400, m_f.rangeEnd));
    QVERIFY2(r.err.contains("warning") && r.err.contains("set aside"), r.err.constData());
    const QStringList aside =
        QFileInfo(cacheFile())
            .dir()
            .entryList({QStringLiteral("stats-cache.sqlite.broken-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(info(*m_f.service()).value(QLatin1String("Series")).toInteger(), devices.size());
}

QTEST_GUILESS_MAIN(TestTrroStatsCache)
#include "tst_trrostatscache.moc"
