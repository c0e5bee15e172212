#include "sessiondetailscommand.h"

#include "clisession.h"
#include "console.h"
#include "diagnosissettings.h"
#include "sessionexport.h"
#include "textsafety.h"
#include "timespec.h"
#include "trroapi.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <cmath>
#include <iterator>

namespace trro::cli {
namespace {

constexpr qsizetype MaxSessionIdLength = 128;
constexpr int MaxAnomalyWarnings = 20;

// The options in the order of thresholdSettings(), which holds their ranges.
const char *const ThresholdOptions[] = {"max-latency", "max-loss", "min-fps", "max-frame-gap",
                                        "max-cpu"};

bool plausibleSessionId(const QString &id) {
    if (id.isEmpty() || id.size() > MaxSessionIdLength || hasControls(id))
        return false;
    return std::none_of(id.cbegin(), id.cend(), [](QChar c) { return c.isSpace(); });
}

} // namespace

void SessionDetailsCommand::addOptions(QCommandLineParser &parser) {
    const DiagnosisThresholds d;
    parser.addOptions({
        {{QStringLiteral("s"), QStringLiteral("session")},
         tr("The session id (from the sessions command)."),
         tr("ID")},
        {QStringLiteral("from"),
         tr("Samples from this time on (default: the session's start); the time syntax of the "
            "other commands."),
         tr("T")},
        {QStringLiteral("to"), tr("Samples up to this time (default: the session's end)."),
         tr("T")},
        {QStringLiteral("max-latency"),
         tr("Network latency above this many ms is a finding (default %1).")
             .arg(d.networkLatencyMs),
         tr("MS")},
        {QStringLiteral("max-loss"),
         tr("Packet loss above this percentage is a finding (default %1).").arg(d.lossPercent),
         tr("PERCENT")},
        {QStringLiteral("min-fps"),
         tr("A frame rate below this is a finding (default %1).").arg(d.minFps), tr("FPS")},
        {QStringLiteral("max-frame-gap"),
         tr("A longest frame gap above this many ms is a finding (default %1).").arg(d.frameGapMs),
         tr("MS")},
        {QStringLiteral("max-cpu"),
         tr("CPU usage above this percentage is a finding (default %1).").arg(d.cpuPercent),
         tr("PERCENT")},
    });
    addOutputOptions(parser);
}

bool SessionDetailsCommand::configure(const QCommandLineParser &parser, QString *error) {
    if (!rejectArguments(parser, error))
        return false;
    const QStringList ids = parser.values(QStringLiteral("session"));
    if (ids.isEmpty()) {
        *error = tr("--session is required.");
        return false;
    }
    if (ids.size() > 1) {
        *error = tr("session-details takes one --session.");
        return false;
    }
    m_sessionId = ids.first().trimmed();
    if (!plausibleSessionId(m_sessionId)) {
        *error = tr("--session needs a session id: up to %1 characters, no spaces or control "
                    "characters.")
                     .arg(MaxSessionIdLength);
        return false;
    }
    return readSessionRange(parser, error) && readThresholds(parser, error) &&
           readOutput(parser, error);
}

bool SessionDetailsCommand::readSessionRange(const QCommandLineParser &parser, QString *error) {
    const QTimeZone zone = session()->options().timeZone;
    QString why;
    m_from = 0;
    m_to = 0;
    if (parser.isSet(QStringLiteral("from")) &&
        !parseTimeSpec(parser.value(QStringLiteral("from")), session()->now(), &m_from, &why,
                       zone)) {
        *error = tr("--from: %1").arg(why);
        return false;
    }
    if (parser.isSet(QStringLiteral("to")) &&
        !parseTimeSpec(parser.value(QStringLiteral("to")), session()->now(), &m_to, &why, zone)) {
        *error = tr("--to: %1").arg(why);
        return false;
    }
    if (m_from > 0 && m_to > 0 && m_from > m_to) {
        *error = tr("--from (%1) is after --to (%2).")
                     .arg(parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to")));
        return false;
    }
    return true;
}

bool SessionDetailsCommand::readThresholds(const QCommandLineParser &parser, QString *error) {
    const QList<ThresholdSetting> &settings = thresholdSettings();
    for (qsizetype i = 0; i < settings.size() && i < qsizetype(std::size(ThresholdOptions)); ++i) {
        const ThresholdSetting &option = settings.at(i);
        const QString name = QLatin1String(ThresholdOptions[i]);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const double value = parser.value(name).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < option.min || value > option.max) {
            *error = tr("--%1 must be a number from %2 to %3, not \"%4\".")
                         .arg(name)
                         .arg(option.min)
                         .arg(option.max)
                         .arg(parser.value(name));
            return false;
        }
        m_thresholds.*option.field = value;
    }
    return true;
}

void SessionDetailsCommand::start() {
    session()->api()->sessionTelemetry(
        m_sessionId, m_from, m_to, this, [this](const Result<QList<SideTelemetry>> &result) {
            if (!result.ok()) {
                failWith(result.error(), tr("Session %1").arg(m_sessionId));
                return;
            }
            if (result.value().isEmpty()) {
                Console::instance().error(
                    tr("The service has no details for the session %1 (in this range).")
                        .arg(m_sessionId));
                finish(ExitApiError);
                return;
            }
            write(result.value());
        });
}

void SessionDetailsCommand::write(const QList<SideTelemetry> &sides) {
    int warned = 0;
    for (const SideTelemetry &side : sides) {
        for (const TelemetryAnomaly &a : side.anomalies) {
            if (++warned > MaxAnomalyWarnings)
                break;
            const QString who = deviceTypeName(side.deviceType);
            if (a.kind == TelemetryAnomaly::Kind::LengthMismatch)
                warn(tr("%1 %2: %3 has %4 samples for %5 times; only the aligned ones are kept.")
                         .arg(who, stripControls(side.deviceId), a.field)
                         .arg(a.length)
                         .arg(a.expected));
            else
                warn(tr("%1 %2: %3 is not a list of numbers and was left out.")
                         .arg(who, stripControls(side.deviceId), a.field));
        }
    }
    bool ok = false;
    switch (m_format) {
    case ExportFormat::Csv:
        ok = writeOutput(SessionExport::samplesTable(sides));
        break;
    case ExportFormat::Json:
        ok = writeData(QJsonDocument(SessionExport::detailsJson(sides)).toJson());
        break;
    case ExportFormat::Table:
        ok = writeData(SessionExport::diagnosisText(sides, diagnoseSession(sides, m_thresholds),
                                                    session()->options().timeZone)
                           .toUtf8());
        break;
    }
    finish(ok ? ExitOk : ExitUsage);
}

QString SessionDetailsCommand::helpDetails() const {
    return tr(
        "Examples:\n"
        "  trro-stats session-details --session ID\n"
        "  trro-stats session-details -s ID --max-latency 200 --min-fps 25\n"
        "  trro-stats session-details -s ID -f csv -o samples.csv\n"
        "\n"
        "table: why the session was bad: the findings, worst first, each with its moment,\n"
        "  and p50/p95/max of every metric with the time spent past its threshold.\n"
        "csv: one row per side and sample, the vehicle first, then by Time (the side's\n"
        "  StartTime + TimeOffset, unix seconds); an empty cell where the service sent no\n"
        "  samples of that metric. Columns: DeviceType, DeviceId, Time, Rate,\n"
        "  BitRateEstimate, TotalBitrateEstimate, Fps, FrameDelta, MaxFrameDelta, Lost, NACK,\n"
        "  NetworkLatency, VideoLatency, ControlLatency, CaptureCost, EncodeCost, DecodeCost,\n"
        "  RenderCost, K100, K150, Lag100Duration, Lag150Duration, CpuUsed, MemUsed.\n"
        "json: one object per side with the keys and values the service returned,\n"
        "  MultiNet included.\n");
}

} // namespace trro::cli
