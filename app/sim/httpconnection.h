#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>

class QTcpSocket;
class QTimer;

namespace trro::sim {

// One parsed HTTP/1.1 request. Header names are kept lower-case, values as sent (trimmed).
struct HttpRequest {
    QByteArray method;
    QByteArray target;  // request target, e.g. "/"
    QByteArray version; // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 receivedMs = 0; // ms since epoch on the service's clock, stamped by the service

    bool hasHeader(const QByteArray &lowerName) const;
    QByteArray header(const QByteArray &lowerName) const; // first value, empty when absent
};

struct HttpResponse {
    int status = 200;
    QByteArray reason = QByteArrayLiteral("OK");
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (Date, X-TC-RequestId ...)
    QByteArray body;
    bool close = false; // Connection: close after this answer
};

// One client connection: reads requests (Content-Length bodies, keep-alive), hands them out
// one at a time and writes the answers in order. It deletes itself when the socket closes.
class HttpConnection final : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype MaxHeaderBytes = 16 * 1024;
    static constexpr int IdleTimeoutMs = 120000;

    HttpConnection(QTcpSocket *socket, qint64 maxBodyBytes, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Answers the request last handed out by requestReceived().
    void respond(const HttpResponse &response);
    // Closes the connection without an answer (fault injection).
    void drop();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void requestReceived(const trro::sim::HttpRequest &request);

private:
    void readAvailable();
    void processBuffer();
    bool parseHead(qsizetype headEnd);
    void failAndClose(int status, const QByteArray &reason);

    QTcpSocket *m_socket;
    QTimer *m_idleTimer;
    qint64 m_maxBodyBytes;
    QByteArray m_buffer;
    HttpRequest m_current;
    qint64 m_expectedBody = -1; // -1 while the head is not complete
    bool m_busy = false;        // a request was handed out and not answered yet
    bool m_keepAlive = true;
    bool m_closing = false;
};

} // namespace trro::sim
