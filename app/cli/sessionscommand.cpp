#include "sessionscommand.h"

#include "clisession.h"
#include "trroapi.h"

#include <QCommandLineParser>

namespace trro::cli {

void SessionsCommand::addOptions(QCommandLineParser &parser) {
    addProjectOption(parser);
    parser.addOption({QStringLiteral("device"),
                      tr("Sessions of this device only. Default: every device."), tr("ID")});
    addRangeOptions(parser);
    addOutputOptions(parser);
}

bool SessionsCommand::configure(const QCommandLineParser &parser, QString *error) {
    if (!rejectArguments(parser, error) || !readProject(parser, error))
        return false;
    const QStringList devices = parser.values(QStringLiteral("device"));
    if (devices.size() > 1) {
        *error = tr("sessions takes at most one --device.");
        return false;
    }
    m_deviceId = devices.value(0).trimmed();
    if (!devices.isEmpty() && m_deviceId.isEmpty()) {
        *error = tr("--device needs a device id.");
        return false;
    }
    return readRange(parser, error) && readOutput(parser, error);
}

void SessionsCommand::start() {
    if (!m_deviceId.isEmpty() && !m_checked) {
        m_checked = true;
        checkDevices({m_deviceId}, [this] { start(); });
        return;
    }
    session()->api()->deviceSessions(m_projectId, m_deviceId, m_from, m_to, this,
                                     [this](const Result<QList<DeviceSession>> &result) {
                                         if (!result.ok()) {
                                             failWith(result.error());
                                             return;
                                         }
                                         if (result.value().isEmpty())
                                             warn(tr("No sessions in this range."));
                                         const bool ok = writeOutput(sessionsTable(result.value()));
                                         finish(ok ? ExitOk : ExitUsage);
                                     });
}

QString SessionsCommand::helpDetails() const {
    return tr("Examples:\n"
              "  trro-stats sessions -p ID --from yesterday --to today\n"
              "  trro-stats sessions -p ID --device VEHICLE --from -6h -f csv -o sessions.csv\n"
              "\n"
              "Output columns: SessionId, FieldDeviceId, RemoteDeviceId, StartTime, EndTime,\n"
              "  Resolution, Quality.\n");
}

} // namespace trro::cli
