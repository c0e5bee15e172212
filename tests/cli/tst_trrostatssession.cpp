// trro-stats session-details end to end: its json and csv hold exactly what the local service
// returned for the session (compared with raw signed requests), its table is the diagnosis, and
// an unknown session is a clear error.

#include "clifixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace trro;
using namespace trro::test;
using namespace Qt::StringLiterals;

namespace {

const QString SamplesHeader =
    u"DeviceType,DeviceId,Time,Rate,BitRateEstimate,TotalBitrateEstimate,Fps,FrameDelta,"
    u"MaxFrameDelta,Lost,NACK,NetworkLatency,VideoLatency,ControlLatency,CaptureCost,EncodeCost,"
    u"DecodeCost,RenderCost,K100,K150,Lag100Duration,Lag150Duration,CpuUsed,MemUsed"_s;

// Two JSON values hold the same thing: numbers by value, arrays and objects member by member.
void compareJson(const QJsonValue &actual, const QJsonValue &expected, const QString &path) {
    if (expected.isDouble()) {
        QVERIFY2(actual.isDouble(), qPrintable(path));
        QVERIFY2(actual.toDouble() == expected.toDouble(),
                 qPrintable(u"%1: %2 instead of %3"_s.arg(path)
                                .arg(actual.toDouble())
                                .arg(expected.toDouble())));
    } else if (expected.isArray()) {
        QVERIFY2(actual.isArray(), qPrintable(path));
        const QJsonArray a = actual.toArray(), e = expected.toArray();
        QVERIFY2(a.size() == e.size(), qPrintable(path));
        for (qsizetype i = 0; i < e.size(); ++i) {
            compareJson(a.at(i), e.at(i), u"%1[%2]"_s.arg(path).arg(i));
            if (QTest::currentTestFailed())
                return;
        }
    } else if (expected.isObject()) {
        QVERIFY2(actual.isObject(), qPrintable(path));
        const QJsonObject a = actual.toObject(), e = expected.toObject();
        QCOMPARE(a.keys(), e.keys());
        for (auto it = e.begin(); it != e.end(); ++it) {
            compareJson(a.value(it.key()), it.value(), path + u'.' + it.key());
            if (QTest::currentTestFailed())
                return;
        }
    } else {
        QVERIFY2(actual == expected, qPrintable(path));
    }
}

} // namespace

class TestTrroStatsSession final : public CliTestCase {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jsonIsWhatTheServiceSent_data();
    void jsonIsWhatTheServiceSent();
    void csvHoldsEverySample();
    void rangeIsPassedOn();
    void tableIsTheDiagnosis();
    void unknownSession();
    void usageErrors_data();
    void usageErrors();

private:
    // The first session of that quality lasting at least minSeconds.
    QString sessionOf(const QString &quality, qint64 minSeconds = 0) const;
    QJsonArray rawDetails(const QString &sessionId, qint64 from = 0, qint64 to = 0);

    QJsonArray m_sessions;
};

void TestTrroStatsSession::initTestCase() {
    QVERIFY2(m_f.start(), StartFailure);
    m_sessions = m_f.raw().allPages(u"DescribeDeviceSessionList"_s,
                                    {{u"ProjectId"_s, m_f.project},
                                     {u"StartTime"_s, m_f.rangeEnd - 86400},
                                     {u"EndTime"_s, m_f.rangeEnd}},
                                    u"DeviceSessionList"_s);
    QVERIFY(!sessionOf(u"good"_s).isEmpty());
    QVERIFY(!sessionOf(u"bad"_s).isEmpty());
}

QString TestTrroStatsSession::sessionOf(const QString &quality, qint64 minSeconds) const {
    for (const QJsonValue &v : m_sessions) {
        const QJsonObject s = v.toObject();
        const qint64 seconds =
            s.value(u"EndTime"_s).toInteger() - s.value(u"StartTime"_s).toInteger();
        if (s.value(u"Quality"_s).toString() == quality && seconds >= minSeconds)
            return s.value(u"SessionId"_s).toString();
    }
    return {};
}

QJsonArray TestTrroStatsSession::rawDetails(const QString &sessionId, qint64 from, qint64 to) {
    QJsonObject params{{u"SessionId"_s, sessionId}};
    if (from > 0)
        params.insert(u"StartTime"_s, from);
    if (to > 0)
        params.insert(u"EndTime"_s, to);
    QString error;
    const QJsonObject response = m_f.raw().call(u"DescribeDeviceSessionDetails"_s, params, &error);
    return response.value(u"Details"_s).toArray();
}

void TestTrroStatsSession::jsonIsWhatTheServiceSent_data() {
    QTest::addColumn<QString>("quality");
    QTest::newRow("good") << u"good"_s;
    QTest::newRow("bad") << u"bad"_s;
}

