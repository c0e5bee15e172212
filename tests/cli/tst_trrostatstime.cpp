// trro-stats as a China-time fleet and its cron jobs use it: --tz decides what a date means,
// today/yesterday and snapped times give whole buckets, buckets cut by the range are marked
// Partial (or left out with --complete-only) with one warning, CSV that appends cleanly, --quiet,
// one line for ordinary gaps. TRRO_NOW stands in for the current time, so the answers do not
// depend on the time of day.

#include "clifixture.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>

using namespace trro;
using namespace trro::test;

namespace {

constexpr qint64 Day = 86400;
constexpr qint64 Hour = 3600;
constexpr qint64 China = 8 * Hour;

QString isoDate(qint64 chinaMidnight) {
    return QDateTime::fromSecsSinceEpoch(chinaMidnight, QTimeZone(int(China)))
        .date()
        .toString(Qt::ISODate);
}

QJsonArray jsonArray(const QByteArray &out) {
    return QJsonDocument::fromJson(out).array();
}

} // namespace

class TestTrroStatsTime final : public CliTestCase {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void datesAreMidnightInTheZone_data();
    void datesAreMidnightInTheZone();
    void todayAndYesterday();
    void snappedRangeHasWholeBuckets();
    void partialBucketsAreMarkedOrLeftOut();
    void openBucketIsPartial();
    void tableShowsTheZone();
    void appendWritesTheHeaderOnce();
    void quietPrintsErrorsOnly();
    void gapsAreOneLine();

private:
    QStringList day(const QString &from, const QString &to, const QStringList &more = {}) const;
    // The starts of the hours of the last day before the range end in which these series had
    // sessions, the busiest first (the synthetic fleet follows the time of day).
    QList<qint64> busyHours(const QStringList &devices);

    QTemporaryDir m_dir;
    qint64 m_midnight = 0; // a China midnight at least a day before the fixture's range end
};

void TestTrroStatsTime::initTestCase() {
    QVERIFY2(m_f.start(), StartFailure);
    QVERIFY(m_dir.isValid());
    m_midnight = ((m_f.rangeEnd + China) / Day) * Day - China - Day;
}

QStringList TestTrroStatsTime::day(const QString &from, const QString &to,
                                   const QStringList &more) const {
    return m_f.stats(QStringLiteral("day"), from, to, more);
}

QList<qint64> TestTrroStatsTime::busyHours(const QStringList &devices) {
    QHash<qint64, qint64> sessions;
    const QStringList rows =
        m_f.expectedRows(QStringLiteral("hour"), devices, m_f.rangeEnd - Day, m_f.rangeEnd);
    for (const QString &row : rows.mid(1))
        sessions[row.section(QLatin1Char(','), 1, 1).toLongLong()] +=
            row.section(QLatin1Char(','), 3, 3).toLongLong();
    QList<qint64> hours = sessions.keys();
    std::sort(hours.begin(), hours.end(), [&](qint64 a, qint64 b) {
        return sessions.value(a) != sessions.value(b) ? sessions.value(a) > sessions.value(b)
                                                      : a < b;
    });
    return hours;
}

