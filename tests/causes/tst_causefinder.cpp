// The cause finder on hand-made spans: the counts, shares and contribution of each value, the
// ranking, the significance flag, the folding of values beyond the cap, the details
// dimensions' weights, the summary sentence, and hostile input.

#include "causefinder.h"
#include "causetext.h"

#include <QTest>
#include <cmath>

using namespace trro;

namespace {

constexpr qint64 T0 = 1764000000; // 2025-11-24 16:00 UTC
// The day before, two hours later: the hours of day of the spans do not overlap.
constexpr qint64 BaselineStart = T0 - 86400 + 7200;

// n sessions of one vehicle and cockpit, bad of them bad, one a minute from start.
QList<DeviceSession> sessions(const QString &prefix, const QString &field, const QString &remote,
                              int n, int bad, qint64 start = T0,
                              const QString &resolution = QStringLiteral("1920*1080")) {
    QList<DeviceSession> out;
    for (int i = 0; i < n; ++i) {
        DeviceSession s;
        s.sessionId = prefix + QString::number(i);
        s.fieldDeviceId = field;
        s.remoteDeviceId = remote;
        s.resolution = resolution;
        s.startTime = start + i * 60;
        s.endTime = s.startTime + 300;
        s.quality = i < bad ? QStringLiteral("bad") : QStringLiteral("good");
        out.append(s);
    }
    return out;
}

const CauseRow *find(const CauseReport &report, CauseDimension dimension, const QString &value) {
    for (const CauseRow &row : report.rows) {
        if (row.dimension == dimension && row.value == value)
            return &row;
    }
    return nullptr;
}

// The span of the issue: cockpit roc_04 holds 15 of 19 bad sessions; the baseline 1 of 5.
CauseInput cockpitInput() {
    CauseInput in;
    in.span =
        sessions(QStringLiteral("s-a"), QStringLiteral("v1"), QStringLiteral("roc_04"), 20, 15) +
        sessions(QStringLiteral("s-b"), QStringLiteral("v2"), QStringLiteral("roc_01"), 80, 4);
    in.baseline = sessions(QStringLiteral("b-a"), QStringLiteral("v1"), QStringLiteral("roc_04"),
                           20, 1, BaselineStart) +
                  sessions(QStringLiteral("b-b"), QStringLiteral("v2"), QStringLiteral("roc_01"),
                           80, 4, BaselineStart);
    return in;
}

} // namespace

class TestCauseFinder final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countsSharesAndContribution();
    void rankingPutsTheCauseFirst();
    void significanceNeedsAWorseShare();
    void aCauseOutranksABroadDrift();
    void hourUsesTheOffset();
    void modelGroupsByName_data();
    void modelGroupsByName();
    void foldsValuesBeyondTheCap();
    void detailsDimensionsAreWeightedEstimates();
    void summarySentence();
    void hostileInput();
    void manyValuesStayBounded();
    void dimensionNames();
};

void TestCauseFinder::countsSharesAndContribution() {
    const CauseReport r = findCauses(cockpitInput());
    QCOMPARE(r.sessions, 100);
    QCOMPARE(r.badSessions, 19);
    QCOMPARE(r.baselineSessions, 100);
    QCOMPARE(r.baselineBadSessions, 5);
    QCOMPARE(r.ratio, 81.0);
    QCOMPARE(r.baselineRatio, 95.0);
    const CauseRow *row = find(r, CauseDimension::Remote, QStringLiteral("roc_04"));
    QVERIFY(row);
    QCOMPARE(row->sessions, 20);
    QCOMPARE(row->badSessions, 15);
    QCOMPARE(row->baselineSessions, 20);
    QCOMPARE(row->baselineBadSessions, 1);
    QCOMPARE(row->badShare, 75.0);
    QCOMPARE(row->baselineBadShare, 5.0);
    QVERIFY(std::abs(row->shareOfBad - 1500.0 / 19) < 1e-9);
    QCOMPARE(row->baselineShareOfBad, 20.0);
    // Without it: 80 sessions, 76 not bad = 95 %; 95 - 81 = 14 points.
    QCOMPARE(row->ratioWithout, 95.0);
    QVERIFY(std::abs(row->contributionPoints - 14.0) < 1e-9);
    QCOMPARE(row->test, ProportionTest::ZTest);
    // The other cockpit does better than the span: a negative contribution.
    const CauseRow *other = find(r, CauseDimension::Remote, QStringLiteral("roc_01"));
    QVERIFY(other);
    QVERIFY(other->contributionPoints < 0);
    // A value holding every session of the span: nothing is left to compare with.
    const CauseRow *all = find(r, CauseDimension::Resolution, QStringLiteral("1920*1080"));
    QVERIFY(all);
    QVERIFY(std::isnan(all->ratioWithout));
    QCOMPARE(all->contributionPoints, 0.0);
}

