// The Grafana dashboard of packaging/grafana against a private PostgreSQL server that
// trro-collector filled from the local service: it is Grafana dashboard JSON whose data source
// references match the provisioning example (which holds no password); every panel's query,
// its macros expanded for a fixed range as Grafana's PostgreSQL data source expands them and its
// variables as Grafana interpolates them, runs on the server and answers the figures that
// `trro-stats --store` gives for the same range (the fleet's hours, the devices' hours ranked
// worst first), and the collector's health as the store's readers see it.

#include "clirun.h"
#include "collectorfixture.h"
#include "readercalls.h"
#include "storefigures.h"
#include "storeplan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>
#include <algorithm>

using namespace trro;
using namespace trro::test;

namespace {

using Rows = QList<QStringList>;

QString isoTime(qint64 t) {
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate);
}

// Go's time.RFC3339Nano in UTC, which drops a zero fraction: whole seconds as ISO 8601 with Z.
QString rfc3339(qint64 t) {
    return isoTime(t);
}

// gtime.ParseInterval for the forms a panel may use ('30s', '5m', '1h', '1d'); -1 otherwise.
qint64 intervalSeconds(const QString &text) {
    static const QRegularExpression form(QStringLiteral("^(\\d+)([smhd])$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    switch (m.captured(2).front().unicode()) {
    case 's':
        return n;
    case 'm':
        return n * 60;
    case 'h':
        return n * 3600;
    default:
        return n * 86400;
    }
}

// One macro as pkg/tsdb/grafana-postgresql-datasource/macros.go evaluates it (without
// TimescaleDB); empty with *error for a macro it does not know or bad arguments.
QString evaluateMacro(const QString &name, const QStringList &args, qint64 from, qint64 to,
                      QString *error) {
    const QString column = args.value(0);
    if (name == QLatin1String("__timeFilter") && !column.isEmpty())
        return QStringLiteral("%1 BETWEEN '%2' AND '%3'").arg(column, rfc3339(from), rfc3339(to));
    if (name == QLatin1String("__timeFrom"))
        return QStringLiteral("'%1'").arg(rfc3339(from));
    if (name == QLatin1String("__timeTo"))
        return QStringLiteral("'%1'").arg(rfc3339(to));
    if (name == QLatin1String("__unixEpochFilter") && !column.isEmpty())
        return QStringLiteral("%1 >= %2 AND %1 <= %3")
            .arg(column, QString::number(from), QString::number(to));
    if ((name == QLatin1String("__timeGroup") || name == QLatin1String("__timeGroupAlias")) &&
        args.size() == 2) {
        QString text = args.at(1);
        text.remove(QLatin1Char('\''));
        const qint64 seconds = intervalSeconds(text);
        if (seconds <= 0) {
            *error = QStringLiteral("error parsing interval %1").arg(args.at(1));
            return {};
        }
        const QString group = QStringLiteral("floor(extract(epoch from %1)/%2)*%2")
                                  .arg(column, QString::number(seconds));
        return name == QLatin1String("__timeGroup") ? group
                                                    : group + QStringLiteral(" AS \"time\"");
    }
    *error = QStringLiteral("unknown macro or bad arguments: $%1(%2)").arg(name, args.join(u','));
    return {};
}

// Grafana's interpolation of a single-valued variable in an SQL query (quotes doubled), then
// the data source's macros. Empty with *error when a macro fails or a '$' is left.
QString expand(QString sql, const QMap<QString, QString> &variables, qint64 from, qint64 to,
               QString *error) {
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        QString value = it.value();
        sql.replace(QLatin1Char('$') + it.key(), value.replace(u'\'', QStringLiteral("''")));
    }
    static const QRegularExpression macro(QStringLiteral("\\$([_a-zA-Z0-9]+)\\(([^\\)]*)\\)"));
    QString out;
    qsizetype at = 0;
    auto it = macro.globalMatch(sql);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QStringList args = m.captured(2).split(u',');
        for (QString &arg : args)
            arg = arg.trimmed();
        const QString value = evaluateMacro(m.captured(1), args, from, to, error);
        if (value.isEmpty())
            return {};
        out += sql.mid(at, m.capturedStart() - at) + value;
        at = m.capturedEnd();
    }
    out += sql.mid(at);
    if (out.contains(u'$')) {
        *error = QStringLiteral("not expanded: ") + out;
        return {};
    }
    return out;
}

QString number(double v) {
    return QString::number(v, 'g', 15);
}

// A CSV of trro-stats as rows of named fields.
QList<QMap<QString, QString>> csvRecords(const QByteArray &out) {
    const QList<QStringList> table = parseCsv(out);
    QList<QMap<QString, QString>> records;
    for (qsizetype r = 1; r < table.size(); ++r) {
        QMap<QString, QString> record;
        for (qsizetype c = 0; c < table.front().size() && c < table.at(r).size(); ++c)
            record.insert(table.front().at(c), table.at(r).at(c));
        records.append(record);
    }
    return records;
}

