#include "viewlinkhandoff.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace trro {

ViewLinkHandOff::ViewLinkHandOff(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
    , m_server(new QLocalServer(this)) {
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &ViewLinkHandOff::onConnection);
}

ViewLinkHandOff::~ViewLinkHandOff() = default;

QString ViewLinkHandOff::defaultServerName() {
    // The user's home and config folder tell users (and test runs) apart; hashed, so that the
    // name stays short and says nothing about the user.
    const QByteArray who =
        (QStandardPaths::writableLocation(QStandardPaths::HomeLocation) + QLatin1Char('|') +
         QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
            .toUtf8();
    return QStringLiteral("trro-dashboard-") +
           QString::fromLatin1(
               QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(16));
}

bool ViewLinkHandOff::sendToRunning(const QString &serverName, const QString &link, int timeoutMs) {
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message = link.toUtf8();
    message.replace('\n', ' ');
    if (message.size() >= MaxMessageBytes)
        return false;
    socket.write(message + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (!answer.contains('\n') && answer.size() < 16) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(timeoutMs))
            break;
        answer += socket.read(16);
    }
    return answer.startsWith("OK\n");
}

bool ViewLinkHandOff::listen() {
    // Another dashboard answers on it: it stays the one that receives the links.
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    if (probe.waitForConnected(500)) {
        probe.abort();
        return false;
    }
    if (m_server->listen(m_serverName))
        return true;
    // Nobody answers: a socket file left behind by a crash.
    QLocalServer::removeServer(m_serverName);
    return m_server->listen(m_serverName);
}

bool ViewLinkHandOff::isListening() const {
    return m_server->isListening();
}

void ViewLinkHandOff::onConnection() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void ViewLinkHandOff::onReadyRead(QLocalSocket *socket) {
    const QByteArray buffered = socket->peek(MaxMessageBytes + 1);
    const qsizetype end = buffered.indexOf('\n');
    if (end < 0) {
        if (buffered.size() > MaxMessageBytes)
            socket->abort(); // too long: not a link
        return;
    }
    const QByteArray line = socket->read(end + 1).chopped(1);
    socket->write("OK\n");
    socket->flush(); // answered now: the sender waits for it before it quits
    socket->disconnectFromServer();
    const QString link = QString::fromUtf8(line).trimmed();
    if (link.isEmpty())
        Q_EMIT activationRequested();
    else
        Q_EMIT linkReceived(link);
}

} // namespace trro
