// trro-stats end to end: the built binary runs against a local service hosted by this test, and
// its output is compared with what raw signed requests to the same service return.

#include "clifixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace trro;
using namespace trro::test;

class TestTrroStats final : public CliTestCase {
    Q_OBJECT
private Q_SLOTS:
    void helpAndVersion();
    void statsMatchService_data();
    void statsMatchService();
    void statsJsonMatchesCsv();
    void allDevicesOneSeriesPerDevice();
    void totalsMatchService();
    void devicesMatchService();
    void projectsMatchService();
    void sessionsMatchService();
    void outputFileIsAtomic();
    void tableIsForPeople_data();
    void tableIsForPeople();
    void demoNeedsNoCredentials();

private:
    // `command --project <project> --device <device> --from <from> --to <rangeEnd> --format
    // <format>`.
    QStringList ofDevice(const QString &command, const QString &device, qint64 from,
                         const QString &format) const;
};

QStringList TestTrroStats::ofDevice(const QString &command, const QString &device, qint64 from,
                                    const QString &format) const {
    return {command,
            QStringLiteral("--project"),
            m_f.project,
            QStringLiteral("--device"),
            device,
            QStringLiteral("--from"),
            QString::number(from),
            QStringLiteral("--to"),
            QString::number(m_f.rangeEnd),
            QStringLiteral("--format"),
            format};
}

