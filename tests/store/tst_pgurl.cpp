// The store's URL in libpq's form: what is accepted, what it becomes, what is refused (a
// password above all), and that no password ever shows in what is printed.

#include "pgurl.h"

#include <QSqlDatabase>
#include <QTest>

using namespace trro;

class TestPgUrl final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void appliedToQpsql();
};

void TestPgUrl::accepted_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("display");
    QTest::newRow("user host port db")
        << QStringLiteral("postgresql://trro@db.example.com:5433/history")
        << QStringLiteral("db.example.com") << 5433 << QStringLiteral("trro")
        << QStringLiteral("history")
        << QStringLiteral("postgresql://trro@db.example.com:5433/history");
    QTest::newRow("socket directory")
        << QStringLiteral("postgresql:///trro?host=/run/postgresql")
        << QStringLiteral("/run/postgresql") << -1 << QStringLiteral("") << QStringLiteral("trro")
        << QStringLiteral("postgresql:///trro?host=/run/postgresql");
    QTest::newRow("encoded socket directory")
        << QStringLiteral("postgresql://collector@%2Fvar%2Frun%2Fpostgresql:5434/trro")
        << QStringLiteral("/var/run/postgresql") << 5434 << QStringLiteral("collector")
        << QStringLiteral("trro")
        << QStringLiteral("postgresql://collector@/trro?host=/var/run/postgresql&port=5434");
    QTest::newRow("postgres scheme, defaults")
        << QStringLiteral("postgres://") << QStringLiteral("") << -1 << QStringLiteral("")
        << QStringLiteral("") << QStringLiteral("postgresql:///");
    QTest::newRow("ipv6") << QStringLiteral("postgresql://[::1]:6000/db") << QStringLiteral("::1")
                          << 6000 << QStringLiteral("") << QStringLiteral("db")
                          << QStringLiteral("postgresql://[::1]:6000/db");
    QTest::newRow("parameters") << QStringLiteral(
                                       "postgresql:///x?user=u&port=7000&dbname=y&sslmode=require")
                                << QStringLiteral("") << 7000 << QStringLiteral("u")
                                << QStringLiteral("y")
                                << QStringLiteral("postgresql://u@:7000/y?sslmode=require");
}

void TestPgUrl::accepted() {
    QFETCH(QString, url);
    QString error;
    const PgLocation location = PgLocation::parse(url, &error);
    QVERIFY2(location.isValid(), qPrintable(error));
    QFETCH(QString, host);
    QCOMPARE(location.host, host);
    QFETCH(int, port);
    QCOMPARE(location.port, port);
    QFETCH(QString, user);
    QCOMPARE(location.user, user);
    QFETCH(QString, database);
    QCOMPARE(location.database, database);
    QFETCH(QString, display);
    QCOMPARE(location.display(), display);
}

void TestPgUrl::refused_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");
    QTest::newRow("password in the user part")
        << QStringLiteral("postgresql://trro:s3cret-pw@db/history") << QStringLiteral(".pgpass");
    QTest::newRow("password parameter")
        << QStringLiteral("postgresql://db/h?password=s3cret-pw") << QStringLiteral(".pgpass");
    QTest::newRow("other scheme") << QStringLiteral("mysql://db/history")
                                  << QStringLiteral("postgresql://");
    QTest::newRow("no scheme") << QStringLiteral("db.example.com/history")
                               << QStringLiteral("postgresql://");
    QTest::newRow("bad port") << QStringLiteral("postgresql://db:99999/h")
                              << QStringLiteral("port");
    QTest::newRow("port not a number")
        << QStringLiteral("postgresql://db:abc/h") << QStringLiteral("port");
    QTest::newRow("several hosts")
        << QStringLiteral("postgresql://a,b/h") << QStringLiteral("several");
    QTest::newRow("unknown parameter")
        << QStringLiteral("postgresql://db/h?options=-c%20x") << QStringLiteral("options");
    QTest::newRow("quote in a value")
        << QStringLiteral("postgresql://db/h'x") << QStringLiteral("quotes");
    QTest::newRow("space in a value")
        << QStringLiteral("postgresql:///h?host=/a%20b") << QStringLiteral("spaces");
    QTest::newRow("bad sslmode") << QStringLiteral("postgresql://db/h?sslmode=maybe")
                                 << QStringLiteral("sslmode");
    QTest::newRow("too long") << QStringLiteral("postgresql://db/") + QString(3000, u'a')
                              << QStringLiteral("longer");
}

void TestPgUrl::refused() {
    QFETCH(QString, url);
    QFETCH(QString, reason);
    QString error;
    const PgLocation location = PgLocation::parse(url, &error);
    QVERIFY(!location.isValid());
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("s3cret-pw")), qPrintable(error));
}

void TestPgUrl::appliedToQpsql() {
    QString error;
    const PgLocation location =
        PgLocation::parse(QStringLiteral("postgresql://trro@/history?host=/tmp/sock&port=5999&"
                                         "connect_timeout=7&sslmode=disable"),
                          &error);
    QVERIFY2(location.isValid(), qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("t"));
        location.applyTo(db);
        QCOMPARE(db.hostName(), QStringLiteral("/tmp/sock"));
        QCOMPARE(db.port(), 5999);
        QCOMPARE(db.userName(), QStringLiteral("trro"));
        QCOMPARE(db.databaseName(), QStringLiteral("history"));
        QVERIFY(db.password().isEmpty()); // libpq finds it (.pgpass, PGPASSFILE)
        QVERIFY(db.connectOptions().contains(QLatin1String("connect_timeout=7")));
        QVERIFY(db.connectOptions().contains(QLatin1String("sslmode=disable")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
}

QTEST_GUILESS_MAIN(TestPgUrl)
#include "tst_pgurl.moc"
