// The statistics of the cause finder against values computed by hand or published: Fisher's
// exact test (the tea-tasting table), the two-proportion z-test, the choice between them, the
// Benjamini-Hochberg adjustment, the Wilson and Newcombe intervals the ranking uses, and bounds
// on hostile counts.

#include "causestats.h"

#include <QTest>
#include <cmath>

using namespace trro;

class TestCauseStats final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void logFactorialMatchesProducts();
    void fisher_data();
    void fisher();
    void fisherIsSymmetric();
    void zTestByHand();
    void zTestDegenerate();
    void choosesFisherForSmallCounts();
    void choosesZTestForLargeCounts();
    void noTestWithoutSessions();
    void benjaminiHochberg_();
    void wilsonInterval_();
    void riseLowerBoundPublished();
    void riseLowerBoundShrinksWithThinCounts();
    void hostileCounts();
    void largeTableStaysBounded();
};

void TestCauseStats::logFactorialMatchesProducts() {
    QCOMPARE(logFactorial(0), 0.0);
    QCOMPARE(logFactorial(1), 0.0);
    QVERIFY(std::abs(logFactorial(5) - std::log(120.0)) < 1e-12);
    QVERIFY(std::abs(logFactorial(20) - std::log(2432902008176640000.0)) < 1e-9);
    QVERIFY(std::isfinite(logFactorial(qint64(1) << 40)));
}

void TestCauseStats::fisher_data() {
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("c");
    QTest::addColumn<qint64>("d");
    QTest::addColumn<double>("p");
    // Fisher's lady tasting tea: 3 of 4 cups right each way; two-sided p = 34/70.
    QTest::newRow("tea tasting") << qint64(3) << qint64(1) << qint64(1) << qint64(3)
                                 << 0.4857142857;
    // Computed with exact binomial coefficients (Python's math.comb).
    QTest::newRow("1 9 11 3") << qint64(1) << qint64(9) << qint64(11) << qint64(3)
                              << 0.002759456185;
    QTest::newRow("perfect split")
        << qint64(0) << qint64(5) << qint64(5) << qint64(0) << 0.007936507937;
    QTest::newRow("rare event, large rows")
        << qint64(10) << qint64(1000) << qint64(2) << qint64(1500) << 0.004934596883;
    QTest::newRow("identical rows") << qint64(2) << qint64(8) << qint64(2) << qint64(8) << 1.0;
    QTest::newRow("empty") << qint64(0) << qint64(0) << qint64(0) << qint64(0) << 1.0;
}

void TestCauseStats::fisher() {
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(qint64, c);
    QFETCH(qint64, d);
    QFETCH(double, p);
    const double got = fisherExactTwoSided(a, b, c, d);
    QVERIFY2(std::abs(got - p) < 1e-9, qPrintable(QString::number(got, 'g', 12)));
}

void TestCauseStats::fisherIsSymmetric() {
    const double p = fisherExactTwoSided(7, 2, 3, 9);
    QVERIFY(std::abs(fisherExactTwoSided(3, 9, 7, 2) - p) < 1e-12);
    QVERIFY(std::abs(fisherExactTwoSided(2, 7, 9, 3) - p) < 1e-12);
    QVERIFY(std::abs(fisherExactTwoSided(7, 3, 2, 9) - p) < 1e-12); // transposed
}

void TestCauseStats::zTestByHand() {
    // 30 of 100 against 15 of 100: pooled 0.225, SE = sqrt(0.225 * 0.775 * 0.02) = 0.059055,
    // z = 0.15 / 0.059055 = 2.5400, two-sided p = erfc(2.54 / sqrt 2) = 0.011085.
    const double p = twoProportionZTest(30, 100, 15, 100);
    QVERIFY2(std::abs(p - 0.0110851664) < 1e-8, qPrintable(QString::number(p, 'g', 12)));
    QVERIFY(std::abs(twoProportionZTest(15, 100, 30, 100) - p) < 1e-15);
    // Equal shares: z = 0.
    QCOMPARE(twoProportionZTest(50, 1000, 5, 100), 1.0);
}