void TestCauseFinder::rankingPutsTheCauseFirst() {
    // (Every bad session of the span starts in its first hour: the hour dimension would lead.)
    CauseOptions options;
    options.dimensions = {CauseDimension::Field, CauseDimension::Remote,
                          CauseDimension::Resolution};
    const CauseReport r = findCauses(cockpitInput(), options);
    QVERIFY(r.rows.size() >= 4);
    // Vehicle v1 and cockpit roc_04 hold the same sessions: same contribution and p, the
    // vehicle (the first dimension) first.
    QCOMPARE(r.rows.at(0).dimension, CauseDimension::Field);
    QCOMPARE(r.rows.at(0).value, QStringLiteral("v1"));
    QCOMPARE(r.rows.at(1).dimension, CauseDimension::Remote);
    QCOMPARE(r.rows.at(1).value, QStringLiteral("roc_04"));
    for (qsizetype i = 1; i < r.rows.size(); ++i)
        QVERIFY(r.rows.at(i - 1).contributionPoints >= r.rows.at(i).contributionPoints);
    // Deterministic: the same input gives the same rows.
    const CauseReport again = findCauses(cockpitInput(), options);
    QCOMPARE(again.rows.size(), r.rows.size());
    for (qsizetype i = 0; i < r.rows.size(); ++i)
        QCOMPARE(again.rows.at(i).value, r.rows.at(i).value);
}

void TestCauseFinder::significanceNeedsAWorseShare() {
    const CauseReport r = findCauses(cockpitInput());
    const CauseRow *cause = find(r, CauseDimension::Remote, QStringLiteral("roc_04"));
    QVERIFY(cause->significant);
    QVERIFY(cause->adjustedPValue >= cause->pValue);
    QVERIFY(cause->adjustedPValue < 0.01);
    // roc_01: 4 of 80 in both: not significant.
    QVERIFY(!find(r, CauseDimension::Remote, QStringLiteral("roc_01"))->significant);
    // The same difference the other way round (the cockpit got better) is no cause.
    CauseInput better = cockpitInput();
    std::swap(better.span, better.baseline);
    const CauseReport b = findCauses(better);
    const CauseRow *row = find(b, CauseDimension::Remote, QStringLiteral("roc_04"));
    QVERIFY(row->pValue < 0.01);
    QVERIFY(!row->significant);
    // A stricter alpha.
    CauseOptions strict;
    strict.alpha = 1e-12;
    QVERIFY(
        !find(findCauses(cockpitInput(), strict), CauseDimension::Remote, QStringLiteral("roc_04"))
             ->significant);
    QCOMPARE(r.testedValues, 5); // v1, v2, roc_04, roc_01, the resolution; hours are not shared
}

