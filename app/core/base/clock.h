#pragma once

#include <QObject>
#include <QPointer>
#include <QtGlobal>

class QTimer;

namespace trro {

class ClockTimer;
class ManualTimer;

// Time as a dependency: wall time (what the calendar says), monotonic time (what intervals and
// rate limits are measured in) and single-shot timers that fire on that monotonic time.
// Services, caches and controllers take a Clock; production code uses Clock::system(), tests a
// ManualClock that moves only when told, so a test gives the same answer on a loaded machine.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 wallMs() const = 0;      // ms since the epoch
    virtual qint64 monotonicUs() const = 0; // µs from an arbitrary origin; never goes back
    // A stopped single-shot timer on this clock, owned by parent.
    virtual ClockTimer *createTimer(QObject *parent) = 0;

    qint64 wallSecs() const; // whole seconds since the epoch (rounded down)

    static Clock *system(); // the real clocks and QTimer; lives as long as the process
    static Clock *orSystem(Clock *clock) { return clock ? clock : system(); }
};

// A single-shot timer of a Clock. start() restarts it; timeout() is emitted once per start.
class ClockTimer : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start(qint64 delayUs) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    virtual qint64 remainingUs() const = 0; // 0 when due or stopped

Q_SIGNALS:
    void timeout();
};

// A clock for tests: time stands still until advance() or advanceToNextTimer(). Timers that are
// due fire in the order of their due time, each seeing the clock at its own due time. A timer
// started with no delay fires from the event loop, as a zero QTimer does, without any advance.
class ManualClock final : public QObject, public Clock {
    Q_OBJECT
public:
    explicit ManualClock(qint64 wallMs, QObject *parent = nullptr);
    ~ManualClock() override;

    qint64 wallMs() const override { return m_wallOriginMs + m_monotonicUs / 1000; }
    qint64 monotonicUs() const override { return m_monotonicUs; }
    ClockTimer *createTimer(QObject *parent) override;

    void advance(qint64 us);
    // Moves to the earliest due time of a running timer and fires it, when that is at most
    // limitUs ahead; false when no timer runs within that.
    bool advanceToNextTimer(qint64 limitUs = 3600LL * 1000000);
    // The monotonic time of the earliest running timer, or -1.
    qint64 nextDueUs() const;
    // Moves the wall clock alone (the clock of a machine set wrong, or changed by NTP).
    void setWallMs(qint64 wallMs) { m_wallOriginMs = wallMs - m_monotonicUs / 1000; }

private:
    friend class ManualTimer;
    void fireDue();

    qint64 m_wallOriginMs; // wall time when the monotonic time was 0
    qint64 m_monotonicUs = 0;
    QList<QPointer<ManualTimer>> m_timers;
};

} // namespace trro
