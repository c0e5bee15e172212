#pragma once

#include "causestats.h"
#include "types.h"

#include <QHash>
#include <QList>
#include <QString>

namespace trro {

// What the bad sessions of a span have in common: for each value of each dimension (a vehicle,
// a cockpit, a resolution, ...) how many of the span's sessions and bad sessions it holds
// against a baseline span, how much of the change of the not-bad ratio it explains, and whether
// its bad share differs from the baseline's more than chance would make it.
//
// Pure and deterministic: the same input gives the same report, in the same order.

enum class CauseDimension { Field, Remote, Resolution, Hour, Model, Network, Sdk, Stage };

// "field" | "remote" | "resolution" | "hour" | "model" | "network" | "sdk" | "stage".
QString causeDimensionName(CauseDimension dimension);
bool parseCauseDimension(const QString &text, CauseDimension *dimension);
const QList<CauseDimension> &allCauseDimensions();
// The dimensions read from session details (DescribeDeviceSessionDetails), not from the list.
bool isDetailsDimension(CauseDimension dimension);

// What the details of one session say; an empty field is unknown (absent from its dimension).
struct SessionAttributes {
    QString network; // "single" | "multi": one network card or several (MultiMode)
    QString sdk;     // the vehicle's SDK version (Ver)
    QString stage;   // the stage dominating end-to-end latency: capture, encode, network, ...

    friend bool operator==(const SessionAttributes &, const SessionAttributes &) = default;
};

struct CauseInput {
    QList<DeviceSession> span;
    QList<DeviceSession> baseline;
    // Sessions are counted when they started in [start, end); 0 and 0: all of them.
    qint64 spanStart = 0, spanEnd = 0;
    qint64 baselineStart = 0, baselineEnd = 0;
    // By SessionId, for the sessions whose details were read (of either span). Those of a
    // span stand for all of its sessions of the same class (bad or not bad): see findCauses().
    QHash<QString, SessionAttributes> attributes;
    // DeviceName by DeviceId, for the "model" dimension (the vehicle's name group).
    QHash<QString, QString> deviceNames;
};

struct CauseOptions {
    QList<CauseDimension> dimensions{CauseDimension::Field, CauseDimension::Remote,
                                     CauseDimension::Resolution, CauseDimension::Model,
                                     CauseDimension::Hour};
    // The hour of day of a session start is read in this offset from UTC (China: +8 h, the
    // operators' and the service's day).
    int utcOffsetSeconds = 8 * 3600;
    double alpha = 0.01; // significance level of the adjusted p-value
    // Per dimension, the values with the most span and baseline sessions are kept; the rest
    // are folded into one "(other)" value.
    int maxValuesPerDimension = 200;
    // Sessions beyond this many per span are not read (the report says so).
    qsizetype maxSessionsPerSpan = 2'000'000;
};

struct CauseRow {
    CauseDimension dimension = CauseDimension::Field;
    QString value;
    bool other = false; // the values folded together beyond maxValuesPerDimension
    qint64 sessions = 0;
    qint64 badSessions = 0;
    qint64 baselineSessions = 0;
    qint64 baselineBadSessions = 0;
    // Percentages (0..100); NaN where there is nothing to divide by.
    double badShare = qQNaN();         // badSessions / sessions
    double baselineBadShare = qQNaN(); // baselineBadSessions / baselineSessions
    double shareOfBad = qQNaN();       // badSessions / the span's bad sessions
    double baselineShareOfBad = qQNaN();
    double ratioWithout = qQNaN(); // the span's not-bad ratio without this value's sessions
    // ratioWithout minus the span's not-bad ratio: the points of not-bad ratio the value
    // costs the span (negative when it does better than the rest).
    double contributionPoints = 0;
    // What ranks the rows: the positive contribution times the least rise of the bad share
    // that the sessions read support (the lower end of the 95 % interval of the difference,
    // riseLowerBound(), as a fraction) from the value's own baseline share, or from the
    // baseline's overall share when the value has no baseline sessions. A value that holds
    // many bad sessions but was as bad before (a chronically poor link), a large group that
    // merely contains the cause (the model group of a degraded cockpit's vehicles), and a
    // value seen in too few sessions to tell (one bad session of a vehicle in a sample) score
    // below the value that changed.
    double score = 0;
    double pValue = 1;         // the test of badShare against baselineBadShare
    double adjustedPValue = 1; // Benjamini-Hochberg over every value tested in the report
    ProportionTest test = ProportionTest::None;
    // adjustedPValue < alpha and the value's bad share grew from the baseline.
    bool significant = false;
    bool estimated = false; // counts scaled up from a sample of session details
};

struct CauseReport {
    qint64 sessions = 0;
    qint64 badSessions = 0;
    qint64 baselineSessions = 0;
    qint64 baselineBadSessions = 0;
    double ratio = qQNaN();         // the span's not-bad ratio, percent
    double baselineRatio = qQNaN(); // the baseline's
    QList<CauseRow> rows;           // most contribution first
    qint64 rejectedSessions = 0;    // unknown quality, end before start, duplicate, out of span
    bool truncated = false;         // a span held more than maxSessionsPerSpan sessions
    int testedValues = 0;
    double alpha = 0.01;
};

// The report over input for the options' dimensions.
//
// Counting: a session counts once per span (duplicates of a SessionId are dropped) when its
// Quality is good, normal or bad (any case) and its EndTime is not before its StartTime. A
// session without a value for a dimension (an empty DeviceId, no details) is absent from it.
// Details dimensions are read from the sessions with attributes: each stands for the sessions
// of its span and class (bad or not bad) that were not read, so their counts are estimates
// (rounded; the row is marked estimated).
//
// The test: Fisher's exact test when an expected cell is below 5, the two-proportion z-test
// otherwise (causestats.h); a value without sessions in one of the spans is not tested. The
// p-values of all values tested are adjusted together (Benjamini-Hochberg).
//
// Values without sessions in the span are left out. Order: score descending, then
// contributionPoints, then pValue, then dimension and value.
CauseReport findCauses(const CauseInput &input, const CauseOptions &options = {});

// How findCauses() reads one session, for those who follow a row back to its sessions: its
// value in a dimension (empty: absent from it; a details dimension reads input's attributes),
// and whether it counts (known quality, not ending before its start), bad or not.
QString causeValue(CauseDimension dimension, const DeviceSession &session, const CauseInput &input,
                   const CauseOptions &options);
bool countedSession(const DeviceSession &session, bool *bad);

// The name group of a device: its name up to the first digit, trimmed ("Remote cockpit NB-"
// of "Remote cockpit NB-04"); the whole name when it has no digit; empty for an empty name.
QString nameGroup(const QString &deviceName);

} // namespace trro
