#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace trro {

// One dashboard per user: the first one listens on a local socket (QLocalServer, user-only
// access); a second start with a link hands the link to it and quits instead of opening another
// window. The message is one line of UTF-8 (the link, or empty: just come to the front), at most
// MaxMessageBytes, answered with "OK". The receiver validates the link (ViewLinks::parse) like
// any other hostile input.
class ViewLinkHandOff final : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype MaxMessageBytes = 8192;

    explicit ViewLinkHandOff(const QString &serverName = defaultServerName(),
                             QObject *parent = nullptr);
    ~ViewLinkHandOff() override;

    // Per user (and per settings test mode), so that two users never see each other's links.
    static QString defaultServerName();

    // Hands the link to the dashboard already listening on serverName: true when it answered
    // within timeoutMs. Blocks the calling thread (used before the application window exists).
    static bool sendToRunning(const QString &serverName, const QString &link, int timeoutMs = 3000);

    // Becomes the listening dashboard; a socket left behind by one that crashed is replaced,
    // one that another dashboard answers on is not (false).
    bool listen();
    bool isListening() const;
    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    void linkReceived(const QString &link);
    void activationRequested(); // a second start without a link

private:
    void onConnection();
    void onReadyRead(QLocalSocket *socket);

    QString m_serverName;
    QLocalServer *m_server;
};

} // namespace trro
