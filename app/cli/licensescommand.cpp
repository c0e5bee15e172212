#include "licensescommand.h"

#include "clisession.h"
#include "licencesummary.h"
#include "usageapi.h"
#include "usageexport.h"

#include <QCommandLineParser>
#include <QLocale>
#include <climits>

namespace trro::cli {

void LicensesCommand::addOptions(QCommandLineParser &parser) {
    parser.addOptions({
        {{QStringLiteral("p"), QStringLiteral("project")},
         tr("Project id. Default: every project of the account."),
         tr("ID")},
        {QStringLiteral("expiring-within"),
         tr("Only the devices whose licence expires within this many days (30, 30d or 4w), "
            "the expired ones included."),
         tr("DAYS")},
    });
    addOutputOptions(parser);
}

bool LicensesCommand::parseDays(const QString &text, qint64 *days) {
    QString t = text.trimmed().toLower();
    qint64 factor = 1;
    if (t.endsWith(QLatin1Char('d'))) {
        t.chop(1);
    } else if (t.endsWith(QLatin1Char('w'))) {
        t.chop(1);
        factor = 7;
    }
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok || t.startsWith(QLatin1Char('+')) || n < 0 || n > MaxDays / factor)
        return false;
    *days = n * factor;
    return true;
}

bool LicensesCommand::configure(const QCommandLineParser &parser, QString *error) {
    if (!rejectArguments(parser, error))
        return false;
    m_projectId = parser.value(QStringLiteral("project")).trimmed();
    if (parser.isSet(QStringLiteral("expiring-within"))) {
        const QString value = parser.value(QStringLiteral("expiring-within"));
        qint64 days = 0;
        if (!parseDays(value, &days)) {
            *error = tr("--expiring-within expects days from 0 to %1 (30, 30d or 4w), not "
                        "\"%2\".")
                         .arg(MaxDays)
                         .arg(value.left(64));
            return false;
        }
        m_expiringWithin = days;
    }
    m_now = session()->now().toSecsSinceEpoch();
    return readOutput(parser, error);
}

void LicensesCommand::start() {
    m_usage = new UsageApi(session()->scheduler(), this);
    m_usage->licenceDevices(
        m_projectId, QString(), this,
        [this](const Result<WarnedList<DeviceLicence>> &result) { onDevices(result); });
}

void LicensesCommand::onDevices(const Result<WarnedList<DeviceLicence>> &result) {
    if (!result.ok()) {
        failWith(result.error(), tr("the licences"));
        return;
    }
    for (const QString &warning : result.value().warnings)
        warn(warning);
    QList<DeviceLicenceDays> devices;
    qsizetype expired = 0;
    for (const DeviceLicenceDays &d : byRemainingDays(result.value().items, m_now)) {
        if (m_expiringWithin && !expiresWithin(d.device, m_now, *m_expiringWithin))
            continue;
        expired += d.days && *d.days < 0 ? 1 : 0;
        devices.append(d);
    }
    if (devices.isEmpty())
        warn(m_expiringWithin
                 ? tr("No device's licence expires within %1 days.").arg(*m_expiringWithin)
                 : tr("No device with a licence."));
    ExportTable table = licencesTable(devices);
    if (m_format != ExportFormat::Table) {
        finish(writeOutput(table) ? ExitOk : ExitUsage);
        return;
    }
    table.timeZone = session()->options().timeZone;
    table.header = m_header;
    const QString footer = QLatin1Char('\n') +
                           tr("%n device(s), %1 of them expired.", nullptr,
                              int(qMin<qsizetype>(devices.size(), INT_MAX)))
                               .arg(QLocale().toString(qint64(expired))) +
                           QLatin1Char('\n');
    finish(writeData(exportTable(table, ExportFormat::Table) + footer.toUtf8()) ? ExitOk
                                                                                : ExitUsage);
}

QString LicensesCommand::helpDetails() const {
    return tr("Examples:\n"
              "  trro-stats licenses\n"
              "  trro-stats licenses -p ID --expiring-within 30d -f csv\n"
              "\n"
              "Columns (csv, json), as GetDevices names them: DeviceId, DeviceName, LicenseCount,\n"
              "  RemainDay (the whole days left as the service counts them, 0 once expired),\n"
              "  ExpireTime (unix seconds), Duration (the term bought, seconds), LicenseIds\n"
              "  (space-separated), MonthlyRemainTime and LimitedTime (minutes of this month\n"
              "  left, and the month's cap); then DaysLeft (whole days left now, from ExpireTime;\n"
              "  negative once expired) and Expired. Sorted by DaysLeft, fewest first. A value\n"
              "  the service sent that cannot be true (RemainDay below zero, an ExpireTime before\n"
              "  2000) is left out (empty, JSON null) with a warning.\n");
}

} // namespace trro::cli