void TestTrroStatsTime::datesAreMidnightInTheZone_data() {
    QTest::addColumn<QStringList>("zoneArguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QByteArray>("tz");
    QTest::addColumn<qint64>("offset"); // of the zone the dates are read in
    QTest::newRow("--tz Asia/Shanghai")
        << QStringList{QStringLiteral("--tz"), QStringLiteral("Asia/Shanghai")} << QStringList()
        << QByteArray("UTC") << China;
    QTest::newRow("TRRO_TZ=+08:00")
        << QStringList() << QStringList{QStringLiteral("TRRO_TZ=+08:00")} << QByteArray("UTC")
        << China;
    QTest::newRow("system zone") << QStringList() << QStringList() << QByteArray("Asia/Shanghai")
                                 << China;
    QTest::newRow("--tz UTC beats TZ") << QStringList{QStringLiteral("--tz"), QStringLiteral("UTC")}
                                       << QStringList() << QByteArray("Asia/Shanghai") << qint64(0);
}

void TestTrroStatsTime::datesAreMidnightInTheZone() {
    QFETCH(QStringList, zoneArguments);
    QFETCH(QStringList, environment);
    QFETCH(QByteArray, tz);
    QFETCH(qint64, offset);
    const qint64 from = m_midnight - 3 * Day;
    const QStringList arguments =
        zoneArguments +
        day(isoDate(from), isoDate(m_midnight), {QStringLiteral("-f"), QStringLiteral("json")});
    const CliRun run = m_f.cli(arguments, CliKey, tz, environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const qint64 start = from + China - offset;
    const qint64 end = m_midnight + China - offset;
    const QStringList expected = m_f.expectedRows(QStringLiteral("day"), {}, start, end);
    const QJsonArray rows = jsonArray(run.out);
    QCOMPARE(rows.size(), expected.size() - 1);
    QVERIFY(rows.size() >= 3);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QCOMPARE(bucketRow(QString(), row), expected.at(i + 1));
        // China dates give whole China days; UTC dates cut the first and the last one.
        const bool edge = i == 0 || i == rows.size() - 1;
        QCOMPARE(row.value(QLatin1String("Partial")).toBool(), offset != China && edge);
        QVERIFY(row.value(QLatin1String("Partial")).isBool());
    }
    QCOMPARE(run.err.contains("inside a bucket"), offset != China);
}

void TestTrroStatsTime::todayAndYesterday() {
    // "now" is 13:00 China time on the day after m_midnight.
    const QString now = QStringLiteral("TRRO_NOW=%1").arg(m_midnight + Day + 13 * Hour);
    const CliRun run = m_f.cli(QStringList{QStringLiteral("--tz"), QStringLiteral("+08:00")} +
                                   day(QStringLiteral("yesterday"), QStringLiteral("today"),
                                       {QStringLiteral("-f"), QStringLiteral("csv")}),
                               CliKey, "UTC", {now});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(csvRows(run.out),
             m_f.expectedRows(QStringLiteral("day"), {}, m_midnight, m_midnight + Day));
    QVERIFY2(!run.err.contains("inside a bucket"), run.err.constData());
}

void TestTrroStatsTime::snappedRangeHasWholeBuckets() {
    // rangeEnd is on the hour; "now" is 20 minutes later.
    const QString now = QStringLiteral("TRRO_NOW=%1").arg(m_f.rangeEnd + 1200);
    const CliRun run =
        m_f.cli({QStringLiteral("stats"), QStringLiteral("-p"), m_f.project,
                 QStringLiteral("--interval"), QStringLiteral("hour"), QStringLiteral("--from"),
                 QStringLiteral("-6h@h"), QStringLiteral("--to"), QStringLiteral("now@h"),
                 QStringLiteral("-f"), QStringLiteral("csv")},
                CliKey, "UTC", {now});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList expected =
        m_f.expectedRows(QStringLiteral("hour"), {}, m_f.rangeEnd - 6 * Hour, m_f.rangeEnd);
    QVERIFY(expected.size() > 3);
    QCOMPARE(csvRows(run.out), expected);
    QVERIFY2(!run.err.contains("inside a bucket"), run.err.constData());
}

void TestTrroStatsTime::partialBucketsAreMarkedOrLeftOut() {
    // Half an hour into an hour in which one of three devices had a session in its second
    // half: one warning for the whole run.
    const QStringList devices = m_f.fieldDevices.mid(0, 3);
    qint64 from = 0;
    for (const qint64 hour : busyHours(devices)) {
        const QStringList rows =
            m_f.expectedRows(QStringLiteral("hour"), devices, hour + 1800, m_f.rangeEnd);
        if (std::any_of(rows.cbegin() + 1, rows.cend(), [&](const QString &row) {
                return row.section(QLatin1Char(','), 1, 1).toLongLong() < hour + 1800;
            })) {
            from = hour + 1800;
            break;
        }
    }
    QVERIFY2(from > 0, "no hour of the last day had a session in its second half");
    QStringList arguments{
        QStringLiteral("stats"),      QStringLiteral("-p"),   m_f.project,
        QStringLiteral("--interval"), QStringLiteral("hour"), QStringLiteral("--from"),
        QString::number(from),        QStringLiteral("--to"), QString::number(m_f.rangeEnd)};
    for (const QString &device : devices)
        arguments << QStringLiteral("--device") << device;
    const CliRun json =
        m_f.cli(arguments + QStringList{QStringLiteral("-f"), QStringLiteral("json")});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    QCOMPARE(json.err.count("inside a bucket"), 1);
    const QStringList expected =
        m_f.expectedRows(QStringLiteral("hour"), devices, from, m_f.rangeEnd);
    const QJsonArray rows = jsonArray(json.out);
    QCOMPARE(rows.size(), expected.size() - 1);
    QStringList whole{IntervalHeader};
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const bool cut = row.value(QLatin1String("StartTime")).toInteger() < from;
        QCOMPARE(row.value(QLatin1String("Partial")).toBool(), cut);
        if (!cut)
            whole << expected.at(i + 1);
    }
    QVERIFY(whole.size() < expected.size()); // some first hour had sessions in its second half

    const CliRun complete =
        m_f.cli(arguments + QStringList{QStringLiteral("-f"), QStringLiteral("csv"),
                                        QStringLiteral("--complete-only")});
    QVERIFY2(complete.exitCode == 0, complete.err.constData());
    QCOMPARE(csvRows(complete.out), whole);
    QVERIFY2(complete.err.contains("--complete-only left out"), complete.err.constData());
}

