#include "whycommand.h"

#include "causefetcher.h"
#include "causetext.h"
#include "clisession.h"
#include "console.h"
#include "helptext.h"
#include "timespec.h"
#include "trroapi.h"

#include <QCommandLineParser>
#include <QTimeZone>
#include <cmath>

namespace trro::cli {
namespace {

constexpr qint64 MaxSpanSeconds = 31 * 86400;
constexpr int MaxTop = 1000;
constexpr int MaxDetails = 5000;
// The pace of one action under the service's limit (20 requests per second).
constexpr double RequestsPerSecond = 20;
// --estimate: slices per span, each one request (the first page of its session list).
constexpr int EstimateSlices = 14;

QStringList dimensionNames() {
    QStringList names;
    for (const CauseDimension d : allCauseDimensions())
        names.append(causeDimensionName(d));
    return names;
}

} // namespace

void WhyCommand::addOptions(QCommandLineParser &parser) {
    addProjectOption(parser);
    const CauseOptions defaults;
    QStringList defaultBy;
    for (const CauseDimension d : defaults.dimensions)
        defaultBy.append(causeDimensionName(d));
    parser.addOptions({
        {QStringLiteral("from"),
         tr("Start of the span (required), in the syntax of the other commands: unix seconds, "
            "ISO 8601, YYYY-MM-DD[THH:MM] in the --tz zone, -26h, -1d@d, ..."),
         tr("T")},
        {QStringLiteral("to"), tr("End of the span (default now)."), tr("T")},
        {QStringLiteral("baseline-from"),
         tr("Start of the baseline (default: the span's length before the span)."), tr("T")},
        {QStringLiteral("baseline-to"), tr("End of the baseline (default: the span's start)."),
         tr("T")},
        {QStringLiteral("by"),
         tr("Dimensions, comma-separated, from %1 (default %2). network, sdk and stage read "
            "session details: one request per sampled session.")
             .arg(dimensionNames().join(QLatin1String(", ")), defaultBy.join(QLatin1Char(','))),
         tr("LIST")},
        {QStringLiteral("top"), tr("Rows to write, highest score first (default 10, 0: all)."),
         tr("N")},
        {QStringLiteral("alpha"),
         tr("Significance level of the adjusted p-value (default %1).").arg(defaults.alpha),
         tr("A")},
        {QStringLiteral("max-details"),
         tr("At most this many session details for network, sdk and stage (default 300)."),
         tr("N")},
        {QStringLiteral("estimate"),
         tr("A quick answer: each session list read as a sample (the first page of %1 slices of "
            "its span, %2 requests in all, about %3 s at the rate limit), without the "
            "statistics that tell whether the lists were complete; the counts are scaled "
            "estimates.")
             .arg(EstimateSlices)
             .arg(2 * EstimateSlices)
             .arg(std::ceil(2 * EstimateSlices / RequestsPerSecond))},
    });
    addOutputOptions(parser);
}

bool WhyCommand::configure(const QCommandLineParser &parser, QString *error) {
    if (!rejectArguments(parser, error) || !readProject(parser, error))
        return false;
    if (!parser.isSet(QStringLiteral("from"))) {
        *error = tr("--from is required: the start of the span to explain (e.g. --from -1d@d).");
        return false;
    }
    if (!readRange(parser, error))
        return false;
    if (m_to - m_from <= 0 || m_to - m_from > MaxSpanSeconds) {
        *error = tr("The span must be longer than 0 and at most 31 days.");
        return false;
    }
    m_estimate = parser.isSet(QStringLiteral("estimate"));
    return readBaseline(parser, error) && readDimensions(parser, error) &&
           readNumbers(parser, error) && readOutput(parser, error);
}

bool WhyCommand::readBaseline(const QCommandLineParser &parser, QString *error) {
    const bool from = parser.isSet(QStringLiteral("baseline-from"));
    const bool to = parser.isSet(QStringLiteral("baseline-to"));
    if (from != to) {
        *error = tr("--baseline-from and --baseline-to go together.");
        return false;
    }
    if (!from) {
        m_baselineTo = m_from;
        m_baselineFrom = m_from - (m_to - m_from);
        return true;
    }
    const QTimeZone zone = session()->options().timeZone;
    QString why;
    for (const auto &[name, out] : {std::pair{QStringLiteral("baseline-from"), &m_baselineFrom},
                                    std::pair{QStringLiteral("baseline-to"), &m_baselineTo}}) {
        if (!parseTimeSpec(parser.value(name), session()->now(), out, &why, zone)) {
            *error = tr("--%1: %2").arg(name, why);
            return false;
        }
    }
    if (m_baselineTo - m_baselineFrom <= 0 || m_baselineTo - m_baselineFrom > MaxSpanSeconds) {
        *error = tr("The baseline must be longer than 0 and at most 31 days.");
        return false;
    }
    return true;
}

bool WhyCommand::readDimensions(const QCommandLineParser &parser, QString *error) {
    if (!parser.isSet(QStringLiteral("by")))
        return true;
    m_options.dimensions.clear();
    const QStringList names =
        parser.value(QStringLiteral("by")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : names) {
        CauseDimension d = CauseDimension::Field;
        if (!parseCauseDimension(name, &d)) {
            const QString match = closestMatch(name.trimmed(), dimensionNames());
            *error = tr("--by: unknown dimension \"%1\"; the dimensions are %2.")
                         .arg(name.trimmed(), dimensionNames().join(QLatin1String(", ")));
            if (!match.isEmpty())
                *error += QLatin1Char(' ') + tr("Did you mean \"%1\"?").arg(match);
            return false;
        }
        if (!m_options.dimensions.contains(d))
            m_options.dimensions.append(d);
    }
    if (m_options.dimensions.isEmpty()) {
        *error = tr("--by needs at least one dimension.");
        return false;
    }
    return true;
}

bool WhyCommand::readNumbers(const QCommandLineParser &parser, QString *error) {
    const auto integer = [&](const QString &name, int minimum, int maximum, int *out) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const int value = parser.value(name).trimmed().toInt(&ok);
        if (ok && value >= minimum && value <= maximum) {
            *out = value;
            return true;
        }
        *error = tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                     .arg(name)
                     .arg(minimum)
                     .arg(maximum)
                     .arg(parser.value(name));
        return false;
    };
    if (!integer(QStringLiteral("top"), 0, MaxTop, &m_top) ||
        !integer(QStringLiteral("max-details"), 0, MaxDetails, &m_maxDetails))
        return false;
    if (parser.isSet(QStringLiteral("alpha"))) {
        bool ok = false;
        const double alpha = parser.value(QStringLiteral("alpha")).trimmed().toDouble(&ok);
        if (!ok || !(alpha > 0 && alpha < 1)) {
            *error = tr("--alpha must be a number between 0 and 1, not \"%1\".")
                         .arg(parser.value(QStringLiteral("alpha")));
            return false;
        }
        m_options.alpha = alpha;
    }
    return true;
}

