#include "metricsserver.h"

#include "clock.h"
#include "prometheustext.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <memory>

namespace trro::collector {
namespace {

QByteArray reason(int status) {
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    default:
        return QByteArrayLiteral("Service Unavailable");
    }
}

} // namespace

MetricsServer::MetricsServer(Provider provider, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_clock(Clock::orSystem(clock))
    , m_server(new QTcpServer(this)) {
    m_server->setMaxPendingConnections(MaxConnections);
    connect(m_server, &QTcpServer::newConnection, this, &MetricsServer::accept);
}

MetricsServer::~MetricsServer() = default;

bool MetricsServer::listen(const ListenAddress &address, QString *error) {
    if (m_server->listen(address.address, address.port))
        return true;
    const QString why =
        m_server->serverError() == QAbstractSocket::AddressInUseError
            ? QCoreApplication::translate("trro::collector::MetricsServer",
                                          "the port is in use by another program")
        : m_server->serverError() == QAbstractSocket::SocketAddressNotAvailableError
            ? QCoreApplication::translate("trro::collector::MetricsServer",
                                          "the address is not one of this machine's")
            : m_server->errorString();
    *error = QCoreApplication::translate("trro::collector::MetricsServer",
                                         "--metrics-listen %1: cannot listen there: %2")
                 .arg(address.toString(), why);
    return false;
}

ListenAddress MetricsServer::address() const {
    return {m_server->serverAddress(), m_server->serverPort()};
}

void MetricsServer::accept() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        if (m_open >= MaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_open;
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
        socket->setReadBufferSize(MaxRequestBytes);
        auto buffer = std::make_shared<QByteArray>();
        ClockTimer *deadline = m_clock->createTimer(socket);
        connect(deadline, &ClockTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, socket,
                [this, socket, buffer] { serve(socket, buffer.get()); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::errorOccurred, socket, [socket] {
            if (socket->state() == QAbstractSocket::UnconnectedState)
                socket->deleteLater();
        });
        deadline->start(ConnectionDeadlineUs);
        if (socket->bytesAvailable() > 0)
            serve(socket, buffer.get());
    }
}

void MetricsServer::serve(QTcpSocket *socket, QByteArray *buffer) {
    if (socket->property("answered").toBool()) {
        socket->readAll(); // nothing more is read from this connection
        return;
    }
    buffer->append(socket->read(MaxRequestBytes + 1 - buffer->size()));
    const qsizetype lineEnd = buffer->indexOf('\n');
    const bool headDone = buffer->contains("\r\n\r\n") || buffer->contains("\n\n");
    if (!headDone) {
        if (buffer->size() > MaxRequestBytes)
            answer(socket, 431, {}, {QByteArrayLiteral("request too large\n")});
        return;
    }
    const QList<QByteArray> parts = buffer->left(lineEnd).trimmed().split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.") || !parts.at(1).startsWith('/'))
        return answer(socket, 400, {}, {QByteArrayLiteral("bad request\n")});
    const qsizetype query = parts.at(1).indexOf('?');
    const QByteArray path = query < 0 ? parts.at(1) : parts.at(1).left(query);
    if (path != "/metrics")
        return answer(socket, 404, {},
                      {QByteArrayLiteral("not found: the metrics are at /metrics\n")});
    if (parts.at(0) != "GET")
        return answer(socket, 405, "Allow: GET\r\n",
                      {QByteArrayLiteral("method not allowed: GET only\n")});
    answer(socket, 200, QByteArrayLiteral("Content-Type: ") + PrometheusText::ContentType + "\r\n",
           m_provider());
}

void MetricsServer::answer(QTcpSocket *socket, int status, const QByteArray &headers,
                           const QByteArrayList &body) {
    socket->setProperty("answered", true);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (status != 200)
        head += "Content-Type: text/plain; charset=utf-8\r\n";
    qsizetype length = 0;
    for (const QByteArray &part : body)
        length += part.size();
    head += headers + "Content-Length: " + QByteArray::number(length) +
            "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n";
    socket->write(head);
    for (const QByteArray &part : body)
        socket->write(part);
    socket->disconnectFromHost();
}

} // namespace trro::collector
