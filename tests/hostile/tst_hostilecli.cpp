// trro-stats end to end against a misbehaving service on loopback: each bound shows in the
// exit code, the time taken, the memory used, the message, and in what reaches the output and
// the statistics cache.
#include "clirun.h"
#include "hostileserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>

using namespace trro;
using namespace trro::test;

namespace {

constexpr qint64 Hour = 3600;

Credentials cliKey() {
    Credentials c;
    c.secretId = QStringLiteral("AKIDhostilecli");
    c.secretKey = QStringLiteral("hostile-cli-secret");
    return c;
}

// `stats` of project, hourly, from to to, as CSV.
QStringList hourlyCsv(const QString &project, qint64 from, qint64 to) {
    return {QStringLiteral("stats"),      QStringLiteral("--project"), project,
            QStringLiteral("--interval"), QStringLiteral("hour"),      QStringLiteral("--from"),
            QString::number(from),        QStringLiteral("--to"),      QString::number(to),
            QStringLiteral("--format"),   QStringLiteral("csv")};
}

// Largest resident set of any child process waited for so far, in bytes.
qint64 childrenPeakRss() {
    struct rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

} // namespace

class TestHostileCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void floodStaysWithinMemory(); // first: the peak RSS of the children is this run's
    void trickleEndsAtTheTimeout();
    void badNumbersAreNotWritten();
    void escapeSequencesNeverReachTheTerminal();
    void csvCellsAreGuarded();
    void headerInjectionIsRefused_data();
    void headerInjectionIsRefused();
    void futureClockCannotPoisonTheCache();
    void editedCacheRowsAreNotServed();

private:
    CliRun run(const QStringList &arguments, const QStringList &environment = {});
    QString cachePath() const;

    HostileServer m_server;
    QTemporaryDir m_home;
    qint64 m_hourEnd = 0; // a whole hour well in the past
};

void TestHostileCli::initTestCase() {
    QVERIFY(m_server.listen());
    QVERIFY(m_home.isValid());
    m_hourEnd = (QDateTime::currentSecsSinceEpoch() / Hour - 6) * Hour;
}

CliRun TestHostileCli::run(const QStringList &arguments, const QStringList &environment) {
    CliCall call;
    call.endpoint = m_server.url().toString();
    call.credentials = cliKey();
    call.cacheHome = m_home.filePath(QStringLiteral("cache"));
    call.environment = environment;
    call.timeoutMs = 60000;
    return runCli(arguments, call);
}

QString TestHostileCli::cachePath() const {
    return m_home.filePath(QStringLiteral("cache/trro-dashboard/stats-cache.sqlite"));
}

void TestHostileCli::floodStaysWithinMemory() {
    // 24 MiB of {} under the 64 MiB byte cap: 8 million items, for a question with room for 38.
    const qint64 bytes = 24 << 20;
    const HostileReply flood = HostileServer::flood(QStringLiteral("SessionStatistics"), bytes);
    m_server.setResponder([&flood](const HostileRequest &, int) { return flood; });
    const int before = m_server.requestCount();
    const CliRun r = run(QStringList{QStringLiteral("--no-cache")} +
                         hourlyCsv(QStringLiteral("p1"), m_hourEnd - 24 * Hour, m_hourEnd));
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("TooManyItems"), r.err.constData());
    QCOMPARE(m_server.requestCount() - before, 1); // not retried
    // The body is held once or twice while it is checked; nothing is built from it.
    const qint64 peak = childrenPeakRss();
    QVERIFY2(peak < 4 * bytes + (120 << 20), qPrintable(QString::number(peak)));
}

