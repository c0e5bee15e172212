#include "timespec.h"

#include <QTest>

using namespace trro;

class TestTimeSpec final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void inZone_data();
    void inZone();
    void timeZone_data();
    void timeZone();
};

void TestTimeSpec::parse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    const qint64 now = 1764000000; // 2025-11-24T16:00:00Z
    QTest::newRow("unix") << QStringLiteral("1700000000") << true << qint64(1700000000);
    QTest::newRow("zero") << QStringLiteral("0") << false << qint64(0);
    QTest::newRow("iso Z") << QStringLiteral("2024-05-01T00:00:00Z") << true << qint64(1714521600);
    QTest::newRow("iso offset") << QStringLiteral("2024-05-01T08:00:00+08:00") << true
                                << qint64(1714521600);
    QTest::newRow("iso ms") << QStringLiteral("2024-05-01T00:00:00.500Z") << true
                            << qint64(1714521600);
    QTest::newRow("iso space") << QStringLiteral("2024-05-01 00:00Z") << true << qint64(1714521600);
    QTest::newRow("date") << QStringLiteral("2024-05-01") << true << qint64(1714521600);
    QTest::newRow("wall time") << QStringLiteral("2024-05-01T08:00:00") << true
                               << qint64(1714550400);
    QTest::newRow("wall time, minutes")
        << QStringLiteral("2024-05-01 08:00") << true << qint64(1714550400);
    QTest::newRow("now") << QStringLiteral("now") << true << now;
    QTest::newRow("-24h") << QStringLiteral("-24h") << true << now - 86400;
    QTest::newRow("-7d") << QStringLiteral("-7d") << true << now - 7 * 86400;
    QTest::newRow("-30m") << QStringLiteral("-30m") << true << now - 1800;
    QTest::newRow("-2w") << QStringLiteral("-2w") << true << now - 14 * 86400;
    QTest::newRow("today") << QStringLiteral("today") << true << qint64(1763942400);
    QTest::newRow("yesterday") << QStringLiteral("Yesterday") << true << qint64(1763942400 - 86400);
    QTest::newRow("-1d@d") << QStringLiteral("-1d@d") << true << qint64(1763942400 - 86400);
    QTest::newRow("-90m@h") << QStringLiteral("-90m@h") << true << qint64(now - 2 * 3600);
    QTest::newRow("now@h") << QStringLiteral("now@h") << true << now;
    QTest::newRow("now@mon") << QStringLiteral("now@mon") << true << qint64(1761955200); // 11-01
    QTest::newRow("-30d@month") << QStringLiteral("-30d@month") << true
                                << qint64(1759276800); // 10-01
    QTest::newRow("huge relative") << QStringLiteral("-9999999w") << false << qint64(0);
    QTest::newRow("before 2000") << QStringLiteral("1999-12-31") << false << qint64(0);
    QTest::newRow("far future") << QStringLiteral("2150-01-01T00:00:00Z") << false << qint64(0);
    QTest::newRow("far future unix") << QStringLiteral("999999999999") << false << qint64(0);
    QTest::newRow("bad date") << QStringLiteral("2024-02-30") << false << qint64(0);
    QTest::newRow("bad wall time") << QStringLiteral("2024-05-01T25:00") << false << qint64(0);
    QTest::newRow("word") << QStringLiteral("yesterday-ish") << false << qint64(0);
    QTest::newRow("bad snap") << QStringLiteral("-1d@y") << false << qint64(0);
    QTest::newRow("future relative") << QStringLiteral("+1d") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
}

void TestTimeSpec::parse() {
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1764000000, Qt::UTC);
    qint64 out = -1;
    QString error;
    QCOMPARE(parseTimeSpec(text, now, &out, &error, QTimeZone::utc()), ok);
    if (ok)
        QCOMPARE(out, expected);
    else
        QVERIFY(error.contains(text.isEmpty() ? QStringLiteral("\"\"") : text));
}

// The same words in China time: a date is midnight there, snapping follows its days.
void TestTimeSpec::inZone_data() {
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    const qint64 midnightCst = 1764000000; // now: 2025-11-25T00:00+08:00
    QTest::newRow("date") << QByteArray("Asia/Shanghai") << QStringLiteral("2025-11-12")
                          << qint64(1762876800);
    QTest::newRow("wall time") << QByteArray("Asia/Shanghai") << QStringLiteral("2025-11-12T08:00")
                               << qint64(1762905600);
    QTest::newRow("offset wins") << QByteArray("Asia/Shanghai")
                                 << QStringLiteral("2025-11-12T08:00Z") << qint64(1762934400);
    QTest::newRow("today") << QByteArray("Asia/Shanghai") << QStringLiteral("today") << midnightCst;
    QTest::newRow("-1d@d") << QByteArray("Asia/Shanghai") << QStringLiteral("-1d@d")
                           << qint64(midnightCst - 86400);
    QTest::newRow("-1s@d") << QByteArray("UTC+08:00") << QStringLiteral("-1s@d")
                           << qint64(midnightCst - 86400);
    QTest::newRow("now@mon") << QByteArray("Asia/Shanghai") << QStringLiteral("now@mon")
                             << qint64(1761926400); // 2025-11-01T00:00+08:00
    QTest::newRow("half-hour zone @h")
        << QByteArray("Asia/Kolkata") << QStringLiteral("-10m@h") << qint64(1763998200);
    QTest::newRow("dst day") << QByteArray("Europe/Berlin") << QStringLiteral("2025-10-26")
                             << qint64(1761429600);
}

void TestTimeSpec::inZone() {
    QFETCH(QByteArray, zone);
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QTimeZone tz;
    QVERIFY(parseTimeZone(QString::fromLatin1(zone), &tz));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1764000000, Qt::UTC);
    qint64 out = -1;
    QString error;
    QVERIFY2(parseTimeSpec(text, now, &out, &error, tz), qPrintable(error));
    QCOMPARE(out, expected);
}

void TestTimeSpec::timeZone_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("offsetAtNow"); // seconds east of UTC
    QTest::newRow("iana") << QStringLiteral("Asia/Shanghai") << true << 8 * 3600;
    QTest::newRow("utc") << QStringLiteral("UTC") << true << 0;
    QTest::newRow("offset") << QStringLiteral("+08:00") << true << 8 * 3600;
    QTest::newRow("compact") << QStringLiteral("-0530") << true << -(5 * 3600 + 1800);
    QTest::newRow("hours") << QStringLiteral("+8") << true << 8 * 3600;
    QTest::newRow("utc offset") << QStringLiteral("UTC+08:00") << true << 8 * 3600;
    QTest::newRow("too far") << QStringLiteral("+15:00") << false << 0;
    QTest::newRow("bad minutes") << QStringLiteral("+08:75") << false << 0;
    QTest::newRow("unknown") << QStringLiteral("Mars/Olympus") << false << 0;
    QTest::newRow("empty") << QString() << false << 0;
}

void TestTimeSpec::timeZone() {
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, offsetAtNow);
    QTimeZone zone;
    QString error;
    QCOMPARE(parseTimeZone(text, &zone, &error), ok);
    if (ok)
        QCOMPARE(zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(1764000000, Qt::UTC)),
                 offsetAtNow);
    else
        QVERIFY(error.contains(QLatin1Char('"') + text + QLatin1Char('"')));
}

QTEST_GUILESS_MAIN(TestTimeSpec)
#include "tst_timespec.moc"
