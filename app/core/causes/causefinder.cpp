#include "causefinder.h"

#include "textsafety.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace trro {
namespace {

constexpr qsizetype MaxValueLength = 128;
const QString OtherValue = QStringLiteral("(other)");

struct Dimension {
    CauseDimension dimension;
    const char *name;
};
constexpr Dimension Dimensions[] = {
    {CauseDimension::Field, "field"},
    {CauseDimension::Remote, "remote"},
    {CauseDimension::Resolution, "resolution"},
    {CauseDimension::Hour, "hour"},
    {CauseDimension::Model, "model"},
    {CauseDimension::Network, "network"},
    {CauseDimension::Sdk, "sdk"},
    {CauseDimension::Stage, "stage"},
};

enum class Quality { Invalid, NotBad, Bad };

Quality qualityOf(const QString &text) {
    const QString q = text.trimmed().toLower();
    if (q == QLatin1String("bad"))
        return Quality::Bad;
    if (q == QLatin1String("good") || q == QLatin1String("normal"))
        return Quality::NotBad;
    return Quality::Invalid;
}

// One session that counts, with its class.
struct Counted {
    const DeviceSession *session;
    bool bad;
};

struct Span {
    QList<Counted> sessions;
    qint64 bad = 0;
    qint64 rejected = 0;
    bool truncated = false;
    // The sessions of each class with attributes, for the weights of the details dimensions.
    qint64 badRead = 0;
    qint64 notBadRead = 0;

