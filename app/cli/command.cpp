#include "command.h"

#include "clisession.h"
#include "console.h"
#include "helptext.h"
#include "timespec.h"
#include "trroapi.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cstdio>

namespace trro::cli {
namespace {

constexpr auto DefaultFrom = "-7d";
constexpr auto DefaultTo = "now";

} // namespace

bool Command::writeStdout(const QByteArray &data) {
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return false;
    const bool ok = out.write(data) == data.size();
    out.flush();
    return ok;
}

Command::Command(CliSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session) {}

void Command::finish(int exitCode) {
    if (m_finished)
        return;
    m_finished = true;
    Console::instance().endProgress();
    Q_EMIT finished(exitCode);
}

void Command::failWith(const ApiError &error, const QString &subject) {
    const QString message = error.userMessage();
    Console::instance().error(subject.isEmpty() ? message
                                                : subject + QLatin1String(": ") + message);
    finish(exitCodeFor(error));
}

bool Command::rejectArguments(const QCommandLineParser &parser, QString *error) {
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        return true;
    *error = tr("Unexpected argument \"%1\".").arg(arguments.front());
    return false;
}

void Command::warn(const QString &message) {
    Console::instance().warning(message);
}

void Command::checkDevices(const QStringList &ids, std::function<void()> then) {
    m_checkedIds = ids;
    m_knownDevices.clear();
    m_checkFailed = false;
    m_checkLists = 2;
    for (const DeviceType type : {DeviceType::Field, DeviceType::Remote}) {
        DeviceFilter filter;
        filter.type = type;
        m_session->api()->devices(m_projectId, filter, this,
                                  [this, then](const Result<QList<Device>> &result) {
                                      --m_checkLists;
                                      if (!result.ok())
                                          m_checkFailed = true;
                                      else
                                          for (const Device &device : result.value())
                                              m_knownDevices.append(device.deviceId);
                                      if (m_checkLists > 0)
                                          return;
                                      warnUnknownDevices();
                                      then();
                                  });
    }
}

void Command::warnUnknownDevices() const {
    if (m_checkFailed)
        return;
    QStringList lower;
    for (const QString &known : m_knownDevices)
        lower << known.toLower();
    for (const QString &id : m_checkedIds) {
        if (m_knownDevices.contains(id))
            continue;
        const QString match = closestMatch(id.toLower(), lower);
        const QString hint =
            match.isEmpty()
                ? QString()
                : QLatin1Char(' ') +
                      tr("Did you mean \"%1\"?").arg(m_knownDevices.at(lower.indexOf(match)));
        warn(tr("The project %1 has no device \"%2\".").arg(m_projectId, id) + hint);
    }
}

void Command::addProjectOption(QCommandLineParser &parser) {
    parser.addOption({{QStringLiteral("p"), QStringLiteral("project")},
                      tr("Project id (with --demo: the demo project when not given)."),
                      tr("ID")});
}

void Command::addRangeOptions(QCommandLineParser &parser) {
    const QString formats =
        tr("unix seconds, ISO 8601 with Z or an offset, YYYY-MM-DD or YYYY-MM-DDTHH:MM (in the "
           "--tz zone), today, yesterday, or relative: -24h, -7d, now; @h, @d or @mon snaps to "
           "the start of the hour, day or month (-1d@d)");
    parser.addOptions({
        {QStringLiteral("from"), tr("Start of the range (default -7d): %1.").arg(formats), tr("T")},
        {QStringLiteral("to"), tr("End of the range (default now)."), tr("T")},
    });
}

void Command::addOutputOptions(QCommandLineParser &parser) {
    parser.addOptions({
        {{QStringLiteral("f"), QStringLiteral("format")},
         tr("table, csv or json (default: from the --output suffix, else table on a terminal "
            "and csv otherwise)."),
         tr("FORMAT")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         tr("Write to FILE (atomically) instead of stdout."),
         tr("FILE")},
        {QStringLiteral("no-header"), tr("Leave out the header line (csv and table).")},
        {QStringLiteral("append"),
         tr("Add the rows at the end of --output (csv); the header only when the file is new.")},
        {QStringLiteral("force"),
         tr("Write --output even when it is a symbolic link (its target is written).")},
    });
}

bool Command::readProject(const QCommandLineParser &parser, QString *error) {
    m_projectId = parser.value(QStringLiteral("project")).trimmed();
    if (m_projectId.isEmpty())
        m_projectId = m_session->defaultProjectId();
    if (m_projectId.isEmpty()) {
        *error = tr("--project is required.");
        return false;
    }
    return true;
}

bool Command::readInterval(const QCommandLineParser &parser, Interval *interval, QString *error) {
    const QString value = parser.value(QStringLiteral("interval"));
    if (value.isEmpty()) {
        *error = tr("--interval is required (hour, day or month).");
        return false;
    }
    if (!parseInterval(value.trimmed().toLower(), interval)) {
        *error = tr("--interval must be hour, day or month, not \"%1\".").arg(value);
        return false;
    }
    return true;
}

bool Command::readRange(const QCommandLineParser &parser, QString *error,
                        const QString &defaultFrom) {
    const QString from = parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from"))
                         : defaultFrom.isEmpty()              ? QString(QLatin1String(DefaultFrom))
                                                              : defaultFrom;
    const QString to = parser.isSet(QStringLiteral("to")) ? parser.value(QStringLiteral("to"))
                                                          : QLatin1String(DefaultTo);
    QString why;
    const QTimeZone zone = m_session->options().timeZone;
    if (!parseTimeSpec(from, m_session->now(), &m_from, &why, zone)) {
        *error = tr("--from: %1").arg(why);
        return false;
    }
    if (!parseTimeSpec(to, m_session->now(), &m_to, &why, zone)) {
        *error = tr("--to: %1").arg(why);
        return false;
    }
    if (m_from > m_to) {
        *error = tr("--from (%1) is after --to (%2).").arg(from, to);
        return false;
    }
    return true;
}

bool Command::readOutput(const QCommandLineParser &parser, QString *error) {
    m_outputFile = parser.value(QStringLiteral("output"));
    if (m_outputFile == QLatin1String("-"))
        m_outputFile.clear();
    m_header = !parser.isSet(QStringLiteral("no-header"));
    m_append = parser.isSet(QStringLiteral("append"));
    ExportFormat named = ExportFormat::Csv;
    if (parseExportFormat(m_outputFile, &named) && m_outputFile == m_outputFile.trimmed()) {
        *error = tr("--output takes a file name; \"%1\" is a format. Did you mean \"--format "
                    "%1\"? (To write a file of that name, use --output ./%1.)")
                     .arg(m_outputFile);
        return false;
    }
    if (m_append && m_outputFile.isEmpty()) {
        *error = tr("--append needs --output FILE.");
        return false;
    }
    if (!m_outputFile.isEmpty() && !checkOutputFile(parser.isSet(QStringLiteral("force")), error))
        return false;
    if (parser.isSet(QStringLiteral("format"))) {
        const QString name = parser.value(QStringLiteral("format"));
        if (!parseExportFormat(name, &m_format)) {
            *error = tr("--format must be table, csv or json, not \"%1\".").arg(name);
            return false;
        }
    } else if (const QString suffix = QFileInfo(m_outputFile).suffix();
               m_outputFile.isEmpty() || !parseExportFormat(suffix, &m_format)) {
        m_format = m_outputFile.isEmpty() && Console::stdoutIsTerminal() ? ExportFormat::Table
                                                                         : ExportFormat::Csv;
    }
    if (m_append && m_format != ExportFormat::Csv) {
        *error = tr("--append writes csv only (one document of json or table cannot grow).");
        return false;
    }
    if (!m_header && m_format == ExportFormat::Json) {
        *error = tr("--no-header applies to csv and table, not json.");
        return false;
    }
    return true;
}

bool Command::checkOutputFile(bool force, QString *error) const {
    const QString name = QDir::toNativeSeparators(m_outputFile);
    const QFileInfo info(m_outputFile);
    if (info.isSymLink() && !force) {
        *error = tr("--output: \"%1\" is a symbolic link to \"%2\"; it is not followed "
                    "unless --force is given.")
                     .arg(name, QDir::toNativeSeparators(info.symLinkTarget()));
        return false;
    }
    const QFileInfo dir(info.absolutePath());
    QString why;
    if (info.isDir())
        why = tr("it is a directory");
    else if (!dir.exists())
        why = tr("the directory \"%1\" does not exist")
                  .arg(QDir::toNativeSeparators(info.absolutePath()));
    else if (!dir.isDir())
        why = tr("\"%1\" is not a directory").arg(QDir::toNativeSeparators(info.absolutePath()));
    else if (info.exists() && !info.isWritable())
        why = tr("the file is not writable (permission denied)");
    else if (!dir.isWritable() && !(m_append && info.exists()))
        why = tr("the directory \"%1\" is not writable (permission denied)")
                  .arg(QDir::toNativeSeparators(info.absolutePath()));
    if (why.isEmpty())
        return true;
    *error = tr("--output: cannot write \"%1\": %2.").arg(name, why);
    return false;
}

bool Command::writeOutput(ExportTable table, bool singleObject) {
    table.timeZone = m_session->options().timeZone;
    // Appending to a file that already has lines: its header is there.
    table.header = m_header && !(m_append && QFileInfo(m_outputFile).size() > 0);
    return writeData(exportTable(table, m_format, singleObject));
}

bool Command::writeData(const QByteArray &data) {
    if (m_outputFile.isEmpty()) {
        if (writeStdout(data))
            return true;
        Console::instance().error(tr("Could not write to standard output."));
        return false;
    }
    if (m_append) {
        QFile file(m_outputFile);
        if (file.open(QIODevice::WriteOnly | QIODevice::Append) &&
            file.write(data) == data.size() && file.flush())
            return true;
        Console::instance().error(
            tr("Could not append to \"%1\": %2")
                .arg(QDir::toNativeSeparators(m_outputFile), file.errorString()));
        return false;
    }
    QSaveFile file(m_outputFile);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    Console::instance().error(tr("Could not write \"%1\": %2")
                                  .arg(QDir::toNativeSeparators(m_outputFile), file.errorString()));
    return false;
}

} // namespace trro::cli
