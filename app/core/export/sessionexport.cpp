#include "sessionexport.h"

#include "modelformat.h"
#include "textsafety.h"

#include <QDateTime>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace trro {
namespace {

using Kind = ExportTable::Kind;

// The shortest text that reads back as the same double ("35.02", "267", "-1").
QString number(double v) {
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QJsonArray jsonArray(const QList<double> &values) {
    QJsonArray out;
    for (double v : values)
        out.append(v);
    return out;
}

qint64 sampleTime(const SideTelemetry &side, qsizetype i) {
    return side.startTime + qint64(std::llround(side.timeOffset.at(i)));
}

// NetId is an integer in the API; the parser keeps it as text.
QJsonValue netIdValue(const QString &netId) {
    bool ok = false;
    const qint64 n = netId.toLongLong(&ok);
    return ok ? QJsonValue(n) : QJsonValue(netId);
}

QJsonArray cardsJson(const QList<NetCardSamples> &cards) {
    QJsonArray out;
    for (const NetCardSamples &c : cards) {
        out.append(QJsonObject{{QStringLiteral("NetId"), netIdValue(c.netId)},
                               {QStringLiteral("NetIp"), stripControls(c.netIp)},
                               {QStringLiteral("Rtt"), jsonArray(c.rtt)},
                               {QStringLiteral("Lost"), jsonArray(c.lost)},
                               {QStringLiteral("SendBps"), jsonArray(c.sendBps)},
                               {QStringLiteral("RecvBps"), jsonArray(c.recvBps)}});
    }
    return out;
}

QJsonValue sideValue(const SideTelemetry &side, const QString &key) {
    static const QStringList texts{QStringLiteral("SessionId"), QStringLiteral("ProjectId"),
                                   QStringLiteral("DeviceId"), QStringLiteral("Ver"),
                                   QStringLiteral("SdkMode")};
    if (key == QLatin1String("DeviceType"))
        return deviceTypeName(side.deviceType);
    if (texts.contains(key)) {
        const QString &text = key == QLatin1String("SessionId")   ? side.sessionId
                              : key == QLatin1String("ProjectId") ? side.projectId
                              : key == QLatin1String("DeviceId")  ? side.deviceId
                              : key == QLatin1String("Ver")       ? side.ver
                                                                  : side.sdkMode;
        return stripControls(text);
    }
    const std::pair<const char *, qint64> integers[] = {{"StartTime", side.startTime},
                                                        {"EndTime", side.endTime},
                                                        {"Width", side.width},
                                                        {"Height", side.height},
                                                        {"ConfigWidth", side.configWidth},
                                                        {"ConfigHeight", side.configHeight},
                                                        {"MultiMode", side.multiMode}};
    for (const auto &[name, value] : integers) {
        if (key == QLatin1String(name))
            return value;
    }
    if (key == QLatin1String("TimeOffset"))
        return jsonArray(side.timeOffset);
    if (key == QLatin1String("MultiNet"))
        return cardsJson(side.multiNet);
    if (key == QLatin1String("RenderConst"))
        return jsonArray(side.metric(QStringLiteral("RenderCost")));
    return jsonArray(side.metric(key));
}

} // namespace

QStringList SessionExport::sampleKeys() {
    return QStringList{QStringLiteral("DeviceType"), QStringLiteral("DeviceId"),
                       QStringLiteral("Time")} +
           sessionMetricNames();
}

ExportTable SessionExport::samplesTable(const QList<SideTelemetry> &sides) {
    ExportTable table;
    table.columns = {{QStringLiteral("DeviceType"), tr("Side"), Kind::Text},
                     {QStringLiteral("DeviceId"), tr("Device"), Kind::Text},
                     {QStringLiteral("Time"), tr("Time"), Kind::UnixTime}};
    const QStringList &names = sessionMetricNames();
    for (const QString &name : names)
        table.columns.append({name, name, Kind::Text});
    struct Ref {
        qsizetype side, sample;
        bool field;
        qint64 time;
    };
    QList<Ref> refs;
    for (qsizetype s = 0; s < sides.size(); ++s) {
        for (qsizetype i = 0; i < sides.at(s).timeOffset.size(); ++i)
            refs.append(
                {s, i, sides.at(s).deviceType == DeviceType::Field, sampleTime(sides.at(s), i)});
    }
    std::stable_sort(refs.begin(), refs.end(), [](const Ref &a, const Ref &b) {
        if (a.field != b.field)
            return a.field;
        return a.time < b.time;
    });
    table.rows.reserve(refs.size());
    for (const Ref &r : std::as_const(refs)) {
        const SideTelemetry &side = sides.at(r.side);
        QVariantList row{deviceTypeName(side.deviceType), stripControls(side.deviceId), r.time};
        for (qsizetype m = 0; m < names.size(); ++m) {
            const QList<double> &values =
                m < side.metrics.size() ? side.metrics.at(m) : QList<double>{};
            row.append(r.sample < values.size() ? number(values.at(r.sample)) : QString());
        }
        table.rows.append(row);
    }
    return table;
}

QJsonArray SessionExport::detailsJson(const QList<SideTelemetry> &sides) {
    QJsonArray out;
    for (const SideTelemetry &side : sides) {
        QStringList keys = side.sentKeys;
        if (keys.isEmpty()) {
            keys = sideKeys();
            keys.removeAll(QStringLiteral("RenderConst"));
        }
        QJsonObject o;
        for (const QString &key : std::as_const(keys))
            o.insert(key, sideValue(side, key));
        out.append(o);
    }
    return out;
}

QString SessionExport::severityName(DiagnosisFinding::Severity severity) {
    switch (severity) {
    case DiagnosisFinding::Severity::Critical:
        return tr("critical");
    case DiagnosisFinding::Severity::Warning:
        return tr("warning");
    case DiagnosisFinding::Severity::Info:
        break;
    }
    return tr("info");
}

ExportTable SessionExport::summaryTable(const SessionDiagnosis &d, const QLocale &locale) {
    ExportTable table;
    table.columns = {{QStringLiteral("Side"), tr("Side"), Kind::Text},
                     {QStringLiteral("Metric"), tr("Metric"), Kind::Text},
                     {QStringLiteral("Samples"), tr("Samples"), Kind::Integer},
                     {QStringLiteral("P50"), tr("p50"), Kind::Text},
                     {QStringLiteral("P95"), tr("p95"), Kind::Text},
                     {QStringLiteral("Max"), tr("Max"), Kind::Text},
                     {QStringLiteral("Threshold"), tr("Threshold"), Kind::Text},
                     {QStringLiteral("Over"), tr("Past threshold"), Kind::Text}};
    const auto format = [&locale](double v) { return locale.toString(v, 'g', 6); };
    for (const MetricSummary &m : d.summaries) {
        const bool has = !std::isnan(m.threshold);
        table.rows.append(QVariantList{
            deviceTypeName(m.side), m.metric, qint64(m.samples), format(m.p50), format(m.p95),
            format(m.max), has ? format(m.threshold) : QString(),
            has ? formatDurationSeconds(qint64(std::llround(m.secondsOver)), locale) : QString()});
    }
    return table;
}

QString SessionExport::diagnosisText(const QList<SideTelemetry> &sides, const SessionDiagnosis &d,
                                     const QTimeZone &zone, const QLocale &locale) {
    const auto time = [&](qint64 t) {
        return humanTime(QDateTime::fromSecsSinceEpoch(t), true, locale, zone);
    };
    QString out;
    if (!sides.isEmpty())
        out += tr("Session %1").arg(stripControls(sides.first().sessionId)) + u'\n';
    for (const SideTelemetry &side : sides) {
        const QString who = side.deviceType == DeviceType::Field    ? tr("Vehicle")
                            : side.deviceType == DeviceType::Remote ? tr("Cockpit")
                                                                    : tr("Device");
        QString line =
            tr("  %1 %2: %3 to %4 (%5), %6 samples, SDK %7 %8")
                .arg(who, stripControls(side.deviceId), time(side.startTime), time(side.endTime),
                     formatDurationSeconds(side.endTime - side.startTime, locale),
                     locale.toString(side.timeOffset.size()), stripControls(side.ver),
                     stripControls(side.sdkMode));
        if (side.width > 0 && side.height > 0)
            line += tr(", %1×%2").arg(side.width).arg(side.height);
        if (side.configWidth > 0 && side.configHeight > 0)
            line += tr(" (configured %1×%2)").arg(side.configWidth).arg(side.configHeight);
        out += line + u'\n';
    }
    out += u'\n' + tr("Findings, worst first:") + u'\n';
    for (const DiagnosisFinding &f : d.findings) {
        const QString when =
            f.to > f.from ? tr("%1 to %2").arg(time(f.from), time(f.to)) : QString();
        const QString line = when.isEmpty() ? f.text : tr("%1 (%2)").arg(f.text, when);
        out += tr("  [%1] %2").arg(severityName(f.severity), line) + u'\n';
    }
    if (!d.summaries.isEmpty()) {
        ExportTable table = summaryTable(d, locale);
        table.timeZone = zone;
        out += u'\n' + tr("Metrics:") + u'\n' + toText(table, locale);
    }
    return out;
}

} // namespace trro
