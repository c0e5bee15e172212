#include "collectorrun.h"

#include "clock.h"
#include "console.h"
#include "exitcodes.h"
#include "metricsendpoint.h"
#include "trroapi.h"

#include <QLocale>

namespace trro::collector {
namespace {

using cli::Console;

} // namespace

CollectorRun::CollectorRun(TrroApi *api, PgStore *store, const CycleConfig &config, qint64 everySec,
                           Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_config(config)
    , m_everySec(everySec)
    , m_clock(Clock::orSystem(clock))
    , m_timer(m_clock->createTimer(this)) {}

CollectorRun::~CollectorRun() = default;

void CollectorRun::start() {
    connect(m_timer, &ClockTimer::timeout, this, [this] {
        if (m_waiting)
            tryLock();
        else
            startCycle();
    });
    m_waiting = true;
    tryLock();
}

void CollectorRun::tryLock() {
    if (!m_store->tryLock(m_config.scope)) {
        if (!m_store->lastError().isEmpty()) {
            Console::instance().error(m_store->lastError());
            Q_EMIT finished(ExitStore);
            return;
        }
        if (!m_saidWaiting) {
            Console::instance().info(
                tr("waiting: another trro-collector is filling the store for %1; this one takes "
                   "over when it stops.")
                    .arg(m_config.scope.account));
        }
        m_saidWaiting = true;
        m_timer->start(LockPollUs);
        return;
    }
    m_waiting = false;
    Console::instance().info(tr("collecting for %1 from %2 into the store.")
                                 .arg(m_config.scope.account, m_config.scope.endpoint));
    startCycle();
}

void CollectorRun::startCycle() {
    ++m_cycles;
    m_cycleStartUs = m_clock->monotonicUs();
    m_cycle = std::make_unique<CollectorCycle>(m_api, m_store, m_config, m_clock->wallSecs());
    connect(m_cycle.get(), &CollectorCycle::progress, this, [](qint64 done, qint64 total) {
        Console::instance().progress(done, total, tr("collecting"));
    });
    connect(m_cycle.get(), &CollectorCycle::finished, this, &CollectorRun::cycleFinished);
    if (m_metrics) {
        connect(m_cycle.get(), &CollectorCycle::requestFinished, m_metrics->metrics(),
                &CollectorMetrics::requestFinished);
    }
    m_cycle->start();
}

QString CollectorRun::statusLine(const CycleReport &report, qint64 elapsedMs) const {
    const QLocale locale;
    QString line = (report.ok ? tr("cycle %1 complete in %2 s") : tr("cycle %1 incomplete in %2 s"))
                       .arg(m_cycles)
                       .arg(locale.toString(double(elapsedMs) / 1000.0, 'f', 1));
    line += QStringLiteral(": ") +
            tr("projects: %1, devices: %2, series: %3, buckets stored: %4, sessions stored: %5, "
               "API calls: %6")
                .arg(m_config.projects.size())
                .arg(report.devices)
                .arg(report.series)
                .arg(locale.toString(report.buckets), locale.toString(report.sessions))
                .arg(report.calls);
    if (!report.ok)
        line += QStringLiteral("; ") + tr("first failure: %1").arg(report.error);
    if (m_everySec > 0 && !report.storeFailed)
        line += QStringLiteral("; ") + tr("next cycle in %1 s").arg(m_everySec);
    return line;
}

void CollectorRun::cycleFinished() {
    const CycleReport report = m_cycle->report();
    m_cycle.release()->deleteLater();
    Console::instance().endProgress();
    const qint64 elapsedMs = (m_clock->monotonicUs() - m_cycleStartUs) / 1000;
    const QString line = statusLine(report, elapsedMs);
    if (m_metrics)
        m_metrics->metrics()->cycleFinished(report.ok, double(elapsedMs) / 1000.0);
    if (report.storeFailed) {
        Console::instance().error(line);
        Q_EMIT finished(ExitStore);
        return;
    }
    if (!m_store->recordCycle(m_config.scope, m_clock->wallSecs(), report.ok, line) ||
        (report.ok && m_store->applyRetention(m_clock->wallSecs()) < 0)) {
        Console::instance().error(m_store->lastError());
        Q_EMIT finished(ExitStore);
        return;
    }
    if (m_metrics)
        m_metrics->readStore(); // the figures this cycle wrote
    if (report.ok)
        Console::instance().info(line);
    else
        Console::instance().warning(line);
    if (m_everySec <= 0) {
        // Nothing at all came: the exit status of what went wrong; some of it: partial.
        const bool nothing = report.devices == 0 && report.buckets == 0 && report.sessions == 0;
        Q_EMIT finished(report.ok ? cli::ExitOk
                        : nothing ? cli::exitCodeFor(report.apiError)
                                  : cli::ExitPartial);
        return;
    }
    const qint64 spentUs = m_clock->monotonicUs() - m_cycleStartUs;
    m_timer->start(qMax<qint64>(0, m_everySec * 1'000'000 - spentUs));
}

} // namespace trro::collector