void TestTrroStats::helpAndVersion() {
    CliRun run = m_f.cli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *command : {"stats", "totals", "devices", "projects", "sessions"})
        QVERIFY2(run.out.contains(command), command);
    run = m_f.cli({QStringLiteral("stats"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--interval"));
    QVERIFY(run.out.contains("--all-devices"));
    run = m_f.cli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("trro-stats " TRRO_VERSION));
}

void TestTrroStats::statsMatchService_data() {
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

void TestTrroStats::statsMatchService() {
    QFETCH(QString, interval);
    QFETCH(int, deviceCount);
    QFETCH(qint64, span);
    const qint64 from = m_f.rangeEnd - span;
    // Given in reverse order and once twice: the output is ordered and has each series once.
    QStringList devices = m_f.fieldDevices.mid(0, deviceCount);
    std::reverse(devices.begin(), devices.end());
    QStringList arguments =
        m_f.stats(interval, from, m_f.rangeEnd,
                  QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    for (const QString &device : std::as_const(devices))
        arguments << QStringLiteral("--device") << device;
    if (!devices.isEmpty())
        arguments << QStringLiteral("--device") << devices.front();

    const CliRun run = m_f.cli(arguments);
    QVERIFY2(run.finished, run.err.constData());
    QCOMPARE(run.exitCode, 0);
    const QStringList expected = m_f.expectedRows(interval, devices, from, m_f.rangeEnd);
    QVERIFY2(expected.size() > 1, "the synthetic fleet should have sessions in the range");
    QCOMPARE(csvRows(run.out), expected);
}

void TestTrroStats::statsJsonMatchesCsv() {
    const QStringList base{QStringLiteral("stats"),
                           QStringLiteral("--project"),
                           m_f.project,
                           QStringLiteral("--interval"),
                           QStringLiteral("day"),
                           QStringLiteral("--device"),
                           m_f.fieldDevices.first(),
                           QStringLiteral("--from"),
                           QString::number(m_f.rangeEnd - 10 * 86400),
                           QStringLiteral("--to"),
                           QString::number(m_f.rangeEnd)};
    const CliRun csv =
        m_f.cli(base + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    const CliRun json =
        m_f.cli(base + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
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
        QCOMPARE(object.size(), 9); // the CSV columns and Partial
        QVERIFY(object.value(QLatin1String("DeviceId")).isString());
        QVERIFY(object.value(QLatin1String("Partial")).isBool());
        for (const QString &k : IntegerKeys)
            QVERIFY2(object.value(k).isDouble(), qPrintable(k));
        fromJson.append(bucketRow(object.value(QLatin1String("DeviceId")).toString(), object));
    }
    QVERIFY(fromJson.size() > 1);
    QCOMPARE(fromJson, csvRows(csv.out));
}

void TestTrroStats::allDevicesOneSeriesPerDevice() {
    const qint64 from = m_f.rangeEnd - 3 * 86400;
    const CliRun run = m_f.cli(
        {QStringLiteral("stats"), QStringLiteral("--project"), m_f.project,
         QStringLiteral("--all-devices"), QStringLiteral("--interval"), QStringLiteral("day"),
         QStringLiteral("--from"), QString::number(from), QStringLiteral("--to"),
         QString::number(m_f.rangeEnd), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(run.finished, run.err.constData());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.err.contains('\r'), "no progress bar when stderr is not a terminal");
    const QStringList every = m_f.fieldDevices + m_f.remoteDevices;
    const QStringList expected = m_f.expectedRows(QStringLiteral("day"), every, from, m_f.rangeEnd);
    const QStringList rows = csvRows(run.out);
    QCOMPARE(rows, expected);

    QSet<QString> seen;
    for (const QString &row : rows.mid(1))
        seen.insert(row.section(QLatin1Char(','), 0, 0));
    QVERIFY2(seen.size() > m_f.fieldDevices.size() / 2, "most vehicles have sessions in 3 days");
    bool cockpitSeen = false;
    for (const QString &remote : std::as_const(m_f.remoteDevices))
        cockpitSeen = cockpitSeen || seen.contains(remote);
    QVERIFY2(cockpitSeen, "remote devices (cockpits) are part of --all-devices");
    QVERIFY(!seen.contains(QString()));
}

void TestTrroStats::totalsMatchService() {
    const qint64 from = m_f.rangeEnd - 7 * 86400;
    const QString device = m_f.fieldDevices.at(1);
    const CliRun run =
        m_f.cli(ofDevice(QStringLiteral("totals"), device, from, QStringLiteral("json")));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    const QJsonObject expected = m_f.totals(from, device);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(object.value(QLatin1String("DeviceId")).toString(), device);
    QCOMPARE(object.value(QLatin1String("StartTime")).toInteger(), from);
    QCOMPARE(object.value(QLatin1String("EndTime")).toInteger(), m_f.rangeEnd);
    for (const QString &k : IntegerKeys.mid(2))
        QCOMPARE(object.value(k).toInteger(), expected.value(k).toInteger());
}

void TestTrroStats::devicesMatchService() {
    const CliRun run = m_f.cli({QStringLiteral("devices"), QStringLiteral("--project"), m_f.project,
                                QStringLiteral("--type"), QStringLiteral("remote"),
                                QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    const QList<QStringList> rows = parseCsv(run.out);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first().join(QLatin1Char(',')),
             QStringLiteral("DeviceId,DeviceName,DeviceType,DeviceStatus,ProjectId,ModifyTime,"
                            "LastReportTime"));
    const QJsonArray expected =
        m_f.raw().allPages(QStringLiteral("DescribeDeviceList"),
                           {{QStringLiteral("ProjectId"), m_f.project},
                            {QStringLiteral("DeviceType"), QStringLiteral("remote")}},
                           QStringLiteral("Devices"));
    QCOMPARE(rows.size() - 1, expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject device = expected[i].toObject();
        QCOMPARE(rows[i + 1].value(0), device.value(QLatin1String("DeviceId")).toString());
        QCOMPARE(rows[i + 1].value(1), device.value(QLatin1String("DeviceName")).toString());
        QCOMPARE(rows[i + 1].value(2), QStringLiteral("remote"));
        QCOMPARE(rows[i + 1].value(4), m_f.project);
    }
}

void TestTrroStats::projectsMatchService() {
    const CliRun run =
        m_f.cli({QStringLiteral("projects"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray projects = QJsonDocument::fromJson(run.out).array();
    const QJsonArray expected =
        m_f.raw().allPages(QStringLiteral("DescribeProjectList"), {}, QStringLiteral("Projects"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(projects.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        for (const char *k : {"ProjectId", "ProjectName", "ProjectDescription", "PolicyMode"}) {
            QCOMPARE(projects[i].toObject().value(QLatin1String(k)).toString(),
                     expected[i].toObject().value(QLatin1String(k)).toString());
        }
    }
}

void TestTrroStats::sessionsMatchService() {
    const qint64 from = m_f.rangeEnd - 2 * 86400;
    const QString device = m_f.fieldDevices.first();
    const CliRun run =
        m_f.cli(ofDevice(QStringLiteral("sessions"), device, from, QStringLiteral("csv")));
    QCOMPARE(run.exitCode, 0);
    const QList<QStringList> rows = parseCsv(run.out);
    QCOMPARE(rows.value(0).join(QLatin1Char(',')),
             QStringLiteral("SessionId,FieldDeviceId,RemoteDeviceId,StartTime,EndTime,Resolution,"
                            "Quality"));
    const QJsonArray expected = m_f.raw().allPages(QStringLiteral("DescribeDeviceSessionList"),
                                                   {{QStringLiteral("ProjectId"), m_f.project},
                                                    {QStringLiteral("DeviceId"), device},
                                                    {QStringLiteral("StartTime"), from},
                                                    {QStringLiteral("EndTime"), m_f.rangeEnd}},
                                                   QStringLiteral("DeviceSessionList"));
    QVERIFY2(!expected.isEmpty(), "the vehicle should have sessions in two days");
    QCOMPARE(rows.size() - 1, expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject s = expected[i].toObject();
        QCOMPARE(rows[i + 1].value(0), s.value(QLatin1String("SessionId")).toString());
        QCOMPARE(rows[i + 1].value(3).toLongLong(),
                 s.value(QLatin1String("StartTime")).toInteger());
        QCOMPARE(rows[i + 1].value(6), s.value(QLatin1String("Quality")).toString());
    }
}

void TestTrroStats::outputFileIsAtomic() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("week.json"));
    const QStringList arguments{QStringLiteral("stats"),
                                QStringLiteral("--project"),
                                m_f.project,
                                QStringLiteral("--interval"),
                                QStringLiteral("day"),
                                QStringLiteral("--output"),
                                path};
    CliRun run = m_f.cli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    file.close();
    QVERIFY(QJsonDocument::fromJson(written).isArray()); // format from the suffix
    QVERIFY(!QJsonDocument::fromJson(written).array().isEmpty());

    // A failed run leaves the previous file alone and no temporary files behind. (Without
    // --no-cache the same key id would be answered from the cache the first run filled.)
    Credentials wrong = CliKey;
    wrong.secretKey = QStringLiteral("notTheRightKey000000000000000000");
    run = m_f.cli(QStringList{QStringLiteral("--no-cache")} + arguments, wrong);
    QCOMPARE(run.exitCode, 3);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), written);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("week.json")});
}

void TestTrroStats::tableIsForPeople_data() {
    QTest::addColumn<QByteArray>("tz");
    QTest::addColumn<QString>("zone");
    QTest::newRow("UTC") << QByteArray("UTC") << QStringLiteral(" UTC");
    QTest::newRow("China") << QByteArray("Asia/Shanghai") << QStringLiteral(" +08:00");
}

void TestTrroStats::tableIsForPeople() {
    QFETCH(QByteArray, tz);
    QFETCH(QString, zone);
    const CliRun run = m_f.cli({QStringLiteral("stats"), QStringLiteral("--project"), m_f.project,
                                QStringLiteral("--interval"), QStringLiteral("day"),
                                QStringLiteral("--format"), QStringLiteral("table")},
                               CliKey, tz);
    QCOMPARE(run.exitCode, 0);
    const QStringList lines =
        QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
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

void TestTrroStats::demoNeedsNoCredentials() {
    const CliRun run =
        runCli({QStringLiteral("--demo"), QStringLiteral("stats"), QStringLiteral("--interval"),
                QStringLiteral("day"), QStringLiteral("--format"), QStringLiteral("json")},
               {});
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
