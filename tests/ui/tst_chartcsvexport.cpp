#include "chartcsvexport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace trro;

namespace {

IntervalBucket bucket(qint64 start, qint64 end, qint64 sessions, int ratio = 90) {
    IntervalBucket b;
    b.startTime = start;
    b.endTime = end;
    b.sessionNum = sessions;
    b.totalDuration = sessions * 12;
    b.notBadSessionRatio = ratio;
    b.activeFieldDeviceNum = sessions / 2;
    b.activeRemoteDeviceNum = 3;
    return b;
}

// Splits one CSV line written by ChartCsvExport (quotes only around cells that need them).
QStringList cells(const QString &line) {
    QStringList out;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            out << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    out << cell;
    return out;
}

constexpr qint64 T0 = 1714521600; // 2024-05-01T00:00:00Z

} // namespace

class TestChartCsvExport final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void isoWithOffset_data();
    void isoWithOffset();
    void touches_data();
    void touches();
    void quoteText_data();
    void quoteText();
    void visibleRowsOnly();
    void devicesAfterFleetInTimeOrder();
    void anomaliesAreKeptAndNamed();
    void fileHasBomAndSameText();
    void unwritablePathIsAnError();
};

void TestChartCsvExport::isoWithOffset_data() {
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utc") << T0 << QTimeZone::utc() << QStringLiteral("2024-05-01T00:00:00+00:00");
    QTest::newRow("utc+8") << T0 << QTimeZone(8 * 3600)
                           << QStringLiteral("2024-05-01T08:00:00+08:00");
    QTest::newRow("utc-05:30") << T0 << QTimeZone(-(5 * 3600 + 1800))
                               << QStringLiteral("2024-04-30T18:30:00-05:30");
    QTest::newRow("before 1970") << qint64(-3600) << QTimeZone::utc()
                                 << QStringLiteral("1969-12-31T23:00:00+00:00");
    QTest::newRow("berlin summer")
        << T0 << QTimeZone("Europe/Berlin") << QStringLiteral("2024-05-01T02:00:00+02:00");
    QTest::newRow("berlin winter") << qint64(1704067200) << QTimeZone("Europe/Berlin")
                                   << QStringLiteral("2024-01-01T01:00:00+01:00");
}

void TestChartCsvExport::isoWithOffset() {
    QFETCH(qint64, seconds);
    QFETCH(QTimeZone, zone);
    QFETCH(QString, expected);
    if (!zone.isValid())
        QSKIP("this system has no time zone database entry for the zone");
    QCOMPARE(ChartCsvExport::isoWithOffset(seconds, zone), expected);
    // The text reads back as the same instant.
    QCOMPARE(QDateTime::fromString(expected, Qt::ISODate).toSecsSinceEpoch(), seconds);
}

void TestChartCsvExport::touches_data() {
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<bool>("expected");
    // Visible range: [T0, T0 + 86400)
    QTest::newRow("inside") << T0 + 3600 << T0 + 7200 << true;
    QTest::newRow("starts at range start") << T0 << T0 + 3600 << true;
    QTest::newRow("ends at range start") << T0 - 3600 << T0 << false;
    QTest::newRow("straddles start") << T0 - 1800 << T0 + 1800 << true;
    QTest::newRow("starts at range end") << T0 + 86400 << T0 + 90000 << false;
    QTest::newRow("inverted inside") << T0 + 7200 << T0 + 3600 << true;
    QTest::newRow("inverted outside") << T0 - 100 << T0 - 3600 << false;
    QTest::newRow("zero width inside") << T0 + 10 << T0 + 10 << true;
    QTest::newRow("zero width at end") << T0 + 86400 << T0 + 86400 << false;
}

void TestChartCsvExport::touches() {
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(bool, expected);
    QCOMPARE(ChartCsvExport::touches(bucket(start, end, 1), T0, T0 + 86400), expected);
}

void TestChartCsvExport::quoteText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("EX-017") << QStringLiteral("EX-017");
    QTest::newRow("comma") << QStringLiteral("Truck, north") << QStringLiteral("\"Truck, north\"");
    QTest::newRow("quote") << QStringLiteral("The \"fast\" one")
                           << QStringLiteral("\"The \"\"fast\"\" one\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(1)") << QStringLiteral("'=HYPERLINK(1)");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("at") << QStringLiteral("@x") << QStringLiteral("'@x");
    QTest::newRow("chinese") << QStringLiteral("车辆 1") << QStringLiteral("车辆 1");
    QTest::newRow("empty") << QString() << QString();
}

void TestChartCsvExport::quoteText() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ChartCsvExport::quoteText(text), expected);
}

