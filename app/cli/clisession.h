#pragma once

#include "exitcodes.h"
#include "globaloptions.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <memory>

namespace trro {
class ApiClient;
class ApiStack;
class CachedStats;
class RequestScheduler;
class TrroApi;
namespace sim {
class LocalService;
}
} // namespace trro

namespace trro::cli {

// What one run of trro-stats shares between main() and the command: the global options, the
// moment the run started, and (after open()) the client stack: one ApiClient, one
// RequestScheduler, one TrroApi with the statistics cache in front of it (off with --no-cache
// and --demo), plus the in-process local service with --demo.
class CliSession final : public QObject {
    Q_OBJECT
public:
    explicit CliSession(const GlobalOptions &options, QObject *parent = nullptr);
    ~CliSession() override;

    const GlobalOptions &options() const { return m_options; }
    // Options given after the command name complete those given before it (before open()).
    void setOptions(const GlobalOptions &options) { m_options = options; }
    QDateTime now() const { return m_now; }
    // The project a command uses when --project is not given: the demo project with --demo.
    QString defaultProjectId() const;

    // Starts the demo service when asked, resolves the endpoint and the credentials and builds
    // the client. done(ExitOk) when ready; otherwise the problem is already on stderr and done
    // gets the exit status. done always runs from the event loop, never inside open().
    void open(std::function<void(ExitCode)> done);

    bool isOpen() const { return m_stack != nullptr; }
    // Why open() failed (already on stderr), for commands that report it their own way.
    QString lastError() const { return m_lastError; }
    ApiStack *stack() const { return m_stack.get(); }
    ApiClient *client() const;
    RequestScheduler *scheduler() const;
    TrroApi *api() const;
    CachedStats *statistics() const;

private:
    void fail(ExitCode code, const QString &message, const std::function<void(ExitCode)> &done);

    GlobalOptions m_options;
    QDateTime m_now;
    QString m_lastError;
    std::unique_ptr<sim::LocalService> m_demoService;
    std::unique_ptr<ApiStack> m_stack; // after the demo service: destroyed before it
};

} // namespace trro::cli