void TestTrroStatsTime::openBucketIsPartial() {
    // "now" is half-way through a busy hour, the last one of the range: it is not over.
    const QList<qint64> hours = busyHours({});
    QVERIFY(!hours.isEmpty());
    const qint64 hour = hours.front();
    const qint64 now = hour + 1800;
    const QStringList arguments{QStringLiteral("stats"),
                                QStringLiteral("-p"),
                                m_f.project,
                                QStringLiteral("--interval"),
                                QStringLiteral("hour"),
                                QStringLiteral("--from"),
                                QString::number(hour - 3 * Hour),
                                QStringLiteral("--to"),
                                QString::number(hour + Hour),
                                QStringLiteral("-f"),
                                QStringLiteral("json")};
    const QStringList environment{QStringLiteral("TRRO_NOW=%1").arg(now)};
    const CliRun run = m_f.cli(arguments, CliKey, "UTC", environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray rows = jsonArray(run.out);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.last().toObject().value(QLatin1String("StartTime")).toInteger(), hour);
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const bool open = row.value(QLatin1String("EndTime")).toInteger() > now;
        QCOMPARE(row.value(QLatin1String("Partial")).toBool(), open);
    }
    const CliRun complete = m_f.cli(arguments + QStringList{QStringLiteral("--complete-only")},
                                    CliKey, "UTC", environment);
    QVERIFY2(complete.exitCode == 0, complete.err.constData());
    QCOMPARE(jsonArray(complete.out).size(), rows.size() - 1);
    for (const QJsonValue &value : jsonArray(complete.out))
        QVERIFY(value.toObject().value(QLatin1String("EndTime")).toInteger() <= now);
}

