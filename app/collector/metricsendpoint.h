#pragma once

#include "collectormetrics.h"
#include "listenaddress.h"
#include "pgurl.h"

#include <QObject>

class QThread;

namespace trro::collector {

class MetricsServer;

// --metrics-listen: the server, the metrics, and the reads of the store that feed them. Reads
// run on a thread of their own, each on a connection of its own (opened and closed there), so
// that neither a scrape nor a cycle waits for them. The store is read after each cycle and
// when a scrape finds the figures older than StaleAfterUs (at most one read at a time).
class MetricsEndpoint final : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 StaleAfterUs = 60'000'000;

    MetricsEndpoint(bool perDevice, Clock *clock, QObject *parent = nullptr);
    ~MetricsEndpoint() override;

    bool listen(const ListenAddress &address, QString *error);
    ListenAddress address() const;
    // From here on the store is read (now, after each cycle, and when stale).
    void attachStore(const PgLocation &location, const StoreScope &scope,
                     const QStringList &projects, const QList<Interval> &intervals);
    void readStore();
    CollectorMetrics *metrics() const { return m_metrics; }

Q_SIGNALS:
    void storeRead(); // a read ended (tests)

private:
    QByteArrayList scrape();

    bool m_perDevice;
    Clock *m_clock;
    CollectorMetrics *m_metrics;
    MetricsServer *m_server;
    QThread *m_thread = nullptr;
    QObject *m_reader = nullptr; // lives on m_thread
    bool m_attached = false;
    PgLocation m_location;
    StoreScope m_scope;
    QStringList m_projects;
    QList<Interval> m_intervals;
};

} // namespace trro::collector
