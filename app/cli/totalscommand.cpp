#include "totalscommand.h"

#include "clisession.h"
#include "trroapi.h"

#include <QCommandLineParser>

namespace trro::cli {

void TotalsCommand::addOptions(QCommandLineParser &parser) {
    addProjectOption(parser);
    parser.addOption({QStringLiteral("device"),
                      tr("Totals of this device only. Default: the whole project."), tr("ID")});
    addRangeOptions(parser);
    addOutputOptions(parser);
}

bool TotalsCommand::configure(const QCommandLineParser &parser, QString *error) {
    if (!rejectArguments(parser, error) || !readProject(parser, error))
        return false;
    const QStringList devices = parser.values(QStringLiteral("device"));
    if (devices.size() > 1) {
        *error = tr("totals takes at most one --device.");
        return false;
    }
    m_deviceId = devices.value(0).trimmed();
    if (!devices.isEmpty() && m_deviceId.isEmpty()) {
        *error = tr("--device needs a device id.");
        return false;
    }
    return readRange(parser, error) && readOutput(parser, error);
}

void TotalsCommand::start() {
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
        finish(writeOutput(table, true) ? ExitOk : ExitUsage);
    });
}

} // namespace trro::cli
