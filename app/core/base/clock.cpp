#include "clock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <limits>

namespace trro {
namespace {

class SystemTimer final : public ClockTimer {
public:
    explicit SystemTimer(QObject *parent)
        : ClockTimer(parent)
        , m_timer(new QTimer(this)) {
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &ClockTimer::timeout);
    }
    void start(qint64 delayUs) override {
        // Whole milliseconds, rounded up: a timer never fires before its time.
        const qint64 ms =
            std::clamp<qint64>((delayUs + 999) / 1000, 0, std::numeric_limits<int>::max());
        m_timer->start(int(ms));
    }
    void stop() override { m_timer->stop(); }
    bool isActive() const override { return m_timer->isActive(); }
    qint64 remainingUs() const override {
        return m_timer->isActive() ? std::max(0, m_timer->remainingTime()) * qint64(1000) : 0;
    }

private:
    QTimer *m_timer;
};

class SystemClock final : public Clock {
public:
    SystemClock() { m_elapsed.start(); }
    qint64 wallMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    qint64 monotonicUs() const override { return m_elapsed.nsecsElapsed() / 1000; }
    ClockTimer *createTimer(QObject *parent) override { return new SystemTimer(parent); }

private:
    QElapsedTimer m_elapsed;
};

} // namespace

qint64 Clock::wallSecs() const {
    const qint64 ms = wallMs();
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

Clock *Clock::system() {
    static SystemClock clock;
    return &clock;
}

class ManualTimer final : public ClockTimer {
public:
    ManualTimer(ManualClock *clock, QObject *parent)
        : ClockTimer(parent)
        , m_clock(clock) {}
    void start(qint64 delayUs) override {
        m_active = true;
        ++m_generation;
        m_dueUs = m_clock ? m_clock->monotonicUs() + std::max<qint64>(0, delayUs) : 0;
        m_immediate = delayUs <= 0;
        if (m_immediate) {
            // Like a zero QTimer: from the event loop, without moving the clock.
            const quint64 generation = m_generation;
            QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    if (m_active && m_generation == generation)
                        fire();
                },
                Qt::QueuedConnection);
        }
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    qint64 remainingUs() const override {
        return m_active && m_clock ? std::max<qint64>(0, m_dueUs - m_clock->monotonicUs()) : 0;
    }
    qint64 dueUs() const { return m_dueUs; }
    // Waiting for the clock to reach its due time (not for the event loop).
    bool waitsForClock() const { return m_active && !m_immediate; }
    void fire() {
        m_active = false;
        Q_EMIT timeout();
    }

private:
    QPointer<ManualClock> m_clock;
    qint64 m_dueUs = 0;
    quint64 m_generation = 0;
    bool m_active = false;
    bool m_immediate = false;
};

ManualClock::ManualClock(qint64 wallMs, QObject *parent)
    : QObject(parent)
    , m_wallOriginMs(wallMs) {}

ManualClock::~ManualClock() = default;

ClockTimer *ManualClock::createTimer(QObject *parent) {
    auto *timer = new ManualTimer(this, parent);
    m_timers.append(timer);
    return timer;
}

qint64 ManualClock::nextDueUs() const {
    qint64 next = -1;
    for (const QPointer<ManualTimer> &t : m_timers) {
        if (t && t->waitsForClock() && (next < 0 || t->dueUs() < next))
            next = t->dueUs();
    }
    return next;
}

void ManualClock::fireDue() {
    m_timers.removeIf([](const QPointer<ManualTimer> &t) { return t.isNull(); });
    // One at a time: a timeout may start, stop or delete other timers.
    for (;;) {
        ManualTimer *due = nullptr;
        for (const QPointer<ManualTimer> &t : std::as_const(m_timers)) {
            if (t && t->waitsForClock() && t->dueUs() <= m_monotonicUs &&
                (!due || t->dueUs() < due->dueUs()))
                due = t;
        }
        if (!due)
            return;
        due->fire();
    }
}

void ManualClock::advance(qint64 us) {
    const qint64 target = m_monotonicUs + std::max<qint64>(0, us);
    // Each timer fires at its own due time, in order.
    for (qint64 next = nextDueUs(); next >= 0 && next <= target; next = nextDueUs()) {
        m_monotonicUs = std::max(m_monotonicUs, next);
        fireDue();
    }
    m_monotonicUs = target;
}

bool ManualClock::advanceToNextTimer(qint64 limitUs) {
    const qint64 next = nextDueUs();
    if (next < 0 || next - m_monotonicUs > limitUs)
        return false;
    advance(std::max<qint64>(0, next - m_monotonicUs));
    return true;
}

} // namespace trro