void TestCauseFinder::aCauseOutranksABroadDrift() {
    // Cockpit c4 goes from 9 to 50 bad sessions of 300; resolution 1280*720, ten times as
    // large, drifts from 280 to 340 of 3,000 (p = 0.011, not significant). By contribution
    // times the rise as observed, the drift would come first (0.070 against 0.063); by the
    // rise its counts support, the cockpit does.
    const QString hd = QStringLiteral("1280*720");
    CauseInput in;
    in.span =
        sessions(QStringLiteral("s-c4-"), QStringLiteral("v4"), QStringLiteral("c4"), 300, 50) +
        sessions(QStringLiteral("s-hd-"), QStringLiteral("v1"), QStringLiteral("c1"), 3000, 340, T0,
                 hd) +
        sessions(QStringLiteral("s-fhd-"), QStringLiteral("v2"), QStringLiteral("c1"), 2700, 81);
    in.baseline = sessions(QStringLiteral("b-c4-"), QStringLiteral("v4"), QStringLiteral("c4"), 300,
                           9, BaselineStart) +
                  sessions(QStringLiteral("b-hd-"), QStringLiteral("v1"), QStringLiteral("c1"),
                           3000, 280, BaselineStart, hd) +
                  sessions(QStringLiteral("b-fhd-"), QStringLiteral("v2"), QStringLiteral("c1"),
                           2700, 81, BaselineStart);
    CauseOptions options;
    options.dimensions = {CauseDimension::Remote, CauseDimension::Resolution};
    const CauseReport r = findCauses(in, options);
    QCOMPARE(r.rows.at(0).value, QStringLiteral("c4"));
    QVERIFY(r.rows.at(0).significant);
    QCOMPARE(r.rows.at(1).value, hd);
    QVERIFY(!r.rows.at(1).significant);
    // It holds more of the drop, and its observed rise times that is the larger.
    QVERIFY(r.rows.at(1).contributionPoints > 7 * r.rows.at(0).contributionPoints);
    QVERIFY(
        r.rows.at(1).contributionPoints * (r.rows.at(1).badShare - r.rows.at(1).baselineBadShare) >
        r.rows.at(0).contributionPoints * (r.rows.at(0).badShare - r.rows.at(0).baselineBadShare));
    QVERIFY(r.rows.at(0).score > 2 * r.rows.at(1).score);
}

void TestCauseFinder::hourUsesTheOffset() {
    CauseInput in;
    in.span = sessions(QStringLiteral("s"), QStringLiteral("v"), QStringLiteral("r"), 1, 1);
    CauseOptions options;
    options.dimensions = {CauseDimension::Hour};
    QCOMPARE(findCauses(in, options).rows.at(0).value, QStringLiteral("00:00")); // 16:00 UTC + 8
    options.utcOffsetSeconds = 0;
    QCOMPARE(findCauses(in, options).rows.at(0).value, QStringLiteral("16:00"));
    options.utcOffsetSeconds = -17 * 3600;
    QCOMPARE(findCauses(in, options).rows.at(0).value, QStringLiteral("23:00"));
}

void TestCauseFinder::modelGroupsByName_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("group");
    QTest::newRow("cockpit") << QStringLiteral("Remote cockpit NB-04")
                             << QStringLiteral("Remote cockpit NB-");
    QTest::newRow("excavator") << QStringLiteral("Excavator NB-012 (SY215C)")
                               << QStringLiteral("Excavator NB-");
    QTest::newRow("plate") << QStringLiteral("Robotaxi 浙BD12345")
                           << QStringLiteral("Robotaxi 浙BD");
    QTest::newRow("no digit") << QStringLiteral(" Loader ") << QStringLiteral("Loader");
    QTest::newRow("digit first") << QStringLiteral("7x") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestCauseFinder::modelGroupsByName() {
    QFETCH(QString, name);
    QFETCH(QString, group);
    QCOMPARE(nameGroup(name), group);
}

