#include "totalscommand.h"

#include "clisession.h"
#include "console.h"
#include "requestscheduler.h"
#include "sessionestimate.h"
#include "trroapi.h"

#include <QCommandLineParser>
#include <algorithm>
#include <climits>

namespace trro::cli {

void TotalsCommand::addOptions(QCommandLineParser &parser) {
    addProjectOption(parser);
    parser.addOptions({
        {QStringLiteral("device"), tr("Totals of this device only. Default: the whole project."),
         tr("ID")},
        {QStringLiteral("all-devices"),
         tr("One row per device of the project (one request each), ranked by --sort.")},
        {QStringLiteral("type"),
         tr("With --all-devices: field (vehicles) or remote (cockpits). Default: both."),
         tr("TYPE")},
        {QStringLiteral("sort"),
         tr("With --all-devices: ratio (lowest not-bad ratio first, the default), bad (most bad "
            "sessions first), sessions or minutes (most first)."),
         tr("KEY")},
        {QStringLiteral("top"), tr("With --all-devices: only the first N devices."), tr("N")},
        {
            QStringLiteral("estimate"),
            tr("With --all-devices: estimate every device's totals from one project-wide session "
               "list (a few requests instead of one per device)."),
        },
    });
    addRangeOptions(parser);
    addOutputOptions(parser);
}

bool TotalsCommand::configure(const QCommandLineParser &parser, QString *error) {
    if (!rejectArguments(parser, error) || !readProject(parser, error))
        return false;
    const QStringList devices = parser.values(QStringLiteral("device"));
    if (devices.size() > 1) {
        *error = tr("totals takes at most one --device (or --all-devices).");
        return false;
    }
    m_deviceId = devices.value(0).trimmed();
    if (!devices.isEmpty() && m_deviceId.isEmpty()) {
        *error = tr("--device needs a device id.");
        return false;
    }
    m_allDevices = parser.isSet(QStringLiteral("all-devices"));
    if (m_allDevices && !devices.isEmpty()) {
        *error = tr("--device and --all-devices cannot be combined.");
        return false;
    }
    m_estimate = parser.isSet(QStringLiteral("estimate"));
    for (const char *option : {"type", "sort", "top", "estimate"}) {
        if (!m_allDevices && parser.isSet(QLatin1String(option))) {
            *error = tr("--%1 needs --all-devices.").arg(QLatin1String(option));
            return false;
        }
    }
    m_types = {DeviceType::Field, DeviceType::Remote};
    if (parser.isSet(QStringLiteral("type"))) {
        const QString type = parser.value(QStringLiteral("type"));
        const DeviceType t = parseDeviceType(type.trimmed().toLower());
        if (t == DeviceType::Unknown) {
            *error = tr("--type must be field or remote, not \"%1\".").arg(type);
            return false;
        }
        m_types = {t};
    }
    if (parser.isSet(QStringLiteral("sort"))) {
        const QString sort = parser.value(QStringLiteral("sort")).trimmed().toLower();
        if (sort == QLatin1String("ratio"))
            m_sort = Sort::Ratio;
        else if (sort == QLatin1String("bad"))
            m_sort = Sort::Bad;
        else if (sort == QLatin1String("sessions"))
            m_sort = Sort::Sessions;
        else if (sort == QLatin1String("minutes"))
            m_sort = Sort::Minutes;
        else {
            *error = tr("--sort must be ratio, bad, sessions or minutes, not \"%1\".")
                         .arg(parser.value(QStringLiteral("sort")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("top"))) {
        bool ok = false;
        m_top = parser.value(QStringLiteral("top")).toLongLong(&ok);
        if (!ok || m_top < 1 || m_top > 100000) {
            *error = tr("--top expects a number of devices from 1, not \"%1\".")
                         .arg(parser.value(QStringLiteral("top")));
            return false;
        }
    }
    return readRange(parser, error) && readOutput(parser, error);
}

void TotalsCommand::start() {
    if (m_allDevices)
        startAll();
    else if (!m_deviceId.isEmpty())
        checkDevices({m_deviceId}, [this] { startOne(); });
    else
        startOne();
}

void TotalsCommand::startOne() {
    StatsQuery query;
    query.projectId = m_projectId;
    query.deviceId = m_deviceId;
    query.startTime = m_from;
    query.endTime = m_to;
    session()->api()->sessionTotals(query, this, [this](const Result<SessionTotals> &result) {
        if (!result.ok()) {
            failWith(result.error());
            return;
        }
        ExportTable table = totalsTable(m_deviceId, m_from, m_to, result.value());
        if (m_format == ExportFormat::Table && m_deviceId.isEmpty())
            table.rows[0][0] = tr("(project)");
        if (result.value().sessionNum == 0)
            warn(tr("No sessions in this range."));
        finish(writeOutput(table, true) ? ExitOk : ExitUsage);
    });
}

void TotalsCommand::startAll() {
    m_pendingLists = int(m_types.size());
    for (const DeviceType type : std::as_const(m_types)) {
        DeviceFilter filter;
        filter.type = type;
        session()->api()->devices(m_projectId, filter, this,
                                  [this](const Result<QList<Device>> &r) { onDeviceList(r); });
    }
}

void TotalsCommand::onDeviceList(const Result<QList<Device>> &result) {
    --m_pendingLists;
    if (m_failed)
        return;
    if (!result.ok()) {
        m_failed = true;
        session()->scheduler()->cancel(this);
        failWith(result.error(), tr("listing the devices"));
        return;
    }
    for (const Device &device : result.value()) {
        if (!device.deviceId.isEmpty() && !m_listed.contains(device.deviceId))
            m_listed.append(device.deviceId);
    }
    if (m_pendingLists > 0)
        return;
    m_listed.sort();
    if (m_listed.isEmpty()) {
        warn(tr("The project %1 has no devices.").arg(m_projectId));
        writeRanking();
        return;
    }
    m_rows.resize(m_listed.size());
    m_done.fill(false, m_listed.size());
    for (qsizetype i = 0; i < m_listed.size(); ++i)
        m_rows[i].deviceId = m_listed.at(i);
    if (m_estimate) {
        startEstimate();
        return;
    }
    Console::instance().progress(0, m_listed.size(), tr("devices"));
    for (qsizetype i = 0; i < m_listed.size(); ++i) {
        StatsQuery query;
        query.projectId = m_projectId;
        query.deviceId = m_listed.at(i);
        query.startTime = m_from;
        query.endTime = m_to;
        session()->api()->sessionTotals(
            query, this, [this, i](const Result<SessionTotals> &r) { onDeviceTotals(i, r); });
    }
}

void TotalsCommand::onDeviceTotals(qsizetype index, const Result<SessionTotals> &result) {
    if (m_failed || index < 0 || index >= m_rows.size() || m_done.at(index))
        return;
    if (!result.ok()) {
        // A ranking with holes would put the missing devices in the wrong place.
        m_failed = true;
        session()->scheduler()->cancel(this);
        failWith(result.error(), tr("device %1").arg(m_rows.at(index).deviceId));
        return;
    }
    m_done[index] = true;
    m_rows[index].totals = result.value();
    ++m_completed;
    Console::instance().progress(m_completed, m_rows.size(), tr("devices"));
    if (m_completed == m_rows.size())
        writeRanking();
}

void TotalsCommand::startEstimate() {
    session()->api()->deviceSessions(
        m_projectId, QString(), m_from, m_to, this,
        [this](const Result<QList<DeviceSession>> &result) {
            if (!result.ok()) {
                failWith(result.error(), tr("listing the sessions"));
                return;
            }
            const QHash<QString, SessionTotals> estimate =
                estimateDeviceTotals(result.value(), m_from, m_to);
            for (Ranked &row : m_rows)
                row.totals = estimate.value(row.deviceId);
            warn(tr("Estimated from the project's session list (%n session(s)), not the "
                    "service's statistics: run without --estimate for exact figures.",
                    nullptr, int(std::min<qsizetype>(result.value().size(), INT_MAX))));
            writeRanking();
        });
}

qint64 TotalsCommand::badSessions(const SessionTotals &totals) {
    const qint64 ratio = qBound(0, totals.notBadSessionRatio, 100);
    return (totals.sessionNum * (100 - ratio) + 50) / 100;
}

void TotalsCommand::rank(QList<Ranked> *rows, Sort sort) {
    const auto key = [sort](const Ranked &r) -> qint64 {
        switch (sort) {
        case Sort::Ratio:
            return r.totals.sessionNum == 0 ? 1000 : r.totals.notBadSessionRatio;
        case Sort::Bad:
            return -badSessions(r.totals);
        case Sort::Sessions:
            return -r.totals.sessionNum;
        case Sort::Minutes:
            return -r.totals.totalDuration;
        }
        return 0;
    };
    std::stable_sort(rows->begin(), rows->end(), [&](const Ranked &a, const Ranked &b) {
        const qint64 ka = key(a);
        const qint64 kb = key(b);
        if (ka != kb)
            return ka < kb;
        if (sort == Sort::Ratio && a.totals.sessionNum != b.totals.sessionNum)
            return a.totals.sessionNum > b.totals.sessionNum; // more evidence first
        return a.deviceId < b.deviceId;
    });
}

void TotalsCommand::writeRanking() {
    Console::instance().endProgress();
    rank(&m_rows, m_sort);
    if (m_top > 0 && m_rows.size() > m_top)
        m_rows.resize(m_top);
    ExportTable table = totalsTable(QString(), m_from, m_to, SessionTotals{});
    table.rows.clear();
    table.columns.append(
        {QStringLiteral("BadSessionNum"), tr("Bad sessions"), ExportTable::Kind::Integer});
    bool any = false;
    for (const Ranked &r : std::as_const(m_rows)) {
        ExportTable one = totalsTable(r.deviceId, m_from, m_to, r.totals);
        one.rows[0].append(badSessions(r.totals));
        table.rows.append(one.rows[0]);
        any = any || r.totals.sessionNum > 0;
    }
    if (!any)
        warn(tr("No sessions in this range on any device."));
    finish(writeOutput(table) ? ExitOk : ExitUsage);
}

QString TotalsCommand::helpDetails() const {
    return tr("Examples:\n"
              "  trro-stats totals -p ID --from -7d@d --to today\n"
              "  trro-stats totals -p ID --all-devices --type field --sort ratio --top 5\n"
              "  trro-stats totals -p ID --all-devices --estimate --sort bad --top 10\n"
              "\n"
              "Output columns: DeviceId, StartTime, EndTime, SessionNum, TotalDuration (minutes),\n"
              "  NotBadSessionRatio (percent), ActiveFieldDeviceNum, ActiveRemoteDeviceNum;\n"
              "  with --all-devices also BadSessionNum (sessions whose quality was bad, from\n"
              "  the ratio) and one row per device, ranked by --sort.\n");
}

} // namespace trro::cli