struct DeviceFigures {
    QString deviceId;
    qint64 sessions = 0;
    qint64 minutes = 0;
    qint64 weighted = 0; // sessions times their hour's not-bad percent
    double ratio() const { return double(weighted) / double(sessions) / 100; }
};

} // namespace

class TestGrafanaDashboard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void isGrafanaDashboardJson();
    void provisioningMatchesAndHoldsNoPassword();
    void everyQueryUsesTheMacros();
    void fleetPanelsAnswerTrroStats();
    void worstDevicesAnswerTrroStats();
    void collectorHealthAnswersTheStore();

private:
    QJsonObject panel(const QString &title) const;
    Rows run(const QString &title, qint64 from, qint64 to);
    QList<QMap<QString, QString>> stats(const QStringList &more);

    PgServer m_server;
    CollectorFixture m_fixture;
    QString m_url;
    QJsonObject m_dashboard;
    QByteArray m_provisioning;
    qint64 m_startedAt = 0;
    qint64 m_from = 0; // the fixed range: whole hours the collector settled
    qint64 m_to = 0;
    ReaderCalls m_readers;
};

void TestGrafanaDashboard::initTestCase() {
    QFile json(QStringLiteral(TRRO_GRAFANA_DIR "/trro-fleet.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    m_dashboard = QJsonDocument::fromJson(json.readAll(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QFile yaml(QStringLiteral(TRRO_GRAFANA_DIR "/trro-store-datasource.yaml"));
    QVERIFY(yaml.open(QIODevice::ReadOnly));
    m_provisioning = yaml.readAll();

    TRRO_START_PGSERVER(m_server);
    QVERIFY(m_fixture.start());
    m_url = m_server.createDatabase(QStringLiteral("grafana"));
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_server.error()));
    m_startedAt = m_fixture.service->serviceTime();
    const qint64 since = storeBucketFloor(Interval::Hour, m_startedAt - 2 * 86400);
    CollectorProcess collector;
    collector.start(m_fixture.arguments(m_url, {QStringLiteral("--once"), QStringLiteral("--since"),
                                                isoTime(since)}),
                    m_fixture.environment());
    QCOMPARE(collector.finish(), 0);
    // Whole hours from the first the collector asked for to the last it settled.
    m_from = storeBucketNext(Interval::Hour, since);
    m_to = storeBucketFloor(Interval::Hour, m_startedAt - 3 * 3600);
    QVERIFY(m_to - m_from >= 24 * 3600);
}

QJsonObject TestGrafanaDashboard::panel(const QString &title) const {
    for (const QJsonValue &p : m_dashboard.value(QLatin1String("panels")).toArray()) {
        if (p.toObject().value(QLatin1String("title")).toString() == title)
            return p.toObject();
    }
    return {};
}

// The panel's query for [from, to] on the store, every value as text (numbers as numbers).
Rows TestGrafanaDashboard::run(const QString &title, qint64 from, qint64 to) {
    const QJsonObject p = panel(title);
    const QString sql = p.value(QLatin1String("targets"))
                            .toArray()
                            .at(0)
                            .toObject()
                            .value(QLatin1String("rawSql"))
                            .toString();
    QString error;
    const QString expanded = expand(sql,
                                    {{QStringLiteral("account"), CollectorKey.secretId},
                                     {QStringLiteral("project"), m_fixture.project}},
                                    from, to, &error);
    if (expanded.isEmpty())
        qWarning("%s: %s", qPrintable(title), qPrintable(error));
    PgStore store(m_server.location(QStringLiteral("grafana")));
    Rows rows;
    if (expanded.isEmpty() || !store.open(false))
        return rows;
    QSqlQuery query(store.database());
    query.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble); // numeric as double, as Grafana
    if (!query.exec(expanded)) {
        qWarning("%s: %s", qPrintable(title), qPrintable(query.lastError().text()));
        return rows;
    }
    while (query.next()) {
        QStringList row;
        for (int c = 0; c < query.record().count(); ++c) {
            const QVariant v = query.value(c);
            if (v.typeId() == QMetaType::QDateTime) {
                row << isoTime(v.toDateTime().toSecsSinceEpoch());
                continue;
            }
            bool isNumber = false;
            const double d = v.toDouble(&isNumber);
            row << (v.typeId() == QMetaType::QString || !isNumber ? v.toString() : number(d));
        }
        rows << row;
    }
    return rows;
}

