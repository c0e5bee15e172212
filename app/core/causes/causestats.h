#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace trro {

// The statistics of the cause finder: is the bad share of a group of sessions in a span
// different from its bad share in a baseline? Counts are 2×2 tables:
//
//              bad         not bad
//   span       spanBad     spanSessions - spanBad
//   baseline   baseBad     baseSessions - baseBad
//
// Every function is pure, deterministic and bounded: factorials in log space (lgamma), loops
// over at most MaxFisherSupport tables.

enum class ProportionTest { None, ZTest, Fisher };
// "z" | "fisher" | "" (no test: a side without sessions).
QString proportionTestName(ProportionTest test);

struct ProportionComparison {
    double pValue = 1.0;
    ProportionTest test = ProportionTest::None;
};

// Fisher's exact test walks at most this many tables; a larger one answers NaN (the caller
// then uses the z-test, which is accurate at such counts).
inline constexpr qint64 MaxFisherSupport = 10'000'000;

// ln(n!) for n >= 0, through lgamma.
double logFactorial(qint64 n);

// Two-sided Fisher's exact test of the table [[a, b], [c, d]]: the probability, under fixed
// margins, of every table at most as likely as the observed one. NaN for negative counts or a
// support of more than MaxFisherSupport tables.
double fisherExactTwoSided(qint64 a, qint64 b, qint64 c, qint64 d);

// Two-sided two-proportion z-test with the pooled proportion: x1 of n1 against x2 of n2.
// 1 when either side is empty or the pooled proportion is 0 or 1; NaN for counts out of range.
double twoProportionZTest(qint64 x1, qint64 n1, qint64 x2, qint64 n2);

// The test the finder uses: Fisher's exact test when any expected cell of the table is below
// 5, the z-test otherwise; no test (p = 1) when a side has no session.
ProportionComparison compareProportions(qint64 spanBad, qint64 spanSessions, qint64 baseBad,
                                        qint64 baseSessions);

// The Wilson score interval of the proportion x of n at z (1.96: 95 %), as fractions (0..1);
// {0, 1} when n is 0 or the counts are out of range.
struct ProportionInterval {
    double low = 0.0;
    double high = 1.0;
};
ProportionInterval wilsonInterval(qint64 x, qint64 n, double z = 1.96);

// The lower end of Newcombe's hybrid score interval (his method 10, from the two Wilson
// intervals) for the difference x1 / n1 - x2 / n2, as a fraction (-1..1): how much the first
// proportion is above the second at the least, at the confidence of z. It shrinks toward zero
// (and below) as the counts get thin: 1 of 1 against 0 of 1 says next to nothing, 60 of 60
// against 4 of 100 says a lot. NaN when a side has no observation or a count is out of range.
double riseLowerBound(qint64 x1, qint64 n1, qint64 x2, qint64 n2, double z = 1.96);

// Benjamini-Hochberg adjusted p-values (the false discovery rate), in the input's order.
// NaN inputs stay NaN and do not count as tests.
QList<double> benjaminiHochberg(const QList<double> &pValues);

} // namespace trro