    qint64 size() const { return sessions.size(); }
    double badWeight() const { return badRead > 0 ? double(bad) / double(badRead) : 0; }
    double notBadWeight() const {
        return notBadRead > 0 ? double(size() - bad) / double(notBadRead) : 0;
    }
    bool fullyRead() const { return badRead == bad && notBadRead == size() - bad; }
};

Span countSpan(const QList<DeviceSession> &list, qint64 start, qint64 end, const CauseInput &input,
               const CauseOptions &options) {
    Span span;
    QSet<QString> seen;
    const bool bounded = start != 0 || end != 0;
    for (const DeviceSession &s : list) {
        if (span.size() >= options.maxSessionsPerSpan) {
            span.truncated = true;
            break;
        }
        const Quality quality = qualityOf(s.quality);
        const bool outside = bounded && (s.startTime < start || s.startTime >= end);
        const bool duplicate = !s.sessionId.isEmpty() && seen.contains(s.sessionId);
        if (quality == Quality::Invalid || s.endTime < s.startTime || outside || duplicate) {
            ++span.rejected;
            continue;
        }
        if (!s.sessionId.isEmpty())
            seen.insert(s.sessionId);
        const bool bad = quality == Quality::Bad;
        span.sessions.append({&s, bad});
        span.bad += bad ? 1 : 0;
        if (!s.sessionId.isEmpty() && input.attributes.contains(s.sessionId))
            (bad ? span.badRead : span.notBadRead) += 1;
    }
    return span;
}

QString bounded(const QString &text) {
    QString value = stripControls(text).trimmed();
    if (value.size() > MaxValueLength)
        value.truncate(MaxValueLength);
    return value;
}

qint64 floorMod(qint64 a, qint64 b) {
    const qint64 r = a % b;
    return r < 0 ? r + b : r;
}

QString valueOf(CauseDimension dimension, const DeviceSession &s, const CauseInput &input,
                const CauseOptions &options) {
    switch (dimension) {
    case CauseDimension::Field:
        return bounded(s.fieldDeviceId);
    case CauseDimension::Remote:
        return bounded(s.remoteDeviceId);
    case CauseDimension::Resolution:
        return bounded(s.resolution);
    case CauseDimension::Hour: {
        const qint64 hour = floorMod(s.startTime + options.utcOffsetSeconds, 86400) / 3600;
        return QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0'));
    }
    case CauseDimension::Model:
        return s.fieldDeviceId.isEmpty()
                   ? QString()
                   : bounded(nameGroup(input.deviceNames.value(s.fieldDeviceId)));
    case CauseDimension::Network:
        return bounded(input.attributes.value(s.sessionId).network);
    case CauseDimension::Sdk:
        return bounded(input.attributes.value(s.sessionId).sdk);
    case CauseDimension::Stage:
        return bounded(input.attributes.value(s.sessionId).stage);
    }
    return {};
}

struct Tally {
    // Counts, each session weighted by the sessions it stands for (details dimensions).
    double sessions = 0, bad = 0, baseSessions = 0, baseBad = 0;
    // The sessions read, unweighted: what the score's confidence bound rests on.
    qint64 read = 0, readBad = 0, baseRead = 0, baseReadBad = 0;
};

void addSpan(QHash<QString, Tally> *tallies, CauseDimension dimension, const Span &span,
             bool baseline, const CauseInput &input, const CauseOptions &options) {
    const bool details = isDetailsDimension(dimension);
    const double badWeight = details ? span.badWeight() : 1.0;
    const double notBadWeight = details ? span.notBadWeight() : 1.0;
    for (const Counted &c : span.sessions) {
        if (details && !input.attributes.contains(c.session->sessionId))
            continue;
        const QString value = valueOf(dimension, *c.session, input, options);
        if (value.isEmpty())
            continue;
        Tally &t = (*tallies)[value];
        const double w = c.bad ? badWeight : notBadWeight;
        (baseline ? t.baseSessions : t.sessions) += w;
        (baseline ? t.baseRead : t.read) += 1;
        if (c.bad) {
            (baseline ? t.baseBad : t.bad) += w;
            (baseline ? t.baseReadBad : t.readBad) += 1;
        }
    }
}

// The values with the most sessions (then by value) and one "(other)" for the rest.
QList<std::pair<QString, Tally>> folded(const QHash<QString, Tally> &tallies, int maxValues) {
    QList<std::pair<QString, Tally>> values;
    values.reserve(tallies.size());
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        values.append({it.key(), it.value()});
    std::sort(values.begin(), values.end(), [](const auto &a, const auto &b) {
        const double na = a.second.sessions + a.second.baseSessions;
        const double nb = b.second.sessions + b.second.baseSessions;
        if (na != nb)
            return na > nb;
        return a.first < b.first;
    });
    const qsizetype keep = std::max(1, maxValues);
    if (values.size() <= keep)
        return values;
    Tally rest;
    for (qsizetype i = keep; i < values.size(); ++i) {
        rest.sessions += values.at(i).second.sessions;
        rest.bad += values.at(i).second.bad;
        rest.baseSessions += values.at(i).second.baseSessions;
        rest.baseBad += values.at(i).second.baseBad;
        rest.read += values.at(i).second.read;
        rest.readBad += values.at(i).second.readBad;
        rest.baseRead += values.at(i).second.baseRead;
        rest.baseReadBad += values.at(i).second.baseReadBad;
    }
    values.resize(keep);
    values.append({OtherValue, rest});
    return values;
}

double percent(double part, double whole) {
    return whole > 0 ? 100.0 * part / whole : qQNaN();
}

CauseRow rowOf(CauseDimension dimension, const QString &value, const Tally &t, const Span &span,
               const Span &baseline, bool estimated) {
    CauseRow row;
    row.dimension = dimension;
    row.value = value;
    row.other = value == OtherValue;
    row.estimated = estimated;
    row.sessions = std::llround(t.sessions);
    row.badSessions = std::min(row.sessions, std::llround(t.bad));
    row.baselineSessions = std::llround(t.baseSessions);
    row.baselineBadSessions = std::min(row.baselineSessions, std::llround(t.baseBad));
    row.badShare = percent(double(row.badSessions), double(row.sessions));
    row.baselineBadShare = percent(double(row.baselineBadSessions), double(row.baselineSessions));
    row.shareOfBad = percent(double(row.badSessions), double(span.bad));
    row.baselineShareOfBad = percent(double(row.baselineBadSessions), double(baseline.bad));
    const qint64 total = span.size();
    const double ratio = percent(double(total - span.bad), double(total));
    const qint64 restSessions = total - row.sessions;
    const qint64 restNotBad = (total - span.bad) - (row.sessions - row.badSessions);
    if (restSessions > 0 && restNotBad >= 0) {
        row.ratioWithout = percent(double(restNotBad), double(restSessions));
        row.contributionPoints = row.ratioWithout - ratio;
    }
    // The rise of the bad share at the least (95 %), on the sessions read: from the value's
    // own baseline, or from the whole baseline when the value has none there.
    const bool ownBaseline = t.baseRead > 0;
    const double rise =
        riseLowerBound(t.readBad, t.read, ownBaseline ? t.baseReadBad : baseline.bad,
                       ownBaseline ? t.baseRead : baseline.size());
    if (std::isfinite(rise))
        row.score = std::max(0.0, row.contributionPoints) * std::max(0.0, rise);
    return row;
}

} // namespace

QString causeDimensionName(CauseDimension dimension) {
    for (const Dimension &d : Dimensions) {
        if (d.dimension == dimension)
            return QLatin1String(d.name);
    }
    return {};
}