QList<QMap<QString, QString>> TestGrafanaDashboard::stats(const QStringList &more) {
    const CliCall call = m_readers.next(m_fixture);
    const QStringList arguments =
        QStringList{QStringLiteral("--store"),  m_url,
                    QStringLiteral("stats"),    QStringLiteral("--project"),
                    m_fixture.project,          QStringLiteral("--interval"),
                    QStringLiteral("hour"),     QStringLiteral("--from"),
                    QString::number(m_from),    QStringLiteral("--to"),
                    QString::number(m_to),      QStringLiteral("--complete-only"),
                    QStringLiteral("--format"), QStringLiteral("csv")} +
        more;
    const CliRun run = runCli(arguments, call);
    if (!run.finished || run.exitCode != 0)
        qWarning("trro-stats: %s", run.err.constData());
    return csvRecords(run.out);
}

void TestGrafanaDashboard::isGrafanaDashboardJson() {
    QVERIFY(m_dashboard.value(QLatin1String("schemaVersion")).toInt() >= 36);
    QVERIFY(!m_dashboard.value(QLatin1String("uid")).toString().isEmpty());
    QVERIFY(!m_dashboard.value(QLatin1String("title")).toString().isEmpty());
    QVERIFY(m_dashboard.value(QLatin1String("time")).toObject().contains(QLatin1String("from")));
    const QJsonArray panels = m_dashboard.value(QLatin1String("panels")).toArray();
    QCOMPARE(panels.size(), 6);
    QSet<int> ids;
    for (const QJsonValue &value : panels) {
        const QJsonObject p = value.toObject();
        const QString title = p.value(QLatin1String("title")).toString();
        ids.insert(p.value(QLatin1String("id")).toInt());
        QVERIFY2(QStringList({QStringLiteral("timeseries"), QStringLiteral("table")})
                     .contains(p.value(QLatin1String("type")).toString()),
                 qPrintable(title));
        const QJsonObject grid = p.value(QLatin1String("gridPos")).toObject();
        for (const char *key : {"h", "w", "x", "y"})
            QVERIFY2(grid.value(QLatin1String(key)).isDouble(), qPrintable(title));
        QVERIFY(grid.value(QLatin1String("x")).toInt() + grid.value(QLatin1String("w")).toInt() <=
                24);
        const QJsonArray targets = p.value(QLatin1String("targets")).toArray();
        QCOMPARE(targets.size(), 1);
        QVERIFY(targets.at(0).toObject().value(QLatin1String("rawQuery")).toBool());
    }
    QCOMPARE(ids.size(), panels.size());
}

void TestGrafanaDashboard::provisioningMatchesAndHoldsNoPassword() {
    QMap<QString, QString> fields;
    for (const QByteArray &line : m_provisioning.split('\n')) {
        const QString text =
            QString::fromUtf8(line).trimmed().remove(QRegularExpression(QStringLiteral("^- ")));
        const qsizetype colon = text.indexOf(u':');
        if (!text.startsWith(u'#') && colon > 0)
            fields.insert(text.left(colon), text.mid(colon + 1).trimmed());
    }
    QCOMPARE(fields.value(QStringLiteral("apiVersion")), QStringLiteral("1"));
    // Grafana reads the password from grafana-server's environment, never from the file.
    QVERIFY(fields.value(QStringLiteral("password")).startsWith(u'$'));
    QVERIFY(!m_dashboard.contains(QLatin1String("__inputs")));
    QVERIFY(!QJsonDocument(m_dashboard).toJson().contains("password"));
    // Every reference of the dashboard (panels, their queries, the variables) is to it.
    QList<QJsonObject> references;
    for (const QJsonValue &p : m_dashboard.value(QLatin1String("panels")).toArray()) {
        references << p.toObject().value(QLatin1String("datasource")).toObject();
        for (const QJsonValue &t : p.toObject().value(QLatin1String("targets")).toArray())
            references << t.toObject().value(QLatin1String("datasource")).toObject();
    }
    const QJsonArray variables = m_dashboard.value(QLatin1String("templating"))
                                     .toObject()
                                     .value(QLatin1String("list"))
                                     .toArray();
    QCOMPARE(variables.size(), 2);
    for (const QJsonValue &v : variables)
        references << v.toObject().value(QLatin1String("datasource")).toObject();
    for (const QJsonObject &reference : references) {
        QCOMPARE(reference.value(QLatin1String("uid")).toString(),
                 fields.value(QStringLiteral("uid")));
        QCOMPARE(reference.value(QLatin1String("type")).toString(),
                 fields.value(QStringLiteral("type")));
    }
}

