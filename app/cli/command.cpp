#include "command.h"

#include "clisession.h"
#include "console.h"
#include "timespec.h"

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

bool writeStdout(const QByteArray &data) {
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return false;
    const bool ok = out.write(data) == data.size();
    out.flush();
    return ok;
}

} // namespace

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

void Command::addProjectOption(QCommandLineParser &parser) {
    parser.addOption({QStringLiteral("project"),
                      tr("Project id (with --demo: the demo project when not given)."), tr("ID")});
}

void Command::addRangeOptions(QCommandLineParser &parser) {
    const QString formats = tr("unix seconds, ISO 8601 with Z or an offset, YYYY-MM-DD, or "
                               "relative: -24h, -7d, now");
    parser.addOptions({
        {QStringLiteral("from"), tr("Start of the range (default -7d): %1.").arg(formats), tr("T")},
        {QStringLiteral("to"), tr("End of the range (default now)."), tr("T")},
    });
}

void Command::addOutputOptions(QCommandLineParser &parser) {
    parser.addOptions({
        {QStringLiteral("format"),
         tr("table, csv or json (default: from the --output suffix, else table on a terminal "
            "and csv otherwise)."),
         tr("FORMAT")},
        {QStringLiteral("output"), tr("Write to FILE (atomically) instead of stdout."), tr("FILE")},
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

bool Command::readRange(const QCommandLineParser &parser, QString *error) {
    const QString from = parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from"))
                                                              : QLatin1String(DefaultFrom);
    const QString to = parser.isSet(QStringLiteral("to")) ? parser.value(QStringLiteral("to"))
                                                          : QLatin1String(DefaultTo);
    QString why;
    if (!parseTimeSpec(from, m_session->now(), &m_from, &why)) {
        *error = tr("--from: %1").arg(why);
        return false;
    }
    if (!parseTimeSpec(to, m_session->now(), &m_to, &why)) {
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
    if (!m_outputFile.isEmpty()) {
        const QFileInfo info(m_outputFile);
        const QFileInfo dir(info.absolutePath());
        if (info.isDir() || !dir.isDir() || !dir.isWritable()) {
            *error =
                tr("--output: cannot write \"%1\".").arg(QDir::toNativeSeparators(m_outputFile));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("format"))) {
        const QString name = parser.value(QStringLiteral("format"));
        if (!parseExportFormat(name, &m_format)) {
            *error = tr("--format must be table, csv or json, not \"%1\".").arg(name);
            return false;
        }
        return true;
    }
    const QString suffix = QFileInfo(m_outputFile).suffix();
    if (!m_outputFile.isEmpty() && parseExportFormat(suffix, &m_format))
        return true;
    m_format = m_outputFile.isEmpty() && Console::stdoutIsTerminal() ? ExportFormat::Table
                                                                     : ExportFormat::Csv;
    return true;
}

bool Command::writeOutput(const ExportTable &table, bool singleObject) {
    return writeData(exportTable(table, m_format, singleObject));
}

bool Command::writeData(const QByteArray &data) {
    if (m_outputFile.isEmpty()) {
        if (writeStdout(data))
            return true;
        Console::instance().error(tr("Could not write to standard output."));
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