void TestTrroStatsTime::tableShowsTheZone() {
    const QStringList arguments =
        day(QString::number(m_midnight - Day), QString::number(m_midnight),
            {QStringLiteral("-f"), QStringLiteral("table")});
    const CliRun china =
        m_f.cli(QStringList{QStringLiteral("--tz"), QStringLiteral("Asia/Shanghai")} + arguments);
    QVERIFY2(china.exitCode == 0, china.err.constData());
    const QString day = isoDate(m_midnight - Day);
    QVERIFY2(china.out.contains((day + QStringLiteral(" 00:00 +08:00")).toUtf8()),
             china.out.constData());
    QVERIFY2(china.out.contains("Partial"), china.out.constData());
    const CliRun utc =
        m_f.cli(QStringList{QStringLiteral("--tz"), QStringLiteral("UTC")} + arguments, CliKey,
                "Asia/Shanghai");
    QVERIFY2(utc.out.contains(" 16:00 UTC"), utc.out.constData());
    const CliRun bare = m_f.cli(QStringList{QStringLiteral("--tz"), QStringLiteral("UTC")} +
                                arguments + QStringList{QStringLiteral("--no-header")});
    QVERIFY(!bare.out.contains("Partial"));
    QCOMPARE(bare.out.count('\n'), utc.out.count('\n') - 2);
}

void TestTrroStatsTime::appendWritesTheHeaderOnce() {
    const QString file = m_dir.filePath(QStringLiteral("hourly.csv"));
    const QString first = QString::number(m_f.rangeEnd - 2 * Hour);
    const QString middle = QString::number(m_f.rangeEnd - Hour);
    const QString last = QString::number(m_f.rangeEnd);
    const auto hour = [&](const QString &from, const QString &to) {
        return QStringList{QStringLiteral("stats"),
                           QStringLiteral("-p"),
                           m_f.project,
                           QStringLiteral("--interval"),
                           QStringLiteral("hour"),
                           QStringLiteral("--from"),
                           from,
                           QStringLiteral("--to"),
                           to,
                           QStringLiteral("-o"),
                           file,
                           QStringLiteral("--append")};
    };
    CliRun run = m_f.cli(hour(first, middle));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = m_f.cli(hour(middle, last));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile out(file);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(csvRows(out.readAll()),
             m_f.expectedRows(QStringLiteral("hour"), {}, m_f.rangeEnd - 2 * Hour, m_f.rangeEnd));
    // --no-header on stdout: rows only.
    run =
        m_f.cli(day(QString::number(m_midnight - 2 * Day), QString::number(m_midnight),
                    {QStringLiteral("-f"), QStringLiteral("csv"), QStringLiteral("--no-header")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(csvRows(run.out),
             m_f.expectedRows(QStringLiteral("day"), {}, m_midnight - 2 * Day, m_midnight).mid(1));
}

void TestTrroStatsTime::quietPrintsErrorsOnly() {
    const QStringList cut =
        day(QString::number(m_midnight - 2 * Day + 5 * Hour), QString::number(m_midnight),
            {QStringLiteral("-f"), QStringLiteral("csv")});
    CliRun run = m_f.cli(cut);
    QVERIFY2(run.err.contains("warning"), run.err.constData());
    run = m_f.cli(QStringList{QStringLiteral("--quiet")} + cut);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QVERIFY(!run.out.isEmpty());
    run = m_f.cli(QStringList{QStringLiteral("-q")} +
                  day(QStringLiteral("x"), QStringLiteral("now")));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("error"));
}

void TestTrroStatsTime::gapsAreOneLine() {
    // A day of hours for every device: night hours without sessions are ordinary.
    const CliRun run = m_f.cli(
        {QStringLiteral("stats"), QStringLiteral("-p"), m_f.project, QStringLiteral("--interval"),
         QStringLiteral("hour"), QStringLiteral("--all-devices"), QStringLiteral("--from"),
         QString::number(m_f.rangeEnd - Day), QStringLiteral("--to"), QString::number(m_f.rangeEnd),
         QStringLiteral("-f"), QStringLiteral("csv")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.err.split('\n');
    qsizetype gapLines = 0;
    for (const QByteArray &line : lines)
        gapLines += line.contains("without") ? 1 : 0;
    QVERIFY2(gapLines == 1, run.err.constData());
    const QByteArray series =
        QByteArray::number(m_f.fieldDevices.size() + m_f.remoteDevices.size()) + " series";
    QVERIFY2(run.err.contains(series), run.err.constData());
}

QTEST_GUILESS_MAIN(TestTrroStatsTime)
#include "tst_trrostatstime.moc"
