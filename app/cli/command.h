#pragma once

#include "exitcodes.h"
#include "statsexport.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

class QCommandLineParser;

namespace trro::cli {

class CliSession;

// One trro-stats command. main() adds the global options and then the command's own, lets the
// command read them, opens the session when the command needs the service, and calls start().
// The command ends by calling finish() exactly once.
class Command : public QObject {
    Q_OBJECT
public:
    explicit Command(CliSession *session, QObject *parent = nullptr);

    virtual void addOptions(QCommandLineParser &parser) = 0;
    // false with a translated *error when the command line is not usable (exit status 2).
    virtual bool configure(const QCommandLineParser &parser, QString *error) = 0;
    // The global options (long names) that the command defines itself with a meaning of its own
    // (check's --timeout, the time of the whole check): after the command name they are its own.
    virtual QStringList ownGlobalOptions() const { return {}; }
    // Whether start() needs the credentials and the client stack of the session.
    virtual bool needsService() const { return true; }
    virtual void start() = 0;
    // What --help shows after the command's options: examples and the columns it prints.
    virtual QString helpDetails() const { return {}; }
    // A failure before start() (a bad command line, credentials or a service that cannot be
    // had): main() has put the message on stderr. A command that must answer in a format of
    // its own (the monitoring check) writes it and returns the exit status; nullopt: main's.
    virtual std::optional<int> reportEarlyFailure(const QString &message) {
        Q_UNUSED(message);
        return std::nullopt;
    }

Q_SIGNALS:
    void finished(int exitCode);

protected:
    CliSession *session() const { return m_session; }
    void finish(int exitCode);
    // Reports the error on stderr (prefixed with subject when given) and finishes with its code.
    void failWith(const ApiError &error, const QString &subject = {});

    // For commands without arguments of their own: false with *error when there are some.
    static bool rejectArguments(const QCommandLineParser &parser, QString *error);

    // Shared options: --project (-p), --from/--to, --format (-f)/--output (-o) with
    // --no-header, --append and --force.
    static void addProjectOption(QCommandLineParser &parser);
    static void addRangeOptions(QCommandLineParser &parser);
    static void addOutputOptions(QCommandLineParser &parser);
    bool readProject(const QCommandLineParser &parser, QString *error);
    // --interval (required): hour, day or month.
    static bool readInterval(const QCommandLineParser &parser, Interval *interval, QString *error);
    // defaultFrom: where the range starts without --from ("-7d" unless a command says).
    bool readRange(const QCommandLineParser &parser, QString *error,
                   const QString &defaultFrom = {});
    bool readOutput(const QCommandLineParser &parser, QString *error);
    bool checkOutputFile(bool force, QString *error) const;

    // Writes the table in the chosen format to --output (atomically; with --append at the end,
    // the header only when the file is new) or stdout, times in the --tz zone. Returns false
    // after reporting the problem on stderr.
    bool writeOutput(ExportTable table, bool singleObject = false);
    bool writeData(const QByteArray &data); // the same for text already formatted
    static bool writeStdout(const QByteArray &data);
    // A warning on stderr (not with --quiet).
    static void warn(const QString &message);

    // Asks for the project's device list (field and remote), then warns about the ids the
    // project does not have (with the closest one) and calls then(). When the list cannot be
    // had, nothing is said: the requests of the command report their own errors.
    void checkDevices(const QStringList &ids, std::function<void()> then);
    bool isCheckingDevices() const { return m_checkLists > 0; }

    QString m_projectId;
    qint64 m_from = 0;
    qint64 m_to = 0;
    ExportFormat m_format = ExportFormat::Csv;
    QString m_outputFile;  // empty: stdout
    bool m_header = true;  // --no-header: false
    bool m_append = false; // --append

private:
    void warnUnknownDevices() const;

    CliSession *m_session;
    bool m_finished = false;
    QStringList m_checkedIds;
    QStringList m_knownDevices;
    int m_checkLists = 0;
    bool m_checkFailed = false;
};

} // namespace trro::cli