void TestTrroStatsSession::jsonIsWhatTheServiceSent() {
    QFETCH(QString, quality);
    const QString id = sessionOf(quality);
    const CliRun run =
        m_f.cli({u"session-details"_s, u"--session"_s, id, u"--format"_s, u"json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray expected = rawDetails(id);
    QCOMPARE(expected.size(), 2);
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    QVERIFY(doc.isArray());
    // Field by field, MultiNet included; the service sends the vehicle first.
    compareJson(doc.array(), expected, u"Details"_s);
    QVERIFY(!expected.at(0).toObject().value(u"MultiNet"_s).toArray().isEmpty());
}

void TestTrroStatsSession::csvHoldsEverySample() {
    const QString id = sessionOf(u"bad"_s);
    const CliRun run = m_f.cli({u"session-details"_s, u"-s"_s, id, u"--format"_s, u"csv"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QStringList> rows = parseCsv(run.out);
    QCOMPARE(rows.value(0).join(u','), SamplesHeader);
    const QStringList columns = rows.value(0);
    const QJsonArray expected = rawDetails(id);
    qsizetype row = 1;
    for (const QJsonValue &v : expected) { // field first; each side's samples by time
        const QJsonObject side = v.toObject();
        const QJsonArray offsets = side.value(u"TimeOffset"_s).toArray();
        const qint64 start = side.value(u"StartTime"_s).toInteger();
        for (qsizetype i = 0; i < offsets.size(); ++i, ++row) {
            const QStringList &cells = rows.value(row);
            QCOMPARE(cells.size(), columns.size());
            QCOMPARE(cells.at(0), side.value(u"DeviceType"_s).toString());
            QCOMPARE(cells.at(1), side.value(u"DeviceId"_s).toString());
            QCOMPARE(cells.at(2).toLongLong(), start + offsets.at(i).toInteger());
            for (qsizetype c = 3; c < columns.size(); ++c) {
                const QJsonArray values = side.value(columns.at(c)).toArray();
                if (values.isEmpty()) {
                    QVERIFY2(cells.at(c).isEmpty(), qPrintable(columns.at(c)));
                    continue;
                }
                bool ok = false;
                QCOMPARE(cells.at(c).toDouble(&ok), values.at(i).toDouble());
                QVERIFY(ok);
            }
        }
    }
    QCOMPARE(row, rows.size());
}

void TestTrroStatsSession::rangeIsPassedOn() {
    const QString id = sessionOf(u"bad"_s, 120); // longer than the range asked for
    QVERIFY(!id.isEmpty());
    const QJsonObject whole = rawDetails(id).at(0).toObject();
    const qint64 from = whole.value(u"StartTime"_s).toInteger() + 20;
    const qint64 to = from + 30;
    const CliRun run =
        m_f.cli({u"session-details"_s, u"-s"_s, id, u"--from"_s, QString::number(from), u"--to"_s,
                 QString::number(to), u"--format"_s, u"json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray sides = QJsonDocument::fromJson(run.out).array();
    compareJson(sides, rawDetails(id, from, to), u"Details"_s);
    const QJsonObject field = sides.at(0).toObject();
    QVERIFY(field.value(u"StartTime"_s).toInteger() >= from);
    QVERIFY(field.value(u"EndTime"_s).toInteger() <= to);
    QCOMPARE(field.value(u"TimeOffset"_s).toArray().size(), 16); // 30 s at one sample per 2 s
}

void TestTrroStatsSession::tableIsTheDiagnosis() {
    const QString bad = sessionOf(u"bad"_s);
    CliRun run = m_f.cli({u"session-details"_s, u"-s"_s, bad, u"--format"_s, u"table"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    const QJsonObject field = rawDetails(bad).at(0).toObject();
    QVERIFY(text.contains(field.value(u"DeviceId"_s).toString()));
    QVERIFY2(text.contains(u"[critical] The worst stretch"_s), run.out.constData());
    QVERIFY(text.contains(u"degraded"_s));
    QVERIFY(text.contains(u"MultiNet[0].Rtt"_s) && text.contains(u"MultiNet[1].Rtt"_s));

    // Thresholds from the command line: nothing is past a latency of 60 s.
    run = m_f.cli({u"session-details"_s, u"-s"_s, bad, u"--format"_s, u"table"_s,
                   u"--max-latency"_s, u"60000"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!QString::fromUtf8(run.out).contains(u"network latency was above"_s));

    const QString good = sessionOf(u"good"_s);
    run = m_f.cli({u"session-details"_s, u"-s"_s, good, u"--format"_s, u"table"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("the session was clean"), run.out.constData());
    QVERIFY(!run.out.contains("[critical]") && !run.out.contains("[warning]"));
}

void TestTrroStatsSession::unknownSession() {
    const CliRun run = m_f.cli({u"session-details"_s, u"--session"_s, u"no-such-session-0"_s});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("no-such-session-0") && run.err.contains("does not exist"),
             run.err.constData());
}

void TestTrroStatsSession::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no session") << QStringList{} << QByteArray("--session is required");
    QTest::newRow("blank id") << QStringList{u"-s"_s, u"a b"_s} << QByteArray("--session needs");
    QTest::newRow("control") << QStringList{u"-s"_s, u"a\u001b[2J"_s}
                             << QByteArray("--session needs");
    QTest::newRow("threshold") << QStringList{u"-s"_s, u"x"_s, u"--min-fps"_s, u"fast"_s}
                               << QByteArray("--min-fps must be a number");
    QTest::newRow("threshold range") << QStringList{u"-s"_s, u"x"_s, u"--max-loss"_s, u"101"_s}
                                     << QByteArray("--max-loss must be a number");
    QTest::newRow("inverted") << QStringList{u"-s"_s,         u"x"_s,    u"--from"_s,
                                             u"1700000000"_s, u"--to"_s, u"1600000000"_s}
                              << QByteArray("is after --to");
}

void TestTrroStatsSession::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const CliRun run = m_f.cli(QStringList{u"session-details"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestTrroStatsSession)
#include "tst_trrostatssession.moc"
