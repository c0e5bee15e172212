#include "intervalcolumns.h"
#include "statsexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <ctime>

using namespace trro;

namespace {

const QByteArray IntervalHeader = test::IntervalHeader.toUtf8();

IntervalBucket bucket(qint64 start, qint64 end, qint64 sessions, qint64 minutes, int ratio,
                      qint64 fields, qint64 remotes) {
    return {start, end, sessions, minutes, ratio, fields, remotes};
}

// The published example response of DescribeSessionStatisticsByInterval: an inverted bucket,
// two buckets with the same StartTime, a 1000 s "hour" and gaps.
QList<IntervalBucket> publishedExample() {
    return {bucket(1661151600, 1661152600, 1, 20, 50, 1, 0),
            bucket(1661162400, 1661152600, 2, 20, 10, 1, 0),
            bucket(1661166000, 1661176000, 4, 604, 20, 1, 1),
            bucket(1661166000, 1661176000, 1, 10, 30, 1, 0)};
}

void setTimeZone(const char *tz) {
    qputenv("TZ", tz);
    ::tzset();
}

} // namespace

class TestStatsExport final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvField_data();
    void csvField();
    void intervalRowsKeepEverythingInOrder();
    void intervalCsv();
    void intervalJsonTypesAndKeyOrder();
    void jsonEscapesRoundTrip_data();
    void jsonEscapesRoundTrip();
    void emptyOutputs();
    void totalsSingleObject();
    void devicesMachineAndHuman();
    void humanTime_data();
    void humanTime();
    void textTableForPeople();
    void parseFormat();
};

void TestStatsExport::csvField_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("truck-01") << QStringLiteral("truck-01");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("leading blank") << QStringLiteral(" a") << QStringLiteral("\" a\"");
    QTest::newRow("trailing blank") << QStringLiteral("a ") << QStringLiteral("\"a \"");
    QTest::newRow("chinese") << QStringLiteral("宁波港 1 号") << QStringLiteral("宁波港 1 号");
    // A spreadsheet must show these as text, not evaluate them.
    QTest::newRow("formula") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                               << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+cmd") << QStringLiteral("'+cmd");
    QTest::newRow("minus expression") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("negative number") << QStringLiteral("-5") << QStringLiteral("-5");
    QTest::newRow("negative decimal") << QStringLiteral("-2.5") << QStringLiteral("-2.5");
}

void TestStatsExport::csvField() {
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(trro::csvField(value), expected);
}

void TestStatsExport::intervalRowsKeepEverythingInOrder() {
    IntervalSeries b;
    b.deviceId = QStringLiteral("b-dev");
    b.buckets = publishedExample();
    IntervalSeries a;
    a.deviceId = QStringLiteral("a-dev");
    a.buckets = {bucket(300, 400, 3, 3, 100, 1, 1), bucket(100, 200, 1, 1, 0, 1, 0)};
    IntervalSeries project; // fleet-wide: empty DeviceId sorts first
    project.buckets = {bucket(50, 60, 9, 9, 9, 9, 9)};

    const QList<IntervalRow> rows = intervalRows({b, a, project});
    QCOMPARE(rows.size(), 7);
    QCOMPARE(rows[0].deviceId, QString());
    QCOMPARE(rows[1].deviceId, QStringLiteral("a-dev"));
    QCOMPARE(rows[1].bucket.startTime, 100);
    QCOMPARE(rows[2].bucket.startTime, 300);
    const QList<IntervalBucket> example = publishedExample();
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(rows[3 + i].deviceId, QStringLiteral("b-dev"));
        // Already in StartTime order; the two buckets at 1661166000 keep the service's order.
        QCOMPARE(rows[3 + i].bucket, example[i]);
    }
}

void TestStatsExport::intervalCsv() {
    IntervalSeries s;
    s.deviceId = QStringLiteral("dev2");
    s.buckets = publishedExample();
    const QByteArray csv = toCsv(intervalTable(intervalRows({s})));
    const QByteArray expected = IntervalHeader + '\n' +
                                "dev2,1661151600,1661152600,1,20,50,1,0\n"
                                "dev2,1661162400,1661152600,2,20,10,1,0\n"
                                "dev2,1661166000,1661176000,4,604,20,1,1\n"
                                "dev2,1661166000,1661176000,1,10,30,1,0\n";
    QCOMPARE(csv, expected);
}

