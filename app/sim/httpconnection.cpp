#include "httpconnection.h"

#include <QTcpSocket>
#include <QTimer>

namespace trro::sim {

bool HttpRequest::hasHeader(const QByteArray &lowerName) const {
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return true;
    }
    return false;
}

QByteArray HttpRequest::header(const QByteArray &lowerName) const {
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

HttpConnection::HttpConnection(QTcpSocket *socket, qint64 maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_idleTimer(new QTimer(this))
    , m_maxBodyBytes(maxBodyBytes) {
    m_socket->setParent(this);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(IdleTimeoutMs);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        if (!m_busy)
            m_socket->disconnectFromHost();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
    m_idleTimer->start();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::readAvailable() {
    if (m_closing)
        return;
    m_buffer.append(m_socket->readAll());
    m_idleTimer->start();
    processBuffer();
}

void HttpConnection::processBuffer() {
    // One request at a time: the next one is parsed after the answer to this one was written,
    // so that answers leave in request order even when one of them is delayed.
    while (!m_busy && !m_closing) {
        if (m_expectedBody < 0) {
            // Tolerate stray CRLF between requests (RFC 9112, 2.2).
            while (m_buffer.startsWith("\r\n"))
                m_buffer.remove(0, 2);
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (m_buffer.size() > MaxHeaderBytes)
                    failAndClose(431, QByteArrayLiteral("Request Header Fields Too Large"));
                return;
            }
            if (headEnd > MaxHeaderBytes) {
                failAndClose(431, QByteArrayLiteral("Request Header Fields Too Large"));
                return;
            }
            if (!parseHead(headEnd))
                return;
            m_buffer.remove(0, headEnd + 4);
        }
        if (m_buffer.size() < m_expectedBody)
            return;
        m_current.body = m_buffer.left(m_expectedBody);
        m_buffer.remove(0, m_expectedBody);
        m_expectedBody = -1;
        m_busy = true;
        const HttpRequest request = std::exchange(m_current, HttpRequest{});
        Q_EMIT requestReceived(request);
    }
}

bool HttpConnection::parseHead(qsizetype headEnd) {
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        failAndClose(400, QByteArrayLiteral("Bad Request"));
        return false;
    }
    m_current = HttpRequest{};
    m_current.method = requestLine.at(0);
    m_current.target = requestLine.at(1);
    m_current.version = requestLine.at(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            failAndClose(400, QByteArrayLiteral("Bad Request"));
            return false;
        }
        m_current.headers.append(
            {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }

    const QByteArray connection = m_current.header("connection").toLower();
    m_keepAlive = m_current.version == "HTTP/1.1" ? !connection.contains("close")
                                                  : connection.contains("keep-alive");
    if (m_current.hasHeader("transfer-encoding")) {
        failAndClose(411, QByteArrayLiteral("Length Required"));
        return false;
    }
    qint64 length = 0;
    if (m_current.hasHeader("content-length")) {
        bool ok = false;
        length = m_current.header("content-length").toLongLong(&ok);
        if (!ok || length < 0) {
            failAndClose(400, QByteArrayLiteral("Bad Request"));
            return false;
        }
    }
    if (length > m_maxBodyBytes) {
        failAndClose(413, QByteArrayLiteral("Payload Too Large"));
        return false;
    }
    m_expectedBody = length;
    return true;
}

void HttpConnection::respond(const HttpResponse &response) {
    if (!m_busy || m_closing)
        return;
    m_busy = false;
    const bool close = response.close || !m_keepAlive;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason +
                     "\r\nContent-Type: " + response.contentType +
                     "\r\nContent-Length: " + QByteArray::number(response.body.size());
    for (const auto &h : response.headers)
        out += "\r\n" + h.first + ": " + h.second;
    out += close ? QByteArrayLiteral("\r\nConnection: close")
                 : QByteArrayLiteral("\r\nConnection: keep-alive");
    out += "\r\n\r\n" + response.body;
    m_socket->write(out);
    m_idleTimer->start();
    if (close) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    // A pipelined request may already be waiting in the buffer.
    QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

void HttpConnection::drop() {
    m_busy = false;
    m_closing = true;
    m_socket->abort();
    deleteLater();
}

void HttpConnection::failAndClose(int status, const QByteArray &reason) {
    m_busy = true; // respond() requires an outstanding request
    HttpResponse response;
    response.status = status;
    response.reason = reason;
    response.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    response.body = reason + '\n';
    response.close = true;
    respond(response);
}

} // namespace trro::sim
