#pragma once

// A bare signed HTTP client for the local service's tests: signs with trro::tc3Sign directly
// over a QNetworkAccessManager and lets a test tamper with every part of the request.

#include "localservice.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace trro::test {

struct SimReply {
    bool finished = false;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    int httpStatus = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonObject response; // Response, when the body is a JSON envelope
    qint64 elapsedMs = 0;

    QString errorCode() const;
    QString requestId() const;
};

struct SignOptions {
    QString secretId;
    QString secretKey;
    QString token;              // sent as X-TC-Token when not empty
    qint64 timestampOffset = 0; // added to the real clock for X-TC-Timestamp
    qint64 signTimestamp = 0;   // when not 0: sign with this timestamp instead (scope date)
    QByteArray signService = QByteArrayLiteral("trro");
    QByteArray signHost; // when not empty: sign this instead of the Host header sent
    QByteArray signBody; // when not null: sign these bytes instead of the body sent
    QByteArray version = QByteArrayLiteral("2022-03-25");
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray authorization;      // when not empty: sent verbatim instead of the computed one
    QList<QByteArray> omitHeaders; // e.g. "X-TC-Timestamp", "Authorization"
};

// The demo key of the local service (sim::LocalService::demoCredentials()).
SignOptions demoSigning();

class SimClient final {
public:
    explicit SimClient(const QUrl &url);

    SimReply call(const QString &action, const QJsonObject &params, const SignOptions &options);
    SimReply callRaw(const QString &action, const QByteArray &body, const SignOptions &options);
    // Starts a request and returns the reply without waiting for it.
    QNetworkReply *post(const QString &action, const QByteArray &body, const SignOptions &options);
    static SimReply collect(QNetworkReply *reply, int timeoutMs = 20000);

    QByteArray hostHeader() const;
    QNetworkAccessManager &manager() { return m_nam; }

private:
    QNetworkAccessManager m_nam;
    QUrl m_url;
};

// A local service started with options, and a SimClient pointed at it when it listens.
struct SimService {
    explicit SimService(const sim::ServiceOptions &options);
    // The reply to an action signed with the demo key.
    SimReply call(const QString &action, const QJsonObject &params);

    sim::LocalService service;
    bool listening = false;
    SimClient client;
};

bool isUuid(const QString &text);
// Checks an answer of the API: HTTP 200, the error code expected (empty: none) and a UUID as its
// RequestId.
void checkApiAnswer(const SimReply &reply, const QString &expectedCode);
// An RFC 7231 Date header ("Thu, 26 Nov 2026 03:58:50 GMT"), or an invalid QDateTime.
QDateTime parseHttpDate(const QByteArray &value);

} // namespace trro::test
