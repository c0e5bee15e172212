#include "metricsendpoint.h"

#include "clock.h"
#include "metricsserver.h"

#include <QThread>

namespace trro::collector {

MetricsEndpoint::MetricsEndpoint(bool perDevice, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_perDevice(perDevice)
    , m_clock(Clock::orSystem(clock))
    , m_metrics(new CollectorMetrics(perDevice, m_clock, this))
    , m_server(new MetricsServer([this] { return scrape(); }, m_clock, this)) {}

MetricsEndpoint::~MetricsEndpoint() {
    if (!m_thread)
        return;
    m_thread->quit();
    // A read blocked on a store that does not answer cannot be interrupted: the thread is left
    // to the end of the process rather than destroyed while it runs.
    if (m_thread->wait(10000)) {
        delete m_reader;
        delete m_thread;
    }
}

bool MetricsEndpoint::listen(const ListenAddress &address, QString *error) {
    return m_server->listen(address, error);
}

ListenAddress MetricsEndpoint::address() const {
    return m_server->address();
}

void MetricsEndpoint::attachStore(const PgLocation &location, const StoreScope &scope,
                                  const QStringList &projects, const QList<Interval> &intervals) {
    m_location = location;
    m_scope = scope;
    m_projects = projects;
    m_intervals = intervals;
    m_attached = true;
    if (!m_thread) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("metrics-store"));
        m_reader = new QObject;
        m_reader->moveToThread(m_thread);
        m_thread->start();
    }
    readStore();
}

void MetricsEndpoint::readStore() {
    if (!m_attached || m_metrics->isReading())
        return;
    m_metrics->readStarted();
    QMetaObject::invokeMethod(
        m_reader,
        [this, location = m_location, scope = m_scope, projects = m_projects,
         intervals = m_intervals, perDevice = m_perDevice] {
            StoreFigures figures;
            {
                PgStore store(location);
                if (store.open(false))
                    figures =
                        StoreFiguresReader(&store, scope).read(projects, intervals, perDevice);
                else
                    figures.error = store.lastError();
            }
            // Back on this object's thread; the destructor waits for this thread first.
            QMetaObject::invokeMethod(
                this,
                [this, figures] {
                    m_metrics->readFinished(figures);
                    Q_EMIT storeRead();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

QByteArrayList MetricsEndpoint::scrape() {
    const qint64 since = m_clock->monotonicUs() - m_metrics->lastReadStartUs();
    if (m_attached && !m_metrics->isReading() && since >= StaleAfterUs)
        readStore();
    return m_metrics->scrape();
}

} // namespace trro::collector