void WhyCommand::start() {
    // Hours of day in the zone trro-stats shows every time in (its offset at the span's start).
    const QTimeZone zone = session()->options().timeZone;
    m_options.utcOffsetSeconds =
        zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(m_from, QTimeZone::utc()));
    m_fetcher = new CauseFetcher(session()->api(), this);
    connect(m_fetcher, &CauseFetcher::totalsChecked, this,
            [](bool complete, qint64 spanListed, qint64 spanCounted, qint64 baselineListed,
               qint64 baselineCounted) {
                if (complete)
                    return;
                warn(tr("The session lists hold %1 and %2 sessions where the statistics count %3 "
                        "and %4 (span, baseline; -1: not answered): the figures are estimates.")
                         .arg(spanListed)
                         .arg(baselineListed)
                         .arg(spanCounted)
                         .arg(baselineCounted));
            });
    connect(m_fetcher, &CauseFetcher::sampled, this,
            [](qint64 spanSample, qint64 spanTotal, qint64 baselineSample, qint64 baselineTotal) {
                if (spanSample == spanTotal && baselineSample == baselineTotal)
                    return;
                Console::instance().info(
                    tr("Estimated from a sample of %1 of %2 sessions in the span and %3 of %4 in "
                       "the baseline; without --estimate every session is read.")
                        .arg(spanSample)
                        .arg(spanTotal)
                        .arg(baselineSample)
                        .arg(baselineTotal));
            });
    connect(m_fetcher, &CauseFetcher::detailsPlanned, this, [](int requests) {
        if (requests == 0)
            return;
        Console::instance().info(
            tr("Reading the details of %n session(s): %n DescribeDeviceSessionDetails "
               "request(s), about %1 s at the rate limit.",
               nullptr, requests)
                .arg(std::ceil(requests / RequestsPerSecond)));
    });
    connect(m_fetcher, &CauseFetcher::detailsProgress, this, [](int done, int total) {
        Console::instance().progress(done, total, tr("session details"));
    });
    connect(m_fetcher, &CauseFetcher::failed, this,
            [this](const ApiError &error) { failWith(error, tr("listing the sessions")); });
    connect(m_fetcher, &CauseFetcher::finished, this, &WhyCommand::onFinished);
    CauseQuery query;
    query.projectId = m_projectId;
    query.spanStart = m_from;
    query.spanEnd = m_to;
    query.baselineStart = m_baselineFrom;
    query.baselineEnd = m_baselineTo;
    query.maxDetails = m_maxDetails;
    query.checkTotals = !m_estimate;
    query.sampleSlices = m_estimate ? EstimateSlices : 0;
    m_fetcher->start(query, m_options);
}

