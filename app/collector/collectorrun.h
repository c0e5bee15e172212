#pragma once

#include "collectorcycle.h"

#include <QObject>
#include <memory>

namespace trro {
class Clock;
class ClockTimer;
} // namespace trro

namespace trro::collector {

class MetricsEndpoint;

// Exit status of trro-collector beyond trro-stats' (see exitcodes.h): the store could not be
// opened or refused a write.
inline constexpr int ExitStore = 7;
// --metrics-listen could not listen (the port is in use, the address is not this machine's).
inline constexpr int ExitMetrics = 8;

// The collector's life: wait for the account's lock in the store (one collector per account and
// store: a second one waits here and takes over when the first one's connection goes), then
// one cycle (--once) or a cycle every everySec. Writes one status line per cycle and records
// each cycle in the store (the readers' freshness).
class CollectorRun final : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 LockPollUs = 2'000'000;

    CollectorRun(TrroApi *api, PgStore *store, const CycleConfig &config, qint64 everySec,
                 Clock *clock, QObject *parent = nullptr);
    ~CollectorRun() override;
    // The metrics to feed: each request and cycle, and a read of the store after each cycle.
    void setMetrics(MetricsEndpoint *metrics) { m_metrics = metrics; }
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void tryLock();
    void startCycle();
    void cycleFinished();
    QString statusLine(const CycleReport &report, qint64 elapsedMs) const;

    TrroApi *m_api;
    PgStore *m_store;
    CycleConfig m_config;
    qint64 m_everySec;
    Clock *m_clock;
    ClockTimer *m_timer;
    MetricsEndpoint *m_metrics = nullptr;
    std::unique_ptr<CollectorCycle> m_cycle;
    int m_cycles = 0;
    qint64 m_cycleStartUs = 0;
    bool m_waiting = false;
    bool m_saidWaiting = false;
};

} // namespace trro::collector
