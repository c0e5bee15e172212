#include "timespec.h"

#include <QTest>

using namespace trro;

class TestTimeSpec final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestTimeSpec::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    const qint64 now = 1764000000;
    QTest::newRow("unix") << QStringLiteral("1700000000") << true << qint64(1700000000);
    QTest::newRow("zero") << QStringLiteral("0") << true << qint64(0);
    QTest::newRow("iso Z") << QStringLiteral("2024-05-01T00:00:00Z") << true << qint64(1714521600);
    QTest::newRow("iso offset") << QStringLiteral("2024-05-01T08:00:00+08:00") << true << qint64(1714521600);
    QTest::newRow("iso ms") << QStringLiteral("2024-05-01T00:00:00.500Z") << true << qint64(1714521600);
    QTest::newRow("iso space") << QStringLiteral("2024-05-01 00:00Z") << true << qint64(1714521600);
    QTest::newRow("date") << QStringLiteral("2024-05-01") << true << qint64(1714521600);
    QTest::newRow("now") << QStringLiteral("now") << true << now;
    QTest::newRow("-24h") << QStringLiteral("-24h") << true << now - 86400;
    QTest::newRow("-7d") << QStringLiteral("-7d") << true << now - 7 * 86400;
    QTest::newRow("-30m") << QStringLiteral("-30m") << true << now - 1800;
    QTest::newRow("-2w") << QStringLiteral("-2w") << true << now - 14 * 86400;
    QTest::newRow("local time without zone") << QStringLiteral("2024-05-01T08:00:00") << false << qint64(0);
    QTest::newRow("bad date") << QStringLiteral("2024-02-30") << false << qint64(0);
    QTest::newRow("word") << QStringLiteral("yesterday") << false << qint64(0);
    QTest::newRow("future relative") << QStringLiteral("+1d") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
}

void TestTimeSpec::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1764000000, Qt::UTC);
    qint64 out = -1;
    QString error;
    QCOMPARE(parseTimeSpec(text, now, &out, &error), ok);
    if (ok)
        QCOMPARE(out, expected);
    else
        QVERIFY(error.contains(text.isEmpty() ? QStringLiteral("\"\"") : text));
}

QTEST_GUILESS_MAIN(TestTimeSpec)
#include "tst_timespec.moc"
