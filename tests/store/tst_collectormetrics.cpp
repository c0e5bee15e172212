// trro-collector --metrics-listen against the local service and a private PostgreSQL server:
// the endpoint shows the store's figures and passes `promtool check metrics`, a real Prometheus
// scrapes it and answers the store's ratio, other paths and methods are refused, a busy port
// fails at start; in this process, a store outage keeps the last figures and says so.

#include "clock.h"
#include "collectorfixture.h"
#include "fleet.h"
#include "freeport.h"
#include "metricsendpoint.h"
#include "storeplan.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <limits>

using namespace trro;
using namespace trro::test;
using trro::collector::ListenAddress;
using trro::collector::MetricsEndpoint;

namespace {

struct Reply {
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

Reply httpRequest(const QUrl &url, const QByteArray &verb = "GET") {
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = manager.sendCustomRequest(request, verb);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000))
        reply->abort();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    out.body = reply->readAll();
    delete reply;
    return out;
}

// The value of one sample ("name{labels} value"), or NaN when it is not there.
double sampleValue(const QByteArray &text, const QByteArray &series) {
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(QByteArray(series + ' ')))
            return line.mid(series.size() + 1).toDouble();
    }
    return qQNaN();
}

// The fleet's last complete day in the store, as the collector wrote it: not-bad ratio.
double storeRatio(PgStore &store, const StoreScope &scope, const QString &project) {
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT refreshed_at FROM series_progress WHERE project_id = ? "
                                 "AND device_id = '' AND interval = 'day'"));
    query.addBindValue(project);
    if (!query.exec() || !query.next())
        return qQNaN();
    const qint64 end = storeBucketFloor(Interval::Day, query.value(0).toLongLong());
    const qint64 start = storeBucketFloor(Interval::Day, end - 1);
    const QList<IntervalBucket> buckets =
        store.buckets(scope, {project, QString(), Interval::Day}, start, end);
    return buckets.size() == 1 ? buckets.front().notBadSessionRatio / 100.0 : qQNaN();
}

} // namespace

class TestCollectorMetrics final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void endpointShowsTheStore();
    void runningSessionsAreGauges();
    void promtoolAcceptsTheOutput();
    void prometheusScrapesTheRatio();
    void otherPathsAndMethods();
    void busyPortFailsAtStart();
    void storeOutageKeepsTheLastFigures();
    void cleanupTestCase();

private:
    QUrl metricsUrl() const;

    PgServer m_server;
    CollectorFixture m_fixture;
    CollectorProcess m_collector;
    QString m_url; // the collector's store
    QByteArray m_scrape;
    qint64 m_collectorStart = 0; // the service's time when the collector started
};

void TestCollectorMetrics::initTestCase() {
    TRRO_START_PGSERVER(m_server);
    QVERIFY(m_fixture.start());
    m_url = m_server.createDatabase(QStringLiteral("metrics"));
    QVERIFY(!m_url.isEmpty());
    const qint64 since = m_fixture.service->serviceTime() - 3 * 86400;
    m_collectorStart = m_fixture.service->serviceTime();
    m_collector.start(
        m_fixture.arguments(
            m_url, {QStringLiteral("--every"), QStringLiteral("1h"), QStringLiteral("--since"),
                    QDateTime::fromSecsSinceEpoch(since, QTimeZone::utc()).toString(Qt::ISODate),
                    QStringLiteral("--metrics-listen"), QStringLiteral("0"),
                    QStringLiteral("--metrics-per-device")}),
        m_fixture.environment());
    QVERIFY2(m_collector.waitForError(QStringLiteral("cycle 1 complete")),
             qPrintable(m_collector.error()));
    QVERIFY2(metricsUrl().isValid(), qPrintable(m_collector.error()));
    // The read of the store after the cycle: its figures appear (bounded poll).
    QVERIFY(QTest::qWaitFor(
                [&] {
                    m_scrape = httpRequest(metricsUrl()).body;
                    return m_scrape.contains("trro_not_bad_session_ratio{");
                },
                30000) ||
            (qWarning("%s\n%s", m_scrape.constData(), qPrintable(m_collector.error())), false));
}