void TestStatsExport::intervalJsonTypesAndKeyOrder() {
    IntervalSeries s;
    s.deviceId = QStringLiteral("123"); // numeric-looking ids stay strings
    s.buckets = {bucket(1700000000, 1700003600, 12, 345, 92, 7, 2)};
    IntervalSeries project;
    project.buckets = {bucket(1700000000, 1700086400, 5000000000LL, 1, 0, 0, 0)};
    const QByteArray json = toJson(intervalTable(intervalRows({s, project})));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 2);
    const QJsonObject fleet = array[0].toObject();
    QCOMPARE(fleet.size(), 8);
    QVERIFY(fleet.value(QLatin1String("DeviceId")).isString());
    QCOMPARE(fleet.value(QLatin1String("DeviceId")).toString(), QString());
    QCOMPARE(fleet.value(QLatin1String("SessionNum")).toInteger(), 5000000000LL);
    const QJsonObject device = array[1].toObject();
    QCOMPARE(device.value(QLatin1String("DeviceId")).toString(), QStringLiteral("123"));
    const QStringList &integerKeys = test::IntegerKeys;
    const QList<qint64> values{1700000000, 1700003600, 12, 345, 92, 7, 2};
    for (int i = 0; i < integerKeys.size(); ++i) {
        const QJsonValue value = device.value(integerKeys[i]);
        QVERIFY2(value.isDouble(), qPrintable(integerKeys[i]));
        QCOMPARE(value.toInteger(), values[i]);
    }
    // The text keeps the documented column order (QJsonObject would sort the keys).
    const QByteArray firstLine = json.split('\n').value(1);
    qsizetype previous = -1;
    for (const char *key :
         {"DeviceId", "StartTime", "EndTime", "SessionNum", "TotalDuration", "NotBadSessionRatio",
          "ActiveFieldDeviceNum", "ActiveRemoteDeviceNum"}) {
        const QByteArray needle = '"' + QByteArray(key) + "\":";
        const qsizetype at = firstLine.indexOf(needle);
        QVERIFY2(at > previous, key);
        previous = at;
    }
}

void TestStatsExport::jsonEscapesRoundTrip_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("quotes and backslash") << QStringLiteral("a \"b\" \\ c");
    QTest::newRow("controls") << QStringLiteral("line\nbreak\ttab\r\x01\x1f");
    QTest::newRow("chinese") << QStringLiteral("远端驾驶舱 1 号");
    QTest::newRow("astral") << QStringLiteral("\U0001F69A truck");
    QTest::newRow("line separator") << QStringLiteral("a\u2028b");
}

void TestStatsExport::jsonEscapesRoundTrip() {
    QFETCH(QString, name);
    Device device;
    device.deviceId = name;
    device.deviceName = name;
    const QByteArray json = toJson(devicesTable({device}));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.array().at(0).toObject().value(QLatin1String("DeviceName")).toString(), name);

    const QByteArray csv = toCsv(devicesTable({device}));
    QVERIFY(csv.startsWith("DeviceId,DeviceName,DeviceType,DeviceStatus,ProjectId,ModifyTime,"
                           "LastReportTime\n"));
}

void TestStatsExport::emptyOutputs() {
    QCOMPARE(toJson(intervalTable({})), QByteArrayLiteral("[]\n"));
    QCOMPARE(toCsv(intervalTable({})), IntervalHeader + '\n');
    const QString text = toText(intervalTable({}), QLocale::c());
    QCOMPARE(text.count(QLatin1Char('\n')), 2); // titles and rule
}

void TestStatsExport::totalsSingleObject() {
    SessionTotals totals{42, 1234, 88, 17, 3};
    const ExportTable table = totalsTable(QStringLiteral("dev"), 100, 200, totals);
    QCOMPARE(toCsv(table), IntervalHeader + "\ndev,100,200,42,1234,88,17,3\n");
    const QJsonDocument document = QJsonDocument::fromJson(toJson(table, true));
    QVERIFY(document.isObject());
    QCOMPARE(document.object().value(QLatin1String("TotalDuration")).toInteger(), 1234);
    QVERIFY(QJsonDocument::fromJson(toJson(table)).isArray());
}

