#include "livecommand.h"

#include "apiclient.h"
#include "clisession.h"
#include "console.h"
#include "liveexport.h"
#include "livemonitor.h"
#include "modelformat.h"
#include "trroapi.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QSocketNotifier>
#include <csignal>
#include <termios.h>
#include <unistd.h>

namespace trro::cli {
namespace {

constexpr qint64 MinWatchSec = 2;
constexpr qint64 MaxWatchSec = 3600;

// The terminal as it was before --watch took the keys; restored on every way out.
struct termios savedTerminal;
volatile std::sig_atomic_t terminalSaved = 0;

void restoreTerminal() {
    if (terminalSaved) {
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
        terminalSaved = 0;
    }
    // Show the cursor again.
    const char show[] = "\x1b[?25h";
    [[maybe_unused]] const ssize_t n = ::write(STDOUT_FILENO, show, sizeof show - 1);
}

extern "C" void interrupted(int) {
    restoreTerminal();
    _exit(130);
}

bool takeKeys() {
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
        return false;
    terminalSaved = 1;
    struct termios raw = savedTerminal;
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    tcsetattr(STDIN_FILENO, TCSANOW, &raw);
    struct sigaction action = {};
    action.sa_handler = interrupted;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    return true;
}

} // namespace

LiveCommand::~LiveCommand() {
    if (m_keys)
        restoreTerminal();
}

void LiveCommand::addOptions(QCommandLineParser &parser) {
    addProjectOption(parser);
    parser.addOption({QStringLiteral("device"),
                      tr("Sessions of this vehicle or cockpit only. Default: every device."),
                      tr("ID")});
    parser.addOption({QStringLiteral("watch"),
                      tr("On a terminal: redraw every SEC seconds (%1 to %2) until q or Ctrl-C.")
                          .arg(MinWatchSec)
                          .arg(MaxWatchSec),
                      tr("SEC")});
    addOutputOptions(parser);
}

bool LiveCommand::configure(const QCommandLineParser &parser, QString *error) {
    if (!rejectArguments(parser, error) || !readProject(parser, error) ||
        !readOutput(parser, error))
        return false;
    const QStringList devices = parser.values(QStringLiteral("device"));
    if (devices.size() > 1) {
        *error = tr("live takes at most one --device.");
        return false;
    }
    m_deviceId = devices.value(0).trimmed();
    if (!devices.isEmpty() && m_deviceId.isEmpty()) {
        *error = tr("--device needs a device id.");
        return false;
    }
    if (parser.isSet(QStringLiteral("watch"))) {
        bool ok = false;
        m_watchSec = parser.value(QStringLiteral("watch")).toLongLong(&ok);
        if (!ok || m_watchSec < MinWatchSec || m_watchSec > MaxWatchSec) {
            *error =
                tr("--watch takes whole seconds from %1 to %2.").arg(MinWatchSec).arg(MaxWatchSec);
            return false;
        }
        if (!m_outputFile.isEmpty()) {
            *error = tr("--watch draws on the terminal; it cannot be combined with --output.");
            return false;
        }
        if (!Console::stdoutIsTerminal()) {
            warn(tr("--watch needs a terminal; one snapshot is printed."));
            m_watchSec = 0;
        }
    }
    return true;
}

void LiveCommand::start() {
    if (!m_deviceId.isEmpty() && !m_checked) {
        m_checked = true;
        checkDevices({m_deviceId}, [this] { start(); });
        return;
    }
    if (m_watchSec == 0) {
        session()->api()->recentSessions(
            m_projectId, m_deviceId, this, [this](const Result<QList<RecentSession>> &result) {
                if (!result.ok()) {
                    failWith(result.error());
                    return;
                }
                LiveRoster roster(LiveMonitor::DefaultRefreshSec);
                const qint64 now = QDateTime::currentSecsSinceEpoch() +
                                   session()->api()->scheduler()->client()->clockOffset();
                const LiveRoster::Change change = roster.apply(result.value(), now);
                for (const QString &w : change.warnings)
                    warn(w);
                if (roster.rows().isEmpty())
                    warn(tr("No session is running."));
                const bool ok = writeOutput(liveSessionsTable(roster.rows()));
                finish(ok ? ExitOk : ExitUsage);
            });
        return;
    }
    m_monitor = new LiveMonitor(session()->api(), nullptr, this);
    m_monitor->setQualityBudget(0); // the table shows what the list says
    m_monitor->setRefreshSec(m_watchSec);
    m_monitor->setScope(m_projectId, m_deviceId);
    connect(m_monitor, &LiveMonitor::warning, this,
            [this](const QString &message) { m_status = message; });
    connect(m_monitor, &LiveMonitor::updated, this, &LiveCommand::redraw);
    if (takeKeys()) {
        m_keys = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_keys, &QSocketNotifier::activated, this, &LiveCommand::keyPressed);
    }
    writeStdout(QByteArrayLiteral("\x1b[?25l")); // no cursor blinking over the table
    m_monitor->start();
}

void LiveCommand::redraw() {
    const LiveRoster &roster = m_monitor->roster();
    QByteArray screen = QByteArrayLiteral("\x1b[H\x1b[2J");
    ExportTable table = liveSessionsTable(roster.rows());
    table.timeZone = session()->options().timeZone;
    table.header = m_header;
    screen += exportTable(table, m_format, false);
    const QString when =
        m_monitor->lastSuccess() > 0
            ? formatUnixTime(m_monitor->lastSuccess(), session()->options().timeZone)
            : tr("never");
    QString status = tr("%1 running, %2 without a report for %3 s · last answer %4 · q to quit")
                         .arg(roster.running())
                         .arg(roster.stale())
                         .arg(2 * m_monitor->refreshSec())
                         .arg(when);
    if (!m_monitor->lastError().isEmpty())
        status +=
            QLatin1Char('\n') +
            tr("The service did not answer (%1); the last list is shown, retrying every %2 s.")
                .arg(Console::instance().redact(m_monitor->lastError()))
                .arg(m_monitor->refreshSec());
    else if (!m_status.isEmpty())
        status += QLatin1Char('\n') + m_status;
    screen += '\n';
    screen += status.toUtf8();
    screen += '\n';
    m_status.clear();
    writeStdout(screen);
}

void LiveCommand::keyPressed() {
    char key = 0;
    if (::read(STDIN_FILENO, &key, 1) != 1) {
        m_keys->setEnabled(false); // end of input: Ctrl-C still ends the watch
        return;
    }
    if (key == 'q' || key == 'Q') {
        restoreTerminal();
        m_monitor->stop();
        writeStdout(QByteArrayLiteral("\n"));
        finish(ExitOk);
    }
}

QString LiveCommand::helpDetails() const {
    return tr("Examples:\n"
              "  trro-stats live -p ID\n"
              "  trro-stats live -p ID --device VEHICLE -f json\n"
              "  trro-stats live -p ID --watch 5\n"
              "\n"
              "Output columns: SessionId, FieldDeviceId, RemoteDeviceId, Resolution, StartTime,\n"
              "  LatestUpdateTime, Stale (no report for two refreshes: 20 s, or 2 x --watch).\n");
}

} // namespace trro::cli
