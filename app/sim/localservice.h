#pragma once

#include "credentials.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace trro::sim {

class Fleet;

// What the local service injects, for tests, benchmarks and demos.
struct FaultOptions {
    double failureRate = 0.0; // share of requests answered with one of the enabled faults
    bool http5xx = true;      // HTTP 502/503 with an HTML body
    bool internalError = true; // HTTP 200 with Error.Code InternalError
    bool malformedJson = true; // truncated/garbled body
    bool slow = true;          // answers after slowMs
    bool dropConnection = true; // closes the socket without an answer
    bool rateLimit = true;     // RequestLimitExceeded even below the limit
    int slowMs = 3000;
    quint64 seed = 7; // faults are pseudo-random but reproducible
};

struct ServiceOptions {
    // Accepted keys. A key with a token requires X-TC-Token equal to it (temporary credentials).
    QList<Credentials> keys;
    double ratePerSecond = 20.0; // per action, per SecretId; 0 disables the limit
    int pageSizeCap = 100;       // PageSize above this is served as this
    qint64 clockOffsetSec = 0;   // the service's clock = real clock + offset (Date header too)
    bool exampleMode = false;    // answer with the published example responses
    FaultOptions faults;
};

// The local TRRO service: HTTP/1.1 on loopback, verifies TC3-HMAC-SHA256 exactly like the
// real service, enforces the per-action limit, serves a deterministic synthetic fleet.
class LocalService final : public QObject
{
    Q_OBJECT
public:
    explicit LocalService(QObject *parent = nullptr);
    LocalService(const ServiceOptions &options, QObject *parent = nullptr);
    ~LocalService() override;

    static Credentials demoCredentials(); // the well-known demo key pair
    static QString demoProjectId();       // the project --demo opens first

    void setOptions(const ServiceOptions &options);
    const ServiceOptions &options() const;
    Fleet &fleet();

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:<port>/

    // Every request seen (accepted or not): for tests that check the rate limit was respected.
    struct RequestRecord {
        qint64 receivedMs; // ms since epoch, real clock
        QString action;
        QString errorCode; // empty when served
    };
    QList<RequestRecord> requestLog() const;
    void clearRequestLog();

Q_SIGNALS:
    void requestServed(const QString &action, const QString &errorCode);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace trro::sim