void TestHostileCli::trickleEndsAtTheTimeout() {
    m_server.answerAlways(HostileServer::trickle(100));
    QElapsedTimer elapsed;
    elapsed.start();
    const CliRun r =
        run({QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--deadline"),
             QStringLiteral("2"), QStringLiteral("projects")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(elapsed.elapsed() < 2000 + 8000, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY2(r.err.contains("Timeout"), r.err.constData());
}

void TestHostileCli::badNumbersAreNotWritten() {
    const qint64 start = m_hourEnd - 2 * Hour;
    m_server.setResponder([start](const HostileRequest &, int) {
        QJsonObject bad = hourBucket(start + Hour);
        bad.insert(QStringLiteral("TotalDuration"), -5);
        return HostileServer::statistics(QJsonArray{hourBucket(start), bad});
    });
    const CliRun r = run(QStringList{QStringLiteral("--no-cache")} +
                         hourlyCsv(QStringLiteral("p1"), start, m_hourEnd));
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("SessionStatistics[1].TotalDuration"), r.err.constData());
}

void TestHostileCli::escapeSequencesNeverReachTheTerminal() {
    const QString evil = QStringLiteral("denied\x1b]0;owned\x07\x1b[2J\x1b[31mred\r\nfake line");
    m_server.setResponder([&evil](const HostileRequest &, int) {
        return HostileServer::apiError(QStringLiteral("OperationDenied\x1b[2J"), evil);
    });
    const CliRun r = run({QStringLiteral("projects")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("denied]0;owned[2J[31mredfake line"), r.err.constData());
    for (const char c : r.err) {
        if (c == '\n')
            continue;
        QVERIFY2(uchar(c) >= 0x20 && uchar(c) != 0x7f, r.err.toHex().constData());
    }
    QCOMPARE(r.err.count('\n'), 1); // one line, as the service cannot add any
}

void TestHostileCli::csvCellsAreGuarded() {
    const QStringList names = {QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"),
                               QStringLiteral("+cmd"),
                               QStringLiteral("@SUM(A1)"),
                               QStringLiteral("-2+3"),
                               QStringLiteral("-2"),
                               QStringLiteral("plain")};
    m_server.setResponder([&names](const HostileRequest &, int) {
        QJsonArray list;
        for (qsizetype i = 0; i < names.size(); ++i)
            list.append(QJsonObject{{QStringLiteral("DeviceId"), QStringLiteral("d%1").arg(i)},
                                    {QStringLiteral("DeviceName"), names.at(i)},
                                    {QStringLiteral("DeviceType"), QStringLiteral("field")}});
        return HostileServer::page(QStringLiteral("Devices"), list, list.size());
    });
    const CliRun r = run({QStringLiteral("devices"), QStringLiteral("--project"),
                          QStringLiteral("p1"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    const QList<QStringList> rows = parseCsv(r.out);
    QCOMPARE(rows.size(), names.size() + 1);
    const qsizetype nameColumn = rows.front().indexOf(QStringLiteral("DeviceName"));
    QVERIFY(nameColumn >= 0);
    const QStringList expected = {QStringLiteral("'=HYPERLINK(\"http://evil\",\"x\")"),
                                  QStringLiteral("'+cmd"),
                                  QStringLiteral("'@SUM(A1)"),
                                  QStringLiteral("'-2+3"),
                                  QStringLiteral("-2"),
                                  QStringLiteral("plain")};
    for (qsizetype i = 0; i < names.size(); ++i)
        QCOMPARE(rows.at(i + 1).at(nameColumn), expected.at(i));
}

void TestHostileCli::headerInjectionIsRefused_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::newRow("--region") << QStringList{QStringLiteral("--region"),
                                             QStringLiteral("ap-x\r\nX-Evil: injected")}
                              << QString() << QString();
    QTest::newRow("TENCENTCLOUD_REGION") << QStringList{} << QStringLiteral("TENCENTCLOUD_REGION")
                                         << QStringLiteral("ap-x\r\nX-Evil: injected");
    QTest::newRow("TENCENTCLOUD_SESSION_TOKEN")
        << QStringList{} << QStringLiteral("TENCENTCLOUD_SESSION_TOKEN")
        << QStringLiteral("token\nX-Evil: injected");
}

void TestHostileCli::headerInjectionIsRefused() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, variable);
    QFETCH(QString, value);
    const QStringList environment =
        variable.isEmpty() ? QStringList() : QStringList{variable + QLatin1Char('=') + value};
    m_server.answerAlways(HostileServer::ok({}));
    const int before = m_server.requestCount();
    const CliRun r = run(arguments + QStringList{QStringLiteral("projects")}, environment);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(m_server.requestCount(), before); // nothing was sent
    // No line break of the value reaches the terminal either.
    QVERIFY(!r.err.contains("\r"));
    QVERIFY(!r.err.contains("\nX-Evil"));
    QVERIFY2(r.err.contains("region") || r.err.contains("token"), r.err.constData());
}

void TestHostileCli::futureClockCannotPoisonTheCache() {
    const qint64 tenYears = 10LL * 365 * 86400;
    const qint64 start = m_hourEnd - 3 * Hour;
    const QByteArray future =
        HostileServer::httpDate(QDateTime::currentSecsSinceEpoch() + tenYears);
    // A rejected timestamp from a clock ten years ahead; then answers stamped with that clock.
    const int first = m_server.requestCount();
    m_server.setResponder([&, first](const HostileRequest &, int index) {
        if (index == first)
            return HostileServer::apiError(QStringLiteral("AuthFailure.SignatureExpire"),
                                           QStringLiteral("expired"), future);
        HostileReply ok =
            HostileServer::statistics(QJsonArray{hourBucket(start), hourBucket(start + Hour)});
        ok.date = future;
        return ok;
    });
    const QStringList arguments = hourlyCsv(QStringLiteral("poison"), start, m_hourEnd);
    const CliRun refused = run(arguments);
    QVERIFY(refused.finished);
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains("ClockSkewTooLarge") && refused.err.contains("clock is wrong"),
             refused.err.constData());
    QCOMPARE(m_server.requestCount() - first, 1);

    // The answers that follow carry the same Date: served, but stamped by the local clock.
    const CliRun served = run(arguments);
    QVERIFY(served.finished);
    QCOMPARE(served.exitCode, 0);
    QCOMPARE(parseCsv(served.out).size(), 3);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("p"));
        db.setDatabaseName(cachePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(fetched_at) FROM pieces")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toLongLong() > 0);
        QVERIFY2(q.value(1).toLongLong() <= now + 5, qPrintable(q.value(1).toString()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("p"));
    // The cache's file and folder are the user's only.
    QCOMPARE(QFileInfo(cachePath()).permissions() & 0x0077, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(QFileInfo(cachePath()).absolutePath()).permissions() & 0x0077,
             QFileDevice::Permissions());
}

void TestHostileCli::editedCacheRowsAreNotServed() {
    const qint64 start = m_hourEnd - 2 * Hour;
    m_server.setResponder([start](const HostileRequest &, int) {
        return HostileServer::statistics(
            QJsonArray{hourBucket(start, 7), hourBucket(start + Hour, 7)});
    });
    const QStringList arguments = hourlyCsv(QStringLiteral("edited"), start, m_hourEnd);
    const CliRun first = run(arguments);
    QVERIFY(first.finished);
    QCOMPARE(first.exitCode, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("e"));
        db.setDatabaseName(cachePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("UPDATE pieces SET session_num = -999 WHERE empty = 0 AND "
                                  "series IN (SELECT id FROM series WHERE project = 'edited')")));
        QVERIFY(q.numRowsAffected() > 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("e"));
    const int before = m_server.requestCount();
    const CliRun second = run(arguments);
    QVERIFY(second.finished);
    QCOMPARE(second.exitCode, 0);
    QVERIFY(!second.out.contains("-999"));
    QCOMPARE(second.out, first.out);
    QVERIFY2(second.err.contains("session_num"), second.err.constData());
    QVERIFY(m_server.requestCount() > before); // asked again instead
}

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostilecli.moc"
