#pragma once

// trro-collector end to end: the local service in this process, a private PostgreSQL server,
// the collector as a child process (so that it can be killed with SIGKILL), and a client stack
// of the test's own (another key, so that it never shares the collector's rate budget) to ask
// the service for the expected values.

#include "apistack.h"
#include "localservice.h"
#include "pgserver.h"
#include "pgstore.h"
#include "trroapi.h"

#include <QProcess>
#include <QTemporaryDir>
#include <memory>

namespace trro::test {

extern const Credentials CollectorKey;
extern const Credentials ExpectKey;

// One trro-collector process; its stderr is kept as it comes.
class CollectorProcess final {
public:
    CollectorProcess() = default;
    ~CollectorProcess();
    void start(const QStringList &arguments, const QProcessEnvironment &environment);
    bool waitForError(const QString &text, int timeoutMs = 120000);
    // Waits for the end; the exit code, or -1 when it did not end in time or crashed.
    int finish(int timeoutMs = 180000);
    void killHard(); // SIGKILL, as kill -9
    QString error() const { return QString::fromLocal8Bit(m_err); }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

private:
    QProcess m_process;
    QByteArray m_err;
};

class CollectorFixture final {
public:
    // Starts the service (20 vehicles, 12 cockpits) and the test's client stack.
    bool start();

    // The environment of a collector: nothing of the caller's TENCENTCLOUD_*, TRRO_* or PG*
    // variables; the collector's key in a systemd-style credentials directory.
    QProcessEnvironment environment() const;
    // --store URL --project P --endpoint E plus these arguments.
    QStringList arguments(const QString &storeUrl, const QStringList &more) const;

    // The collector's requests of this action that the service served.
    qint64 collectorRequests(const QString &action) const;
    QStringList deviceIds(); // through the test's own stack
    QList<IntervalBucket> expectedBuckets(const QString &deviceId, Interval interval, qint64 from,
                                          qint64 to);
    QList<DeviceSession> expectedSessions(qint64 from, qint64 to);
    QList<Device> expectedDevices();

    // Every series of the project (fleet and devices, hour and day) holds in the store what the
    // service answers for [since, the settled limit of a collector started at startedAt), and
    // the sessions likewise; no mark is beyond what is old enough now. Empty when so, else what
    // differs.
    QString compareStore(PgStore &store, qint64 since, qint64 startedAt);

    StoreScope scope() const;
    QString project;
    std::unique_ptr<sim::LocalService> service;
    std::unique_ptr<ApiStack> stack;
    QTemporaryDir credentialsDir;
};

} // namespace trro::test
