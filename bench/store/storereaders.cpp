#include "storereaders.h"

#include <QElapsedTimer>

namespace trro::bench {

StoreReader::StoreReader(const PgLocation &location, const StoreScope &scope, QString project,
                         qint64 now, int pauseMs, bool perSeries)
    : m_location(location)
    , m_scope(scope)
    , m_project(std::move(project))
    , m_now(now)
    , m_pauseMs(pauseMs)
    , m_perSeries(perSeries) {}

QList<double> StoreReader::refreshMs() const {
    QMutexLocker lock(&m_mutex);
    return m_refreshMs;
}

QString StoreReader::error() const {
    QMutexLocker lock(&m_mutex);
    return m_error;
}

void StoreReader::run() {
    PgStore store(m_location);
    if (!store.open(false)) {
        QMutexLocker lock(&m_mutex);
        m_error = store.lastError();
        return;
    }
    const qint64 from = m_now - 7 * 86400;
    while (!m_stop) {
        QElapsedTimer timer;
        timer.start();
        qint64 rows = 0;
        const QList<Device> devices = store.devices(m_scope, m_project);
        if (m_perSeries) {
            for (const Device &device : devices) {
                rows += store
                            .buckets(m_scope, {m_project, device.deviceId, Interval::Day}, from,
                                     m_now + 86400)
                            .size();
            }
        } else {
            const auto all =
                store.projectBuckets(m_scope, m_project, Interval::Day, from, m_now + 86400);
            for (const Device &device : devices)
                rows += all.value(device.deviceId).size();
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        m_lastRows = rows;
        {
            QMutexLocker lock(&m_mutex);
            m_refreshMs.append(ms);
        }
        QThread::msleep(m_pauseMs);
    }
}

} // namespace trro::bench
