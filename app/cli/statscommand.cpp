#include "statscommand.h"

#include "anomalies.h"
#include "bucketcut.h"
#include "cachedstats.h"
#include "clisession.h"
#include "console.h"
#include "requestscheduler.h"
#include "trroapi.h"

#include <QCommandLineParser>

namespace trro::cli {

void StatsCommand::addOptions(QCommandLineParser &parser) {
    addProjectOption(parser);
    parser.addOptions({
        {QStringLiteral("interval"), tr("Bucket size: hour, day or month (required)."),
         tr("INTERVAL")},
        {QStringLiteral("device"),
         tr("One series for this device; repeat for several. Default: the whole project."),
         tr("ID")},
        {QStringLiteral("all-devices"),
         tr("One series for every field and remote device of the project.")},
        {QStringLiteral("complete-only"),
         tr("Leave out buckets the range cuts or that are not over yet (table and json mark "
            "them Partial otherwise).")},
    });
    addRangeOptions(parser);
    addOutputOptions(parser);
}

bool StatsCommand::configure(const QCommandLineParser &parser, QString *error) {
    if (!rejectArguments(parser, error) || !readProject(parser, error))
        return false;
    if (!readInterval(parser, &m_interval, error))
        return false;
    for (const QString &value : parser.values(QStringLiteral("device"))) {
        const QString id = value.trimmed();
        if (id.isEmpty()) {
            *error = tr("--device needs a device id.");
            return false;
        }
        if (!m_devices.contains(id))
            m_devices.append(id);
    }
    m_allDevices = parser.isSet(QStringLiteral("all-devices"));
    m_completeOnly = parser.isSet(QStringLiteral("complete-only"));
    if (m_allDevices && !m_devices.isEmpty()) {
        *error = tr("--device and --all-devices cannot be combined.");
        return false;
    }
    return readRange(parser, error) && readOutput(parser, error);
}

void StatsCommand::start() {
    if (m_allDevices) {
        fetchDeviceList();
        return;
    }
    if (!m_devices.isEmpty()) {
        // In parallel with the series; the rows are written when both are in.
        checkDevices(m_devices, [this] {
            if (m_seriesDone)
                writeResults();
        });
    }
    fetchSeries(m_devices.isEmpty() ? QStringList{QString()} : m_devices);
}

void StatsCommand::fetchDeviceList() {
    // Field and remote devices are asked for separately, so that a service that defaults to
    // one type when none is given still yields every device.
    m_pendingLists = 2;
    for (const DeviceType type : {DeviceType::Field, DeviceType::Remote}) {
        DeviceFilter filter;
        filter.type = type;
        session()->api()->devices(
            m_projectId, filter, this,
            [this, type](const Result<QList<Device>> &result) { onDeviceList(type, result); });
    }
}

void StatsCommand::onDeviceList(DeviceType type, const Result<QList<Device>> &result) {
    --m_pendingLists;
    if (m_listFailed)
        return;
    if (!result.ok()) {
        m_listFailed = true;
        session()->scheduler()->cancel(this);
        const QString what = type == DeviceType::Field ? tr("listing the field devices")
                                                       : tr("listing the remote devices");
        failWith(result.error(), what);
        return;
    }
    for (const Device &device : result.value()) {
        if (!device.deviceId.isEmpty() && !m_listedDevices.contains(device.deviceId))
            m_listedDevices.append(device.deviceId);
    }
    if (m_pendingLists > 0)
        return;
    if (m_listedDevices.isEmpty()) {
        Console::instance().warning(tr("The project %1 has no devices.").arg(m_projectId));
        writeResults();
        return;
    }
    m_listedDevices.sort();
    fetchSeries(m_listedDevices);
}

void StatsCommand::fetchSeries(const QStringList &deviceIds) {
    m_outcomes.clear();
    m_outcomes.reserve(deviceIds.size());
    for (const QString &id : deviceIds) {
        Outcome outcome;
        outcome.deviceId = id;
        m_outcomes.append(outcome);
    }
    if (m_outcomes.size() > 1)
        Console::instance().progress(0, m_outcomes.size(), tr("devices"));
    for (qsizetype i = 0; i < m_outcomes.size(); ++i) {
        StatsQuery query;
        query.projectId = m_projectId;
        query.deviceId = m_outcomes[i].deviceId;
        query.interval = m_interval;
        query.startTime = m_from;
        query.endTime = m_to;
        session()->statistics()->intervalStatisticsDetailed(
            query, this,
            [this, i](const Result<IntervalSeries> &result, const CacheOutcome &cache) {
                onSeries(i, result, cache);
            });
    }
}

void StatsCommand::onSeries(qsizetype index, const Result<IntervalSeries> &result,
                            const CacheOutcome &cache) {
    if (m_stopped || index < 0 || index >= m_outcomes.size() || m_outcomes[index].done)
        return;
    Outcome &outcome = m_outcomes[index];
    outcome.done = true;
    outcome.ok = result.ok();
    outcome.offline = cache.offline;
    outcome.cache = cache;
    if (result.ok()) {
        outcome.series = result.value();
        outcome.series.deviceId = outcome.deviceId;
    } else {
        outcome.error = result.error();
        if (outcome.error.isAuthFailure()) {
            // The same key signs every request: no point in sending the rest.
            m_stopped = true;
            session()->scheduler()->cancel(this);
            failWith(outcome.error);
            return;
        }
    }
    ++m_completed;
    if (m_outcomes.size() > 1)
        Console::instance().progress(m_completed, m_outcomes.size(), tr("devices"));
    if (m_completed == m_outcomes.size()) {
        m_seriesDone = true;
        if (!isCheckingDevices())
            writeResults();
    }
}

void StatsCommand::reportSeries(const Outcome &outcome, const QString &subject, qint64 *gaps,
                                QMap<QString, QStringList> *offlineNotes) const {
    const QList<IntervalBucket> &buckets = outcome.series.buckets;
    for (const QString &warning : describeAnomalies(buckets, m_interval, false))
        warn(subject + QLatin1String(": ") + warning);
    *gaps += countEmptyIntervals(buckets, m_interval, outcome.cache.notCached);
    if (outcome.offline && !outcome.series.warnings.isEmpty())
        (*offlineNotes)[outcome.series.warnings.constLast()].append(subject);
}

ExportTable StatsCommand::buildTable(const QList<IntervalSeries> &series) {
    const QList<IntervalRow> all = intervalRows(series);
    const qint64 now = session()->now().toSecsSinceEpoch();
    QList<IntervalRow> rows;
    QList<bool> partial;
    qsizetype cut = 0;
    qsizetype open = 0;
    for (const IntervalRow &row : all) {
        const BucketCut c = bucketCut(row.bucket, m_from, m_to, now);
        cut += c == BucketCut::CutByRange ? 1 : 0;
        open += c == BucketCut::Open ? 1 : 0;
        if (m_completeOnly && c != BucketCut::Whole)
            continue;
        rows.append(row);
        partial.append(c != BucketCut::Whole);
    }
    if (cut > 0 && !m_completeOnly)
        warn(tr("The range starts or ends inside a bucket: %n bucket(s) hold only part of "
                "their interval and are marked Partial in table and json. Snap the range to "
                "bucket starts (--from -1d@d, --to today) or use --complete-only.",
                nullptr, int(cut)));
    else if (cut + open > 0 && m_completeOnly)
        warn(tr("--complete-only left out %n bucket(s) cut by the range or not over yet.", nullptr,
                int(cut + open)));
    ExportTable table = intervalTable(rows);
    if (m_format != ExportFormat::Csv) {
        table.columns.append({QStringLiteral("Partial"), tr("Partial"), ExportTable::Kind::Flag});
        for (qsizetype i = 0; i < table.rows.size(); ++i)
            table.rows[i].append(partial.at(i));
    }
    if (m_format == ExportFormat::Table) {
        for (QVariantList &row : table.rows) {
            if (row.value(0).toString().isEmpty())
                row[0] = tr("(project)");
        }
    }
    return table;
}

void StatsCommand::writeResults() {
    Console::instance().endProgress();
    Console &console = Console::instance();
    QList<IntervalSeries> series;
    const Outcome *firstFailure = nullptr;
    qsizetype failures = 0;
    qsizetype offline = 0;
    qint64 gaps = 0;
    QMap<QString, QStringList> offlineNotes;
    for (const Outcome &outcome : std::as_const(m_outcomes)) {
        const QString subject = outcome.deviceId.isEmpty() ? tr("project %1").arg(m_projectId)
                                                           : tr("device %1").arg(outcome.deviceId);
        if (!outcome.ok) {
            ++failures;
            if (!firstFailure)
                firstFailure = &outcome;
            console.error(subject + QLatin1String(": ") + outcome.error.userMessage());
            continue;
        }
        reportSeries(outcome, subject, &gaps, &offlineNotes);
        if (outcome.offline)
            ++offline;
        series.append(outcome.series);
    }
    if (gaps > 0)
        warn(tr("%n interval(s) without sessions were left out by the service (across %1 "
                "series); they count as zero.",
                nullptr, int(gaps))
                 .arg(series.size()));
    for (auto it = offlineNotes.cbegin(); it != offlineNotes.cend(); ++it) {
        const QStringList &subjects = it.value();
        warn((subjects.size() == 1 ? subjects.front() : tr("%1 series").arg(subjects.size())) +
             QLatin1String(": ") + it.key());
    }
    if (firstFailure && failures == m_outcomes.size()) {
        finish(exitCodeFor(firstFailure->error));
        return;
    }

    const ExportTable table = buildTable(series);
    if (table.rows.isEmpty() && failures == 0)
        warn(tr("No data: the service has no sessions for this range (%1 series asked for).")
                 .arg(m_outcomes.size()));
    if (!writeOutput(table)) {
        finish(ExitUsage);
        return;
    }
    if (failures > 0) {
        console.error(tr("%1 of %2 series failed; the rows of the others were written.")
                          .arg(failures)
                          .arg(m_outcomes.size()));
        finish(ExitPartial);
        return;
    }
    if (offline > 0) {
        // Rows that may be out of date are not a success a script should take for granted.
        console.error(tr("%1 of %2 series came from the local cache because the service could "
                         "not be reached.")
                          .arg(offline)
                          .arg(m_outcomes.size()));
        finish(ExitPartial);
        return;
    }
    finish(ExitOk);
}

QString StatsCommand::helpDetails() const {
    return tr(
        "Examples:\n"
        "  trro-stats stats -p ID --interval day --from yesterday --to today\n"
        "  trro-stats stats -p ID --interval hour --from -24h@h --to now@h --complete-only\n"
        "  trro-stats --tz Asia/Shanghai stats -p ID --interval day --from 2026-11-01 -f json\n"
        "  trro-stats -q stats -p ID --interval hour --from -4h@h --to -3h@h --all-devices \\\n"
        "      -o fleet.csv --append\n"
        "\n"
        "Output columns (csv and json keys; the table shows them translated):\n"
        "  DeviceId, StartTime, EndTime (unix seconds; the table shows --tz time),\n"
        "  SessionNum, TotalDuration (minutes), NotBadSessionRatio (percent),\n"
        "  ActiveFieldDeviceNum, ActiveRemoteDeviceNum;\n"
        "  json and table also Partial: the bucket is cut by the range or not over yet.\n");
}

} // namespace trro::cli
