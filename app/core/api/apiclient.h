#pragma once

#include "clock.h"
#include "credentials.h"
#include "endpoint.h"
#include "result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace trro {

class ApiReply;

// Owns the one QNetworkAccessManager. send() signs (through tc3Sign, the only place an
// Authorization header is built) and posts one action; the ApiReply ends with the inner
// Response object or a typed ApiError. Fully asynchronous; no retries here (see RequestScheduler).
class ApiClient final : public QObject {
    Q_OBJECT
public:
    static constexpr auto ApiVersion = "2022-03-25";
    static constexpr qint64 DefaultMaxResponseBytes = 64 * 1024 * 1024;
    static constexpr int DefaultTimeoutMs = 30000;
    // The server's clock is followed within this distance of ours; beyond it one of the two
    // clocks is wrong and requests fail with ClockSkewTooLarge instead.
    static constexpr qint64 MaxClockCorrectionSec = 86400;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setEndpoint(const Endpoint &endpoint) { m_endpoint = endpoint; }
    Endpoint endpoint() const { return m_endpoint; }
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    const Credentials &credentials() const { return m_credentials; }
    void setLanguage(const QString &language) { m_language = language; } // zh-CN | en-US | ""
    // The deadline of one attempt, from sending to the last byte of the answer (not an
    // inactivity timer: a server that trickles bytes is cut off too).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    // The wall clock requests are stamped with and the server's Date is compared to
    // (nullptr: the system's); must outlive the client.
    void setClock(Clock *clock) { m_clock = Clock::orSystem(clock); }
    // Seconds added to the local clock when stamping requests (server - local).
    void setClockOffset(qint64 seconds) { m_clockOffset = seconds; }
    qint64 clockOffset() const { return m_clockOffset; }
    // --verbose: every request and response is described on this signal, signature redacted.
    void setTraceEnabled(bool enabled) { m_trace = enabled; }
    // Answers of at least this size are parsed and validated on a worker thread (a long
    // session's telemetry is megabytes of JSON); smaller ones where they arrive.
    static constexpr qint64 DefaultParseOnWorkerBytes = 256 * 1024;
    void setParseOnWorkerBytes(qint64 bytes) { m_parseOnWorkerBytes = bytes; }
    // Answers parsed on a worker so far.
    qint64 parsedOnWorker() const { return m_parsedOnWorker; }

    // The reply is owned by the client and deleted (deleteLater) after finished().
    // maxValues > 0: an answer holding more JSON values than that (see responselimits.h) is
    // refused before it is parsed (Malformed, TooManyItems, not retried).
    ApiReply *send(const QString &action, const QJsonObject &params, qint64 maxValues = 0);

Q_SIGNALS:
    void trace(const QString &line);
    // The server's Date header showed our clock off by more than the signature window and
    // the offset was corrected; emitted once per change.
    void clockSkewCorrected(qint64 seconds);

private:
    void finishReply(ApiReply *apiReply, QNetworkReply *reply, qint64 maxValues);
    // The transport's failure (size cap, deadline, network), or none.
    std::optional<ApiError> transportError(const QNetworkReply *reply, int status) const;
    void parseOnWorker(ApiReply *apiReply, const QDateTime &serverDate, const QByteArray &body,
                       int status, qint64 maxValues);
    void completeReply(ApiReply *apiReply, const QDateTime &serverDate, Result<QJsonObject> result);
    // A Usage error naming the first header value that must not be sent, or none.
    ApiError checkHeaderValues() const;
    // Handles the Date header of an answer; false with *error when it is beyond reason.
    bool followServerClock(const QDateTime &serverDate, bool signatureExpired, ApiError *error);

    QNetworkAccessManager *m_nam = nullptr;
    Endpoint m_endpoint;
    Credentials m_credentials;
    QString m_language;
    int m_timeoutMs = DefaultTimeoutMs;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    qint64 m_clockOffset = 0;
    Clock *m_clock = Clock::system();
    qint64 m_parseOnWorkerBytes = DefaultParseOnWorkerBytes;
    qint64 m_parsedOnWorker = 0;
    bool m_trace = false;
};

class ApiReply final : public QObject {
    Q_OBJECT
public:
    QString action() const { return m_action; }
    bool isFinished() const { return m_finished; }
    const Result<QJsonObject> &result() const { return m_result; }
    void abort(); // ends with Kind::Cancelled

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;
    explicit ApiReply(const QString &action, QObject *parent);
    void finish(Result<QJsonObject> result);

    QString m_action;
    QPointer<QNetworkReply> m_reply;
    Result<QJsonObject> m_result{ApiError{}};
    bool m_finished = false;
};

} // namespace trro
