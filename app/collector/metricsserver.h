#pragma once

#include "listenaddress.h"

#include <QByteArrayList>
#include <QObject>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace trro {
class Clock;
}

namespace trro::collector {

// The metrics endpoint: GET /metrics answers the body of the provider (404 for any other path,
// 405 for any other method), one request per connection. A plain QTcpServer and a few lines
// of HTTP/1.1 rather than Qt HTTP Server (a technical preview in Qt 6.4 without limits on what
// a client may send): the request head is capped at MaxRequestBytes, each connection ends
// within ConnectionDeadlineUs on the clock, at most MaxConnections are open at once, and the
// provider hands out a snapshot in parts that are written one after the other (implicitly
// shared, so a large part goes to the socket without a copy).
class MetricsServer final : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype MaxRequestBytes = 8 * 1024;
    static constexpr int MaxConnections = 16;
    static constexpr qint64 ConnectionDeadlineUs = 30'000'000;

    using Provider = std::function<QByteArrayList()>;

    MetricsServer(Provider provider, Clock *clock, QObject *parent = nullptr);
    ~MetricsServer() override;

    // False with a translated message (the address is in use, not this machine's, ...).
    bool listen(const ListenAddress &address, QString *error);
    // Where it listens (the port chosen when 0 was asked for).
    ListenAddress address() const;
    int openConnections() const { return m_open; }

private:
    void accept();
    void serve(QTcpSocket *socket, QByteArray *buffer);
    void answer(QTcpSocket *socket, int status, const QByteArray &headers,
                const QByteArrayList &body);

    Provider m_provider;
    Clock *m_clock;
    QTcpServer *m_server;
    int m_open = 0;
};

} // namespace trro::collector
