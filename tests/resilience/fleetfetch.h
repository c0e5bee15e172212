#pragma once

// A whole-fleet fetch as trro-stats --all-devices does it (every device of the project, one
// day series each, through one RequestScheduler), against a local service, for the tests that
// make the service misbehave.

#include "cachedstats.h"
#include "clientstack.h"
#include "localservice.h"
#include "servicehost.h"
#include "trroapi.h"

#include <QMap>
#include <QTest>
#include <memory>

namespace trro::test {

// Small backoffs keep the tests short; the retry budget stays what it is. 5 s per attempt.
inline ApiStackOptions fastRetries() {
    ApiStackOptions o;
    o.scheduler.baseBackoffMs = 100;
    o.scheduler.maxBackoffMs = 1600;
    o.timeoutMs = 5000;
    return o;
}

// A week of settled days before service's time (it ends 3 h ago): its data cannot change while
// a test fetches it.
struct SettledWeek {
    explicit SettledWeek(const sim::LocalService &service)
        : end(service.serviceTime() - 3 * 3600)
        , start(end - 7 * 86400) {}
    qint64 end;
    qint64 start;
};

struct FleetResult {
    bool listed = false;
    ApiError listError;
    QStringList devices;
    QMap<QString, Result<IntervalSeries>> series;

    int failed() const {
        int n = 0;
        for (const auto &r : series)
            n += r.ok() ? 0 : 1;
        return n;
    }
    // deviceId -> buckets of the devices that succeeded.
    QMap<QString, QList<IntervalBucket>> rows() const {
        QMap<QString, QList<IntervalBucket>> out;
        for (auto it = series.cbegin(); it != series.cend(); ++it) {
            if (it->ok())
                out.insert(it.key(), it->value().buckets);
        }
        return out;
    }
};

// Lists the devices (or takes `devices`), then asks for every series, through `cached` when
// given. Several fetches can run at once (against several services); wait with waitFor().
class FleetFetch final {
public:
    FleetFetch(TrroApi *api, CachedStats *cached, qint64 start, qint64 end)
        : m_api(api)
        , m_cached(cached)
        , m_start(start)
        , m_end(end) {}

    void start(const QStringList &devices = {}) {
        if (!devices.isEmpty()) {
            m_result.listed = true;
            fetchSeries(devices);
            return;
        }
        m_api->devices(sim::LocalService::demoProjectId(), {}, &m_context,
                       [this](const Result<QList<Device>> &r) {
                           m_result.listed = true;
                           if (!r.ok()) {
                               m_result.listError = r.error();
                               return;
                           }
                           QStringList ids;
                           for (const Device &d : r.value())
                               ids << d.deviceId;
                           fetchSeries(ids);
                       });
    }

    bool isDone() const {
        return m_result.listed &&
               (m_result.listError.isError() || m_result.series.size() == m_result.devices.size());
    }
    const FleetResult &result() const { return m_result; }

private:
    void fetchSeries(const QStringList &ids) {
        m_result.devices = ids;
        for (const QString &id : ids) {
            StatsQuery q;
            q.projectId = sim::LocalService::demoProjectId();
            q.deviceId = id;
            q.interval = Interval::Day;
            q.startTime = m_start;
            q.endTime = m_end;
            auto done = [this, id](const Result<IntervalSeries> &r) {
                m_result.series.insert(id, r);
            };
            if (m_cached)
                m_cached->intervalStatistics(q, &m_context, done, Priority::Background);
            else
                m_api->intervalStatistics(q, &m_context, done, Priority::Background);
        }
    }

    TrroApi *m_api;
    CachedStats *m_cached;
    qint64 m_start;
    qint64 m_end;
    QObject m_context;
    FleetResult m_result;
};

inline bool waitFor(std::initializer_list<const FleetFetch *> fetches, int timeoutMs = 55000) {
    return QTest::qWaitFor(
        [&] {
            return std::all_of(fetches.begin(), fetches.end(),
                               [](const FleetFetch *f) { return f->isDone(); });
        },
        timeoutMs);
}

// The same fleet from two services at once: reference with the clean options, service with the
// options under test, a client stack with fastRetries() on each, and their fetches of the
// reference's settled week.
class AgainstReference final {
public:
    AgainstReference(const sim::ServiceOptions &clean, const sim::ServiceOptions &tested)
        : reference(clean)
        , service(tested) {}

    // Both services listen and a stack is pointed at each. False when one does not listen.
    bool listen() {
        if (!reference.listen() || !service.listen())
            return false;
        good = std::make_unique<ClientStack>(reference.url(), fastRetries());
        stack = std::make_unique<ClientStack>(service.url(), fastRetries());
        return true;
    }

    // Fetches the settled week from both at once: expected from the reference, got from the
    // service. False when the two are not done in time.
    bool fetchWeek() {
        const SettledWeek week(reference);
        expected = std::make_unique<FleetFetch>(good->api, nullptr, week.start, week.end);
        got = std::make_unique<FleetFetch>(stack->api, nullptr, week.start, week.end);
        expected->start();
        got->start();
        return waitFor({expected.get(), got.get()});
    }

    sim::LocalService reference;
    sim::LocalService service;
    std::unique_ptr<ClientStack> good;  // on reference
    std::unique_ptr<ClientStack> stack; // on service
    std::unique_ptr<FleetFetch> expected;
    std::unique_ptr<FleetFetch> got;
};

} // namespace trro::test