void TestCauseFinder::foldsValuesBeyondTheCap() {
    CauseInput in;
    for (int v = 0; v < 10; ++v)
        in.span += sessions(QStringLiteral("s%1-").arg(v), QStringLiteral("v%1").arg(v),
                            QStringLiteral("r"), 10 - v, 1);
    CauseOptions options;
    options.dimensions = {CauseDimension::Field};
    options.maxValuesPerDimension = 3;
    const CauseReport r = findCauses(in, options);
    QCOMPARE(r.rows.size(), 4);
    const CauseRow *other = find(r, CauseDimension::Field, QStringLiteral("(other)"));
    QVERIFY(other);
    QVERIFY(other->other);
    QCOMPARE(other->sessions, 7 + 6 + 5 + 4 + 3 + 2 + 1);
    QCOMPARE(other->badSessions, 7);
    QVERIFY(find(r, CauseDimension::Field, QStringLiteral("v0")));
    QVERIFY(!find(r, CauseDimension::Field, QStringLiteral("v3")));
}

void TestCauseFinder::detailsDimensionsAreWeightedEstimates() {
    // 10 bad sessions, all read; 90 not bad, 9 read: each read one stands for 10.
    CauseInput in;
    in.span = sessions(QStringLiteral("s"), QStringLiteral("v"), QStringLiteral("r"), 100, 10);
    for (int i = 0; i < 10; ++i)
        in.attributes.insert(
            QStringLiteral("s%1").arg(i),
            {QStringLiteral("single"), QStringLiteral("2.4"), QStringLiteral("network")});
    for (int i = 10; i < 19; ++i)
        in.attributes.insert(QStringLiteral("s%1").arg(i),
                             {QStringLiteral("multi"), QStringLiteral("2.4"), QString()});
    CauseOptions options;
    options.dimensions = {CauseDimension::Network, CauseDimension::Stage, CauseDimension::Sdk};
    const CauseReport r = findCauses(in, options);
    const CauseRow *single = find(r, CauseDimension::Network, QStringLiteral("single"));
    const CauseRow *multi = find(r, CauseDimension::Network, QStringLiteral("multi"));
    QVERIFY(single && multi);
    QCOMPARE(single->sessions, 10);
    QCOMPARE(single->badSessions, 10);
    QCOMPARE(multi->sessions, 90);
    QCOMPARE(multi->badSessions, 0);
    QVERIFY(single->estimated);
    QCOMPARE(single->test, ProportionTest::None); // estimates are not tested
    QCOMPARE(single->ratioWithout, 100.0);
    QVERIFY(std::abs(single->contributionPoints - 10.0) < 1e-9);
    // The stage is unknown for the not-bad ones: only the bad ones carry it.
    QCOMPARE(find(r, CauseDimension::Stage, QStringLiteral("network"))->sessions, 10);
    QCOMPARE(find(r, CauseDimension::Sdk, QStringLiteral("2.4"))->sessions, 100);
    // Without attributes, the details dimensions are empty.
    in.attributes.clear();
    QVERIFY(findCauses(in, options).rows.isEmpty());
}

void TestCauseFinder::summarySentence() {
    const CauseReport r = findCauses(cockpitInput());
    const CauseRow *row = find(r, CauseDimension::Remote, QStringLiteral("roc_04"));
    const CauseText text(QLocale::c());
    QCOMPARE(
        text.summary(*row, r, {{QStringLiteral("roc_04"), QStringLiteral("Remote cockpit NB-04")}}),
        QStringLiteral("Cockpit roc_04 (Remote cockpit NB-04): 79 % of the span's bad sessions "
                       "(20 % in the baseline); without its sessions the not-bad ratio would "
                       "be 95 % instead of 81 %."));
    QCOMPARE(text.overview(r), QStringLiteral("Not-bad ratio 81 % over 100 sessions, against 95 % "
                                              "over 100 in the baseline."));
    CauseRow hour;
    hour.dimension = CauseDimension::Hour;
    hour.value = QStringLiteral("14:00");
    hour.shareOfBad = 5.25;
    hour.ratioWithout = 82;
    QCOMPARE(text.summary(hour, r),
             QStringLiteral("Sessions starting at 14:00: 5.3 % of the span's bad sessions (no "
                            "sessions in the baseline); without its sessions the not-bad ratio "
                            "would be 82 % instead of 81 %."));
}

