// trro-stats totals --all-devices: exact totals of every device over the range (compared with one
// raw DescribeSessionStatistics per device), ranked worst first by --sort, cut by --top.

#include "clifixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <algorithm>

using namespace trro;
using namespace trro::test;

namespace {

constexpr qint64 Day = 86400;

QJsonArray jsonArray(const QByteArray &out) {
    return QJsonDocument::fromJson(out).array();
}

} // namespace

class TestTrroStatsRanking final : public CliTestCase {
    Q_OBJECT
private Q_SLOTS:
    void rankingOfAllDevices_data();
    void rankingOfAllDevices();
    void estimateFromTheSessionList();
};

void TestTrroStatsRanking::rankingOfAllDevices_data() {
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<int>("top");
    QTest::newRow("field, ratio, top 5") << QStringLiteral("field") << QStringLiteral("ratio") << 5;
    QTest::newRow("remote, bad") << QStringLiteral("remote") << QStringLiteral("bad") << 0;
    QTest::newRow("all, sessions, top 3") << QString() << QStringLiteral("sessions") << 3;
    QTest::newRow("field, minutes") << QStringLiteral("field") << QStringLiteral("minutes") << 0;
}

void TestTrroStatsRanking::rankingOfAllDevices() {
    QFETCH(QString, type);
    QFETCH(QString, sort);
    QFETCH(int, top);
    const qint64 from = m_f.rangeEnd - 7 * Day;
    QStringList arguments{
        QStringLiteral("totals"),        QStringLiteral("-p"),     m_f.project,
        QStringLiteral("--all-devices"), QStringLiteral("--sort"), sort,
        QStringLiteral("--from"),        QString::number(from),    QStringLiteral("--to"),
        QString::number(m_f.rangeEnd),   QStringLiteral("-f"),     QStringLiteral("json")};
    if (!type.isEmpty())
        arguments << QStringLiteral("--type") << type;
    if (top > 0)
        arguments << QStringLiteral("--top") << QString::number(top);
    const CliRun run = m_f.cli(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());

    // The expected ranking from one raw DescribeSessionStatistics per device.
    QStringList devices = type == QLatin1String("remote")  ? m_f.remoteDevices
                          : type == QLatin1String("field") ? m_f.fieldDevices
                                                           : m_f.fieldDevices + m_f.remoteDevices;
    struct Row {
        QString id;
        QJsonObject totals;
        qint64 bad = 0;
    };
    QList<Row> expected;
    for (const QString &device : std::as_const(devices)) {
        const QJsonObject t = m_f.totals(from, device);
        QVERIFY(!t.isEmpty());
        const qint64 n = t.value(QLatin1String("SessionNum")).toInteger();
        const qint64 ratio = t.value(QLatin1String("NotBadSessionRatio")).toInteger();
        expected.append({device, t, (n * (100 - ratio) + 50) / 100});
    }
    const auto key = [&](const Row &r) -> qint64 {
        const qint64 n = r.totals.value(QLatin1String("SessionNum")).toInteger();
        if (sort == QLatin1String("ratio"))
            return n == 0 ? 1000 : r.totals.value(QLatin1String("NotBadSessionRatio")).toInteger();
        if (sort == QLatin1String("bad"))
            return -r.bad;
        if (sort == QLatin1String("sessions"))
            return -n;
        return -r.totals.value(QLatin1String("TotalDuration")).toInteger();
    };
    std::stable_sort(expected.begin(), expected.end(), [&](const Row &a, const Row &b) {
        if (key(a) != key(b))
            return key(a) < key(b);
        const qint64 na = a.totals.value(QLatin1String("SessionNum")).toInteger();
        const qint64 nb = b.totals.value(QLatin1String("SessionNum")).toInteger();
        if (sort == QLatin1String("ratio") && na != nb)
            return na > nb;
        return a.id < b.id;
    });
    if (top > 0)
        expected = expected.mid(0, top);

    const QJsonArray rows = jsonArray(run.out);
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QCOMPARE(row.value(QLatin1String("DeviceId")).toString(), expected.at(i).id);
        for (const QString &k : IntegerKeys.mid(2))
            QCOMPARE(row.value(k).toInteger(), expected.at(i).totals.value(k).toInteger());
        QCOMPARE(row.value(QLatin1String("BadSessionNum")).toInteger(), expected.at(i).bad);
    }
}

// --estimate: the same ranking from one project-wide session list. The local service counts
// sessions, minutes and quality the way the estimate does, so over a settled range the two are
// equal; the estimate takes a few requests where the exact ranking takes one per device.
void TestTrroStatsRanking::estimateFromTheSessionList() {
    const qint64 from = m_f.rangeEnd - 7 * Day;
    const QStringList arguments{
        QStringLiteral("totals"),        QStringLiteral("-p"),     m_f.project,
        QStringLiteral("--all-devices"), QStringLiteral("--sort"), QStringLiteral("bad"),
        QStringLiteral("--from"),        QString::number(from),    QStringLiteral("--to"),
        QString::number(m_f.rangeEnd),   QStringLiteral("-f"),     QStringLiteral("json")};
    const CliRun exact = m_f.cli(arguments);
    QVERIFY2(exact.exitCode == 0, exact.err.constData());
    m_f.service()->clearRequestLog();
    const CliRun estimate = m_f.cli(arguments + QStringList{QStringLiteral("--estimate")});
    QVERIFY2(estimate.exitCode == 0, estimate.err.constData());
    QVERIFY2(estimate.err.contains("Estimated from the project's session list"),
             estimate.err.constData());
    QVERIFY(!exact.err.contains("Estimated"));
    const QJsonArray want = jsonArray(exact.out);
    QVERIFY(want.size() > 20);
    QCOMPARE(jsonArray(estimate.out), want);
    int statistics = 0;
    for (const auto &r : m_f.service()->requestLog())
        statistics += r.action.startsWith(QLatin1String("DescribeSessionStatistics")) ? 1 : 0;
    QCOMPARE(statistics, 0);
    QVERIFY(m_f.service()->requestLog().size() < want.size() / 2);

    // Without --all-devices it means nothing.
    const CliRun alone = m_f.cli({QStringLiteral("totals"), QStringLiteral("-p"), m_f.project,
                                  QStringLiteral("--estimate")});
    QCOMPARE(alone.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestTrroStatsRanking)
#include "tst_trrostatsranking.moc"