QUrl TestCollectorMetrics::metricsUrl() const {
    static const QRegularExpression said(
        QStringLiteral("metrics at (http://127\\.0\\.0\\.1:[0-9]+/metrics)"));
    const QRegularExpressionMatch match = said.match(m_collector.error());
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

void TestCollectorMetrics::endpointShowsTheStore() {
    const Reply reply = httpRequest(metricsUrl());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    PgStore store(m_server.location(QStringLiteral("metrics")));
    QVERIFY2(store.open(false), qPrintable(store.lastError()));
    const QByteArray project = m_fixture.project.toUtf8();
    const QByteArray fleetDay = "{project=\"" + project + "\",interval=\"day\"}";
    const double ratio = storeRatio(store, m_fixture.scope(), m_fixture.project);
    QVERIFY(!qIsNaN(ratio));
    QCOMPARE(sampleValue(reply.body, "trro_not_bad_session_ratio" + fleetDay), ratio);
    QVERIFY(sampleValue(reply.body, "trro_sessions" + fleetDay) > 0);
    QVERIFY(reply.body.contains("trro_session_duration_seconds{project="));
    QVERIFY(reply.body.contains("trro_device_sessions{project="));
    QCOMPARE(sampleValue(reply.body, "trro_collector_store_up"), 1.0);
    QCOMPARE(sampleValue(reply.body, "trro_collector_cycles_total{outcome=\"complete\"}"), 1.0);
    QCOMPARE(sampleValue(reply.body, "trro_collector_cycle_duration_seconds_count"), 1.0);
    QCOMPARE(sampleValue(reply.body, "trro_collector_last_success_timestamp_seconds"),
             double(store.freshness(m_fixture.scope()).lastSuccess));
    QVERIFY(sampleValue(reply.body, "trro_collector_requests_total{action=\"DescribeSession"
                                    "StatisticsByInterval\",outcome=\"ok\"}") > 20);
    QVERIFY(sampleValue(reply.body, "trro_store_rows{table=\"interval_stats\"}") > 20);
    // No secret, and no store URL, in the metrics.
    QVERIFY(!reply.body.contains(CollectorKey.secretKey.toUtf8()));
    QVERIFY(!reply.body.contains("postgresql:"));
}

void TestCollectorMetrics::runningSessionsAreGauges() {
    // The collector lists the running sessions at its start, then once a minute: the gauge is
    // what the service had running at one moment between the collector's start and now.
    const QByteArray running =
        "trro_running_sessions{project=\"" + m_fixture.project.toUtf8() + "\"}";
    QByteArray body;
    QVERIFY(QTest::qWaitFor(
        [&] {
            body = httpRequest(metricsUrl()).body;
            return body.contains(running);
        },
        30000));
    const double value = sampleValue(body, running);
    sim::Fleet &fleet = m_fixture.service->fleet();
    const int project = fleet.catalog().projectIndex(m_fixture.project);
    const qint64 end = m_fixture.service->serviceTime();
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = -1;
    for (qint64 t = m_collectorStart; t <= end; ++t) {
        const qint64 n = fleet.running(project, -1, t - 7200, t, t, 0, 1 << 20).total;
        low = std::min(low, n);
        high = std::max(high, n);
    }
    QVERIFY2(value >= double(low) && value <= double(high),
             qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(value).arg(low).arg(high)));
    QVERIFY(body.contains("# TYPE trro_running_sessions_without_report gauge"));
    const QByteArray withoutReport = QByteArray("trro_running_sessions_without_report{project=\"") +
                                     m_fixture.project.toUtf8() + "\"}";
    QVERIFY(body.contains(withoutReport));
}

void TestCollectorMetrics::promtoolAcceptsTheOutput() {
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        QSKIP("promtool is not installed (Debian package prometheus): run scripts/install-deps.sh");
    QProcess check;
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(check.waitForStarted());
    check.write(httpRequest(metricsUrl()).body);
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(30000));
    const QByteArray said = check.readAllStandardOutput() + check.readAllStandardError();
    QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, said.constData());
}

