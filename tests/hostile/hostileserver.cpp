#include "hostileserver.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace trro::test {

QByteArray HostileRequest::header(const QByteArray &lowerName) const {
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

HostileServer::HostileServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this)) {
    connect(m_server, &QTcpServer::newConnection, this, &HostileServer::onConnection);
    m_responder = [](const HostileRequest &, int) { return ok({}); };
}

HostileServer::~HostileServer() = default;

bool HostileServer::listen() {
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl HostileServer::url() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

int HostileServer::requestCount(const QByteArray &action) const {
    if (action.isEmpty())
        return int(m_requests.size());
    int n = 0;
    for (const HostileRequest &r : m_requests)
        n += r.action == action ? 1 : 0;
    return n;
}

void HostileServer::onConnection() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void HostileServer::onReadable(QTcpSocket *socket) {
    QByteArray &buffer = m_buffers[socket];
    buffer.append(socket->readAll());
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    HostileRequest request;
    qint64 length = 0;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name == "content-length")
            length = value.toLongLong();
        if (name == "x-tc-action")
            request.action = value;
    }
    if (buffer.size() < headEnd + 4 + length)
        return;
    request.params = QJsonDocument::fromJson(buffer.mid(headEnd + 4, length)).object();
    buffer.clear();
    answer(socket, request);
}

void HostileServer::answer(QTcpSocket *socket, const HostileRequest &request) {
    const int index = int(m_requests.size());
    m_requests.append(request);
    const HostileReply reply = m_responder(request, index);
    const QByteArray date =
        reply.date.isEmpty() ? httpDate(QDateTime::currentSecsSinceEpoch()) : reply.date;
    const qint64 length = reply.trickleMs > 0 ? 1000000 : reply.body.size();
    socket->write(
        "HTTP/1.1 " + QByteArray::number(reply.status) +
        " OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(length) +
        "\r\nDate: " + date + "\r\nConnection: close\r\n\r\n");
    if (reply.trickleMs <= 0) {
        socket->write(reply.body);
        socket->disconnectFromHost();
        return;
    }
    // One byte at a time, each well within any inactivity timeout, and never the last one.
    auto *timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
    socket->write("{");
    timer->start(reply.trickleMs);
}

QJsonObject hourBucket(qint64 start, qint64 sessions) {
    return {
        {QStringLiteral("StartTime"), start},        {QStringLiteral("EndTime"), start + 3599},
        {QStringLiteral("SessionNum"), sessions},    {QStringLiteral("TotalDuration"), 40},
        {QStringLiteral("NotBadSessionRatio"), 90},  {QStringLiteral("ActiveFieldDeviceNum"), 1},
        {QStringLiteral("ActiveRemoteDeviceNum"), 1}};
}

QByteArray HostileServer::envelope(const QJsonObject &response) {
    QJsonObject inner = response;
    if (!inner.contains(QLatin1String("RequestId")))
        inner.insert(QStringLiteral("RequestId"), QStringLiteral("hostile-1"));
    return QJsonDocument(QJsonObject{{QStringLiteral("Response"), inner}})
        .toJson(QJsonDocument::Compact);
}

HostileReply HostileServer::ok(const QJsonObject &response) {
    HostileReply reply;
    reply.body = envelope(response);
    return reply;
}

HostileReply HostileServer::page(const QString &listKey, const QJsonArray &items,
                                 const QJsonValue &total, const QJsonValue &num) {
    QJsonObject response{{listKey, items}, {QStringLiteral("Total"), total}};
    if (!num.isNull())
        response.insert(QStringLiteral("Num"), num);
    return ok(response);
}

HostileReply HostileServer::statistics(const QJsonArray &buckets) {
    return ok({{QStringLiteral("SessionStatistics"), buckets}});
}

HostileReply HostileServer::trickle(int ms) {
    HostileReply reply;
    reply.trickleMs = ms;
    return reply;
}

HostileReply HostileServer::apiError(const QString &code, const QString &message,
                                     const QByteArray &date) {
    HostileReply reply;
    reply.body =
        envelope({{QStringLiteral("Error"), QJsonObject{{QStringLiteral("Code"), code},
                                                        {QStringLiteral("Message"), message}}}});
    reply.date = date;
    return reply;
}

HostileReply HostileServer::flood(const QString &list, qint64 bytes) {
    HostileReply reply;
    const QByteArray head = "{\"Response\":{\"RequestId\":\"flood\",\"" + list.toLatin1() + "\":[";
    const qint64 items = std::max<qint64>(1, (bytes - head.size()) / 3);
    reply.body.reserve(head.size() + items * 3 + 4);
    reply.body = head;
    for (qint64 i = 0; i < items; ++i)
        reply.body.append(i == 0 ? "{}" : ",{}");
    reply.body.append("]}}");
    return reply;
}

QByteArray HostileServer::httpDate(qint64 unixSeconds) {
    return QLocale::c()
        .toString(QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC),
                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace trro::test