void TestStatsExport::devicesMachineAndHuman() {
    Device d;
    d.deviceId = QStringLiteral("truck,01");
    d.deviceName = QStringLiteral("集卡 \"一号\"");
    d.deviceType = DeviceType::Field;
    d.deviceStatus = QStringLiteral("ready");
    d.projectId = QStringLiteral("prj");
    d.modifyTime = QDateTime(QDate(2024, 5, 1), QTime(8, 0), QTimeZone(8 * 3600));
    const QByteArray csv = toCsv(devicesTable({d}));
    QCOMPARE(csv.split('\n').value(1),
             QByteArray(
                 "\"truck,01\",\"集卡 \"\"一号\"\"\",field,ready,prj,2024-05-01T08:00:00+08:00,"));
    const QJsonObject object =
        QJsonDocument::fromJson(toJson(devicesTable({d}))).array().at(0).toObject();
    QVERIFY(object.value(QLatin1String("LastReportTime")).isNull());
    QCOMPARE(object.value(QLatin1String("ModifyTime")).toString(),
             QStringLiteral("2024-05-01T08:00:00+08:00"));
}

void TestStatsExport::humanTime_data() {
    QTest::addColumn<QByteArray>("tz");
    QTest::addColumn<qint64>("unixSeconds");
    QTest::addColumn<bool>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utc") << QByteArray("UTC") << qint64(1661151600) << false
                         << QStringLiteral("2022-08-22 07:00 UTC");
    QTest::newRow("utc with seconds") << QByteArray("UTC") << qint64(1661152600) << true
                                      << QStringLiteral("2022-08-22 07:16:40 UTC");
    QTest::newRow("shanghai") << QByteArray("Asia/Shanghai") << qint64(1661151600) << false
                              << QStringLiteral("2022-08-22 15:00 +08:00");
    QTest::newRow("new york, summer") << QByteArray("America/New_York") << qint64(1661151600)
                                      << false << QStringLiteral("2022-08-22 03:00 -04:00");
    QTest::newRow("kolkata") << QByteArray("Asia/Kolkata") << qint64(1661151600) << false
                             << QStringLiteral("2022-08-22 12:30 +05:30");
}

void TestStatsExport::humanTime() {
    QFETCH(QByteArray, tz);
    QFETCH(qint64, unixSeconds);
    QFETCH(bool, seconds);
    QFETCH(QString, expected);
    const QByteArray saved = qgetenv("TZ");
    setTimeZone(tz.constData());
    const QString text =
        trro::humanTime(QDateTime::fromSecsSinceEpoch(unixSeconds), seconds, QLocale::c());
    setTimeZone(saved.constData());
    QCOMPARE(text, expected);
}

void TestStatsExport::textTableForPeople() {
    const QByteArray saved = qgetenv("TZ");
    setTimeZone("UTC");
    IntervalSeries s;
    s.deviceId = QStringLiteral("挖掘机-01");
    s.buckets = {bucket(1661151600, 1661155200, 1234, 20, 50, 1, 0)};
    const QString text = toText(intervalTable(intervalRows({s})), QLocale(QLocale::English));
    setTimeZone(saved.constData());
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QLatin1String("Device")));
    QVERIFY(lines[0].contains(QLatin1String("Sessions")));
    QVERIFY(lines[2].contains(QLatin1String("2022-08-22 07:00 UTC")));
    QVERIFY(lines[2].contains(QLatin1String("1,234"))); // through the locale
    QVERIFY(!lines[2].contains(QLatin1String("1661151600")));
}

void TestStatsExport::parseFormat() {
    ExportFormat format = ExportFormat::Table;
    QVERIFY(parseExportFormat(QStringLiteral("CSV"), &format));
    QCOMPARE(format, ExportFormat::Csv);
    QVERIFY(parseExportFormat(QStringLiteral("json"), &format));
    QCOMPARE(format, ExportFormat::Json);
    QVERIFY(!parseExportFormat(QStringLiteral("xml"), &format));
    QCOMPARE(format, ExportFormat::Json);
    QCOMPARE(exportFormatName(ExportFormat::Table), QStringLiteral("table"));
}

QTEST_GUILESS_MAIN(TestStatsExport)
#include "tst_statsexport.moc"
