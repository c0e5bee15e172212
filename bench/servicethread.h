#pragma once

// Shared by the benchmarks that talk to the local service over real HTTP.

#include "localservice.h"

#include <QMetaObject>
#include <QObject>
#include <QThread>

namespace trro::bench {

// The local service on its own thread, as a separate server would be.
class ServiceThread final {
public:
    explicit ServiceThread(const sim::ServiceOptions &options) {
        m_thread.start();
        m_anchor = new QObject;
        m_anchor->moveToThread(&m_thread);
        run([&] {
            m_service = new sim::LocalService(options);
            m_listening = m_service->listen();
        });
    }
    ~ServiceThread() {
        run([&] {
            delete m_service;
            m_anchor->deleteLater();
        });
        m_thread.quit();
        m_thread.wait();
    }
    template <typename F> void run(F f) {
        QMetaObject::invokeMethod(m_anchor, f, Qt::BlockingQueuedConnection);
    }
    bool listening() const { return m_listening; }
    sim::LocalService *service() const { return m_service; }

private:
    QThread m_thread;
    QObject *m_anchor = nullptr;
    sim::LocalService *m_service = nullptr;
    bool m_listening = false;
};

} // namespace trro::bench
