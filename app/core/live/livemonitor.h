#pragma once

#include "liveroster.h"
#include "result.h"
#include "sessiondiagnosis.h"

#include <QObject>
#include <QPointer>

namespace trro {

class ClockTimer;
class TrroApi;
class Clock;

// Keeps a LiveRoster current: every refreshSec (start to start) one complete
// DescribeRecentSessionList (all pages) through the shared scheduler, never two at once, and then
// the latest telemetry of a few running sessions (the ones never measured first, then the longest
// ago) for their live quality, so that a refresh of a large fleet stays within a second of the rate
// limit. A refresh that fails keeps the last rows, marked by age, and the next one is tried on
// time.
class LiveMonitor final : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 DefaultRefreshSec = 10;
    static constexpr int DefaultQualityBudget = 4; // telemetry requests per refresh

    // clock: the refresh timer and `now` (nullptr: the system's).
    LiveMonitor(TrroApi *api, Clock *clock = nullptr, QObject *parent = nullptr);

    void setScope(const QString &projectId, const QString &deviceId = QString());
    QString projectId() const { return m_projectId; }
    QString deviceId() const { return m_deviceId; }
    void setRefreshSec(qint64 seconds);
    qint64 refreshSec() const { return m_roster.refreshSec(); }
    void setQualityBudget(int requests) { m_qualityBudget = std::max(0, requests); }
    void setThresholds(const DiagnosisThresholds &thresholds) { m_thresholds = thresholds; }

    void start(); // refreshes now, then every refreshSec
    void stop();  // no refresh starts after this; the one under way still ends
    bool isRunning() const { return m_running; }
    // One refresh now, unless one is under way (then false, nothing asked).
    bool refreshNow();
    bool isBusy() const { return m_busy; }

    const LiveRoster &roster() const { return m_roster; }
    qint64 now() const; // the service's time as we know it (unix seconds)
    qint64 lastSuccess() const { return m_lastSuccess; } // unix seconds of the last answer; 0
    QString lastError() const { return m_lastError; }    // empty after a good answer
    int refreshes() const { return m_refreshes; }        // answers applied

Q_SIGNALS:
    void refreshStarted();
    void updated(); // the rows changed (a new answer, ages, an ended session)
    void qualityChanged(const QString &sessionId);
    void sessionEnded(const QString &sessionId);
    void warning(const QString &message);
    void failed(const QString &message); // the list could not be refreshed; the rows stay
    void recovered();                    // an answer after failures

private:
    void listArrived(quint64 generation, const Result<QList<RecentSession>> &result);
    void measureQuality();
    void scheduleNext();

    TrroApi *m_api;
    Clock *m_clock;
    ClockTimer *m_timer;
    QObject *m_requests = nullptr; // the context of the pending requests
    QString m_projectId, m_deviceId;
    LiveRoster m_roster;
    DiagnosisThresholds m_thresholds;
    int m_qualityBudget = DefaultQualityBudget;
    bool m_running = false;
    bool m_busy = false;
    qint64 m_startedUs = -1;  // when the last refresh started, on the clock
    quint64 m_generation = 0; // a scope change makes answers of the old scope void
    qint64 m_lastSuccess = 0;
    QString m_lastError;
    int m_refreshes = 0;
};

} // namespace trro