void TestCauseFinder::hostileInput() {
    CauseInput in;
    in.span = sessions(QStringLiteral("s"), QStringLiteral("v"), QStringLiteral("r"), 10, 2);
    in.span[0].quality = QStringLiteral("terrible"); // unknown quality
    in.span[1].endTime = in.span[1].startTime - 1;   // ends before it starts
    in.span[2].sessionId = in.span[3].sessionId;     // a duplicate
    in.span[4].fieldDeviceId.clear();                // absent from the vehicle dimension
    in.span[5].remoteDeviceId = QString(5000, QLatin1Char('x')) + QChar(7); // long, a control
    in.span[6].quality = QStringLiteral(" BAD ");                           // accepted
    in.span[7].startTime = std::numeric_limits<qint64>::min() / 2;
    in.span[7].endTime = in.span[7].startTime;
    const CauseReport r = findCauses(in);
    QCOMPARE(r.rejectedSessions, 3);
    QCOMPARE(r.sessions, 7);
    QCOMPARE(r.badSessions, 1); // s6; s1 was bad but rejected
    qint64 field = 0;
    for (const CauseRow &row : r.rows) {
        QVERIFY(row.value.size() <= 128);
        QVERIFY(!row.value.contains(QChar(7)));
        QVERIFY(std::isfinite(row.contributionPoints));
        QVERIFY(row.pValue >= 0 && row.pValue <= 1);
        if (row.dimension == CauseDimension::Field)
            field += row.sessions;
    }
    QCOMPARE(field, 6);
    // A span bounded to [start, end) rejects what started outside.
    in.spanStart = T0;
    in.spanEnd = T0 + 300;
    QCOMPARE(findCauses(in).sessions, 2); // s2 and s4: s0, s1 and s3 (s2's copy) are rejected
    // Nothing at all.
    const CauseReport empty = findCauses({});
    QVERIFY(empty.rows.isEmpty());
    QVERIFY(std::isnan(empty.ratio));
}

void TestCauseFinder::manyValuesStayBounded() {
    // 300,000 sessions, each with a vehicle of its own: 200 values and "(other)" are kept.
    CauseInput in;
    in.span.reserve(300000);
    for (int i = 0; i < 300000; ++i) {
        DeviceSession s;
        s.sessionId = QString::number(i);
        s.fieldDeviceId = QStringLiteral("v%1").arg(i);
        s.remoteDeviceId = QStringLiteral("r");
        s.startTime = T0 + i;
        s.endTime = T0 + i + 1;
        s.quality = i % 7 == 0 ? QStringLiteral("bad") : QStringLiteral("good");
        in.span.append(s);
    }
    CauseOptions options;
    options.dimensions = {CauseDimension::Field};
    options.maxSessionsPerSpan = 250000;
    const CauseReport r = findCauses(in, options);
    QVERIFY(r.truncated);
    QCOMPARE(r.sessions, 250000);
    QCOMPARE(r.rows.size(), 201);
    QCOMPARE(r.rows.last().sessions + 0, r.rows.last().sessions); // finite, no overflow
    qint64 total = 0;
    for (const CauseRow &row : r.rows)
        total += row.sessions;
    QCOMPARE(total, 250000);
}

void TestCauseFinder::dimensionNames() {
    for (const CauseDimension d : allCauseDimensions()) {
        CauseDimension parsed = CauseDimension::Field;
        QVERIFY(parseCauseDimension(causeDimensionName(d).toUpper(), &parsed));
        QCOMPARE(parsed, d);
        QVERIFY(!CauseText::dimensionTitle(d).isEmpty());
    }
    CauseDimension d;
    QVERIFY(!parseCauseDimension(QStringLiteral("colour"), &d));
    QVERIFY(isDetailsDimension(CauseDimension::Stage));
    QVERIFY(!isDetailsDimension(CauseDimension::Model));
}

QTEST_GUILESS_MAIN(TestCauseFinder)
#include "tst_causefinder.moc"