void TestCollectorMetrics::prometheusScrapesTheRatio() {
    const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
    if (prometheus.isEmpty())
        QSKIP("prometheus is not installed (Debian package prometheus): run "
              "scripts/install-deps.sh");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile config(dir.filePath(QStringLiteral("prometheus.yml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                 "scrape_configs:\n  - job_name: trro-collector\n    static_configs:\n"
                 "      - targets: ['" +
                 metricsUrl().authority().toUtf8() + "']\n");
    config.close();
    const quint16 port = freeLoopbackPort();
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(prometheus,
                 {QStringLiteral("--config.file=") + config.fileName(),
                  QStringLiteral("--storage.tsdb.path=") + dir.filePath(QStringLiteral("data")),
                  QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port)});
    QVERIFY(server.waitForStarted());
    const auto query = [port](const QString &promql) {
        QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/query").arg(port));
        url.setQuery(QUrlQuery{{QStringLiteral("query"), promql}});
        const QJsonArray result = QJsonDocument::fromJson(httpRequest(url).body)
                                      .object()
                                      .value(QStringLiteral("data"))
                                      .toObject()
                                      .value(QStringLiteral("result"))
                                      .toArray();
        return result.size() == 1 ? result.at(0)
                                        .toObject()
                                        .value(QStringLiteral("value"))
                                        .toArray()
                                        .at(1)
                                        .toString()
                                  : QString();
    };
    // At least two scrapes that reached the collector (bounded poll of the HTTP API).
    const bool scraped = QTest::qWaitFor(
        [&] {
            return server.state() == QProcess::Running &&
                   query(QStringLiteral("sum_over_time(up{job=\"trro-collector\"}[5m])"))
                           .toDouble() >= 2;
        },
        60000);
    const QString ratio = query(QStringLiteral("trro_not_bad_session_ratio{project=\"%1\","
                                               "interval=\"day\"}")
                                    .arg(m_fixture.project));
    server.terminate();
    QVERIFY(server.waitForFinished(30000));
    QVERIFY2(scraped, server.readAll().right(2000).constData());
    PgStore store(m_server.location(QStringLiteral("metrics")));
    QVERIFY(store.open(false));
    QCOMPARE(ratio.toDouble(), storeRatio(store, m_fixture.scope(), m_fixture.project));
}

void TestCollectorMetrics::otherPathsAndMethods() {
    QUrl other = metricsUrl();
    other.setPath(QStringLiteral("/"));
    QCOMPARE(httpRequest(other).status, 404);
    other.setPath(QStringLiteral("/metrics/x"));
    QCOMPARE(httpRequest(other).status, 404);
    QCOMPARE(httpRequest(metricsUrl(), "POST").status, 405);
    QCOMPARE(httpRequest(metricsUrl(), "DELETE").status, 405);
    QUrl withQuery = metricsUrl();
    withQuery.setQuery(QStringLiteral("x=1"));
    QCOMPARE(httpRequest(withQuery).status, 200);
    // A head without end, too large: refused, and the endpoint still answers afterwards.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(metricsUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /metrics HTTP/1.1\r\nX: " + QByteArray(20000, 'a'));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return socket.state() == QAbstractSocket::UnconnectedState || socket.bytesAvailable();
        },
        15000));
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 431"));
    QCOMPARE(httpRequest(metricsUrl()).status, 200);
}

void TestCollectorMetrics::busyPortFailsAtStart() {
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    CollectorProcess second;
    second.start(
        m_fixture.arguments(m_url, {QStringLiteral("--once"), QStringLiteral("--metrics-listen"),
                                    QString::number(holder.serverPort())}),
        m_fixture.environment());
    QCOMPARE(second.finish(), 8);
    QVERIFY2(second.error().contains(QLatin1String("in use")), qPrintable(second.error()));
    CollectorProcess bad;
    bad.start(m_fixture.arguments(
                  m_url, {QStringLiteral("--once"), QStringLiteral("--metrics-per-device")}),
              m_fixture.environment());
    QCOMPARE(bad.finish(), 2);
}

void TestCollectorMetrics::storeOutageKeepsTheLastFigures() {
    // In this process, on a clock of the test's own: the endpoint reads the store the collector
    // filled, the server stops, a scrape after a minute asks for a read that fails.
    ManualClock clock(m_fixture.service->serviceTime() * 1000);
    MetricsEndpoint endpoint(false, &clock);
    ListenAddress address;
    QString error;
    QVERIFY(ListenAddress::parse(QStringLiteral("0"), &address, &error));
    QVERIFY2(endpoint.listen(address, &error), qPrintable(error));
    QSignalSpy reads(&endpoint, &MetricsEndpoint::storeRead);
    endpoint.attachStore(m_server.location(QStringLiteral("metrics")), m_fixture.scope(),
                         {m_fixture.project}, {Interval::Hour, Interval::Day});
    QVERIFY(reads.wait(30000));
    const QUrl url(endpoint.address().metricsUrl());
    const QByteArray before = httpRequest(url).body;
    QCOMPARE(sampleValue(before, "trro_collector_store_up"), 1.0);
    const QByteArray fleetDay = "trro_not_bad_session_ratio{project=\"" +
                                m_fixture.project.toUtf8() + "\",interval=\"day\"}";
    const double ratio = sampleValue(before, fleetDay);
    QVERIFY(!qIsNaN(ratio));

    m_collector.killHard(); // its connection would notice first
    m_server.stop();
    QCOMPARE(httpRequest(url).body, before); // not stale yet: no read
    clock.advance(MetricsEndpoint::StaleAfterUs);
    QCOMPARE(sampleValue(httpRequest(url).body, "trro_collector_store_up"), 1.0); // starts one
    // The read may end while the scrape's reply is still being taken in.
    QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 2, 30000);
    const QByteArray after = httpRequest(url).body;
    QCOMPARE(sampleValue(after, "trro_collector_store_up"), 0.0);
    QCOMPARE(sampleValue(after, fleetDay), ratio); // the last known figures are kept
    QCOMPARE(sampleValue(after, "trro_collector_store_read_timestamp_seconds"),
             sampleValue(before, "trro_collector_store_read_timestamp_seconds"));
}

void TestCollectorMetrics::cleanupTestCase() {
    if (m_collector.isRunning())
        m_collector.killHard();
}

QTEST_GUILESS_MAIN(TestCollectorMetrics)
#include "tst_collectormetrics.moc"
