#pragma once

#include "credentials.h"
#include "fleetcatalog.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <memory>

namespace trro {
class Clock;
}

namespace trro::sim {

class Fleet;
class HttpConnection;
struct HttpRequest;
struct ActionResult;

// What the local service injects, for tests, benchmarks and demos.
struct FaultOptions {
    double failureRate = 0.0;   // share of requests answered with one of the enabled faults
    bool http5xx = true;        // HTTP 502/503 with an HTML body
    bool internalError = true;  // HTTP 200 with Error.Code InternalError
    bool malformedJson = true;  // truncated/garbled body
    bool slow = true;           // answers after slowMs
    bool dropConnection = true; // closes the socket without an answer
    bool rateLimit = true;      // RequestLimitExceeded even below the limit
    int slowMs = 3000;
    // Added to every SessionNum that DescribeSessionStatistics answers, so that it disagrees
    // with DescribeSessionStatisticsByInterval (0: they agree, as the real service's do).
    int totalsSessionSkew = 0;
    quint64 seed = 7; // faults are pseudo-random but reproducible
};

struct ServiceOptions {
    // Accepted keys. A key with a token requires X-TC-Token equal to it (temporary credentials).
    // An empty list accepts the demo key (LocalService::demoCredentials()).
    QList<Credentials> keys;
    double ratePerSecond = 20.0;       // per action, per SecretId; 0 disables the limit
    int pageSizeCap = 100;             // PageSize above this is served as this
    qint64 clockOffsetSec = 0;         // the service's clock = `clock` + offset (Date header too)
    Clock *clock = nullptr;            // time of the service, its rate limit and its delays
                                       // (nullptr: the system's); must outlive the service
    bool exampleMode = false;          // answer with the published example responses
    qint64 maxBodyBytes = 1024 * 1024; // larger request bodies get HTTP 413
    int maxConnections = 128;          // served at once; more are closed as they arrive
    int requestLogLimit = 20000;       // requestLog() keeps the most recent records only
    FaultOptions faults;
    FleetConfig fleet = FleetConfig::standard(); // the synthetic projects and devices
};

// The local TRRO service: HTTP/1.1 on loopback, verifies TC3-HMAC-SHA256 exactly like the
// real service, enforces the per-action limit, serves a deterministic synthetic fleet.
//
// Processing order of a request: HTTP framing (POST / only, Content-Length bodies up to
// maxBodyBytes, keep-alive), fault injection, common headers and signature (see RequestAuth),
// X-TC-Version and X-TC-Action (InvalidAction), the rate limit (RequestLimitExceeded), the JSON
// body and parameters (see ActionHandler). Every answer the service gives itself is HTTP 200
// with a {"Response": {..., "RequestId"}} envelope and a Date header from the service's clock.
// Bucket alignment and filters are described in fleet.h.
class LocalService final : public QObject {
    Q_OBJECT
public:
    static constexpr auto ApiVersion = "2022-03-25";

    explicit LocalService(QObject *parent = nullptr);
    LocalService(const ServiceOptions &options, QObject *parent = nullptr);
    ~LocalService() override;

    static Credentials demoCredentials(); // the well-known demo key pair
    static QString demoProjectId();       // the project --demo opens first
    // What --demo serves: the demo key, and the standard fleet living the day of a user whose
    // clock is localOffsetSec ahead of UTC (its busy afternoon is the user's afternoon), with
    // one known cause: cockpit roc_nb_04 degrades yesterday afternoon (demoDegradation()).
    static ServiceOptions demoOptions(qint64 localOffsetSec, qint64 nowSec);

    // Takes effect for the next request; the fleet is rebuilt only when its configuration changed.
    void setOptions(const ServiceOptions &options);
    const ServiceOptions &options() const;
    // Moves the service's clock only (the limiter and the fault sequence carry on), e.g. to
    // run hours of simulated time in a test.
    void setClockOffset(qint64 seconds);
    Fleet &fleet();

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    quint16 port() const;
    QUrl url() const;           // http://127.0.0.1:<port>/
    qint64 serviceTime() const; // unix seconds on the service's clock

    // Every request seen (accepted or not): for tests that check the rate limit was respected.
    struct RequestRecord {
        qint64 receivedMs; // ms since epoch, options().clock (without the offset)
        QString action;
        QString errorCode; // empty when served; "HTTP <status>" or "Fault.*" for transport faults
        QString secretId;  // as claimed by the request (never the key)
        QString requestId; // empty when no envelope was sent
        QString fault;     // the injected fault (see faultName()), empty for none
    };
    QList<RequestRecord> requestLog() const;
    void clearRequestLog();

Q_SIGNALS:
    void requestServed(const QString &action, const QString &errorCode);

private:
    void handleRequest(HttpConnection *connection, const HttpRequest &request);
    ActionResult process(const HttpRequest &request, qint64 now, QString *secretId);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace trro::sim
