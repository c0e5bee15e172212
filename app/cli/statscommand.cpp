#include "statscommand.h"

#include "anomalies.h"
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
    });
    addRangeOptions(parser);
    addOutputOptions(parser);
}

bool StatsCommand::configure(const QCommandLineParser &parser, QString *error) {
    if (!rejectArguments(parser, error) || !readProject(parser, error))
        return false;
    const QString interval = parser.value(QStringLiteral("interval"));
    if (interval.isEmpty()) {
        *error = tr("--interval is required (hour, day or month).");
        return false;
    }
    if (!parseInterval(interval.trimmed().toLower(), &m_interval)) {
        *error = tr("--interval must be hour, day or month, not \"%1\".").arg(interval);
        return false;
    }
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
    if (m_allDevices && !m_devices.isEmpty()) {
        *error = tr("--device and --all-devices cannot be combined.");
        return false;
    }
    return readRange(parser, error) && readOutput(parser, error);
}

void StatsCommand::start() {
    if (m_allDevices)
        fetchDeviceList();
    else
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
                onSeries(i, result, cache.offline);
            });
    }
}

void StatsCommand::onSeries(qsizetype index, const Result<IntervalSeries> &result,
                            bool offline) {
    if (m_stopped || index < 0 || index >= m_outcomes.size() || m_outcomes[index].done)
        return;
    Outcome &outcome = m_outcomes[index];
    outcome.done = true;
    outcome.ok = result.ok();
    outcome.offline = offline;
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
    if (m_completed == m_outcomes.size())
        writeResults();
}

void StatsCommand::writeResults() {
    Console::instance().endProgress();
    Console &console = Console::instance();
    QList<IntervalSeries> series;
    const Outcome *firstFailure = nullptr;
    qsizetype failures = 0;
    qsizetype offline = 0;
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
        const QStringList warnings = outcome.series.warnings.isEmpty()
                                         ? describeAnomalies(outcome.series.buckets, m_interval)
                                         : outcome.series.warnings;
        for (const QString &warning : warnings)
            console.warning(subject + QLatin1String(": ") + warning);
        if (outcome.offline)
            ++offline;
        series.append(outcome.series);
    }
    if (firstFailure && failures == m_outcomes.size()) {
        finish(exitCodeFor(firstFailure->error));
        return;
    }

    ExportTable table = intervalTable(intervalRows(series));
    if (m_format == ExportFormat::Table) {
        for (QVariantList &row : table.rows) {
            if (row.value(0).toString().isEmpty())
                row[0] = tr("(project)");
        }
    }
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

} // namespace trro::cli
