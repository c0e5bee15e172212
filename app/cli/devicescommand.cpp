#include "devicescommand.h"

#include "clisession.h"

#include <QCommandLineParser>

namespace trro::cli {

void DevicesCommand::addOptions(QCommandLineParser &parser) {
    addProjectOption(parser);
    parser.addOptions({
        {QStringLiteral("type"), tr("field (vehicles) or remote (cockpits). Default: both."),
         tr("TYPE")},
        {QStringLiteral("search"), tr("Only devices whose id or name contains TEXT."), tr("TEXT")},
        {QStringLiteral("status"),
         tr("offline, ready, connected, or online (ready or connected). Default: any."),
         tr("STATUS")},
    });
    addOutputOptions(parser);
}

bool DevicesCommand::configure(const QCommandLineParser &parser, QString *error) {
    if (!rejectArguments(parser, error) || !readProject(parser, error))
        return false;
    if (parser.isSet(QStringLiteral("type"))) {
        const QString type = parser.value(QStringLiteral("type"));
        m_filter.type = parseDeviceType(type.trimmed().toLower());
        if (m_filter.type == DeviceType::Unknown) {
            *error = tr("--type must be field or remote, not \"%1\".").arg(type);
            return false;
        }
    }
    m_filter.searchWords = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("status"))) {
        const QString status = parser.value(QStringLiteral("status")).trimmed().toLower();
        if (status != QLatin1String("offline") && status != QLatin1String("ready") &&
            status != QLatin1String("connected") && status != QLatin1String("online")) {
            *error = tr("--status must be offline, ready, connected or online, not \"%1\".")
                         .arg(parser.value(QStringLiteral("status")));
            return false;
        }
        m_status = status;
        // "online" is two statuses: the rows are filtered here, the service is not asked to.
        if (status != QLatin1String("online"))
            m_filter.status = status;
    }
    return readOutput(parser, error);
}

void DevicesCommand::start() {
    session()->api()->devices(
        m_projectId, m_filter, this, [this](const Result<QList<Device>> &result) {
            if (!result.ok()) {
                failWith(result.error());
                return;
            }
            // The rows carry their status: filter them too, whatever the service did.
            QList<Device> devices;
            for (const Device &d : result.value()) {
                const QString status = d.deviceStatus.toLower();
                const bool match =
                    m_status.isEmpty() || status == m_status ||
                    (m_status == QLatin1String("online") &&
                     (status == QLatin1String("ready") || status == QLatin1String("connected")));
                if (match)
                    devices.append(d);
            }
            if (devices.isEmpty())
                warn(tr("No devices match."));
            finish(writeOutput(devicesTable(devices)) ? ExitOk : ExitUsage);
        });
}

QString DevicesCommand::helpDetails() const {
    return tr("Examples:\n"
              "  trro-stats devices -p ID --type field\n"
              "  trro-stats devices -p ID --status connected -f json\n"
              "\n"
              "Output columns: DeviceId, DeviceName, DeviceType, DeviceStatus, ProjectId,\n"
              "  ModifyTime, LastReportTime.\n");
}

} // namespace trro::cli