void TestCauseStats::zTestDegenerate() {
    QCOMPARE(twoProportionZTest(0, 0, 3, 10), 1.0);
    QCOMPARE(twoProportionZTest(0, 10, 0, 10), 1.0);   // pooled 0
    QCOMPARE(twoProportionZTest(10, 10, 20, 20), 1.0); // pooled 1
    QVERIFY(std::isnan(twoProportionZTest(11, 10, 0, 10)));
    QVERIFY(std::isnan(twoProportionZTest(-1, 10, 0, 10)));
}

void TestCauseStats::choosesFisherForSmallCounts() {
    // Expected bad cells: 4 × 4 / 8 = 2 < 5.
    const ProportionComparison c = compareProportions(3, 4, 1, 4);
    QCOMPARE(c.test, ProportionTest::Fisher);
    QVERIFY(std::abs(c.pValue - 0.4857142857) < 1e-9);
    QCOMPARE(proportionTestName(c.test), QStringLiteral("fisher"));
    // 1,000 sessions each but 6 bad in all: expected bad 3 per row.
    QCOMPARE(compareProportions(5, 1000, 1, 1000).test, ProportionTest::Fisher);
}

void TestCauseStats::choosesZTestForLargeCounts() {
    const ProportionComparison c = compareProportions(30, 100, 15, 100);
    QCOMPARE(c.test, ProportionTest::ZTest);
    QVERIFY(std::abs(c.pValue - 0.0110851664) < 1e-8);
    QCOMPARE(proportionTestName(c.test), QStringLiteral("z"));
}

void TestCauseStats::noTestWithoutSessions() {
    QCOMPARE(compareProportions(3, 10, 0, 0).test, ProportionTest::None);
    QCOMPARE(compareProportions(0, 0, 3, 10).pValue, 1.0);
    QCOMPARE(compareProportions(5, 4, 1, 10).test, ProportionTest::None); // more bad than sessions
    QCOMPARE(proportionTestName(ProportionTest::None), QString());
}

void TestCauseStats::benjaminiHochberg_() {
    // m = 4: sorted 0.01, 0.02, 0.03, 0.5 -> 0.04, 0.04, 0.04, 0.5 (monotone from the top).
    const QList<double> adjusted = benjaminiHochberg({0.03, 0.5, 0.01, 0.02});
    QCOMPARE(adjusted.size(), 4);
    const QList<double> want{0.04, 0.5, 0.04, 0.04};
    for (qsizetype i = 0; i < want.size(); ++i)
        QVERIFY2(std::abs(adjusted.at(i) - want.at(i)) < 1e-12,
                 qPrintable(QString::number(adjusted.at(i))));
    // NaN is not a test and does not count in m.
    const QList<double> withNan = benjaminiHochberg({qQNaN(), 0.01, 0.04});
    QVERIFY(std::isnan(withNan.at(0)));
    QVERIFY(std::abs(withNan.at(1) - 0.02) < 1e-12);
    QVERIFY(std::abs(withNan.at(2) - 0.04) < 1e-12);
    QVERIFY(benjaminiHochberg({}).isEmpty());
    QCOMPARE(benjaminiHochberg({0.9, 0.95}).at(1), 0.95); // never above 1, never below the raw p
}