void WhyCommand::onFinished(const CauseReport &report) {
    Console::instance().endProgress();
    if (m_fetcher->detailsFailed() > 0)
        warn(tr("%n session detail request(s) failed; those sessions were left out of network, "
                "sdk and stage.",
                nullptr, m_fetcher->detailsFailed()));
    if (report.rejectedSessions > 0)
        warn(tr("%n session(s) were left out: unknown quality, ending before their start, "
                "repeated or outside the span.",
                nullptr, int(std::min<qint64>(report.rejectedSessions, INT_MAX))));
    if (report.truncated)
        warn(tr("A span held more sessions than the finder reads; the rest were left out."));
    if (report.sessions == 0)
        warn(tr("The span has no sessions in the project %1.").arg(m_projectId));
    else if (report.baselineSessions == 0)
        warn(tr("The baseline has no sessions: nothing was tested."));
    finish(write(report) ? ExitOk : ExitUsage);
}

bool WhyCommand::write(const CauseReport &report) {
    using Kind = ExportTable::Kind;
    ExportTable table;
    table.columns = {
        {QStringLiteral("Dimension"), tr("Dimension"), Kind::Text},
        {QStringLiteral("Value"), tr("Value"), Kind::Text},
        {QStringLiteral("Sessions"), tr("Sessions"), Kind::Integer},
        {QStringLiteral("BadSessions"), tr("Bad"), Kind::Integer},
        {QStringLiteral("BaselineSessions"), tr("Baseline"), Kind::Integer},
        {QStringLiteral("BaselineBadSessions"), tr("Baseline bad"), Kind::Integer},
        {QStringLiteral("BadShare"), tr("Bad %"), Kind::Decimal},
        {QStringLiteral("BaselineBadShare"), tr("Baseline bad %"), Kind::Decimal},
        {QStringLiteral("ContributionPoints"), tr("Points"), Kind::Decimal},
        {QStringLiteral("RatioWithout"), tr("Ratio without"), Kind::Decimal},
        {QStringLiteral("PValue"), tr("p"), Kind::Decimal},
        {QStringLiteral("ShareOfBad"), tr("Share of bad"), Kind::Decimal},
        {QStringLiteral("Test"), tr("Test"), Kind::Text},
        {QStringLiteral("AdjustedPValue"), tr("Adjusted p"), Kind::Decimal},
        {QStringLiteral("Significant"), tr("Significant"), Kind::Flag},
        {QStringLiteral("Score"), tr("Score"), Kind::Decimal},
    };
    const qsizetype count =
        m_top == 0 ? report.rows.size() : std::min<qsizetype>(m_top, report.rows.size());
    for (qsizetype i = 0; i < count; ++i) {
        const CauseRow &r = report.rows.at(i);
        table.rows.append({causeDimensionName(r.dimension), r.value, r.sessions, r.badSessions,
                           r.baselineSessions, r.baselineBadSessions, r.badShare,
                           r.baselineBadShare, r.contributionPoints, r.ratioWithout, r.pValue,
                           r.shareOfBad, proportionTestName(r.test), r.adjustedPValue,
                           r.significant, r.score});
    }
    if (m_format != ExportFormat::Table)
        return writeOutput(table);
    // For people: the span against the baseline, the table, one sentence per significant row.
    const CauseText text;
    QString out = text.overview(report) + QLatin1String("\n\n");
    table.timeZone = session()->options().timeZone;
    table.header = m_header;
    out += QString::fromUtf8(exportTable(table, ExportFormat::Table));
    QStringList sentences;
    const QHash<QString, QString> names = m_fetcher->input().deviceNames;
    for (qsizetype i = 0; i < count; ++i) {
        if (report.rows.at(i).significant)
            sentences.append(text.summary(report.rows.at(i), report, names));
    }
    out += QLatin1Char('\n') +
           (sentences.isEmpty()
                ? tr("No value's bad share differs from the baseline's at the adjusted level of "
                     "%1.")
                      .arg(report.alpha)
                : sentences.join(QLatin1Char('\n'))) +
           QLatin1Char('\n');
    return writeData(out.toUtf8());
}