bool parseCauseDimension(const QString &text, CauseDimension *dimension) {
    const QString name = text.trimmed().toLower();
    for (const Dimension &d : Dimensions) {
        if (name == QLatin1String(d.name)) {
            *dimension = d.dimension;
            return true;
        }
    }
    return false;
}

const QList<CauseDimension> &allCauseDimensions() {
    static const QList<CauseDimension> all = [] {
        QList<CauseDimension> out;
        for (const Dimension &d : Dimensions)
            out.append(d.dimension);
        return out;
    }();
    return all;
}

bool isDetailsDimension(CauseDimension dimension) {
    return dimension == CauseDimension::Network || dimension == CauseDimension::Sdk ||
           dimension == CauseDimension::Stage;
}

QString nameGroup(const QString &deviceName) {
    const QString name = stripControls(deviceName).trimmed();
    const auto digit =
        std::find_if(name.cbegin(), name.cend(), [](QChar c) { return c.isDigit(); });
    return name.left(digit - name.cbegin()).trimmed();
}

CauseReport findCauses(const CauseInput &input, const CauseOptions &options) {
    CauseReport report;
    report.alpha = options.alpha;
    const Span span = countSpan(input.span, input.spanStart, input.spanEnd, input, options);
    const Span baseline =
        countSpan(input.baseline, input.baselineStart, input.baselineEnd, input, options);
    report.sessions = span.size();
    report.badSessions = span.bad;
    report.baselineSessions = baseline.size();
    report.baselineBadSessions = baseline.bad;
    report.ratio = percent(double(span.size() - span.bad), double(span.size()));
    report.baselineRatio = percent(double(baseline.size() - baseline.bad), double(baseline.size()));
    report.rejectedSessions = span.rejected + baseline.rejected;
    report.truncated = span.truncated || baseline.truncated;

    QList<CauseDimension> dimensions;
    for (const CauseDimension d : options.dimensions) {
        if (!dimensions.contains(d))
            dimensions.append(d);
    }
    for (const CauseDimension dimension : dimensions) {
        QHash<QString, Tally> tallies;
        addSpan(&tallies, dimension, span, false, input, options);
        addSpan(&tallies, dimension, baseline, true, input, options);
        const bool estimated =
            isDetailsDimension(dimension) && !(span.fullyRead() && baseline.fullyRead());
        for (const auto &[value, tally] : folded(tallies, options.maxValuesPerDimension)) {
            CauseRow row = rowOf(dimension, value, tally, span, baseline, estimated);
            if (row.sessions > 0) // a value of the baseline alone explains nothing of the span
                report.rows.append(row);
        }
    }

    // The test of every value with sessions on both sides, then one adjustment over them all.
    QList<double> pValues;
    pValues.reserve(report.rows.size());
    for (CauseRow &row : report.rows) {
        if (!row.estimated) {
            const ProportionComparison c = compareProportions(
                row.badSessions, row.sessions, row.baselineBadSessions, row.baselineSessions);
            row.pValue = c.pValue;
            row.test = c.test;
        }
        pValues.append(row.test == ProportionTest::None ? qQNaN() : row.pValue);
    }
    const QList<double> adjusted = benjaminiHochberg(pValues);
    for (qsizetype i = 0; i < report.rows.size(); ++i) {
        CauseRow &row = report.rows[i];
        if (row.test == ProportionTest::None)
            continue;
        ++report.testedValues;
        row.adjustedPValue = adjusted.at(i);
        row.significant = row.adjustedPValue < options.alpha && row.badShare > row.baselineBadShare;
    }
    std::stable_sort(report.rows.begin(), report.rows.end(),
                     [](const CauseRow &a, const CauseRow &b) {
                         if (a.score != b.score)
                             return a.score > b.score;
                         if (a.contributionPoints != b.contributionPoints)
                             return a.contributionPoints > b.contributionPoints;
                         if (a.pValue != b.pValue)
                             return a.pValue < b.pValue;
                         if (a.dimension != b.dimension)
                             return int(a.dimension) < int(b.dimension);
                         return a.value < b.value;
                     });
    return report;
}

QString causeValue(CauseDimension dimension, const DeviceSession &session, const CauseInput &input,
                   const CauseOptions &options) {
    return valueOf(dimension, session, input, options);
}

bool countedSession(const DeviceSession &session, bool *bad) {
    const Quality quality = qualityOf(session.quality);
    *bad = quality == Quality::Bad;
    return quality != Quality::Invalid && session.endTime >= session.startTime;
}

} // namespace trro