void TestCauseStats::wilsonInterval_() {
    // Newcombe (1998), table I: 0 of 10 is [0, 0.2775]; 1 of 29 is [0.0061, 0.1718].
    const ProportionInterval none = wilsonInterval(0, 10);
    QCOMPARE(none.low, 0.0);
    QVERIFY2(std::abs(none.high - 0.2775) < 5e-5, qPrintable(QString::number(none.high)));
    const ProportionInterval one = wilsonInterval(1, 29);
    QVERIFY2(std::abs(one.low - 0.0061) < 5e-5, qPrintable(QString::number(one.low)));
    QVERIFY2(std::abs(one.high - 0.1718) < 5e-5, qPrintable(QString::number(one.high)));
    // Symmetric: x of n is 1 minus (n - x) of n.
    const ProportionInterval a = wilsonInterval(7, 9), b = wilsonInterval(2, 9);
    QVERIFY(std::abs(a.low - (1 - b.high)) < 1e-12 && std::abs(a.high - (1 - b.low)) < 1e-12);
    // Nothing observed, or counts out of range: everything is possible.
    QCOMPARE(wilsonInterval(0, 0).low, 0.0);
    QCOMPARE(wilsonInterval(0, 0).high, 1.0);
    QCOMPARE(wilsonInterval(5, 3).high, 1.0);
}

void TestCauseStats::riseLowerBoundPublished() {
    // Newcombe (1998), table II, example (a): 56 of 70 against 48 of 80, a difference of 0.2;
    // his method 10 gives the interval [0.0524, 0.3339].
    const double low = riseLowerBound(56, 70, 48, 80);
    QVERIFY2(std::abs(low - 0.0524) < 5e-5, qPrintable(QString::number(low, 'g', 8)));
    // Example (h): 0 of 10 against 0 of 20, the interval [-0.1611, 0.2775].
    QVERIFY(std::abs(riseLowerBound(0, 10, 0, 20) + 0.1611) < 5e-5);
}

void TestCauseStats::riseLowerBoundShrinksWithThinCounts() {
    // The same shares, 100 % against 5 %, on more and more sessions: the least rise grows
    // toward the 95 points observed, and stays below them.
    double previous = -1;
    for (const qint64 n : {1, 3, 10, 30, 100, 1000}) {
        const double low = riseLowerBound(n, n, n, 20 * n);
        QVERIFY2(low > previous && low < 0.95, qPrintable(QString::number(n)));
        previous = low;
    }
    QVERIFY(riseLowerBound(1, 1, 1, 20) < 0.3); // one session says little
    QVERIFY(riseLowerBound(1000, 1000, 50, 1000) > 0.9);
    // No rise: at most zero.
    QVERIFY(riseLowerBound(10, 100, 10, 100) < 0);
    QVERIFY(std::isnan(riseLowerBound(1, 1, 0, 0)));
    QVERIFY(std::isnan(riseLowerBound(2, 1, 0, 10)));
    QVERIFY(std::isnan(riseLowerBound(-1, 10, 0, 10)));
}

void TestCauseStats::hostileCounts() {
    const qint64 huge = std::numeric_limits<qint64>::max();
    QVERIFY(std::isnan(fisherExactTwoSided(-1, 2, 3, 4)));
    QVERIFY(std::isnan(fisherExactTwoSided(huge, 2, 3, 4)));
    QVERIFY(std::isnan(twoProportionZTest(1, huge, 1, 10)));
    QCOMPARE(compareProportions(huge, huge, 1, 10).test, ProportionTest::None);
    QCOMPARE(compareProportions(-3, 10, 1, 10).pValue, 1.0);
}

void TestCauseStats::largeTableStaysBounded() {
    // Support of 20 million tables: refused rather than walked; the finder then uses the z-test.
    QVERIFY(std::isnan(fisherExactTwoSided(20'000'000, 20'000'000, 20'000'000, 20'000'000)));
    const ProportionComparison c = compareProportions(40, 1'000'000, 1, 1'000'000);
    QCOMPARE(c.test, ProportionTest::ZTest);
    QVERIFY(c.pValue < 1e-6);
    // A table within the bound but with large margins is summed in log space without overflow.
    const double p = fisherExactTwoSided(3, 5'000'000, 0, 5'000'000);
    QVERIFY(p > 0.2 && p <= 1.0);
}

QTEST_GUILESS_MAIN(TestCauseStats)
#include "tst_causestats.moc"