void TestGrafanaDashboard::everyQueryUsesTheMacros() {
    for (const QJsonValue &p : m_dashboard.value(QLatin1String("panels")).toArray()) {
        const QString title = p.toObject().value(QLatin1String("title")).toString();
        const QString sql = p.toObject()
                                .value(QLatin1String("targets"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QLatin1String("rawSql"))
                                .toString();
        // The range reaches the store through Grafana's macros only, never a fixed time.
        QVERIFY2(sql.contains(QLatin1String("$__timeFilter(")) ||
                     sql.contains(QLatin1String("$__unixEpochFilter(")),
                 qPrintable(title));
        QVERIFY2(!run(title, m_from, m_to).isEmpty(), qPrintable(title));
    }
}

void TestGrafanaDashboard::fleetPanelsAnswerTrroStats() {
    const QList<QMap<QString, QString>> fleet = stats({});
    QVERIFY(!fleet.isEmpty());
    Rows ratio, sessions, minutes, active;
    for (const QMap<QString, QString> &b : fleet) {
        const QString time = number(b.value(QStringLiteral("StartTime")).toDouble());
        const qint64 n = b.value(QStringLiteral("SessionNum")).toLongLong();
        if (n > 0)
            ratio << QStringList{
                time, number(b.value(QStringLiteral("NotBadSessionRatio")).toDouble() / 100)};
        sessions << QStringList{time, number(double(n))};
        minutes << QStringList{time, b.value(QStringLiteral("TotalDuration"))};
        active << QStringList{time, b.value(QStringLiteral("ActiveFieldDeviceNum")),
                              b.value(QStringLiteral("ActiveRemoteDeviceNum"))};
    }
    QVERIFY(!ratio.isEmpty());
    QCOMPARE(run(QStringLiteral("Not-bad session ratio (fleet)"), m_from, m_to), ratio);
    QCOMPARE(run(QStringLiteral("Sessions (fleet)"), m_from, m_to), sessions);
    QCOMPARE(run(QStringLiteral("Session minutes (fleet)"), m_from, m_to), minutes);
    QCOMPARE(run(QStringLiteral("Active devices (fleet)"), m_from, m_to), active);
}

void TestGrafanaDashboard::worstDevicesAnswerTrroStats() {
    QMap<QString, DeviceFigures> byDevice;
    for (const QMap<QString, QString> &b : stats({QStringLiteral("--all-devices")})) {
        DeviceFigures &d = byDevice[b.value(QStringLiteral("DeviceId"))];
        d.deviceId = b.value(QStringLiteral("DeviceId"));
        const qint64 n = b.value(QStringLiteral("SessionNum")).toLongLong();
        d.sessions += n;
        d.minutes += b.value(QStringLiteral("TotalDuration")).toLongLong();
        d.weighted += n * b.value(QStringLiteral("NotBadSessionRatio")).toLongLong();
    }
    QList<DeviceFigures> ranked;
    for (const DeviceFigures &d : std::as_const(byDevice)) {
        if (d.sessions > 0)
            ranked << d;
    }
    QVERIFY(ranked.size() > 1);
    std::sort(ranked.begin(), ranked.end(), [](const DeviceFigures &a, const DeviceFigures &b) {
        if (a.ratio() != b.ratio())
            return a.ratio() < b.ratio();
        if (a.sessions != b.sessions)
            return a.sessions > b.sessions;
        return a.deviceId.toUtf8() < b.deviceId.toUtf8();
    });
    QMap<QString, QString> names;
    for (const Device &device : m_fixture.expectedDevices())
        names.insert(device.deviceId, device.deviceName);
    Rows expected;
    for (const DeviceFigures &d : ranked.first(std::min<qsizetype>(10, ranked.size())))
        expected << QStringList{d.deviceId, names.value(d.deviceId), number(double(d.sessions)),
                                number(double(d.minutes)), number(d.ratio())};
    QCOMPARE(run(QStringLiteral("Worst devices"), m_from, m_to), expected);
}

void TestGrafanaDashboard::collectorHealthAnswersTheStore() {
    PgStore store(m_server.location(QStringLiteral("grafana")));
    QVERIFY(store.open(false));
    const StoreFreshness freshness = store.freshness(m_fixture.scope());
    QVERIFY(freshness.lastSuccess > 0);
    const StoreFigures figures =
        StoreFiguresReader(&store, m_fixture.scope())
            .read({m_fixture.project}, {Interval::Hour, Interval::Day, Interval::Month}, true);
    QVERIFY2(figures.ok, qPrintable(figures.error));
    const auto healthRow = [&](qint64 refreshed) {
        return QStringList{isoTime(freshness.lastSuccess), isoTime(freshness.lastAttempt),
                           freshness.status, number(double(refreshed))};
    };
    // The collector refreshed every series after the range of the figures, and all of them in
    // a range that takes in its run.
    QCOMPARE(run(QStringLiteral("Collector health"), m_from, m_to), Rows{healthRow(0)});
    const qint64 now = m_fixture.service->serviceTime();
    QCOMPARE(run(QStringLiteral("Collector health"), m_startedAt - 3600, now + 3600),
             Rows{healthRow(figures.series.size())});
}

QTEST_GUILESS_MAIN(TestGrafanaDashboard)
#include "tst_grafanadashboard.moc"
