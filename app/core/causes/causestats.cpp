#include "causestats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace trro {
namespace {

// Counts beyond this are not sessions of any real fleet; refusing them keeps every sum exact.
constexpr qint64 MaxCount = qint64(1) << 50;

bool plausible(qint64 value) {
    return value >= 0 && value <= MaxCount;
}

} // namespace

QString proportionTestName(ProportionTest test) {
    switch (test) {
    case ProportionTest::ZTest:
        return QStringLiteral("z");
    case ProportionTest::Fisher:
        return QStringLiteral("fisher");
    case ProportionTest::None:
        break;
    }
    return {};
}

double logFactorial(qint64 n) {
    return n <= 1 ? 0.0 : std::lgamma(double(n) + 1.0);
}

double fisherExactTwoSided(qint64 a, qint64 b, qint64 c, qint64 d) {
    if (!plausible(a) || !plausible(b) || !plausible(c) || !plausible(d))
        return qQNaN();
    const qint64 row1 = a + b;
    const qint64 row2 = c + d;
    const qint64 col1 = a + c;
    const qint64 n = row1 + row2;
    if (n == 0)
        return 1.0;
    const qint64 lo = std::max<qint64>(0, col1 - row2);
    const qint64 hi = std::min(row1, col1);
    if (hi - lo + 1 > MaxFisherSupport)
        return qQNaN();
    const double fixed = logFactorial(row1) + logFactorial(row2) + logFactorial(col1) +
                         logFactorial(n - col1) - logFactorial(n);
    const auto logP = [&](qint64 x) {
        return fixed - logFactorial(x) - logFactorial(row1 - x) - logFactorial(col1 - x) -
               logFactorial(row2 - col1 + x);
    };
    // Tables as likely as the observed one within rounding count as "at most as likely".
    const double observed = logP(a);
    const double limit = observed + 1e-7 * std::max(1.0, std::abs(observed));
    double sum = 0;
    for (qint64 x = lo; x <= hi; ++x) {
        const double lp = logP(x);
        if (lp <= limit)
            sum += std::exp(lp);
    }
    return std::clamp(sum, 0.0, 1.0);
}

double twoProportionZTest(qint64 x1, qint64 n1, qint64 x2, qint64 n2) {
    if (!plausible(x1) || !plausible(n1) || !plausible(x2) || !plausible(n2) || x1 > n1 || x2 > n2)
        return qQNaN();
    if (n1 == 0 || n2 == 0)
        return 1.0;
    const double p1 = double(x1) / double(n1);
    const double p2 = double(x2) / double(n2);
    const double pooled = double(x1 + x2) / double(n1 + n2);
    const double variance = pooled * (1.0 - pooled) * (1.0 / double(n1) + 1.0 / double(n2));
    if (!(variance > 0))
        return 1.0;
    const double z = (p1 - p2) / std::sqrt(variance);
    return std::clamp(std::erfc(std::abs(z) / std::sqrt(2.0)), 0.0, 1.0);
}

ProportionComparison compareProportions(qint64 spanBad, qint64 spanSessions, qint64 baseBad,
                                        qint64 baseSessions) {
    ProportionComparison out;
    if (!plausible(spanBad) || !plausible(spanSessions) || !plausible(baseBad) ||
        !plausible(baseSessions) || spanBad > spanSessions || baseBad > baseSessions ||
        spanSessions == 0 || baseSessions == 0)
        return out;
    const double n = double(spanSessions) + double(baseSessions);
    const double bad = double(spanBad) + double(baseBad);
    const double smallestRow = double(std::min(spanSessions, baseSessions));
    const double smallestColumn = std::min(bad, n - bad);
    if (smallestRow * smallestColumn / n < 5.0) {
        const double p =
            fisherExactTwoSided(spanBad, spanSessions - spanBad, baseBad, baseSessions - baseBad);
        if (!std::isnan(p)) {
            out.pValue = p;
            out.test = ProportionTest::Fisher;
            return out;
        }
    }
    out.pValue = twoProportionZTest(spanBad, spanSessions, baseBad, baseSessions);
    out.test = ProportionTest::ZTest;
    return out;
}

ProportionInterval wilsonInterval(qint64 x, qint64 n, double z) {
    if (!plausible(x) || !plausible(n) || x > n || n == 0 || !(z > 0))
        return {};
    const double nn = double(n);
    const double p = double(x) / nn;
    const double z2 = z * z;
    const double centre = (p + z2 / (2.0 * nn)) / (1.0 + z2 / nn);
    const double half = z / (1.0 + z2 / nn) * std::sqrt(p * (1.0 - p) / nn + z2 / (4.0 * nn * nn));
    return {std::clamp(centre - half, 0.0, 1.0), std::clamp(centre + half, 0.0, 1.0)};
}

double riseLowerBound(qint64 x1, qint64 n1, qint64 x2, qint64 n2, double z) {
    if (!plausible(x1) || !plausible(n1) || !plausible(x2) || !plausible(n2) || x1 > n1 ||
        x2 > n2 || n1 == 0 || n2 == 0)
        return qQNaN();
    const double p1 = double(x1) / double(n1);
    const double p2 = double(x2) / double(n2);
    const ProportionInterval a = wilsonInterval(x1, n1, z);
    const ProportionInterval b = wilsonInterval(x2, n2, z);
    const double below = std::hypot(p1 - a.low, b.high - p2);
    return std::clamp(p1 - p2 - below, -1.0, 1.0);
}

QList<double> benjaminiHochberg(const QList<double> &pValues) {
    QList<qsizetype> order;
    order.reserve(pValues.size());
    for (qsizetype i = 0; i < pValues.size(); ++i) {
        if (!std::isnan(pValues.at(i)))
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype x, qsizetype y) { return pValues.at(x) < pValues.at(y); });
    QList<double> out(pValues.size(), qQNaN());
    const double m = double(order.size());
    double running = 1.0;
    for (qsizetype k = order.size(); k-- > 0;) {
        const double p = std::clamp(pValues.at(order.at(k)), 0.0, 1.0);
        running = std::min(running, p * m / double(k + 1));
        out[order.at(k)] = running;
    }
    return out;
}

} // namespace trro
