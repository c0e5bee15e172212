#pragma once

// Readers of the shared history store for the benchmark: each one on a thread of its own with
// its own connection, refreshing "the fleet's week" (the device list, then every device's day
// series over the last 7 days) again and again until told to stop.

#include "pgstore.h"

#include <QList>
#include <QMutex>
#include <QThread>
#include <atomic>

namespace trro::bench {

class StoreReader final : public QThread {
public:
    // pauseMs between two refreshes (a dashboard's auto-refresh is a minute; this is harsher).
    // perSeries: one query per device (as the cache asks, series by series), else one query
    // for the whole project.
    StoreReader(const PgLocation &location, const StoreScope &scope, QString project, qint64 now,
                int pauseMs, bool perSeries);
    void stop() { m_stop = true; }
    // Milliseconds of each complete refresh, and the rows the last one read.
    QList<double> refreshMs() const;
    qint64 lastRows() const { return m_lastRows; }
    QString error() const;

protected:
    void run() override;

private:
    PgLocation m_location;
    StoreScope m_scope;
    QString m_project;
    qint64 m_now;
    int m_pauseMs;
    bool m_perSeries;
    std::atomic_bool m_stop{false};
    std::atomic<qint64> m_lastRows{0};
    mutable QMutex m_mutex;
    QList<double> m_refreshMs;
    QString m_error;
};

} // namespace trro::bench