void TestChartCsvExport::visibleRowsOnly() {
    ChartCsvExport csv(T0 + 3600, T0 + 4 * 3600, QTimeZone(8 * 3600));
    CsvSeries fleet;
    fleet.interval = Interval::Hour;
    for (int h = 0; h < 6; ++h)
        fleet.buckets << bucket(T0 + h * 3600, T0 + (h + 1) * 3600, 10 + h);
    csv.addSeries(fleet);
    QCOMPARE(csv.rowCount(), 3);

    const QStringList lines = csv.toCsv().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(cells(lines.at(0)), ChartCsvExport::headers());
    QCOMPARE(cells(lines.at(0)).size(), int(ChartCsvExport::ColumnCount));
    const QStringList first = cells(lines.at(1));
    QCOMPARE(first.at(ChartCsvExport::SeriesColumn), QStringLiteral("Fleet"));
    QCOMPARE(first.at(ChartCsvExport::DeviceIdColumn), QString());
    QCOMPARE(first.at(ChartCsvExport::StartColumn), QStringLiteral("2024-05-01T09:00:00+08:00"));
    QCOMPARE(first.at(ChartCsvExport::EndColumn), QStringLiteral("2024-05-01T10:00:00+08:00"));
    QCOMPARE(first.at(ChartCsvExport::StartUnixColumn), QString::number(T0 + 3600));
    QCOMPARE(first.at(ChartCsvExport::EndUnixColumn), QString::number(T0 + 7200));
    QCOMPARE(first.at(ChartCsvExport::SessionsColumn), QStringLiteral("11"));
    QCOMPARE(first.at(ChartCsvExport::MinutesColumn), QStringLiteral("132"));
    QCOMPARE(first.at(ChartCsvExport::NotBadRatioColumn), QStringLiteral("90"));
    QCOMPARE(first.at(ChartCsvExport::VehiclesColumn), QStringLiteral("5"));
    QCOMPARE(first.at(ChartCsvExport::CockpitsColumn), QStringLiteral("3"));
    QCOMPARE(first.at(ChartCsvExport::NotesColumn), QString());
    QCOMPARE(cells(lines.at(3)).at(ChartCsvExport::StartUnixColumn),
             QString::number(T0 + 3 * 3600));
}

void TestChartCsvExport::devicesAfterFleetInTimeOrder() {
    ChartCsvExport csv(T0, T0 + 86400 * 3, QTimeZone::utc());
    CsvSeries fleet{QString(),
                    QStringLiteral("Fleet"),
                    Interval::Day,
                    {bucket(T0 + 86400, T0 + 2 * 86400, 5), bucket(T0, T0 + 86400, 4)}};
    CsvSeries device{QStringLiteral("dev-2"),
                     QStringLiteral("Truck, north"),
                     Interval::Day,
                     {bucket(T0 + 86400, T0 + 2 * 86400, 1)}};
    csv.addSeries(fleet);
    csv.addSeries(device);
    const QStringList lines = csv.toCsv().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(cells(lines.at(1)).at(ChartCsvExport::StartUnixColumn), QString::number(T0));
    QCOMPARE(cells(lines.at(2)).at(ChartCsvExport::StartUnixColumn), QString::number(T0 + 86400));
    const QStringList last = cells(lines.at(3));
    QCOMPARE(last.at(ChartCsvExport::SeriesColumn), QStringLiteral("Truck, north"));
    QCOMPARE(last.at(ChartCsvExport::DeviceIdColumn), QStringLiteral("dev-2"));
    QCOMPARE(last.at(ChartCsvExport::SessionsColumn), QStringLiteral("1"));
}

void TestChartCsvExport::anomaliesAreKeptAndNamed() {
    // The published example's hostile shapes: a duplicate start and an inverted bucket.
    ChartCsvExport csv(T0, T0 + 86400, QTimeZone::utc());
    CsvSeries fleet;
    fleet.interval = Interval::Hour;
    fleet.buckets << bucket(T0, T0 + 3600, 1) << bucket(T0, T0 + 3600, 2)
                  << bucket(T0 + 7200, T0 + 3600, 3);
    csv.addSeries(fleet);
    QCOMPARE(csv.rowCount(), 3);
    const QStringList lines = csv.toCsv().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(
        cells(lines.at(1)).at(ChartCsvExport::NotesColumn).contains(QStringLiteral("duplicate")));
    QVERIFY(
        cells(lines.at(2)).at(ChartCsvExport::NotesColumn).contains(QStringLiteral("duplicate")));
    const QStringList inverted = cells(lines.at(3));
    QVERIFY(inverted.at(ChartCsvExport::NotesColumn).contains(QStringLiteral("end before start")));
    QCOMPARE(inverted.at(ChartCsvExport::EndUnixColumn), QString::number(T0 + 3600));
}

void TestChartCsvExport::fileHasBomAndSameText() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChartCsvExport csv(T0, T0 + 86400, QTimeZone::utc());
    csv.addSeries({QString(), QStringLiteral("车队"), Interval::Day, {bucket(T0, T0 + 86400, 7)}});
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY2(csv.writeFile(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)), csv.toCsv());
}

void TestChartCsvExport::unwritablePathIsAnError() {
    ChartCsvExport csv(T0, T0 + 86400, QTimeZone::utc());
    QString error;
    QVERIFY(!csv.writeFile(QStringLiteral("/nonexistent-directory/x/out.csv"), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestChartCsvExport)
#include "tst_chartcsvexport.moc"
