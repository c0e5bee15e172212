#pragma once

// A deliberately misbehaving TRRO service on 127.0.0.1 for the robustness tests: it answers
// every request from a mode chosen by the test (trickled bytes, endless paging, item floods,
// a clock far ahead, out-of-range numbers, escape sequences ...) and records what it was sent.
// No signature checks: it is the client's bounds that are under test.

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace trro::test {

struct HostileRequest {
    QByteArray action;                            // X-TC-Action
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-case
    QJsonObject params;                           // the JSON body
    QByteArray header(const QByteArray &lowerName) const;
};

struct HostileReply {
    int status = 200;
    QByteArray body;
    QByteArray date;   // Date header; empty: the real time
    int trickleMs = 0; // > 0: the head, then one byte of body every trickleMs, never the end
};

// A bucket of an hourly statistics answer starting at start, valid in every field.
QJsonObject hourBucket(qint64 start, qint64 sessions = 3);

class HostileServer final : public QObject {
    Q_OBJECT
public:
    using Responder = std::function<HostileReply(const HostileRequest &, int index)>;

    explicit HostileServer(QObject *parent = nullptr);
    ~HostileServer() override;

    bool listen();
    QUrl url() const;
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    // The same reply to every request.
    void answerAlways(const HostileReply &reply) {
        setResponder([reply](const HostileRequest &, int) { return reply; });
    }

    const QList<HostileRequest> &requests() const { return m_requests; }
    int requestCount(const QByteArray &action = {}) const;

    // Ready-made answers.
    static QByteArray envelope(const QJsonObject &response);
    static HostileReply ok(const QJsonObject &response);
    // One page of a list action: {"<listKey>": items, "Total": total[, "Num": num]}.
    static HostileReply page(const QString &listKey, const QJsonArray &items,
                             const QJsonValue &total, const QJsonValue &num = {});
    // {"SessionStatistics": buckets}.
    static HostileReply statistics(const QJsonArray &buckets);
    // The head, then one byte of body every ms, never the end.
    static HostileReply trickle(int ms);
    static HostileReply apiError(const QString &code, const QString &message,
                                 const QByteArray &date = {});
    // {"Response":{"<list>":[{},{},...]}} of about `bytes` bytes.
    static HostileReply flood(const QString &list, qint64 bytes);
    // A Date header value (RFC 7231) for unix seconds.
    static QByteArray httpDate(qint64 unixSeconds);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const HostileRequest &request);

    QTcpServer *m_server;
    Responder m_responder;
    QList<HostileRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace trro::test