QString WhyCommand::helpDetails() const {
    return tr(
        "Examples:\n"
        "  trro-stats why -p ID --from -26h --to -22h\n"
        "  trro-stats why -p ID --from 2026-11-24T13:00 --to 2026-11-24T17:00 \\\n"
        "      --baseline-from 2026-11-17T13:00 --baseline-to 2026-11-17T17:00 -f json\n"
        "  trro-stats why -p ID --from -6h --by remote,network,stage --max-details 200\n"
        "\n"
        "For each value of each dimension: its sessions and bad sessions in the span and in the\n"
        "baseline, how many points of the span's not-bad ratio it costs (ContributionPoints =\n"
        "RatioWithout - the span's ratio), and whether its bad share differs from the\n"
        "baseline's: Fisher's exact test when an expected count is below 5, else a\n"
        "two-proportion z-test, with a Benjamini-Hochberg adjustment over every value tested.\n"
        "Significant: the adjusted p-value is below --alpha and the bad share grew. Rows are\n"
        "ranked by Score: the positive contribution times the rise of the bad share from the\n"
        "baseline, so that a group that merely contains the cause ranks below it. Hours are\n"
        "those of the --tz zone. An association, not a proof of cause: see docs/CAUSES.md.\n"
        "\n"
        "Columns (csv, json): Dimension, Value, Sessions, BadSessions, BaselineSessions,\n"
        "BaselineBadSessions, BadShare, BaselineBadShare, ContributionPoints, RatioWithout,\n"
        "PValue, ShareOfBad, Test (z, fisher or empty), AdjustedPValue, Significant, Score;\n"
        "shares and ratios in percent.\n");
}

} // namespace trro::cli
