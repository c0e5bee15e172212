#include "apiclient.h"

#include "replyreader.h"
#include "signer.h"
#include "textsafety.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>
#include <memory>

namespace trro {

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this)) {
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Follow the system's proxy settings (https_proxy / no_proxy on Linux).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

ApiClient::~ApiClient() = default;

ApiError ApiClient::checkHeaderValues() const {
    const auto refuse = [](const QString &what) {
        return ApiError::make(ApiError::Kind::Usage, QStringLiteral("InvalidHeaderValue"),
                              tr("The %1 holds characters that cannot be sent in a request "
                                 "header (control characters, line breaks or non-ASCII); "
                                 "nothing was sent.")
                                  .arg(what));
    };
    if (!m_credentials.region.isEmpty() && !isPlausibleRegion(m_credentials.region))
        return refuse(tr("region"));
    if (!isSafeHeaderValue(m_credentials.sessionToken, 16384))
        return refuse(tr("session token"));
    if (!isSafeHeaderValue(m_credentials.secretId, 256) || m_credentials.secretId.contains(u' '))
        return refuse(tr("SecretId"));
    if (!isSafeHeaderValue(m_language, 16))
        return refuse(tr("language"));
    return {};
}

ApiReply *ApiClient::send(const QString &action, const QJsonObject &params, qint64 maxValues) {
    auto *apiReply = new ApiReply(action, this);
    auto failLater = [apiReply](ApiError error) {
        QTimer::singleShot(0, apiReply, [apiReply, error] { apiReply->finish(error); });
        return apiReply;
    };
    if (!m_endpoint.isValid())
        return failLater(ApiError::make(ApiError::Kind::Usage, QStringLiteral("InvalidEndpoint"),
                                        tr("No valid endpoint is configured.")));
    if (!m_credentials.isComplete())
        return failLater(
            ApiError::make(ApiError::Kind::Credentials, QStringLiteral("MissingCredentials"),
                           tr("No API credentials: set TENCENTCLOUD_SECRET_ID and "
                              "TENCENTCLOUD_SECRET_KEY, choose a profile, or use the demo.")));
    if (const ApiError headerError = checkHeaderValues(); headerError.isError())
        return failLater(headerError);

    const QByteArray body = QJsonDocument(params).toJson(QJsonDocument::Compact);
    const qint64 timestamp = m_clock->wallSecs() + m_clockOffset;

    SignInput in;
    in.secretId = m_credentials.secretId;
    in.secretKey = m_credentials.secretKey;
    in.host = m_endpoint.hostHeader();
    in.contentType = QByteArrayLiteral("application/json");
    in.body = body;
    in.timestamp = timestamp;
    const SignOutput signature = tc3Sign(in);

    QNetworkRequest request(m_endpoint.url());
    request.setHeader(QNetworkRequest::ContentTypeHeader, in.contentType);
    request.setRawHeader("Host", in.host);
    request.setRawHeader("X-TC-Action", action.toLatin1());
    request.setRawHeader("X-TC-Version", ApiVersion);
    request.setRawHeader("X-TC-Timestamp", QByteArray::number(timestamp));
    request.setRawHeader("Authorization", signature.authorization);
    if (!m_credentials.region.isEmpty())
        request.setRawHeader("X-TC-Region", m_credentials.region.toUtf8());
    if (!m_credentials.sessionToken.isEmpty())
        request.setRawHeader("X-TC-Token", m_credentials.sessionToken.toUtf8());
    if (!m_language.isEmpty())
        request.setRawHeader("X-TC-Language", m_language.toLatin1());
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    if (m_trace) {
        Q_EMIT trace(QStringLiteral("> POST %1 %2 %3 Authorization: %4")
                         .arg(m_endpoint.toString(), action, QString::fromUtf8(body),
                              QString::fromLatin1(redactAuthorization(signature.authorization))));
    }

    QNetworkReply *reply = m_nam->post(request, body);
    apiReply->m_reply = reply;
    const qint64 maxBytes = m_maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, apiReply,
            [reply, maxBytes](qint64 received, qint64 total) {
                if (received > maxBytes || total > maxBytes) {
                    reply->setProperty("trroTooLarge", true);
                    reply->abort();
                }
            });
    // The transfer timeout above only notices silence; this one ends the attempt however the
    // bytes arrive.
    auto *deadline = new QTimer(apiReply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, apiReply, [reply = QPointer<QNetworkReply>(reply)] {
        if (!reply)
            return;
        reply->setProperty("trroDeadline", true);
        reply->abort();
    });
    deadline->start(m_timeoutMs);
    connect(reply, &QNetworkReply::finished, this,
            [this, apiReply, reply, maxValues] { finishReply(apiReply, reply, maxValues); });
    return apiReply;
}

bool ApiClient::followServerClock(const QDateTime &serverDate, bool signatureExpired,
                                  ApiError *error) {
    if (!serverDate.isValid())
        return true;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(m_clock->wallMs(), QTimeZone::utc());
    const qint64 skew = serverDate.toSecsSinceEpoch() - local.toSecsSinceEpoch();
    const ClockStep step = clockStep(skew, m_clockOffset, signatureExpired, MaxClockCorrectionSec);
    switch (step.kind) {
    case ClockStep::Kind::Keep:
        break;
    case ClockStep::Kind::Follow:
        m_clockOffset = step.offset;
        break;
    case ClockStep::Kind::Correct:
        // A rejected timestamp with a known server clock: correct the offset so that the
        // scheduler's retry is stamped right, and say so once.
        m_clockOffset = step.offset;
        Q_EMIT clockSkewCorrected(step.offset);
        break;
    case ClockStep::Kind::Refuse: {
        ApiError e = clockRefusal(serverDate, local);
        e.requestId = error->requestId;
        e.httpStatus = error->httpStatus;
        *error = e;
        return false;
    }
    }
    return true;
}

void ApiClient::finishReply(ApiReply *apiReply, QNetworkReply *reply, qint64 maxValues) {
    reply->deleteLater();
    if (apiReply->isFinished())
        return; // aborted by the caller
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QDateTime serverDate = parseHttpDate(reply->rawHeader("Date"));
    // An attempt ended by its deadline or the size cap is closed: nothing to read (reading it
    // would only make Qt warn on stderr).
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    if (m_trace)
        Q_EMIT trace(QStringLiteral("< %1 HTTP %2 %3 bytes")
                         .arg(apiReply->action())
                         .arg(status)
                         .arg(body.size()));

    if (std::optional<ApiError> error = transportError(reply, status)) {
        apiReply->finish(*error);
        return;
    }
    if (body.size() >= m_parseOnWorkerBytes) {
        parseOnWorker(apiReply, serverDate, body, status, maxValues);
        return;
    }
    completeReply(apiReply, serverDate, readReplyBody(apiReply->action(), body, status, maxValues));
}

std::optional<ApiError> ApiClient::transportError(const QNetworkReply *reply, int status) const {
    if (reply->property("trroTooLarge").toBool())
        return ApiError::make(ApiError::Kind::Malformed, QStringLiteral("ResponseTooLarge"),
                              tr("The response exceeds the size limit of %1 MiB.")
                                  .arg(m_maxResponseBytes / (1024 * 1024)));
    if (reply->property("trroDeadline").toBool())
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("Timeout"),
                              tr("No complete answer from %1 within %2 s.")
                                  .arg(m_endpoint.toString())
                                  .arg(m_timeoutMs / 1000.0));
    const QNetworkReply::NetworkError netError = reply->error();
    if (netError == QNetworkReply::NoError || status != 0)
        return std::nullopt;
    const bool timeout = netError == QNetworkReply::OperationCanceledError ||
                         netError == QNetworkReply::TimeoutError;
    return ApiError::make(timeout ? ApiError::Kind::Timeout : ApiError::Kind::Network,
                          timeout ? QStringLiteral("Timeout") : QStringLiteral("NetworkError"),
                          timeout ? tr("No answer from %1 within %2 s.")
                                        .arg(m_endpoint.toString())
                                        .arg(m_timeoutMs / 1000.0)
                                  : reply->errorString());
}

void ApiClient::parseOnWorker(ApiReply *apiReply, const QDateTime &serverDate,
                              const QByteArray &body, int status, qint64 maxValues) {
    // The parse reads only its copies; the answer comes back through a watcher owned by the
    // reply, so a reply aborted (and deleted) meanwhile never hears of it.
    ++m_parsedOnWorker;
    auto promise = std::make_shared<QPromise<Result<QJsonObject>>>();
    auto *watcher = new QFutureWatcher<Result<QJsonObject>>(apiReply);
    connect(watcher, &QFutureWatcherBase::finished, apiReply,
            [this, apiReply, watcher, serverDate] {
                const QList<Result<QJsonObject>> results = watcher->future().results();
                completeReply(apiReply, serverDate,
                              results.isEmpty()
                                  ? Result<QJsonObject>(ApiError::make(
                                        ApiError::Kind::Malformed, QStringLiteral("ParseFailed"),
                                        tr("The response could not be read.")))
                                  : results.constFirst());
            });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, action = apiReply->action(), body, status, maxValues] {
            promise->addResult(readReplyBody(action, body, status, maxValues));
            promise->finish();
        });
}

void ApiClient::completeReply(ApiReply *apiReply, const QDateTime &serverDate,
                              Result<QJsonObject> result) {
    if (apiReply->isFinished())
        return; // aborted while the answer was parsed
    if (!result.ok()) {
        ApiError e = result.error();
        if (serverDate.isValid()) {
            e.serverClockKnown = true;
            e.serverClockSkew = serverDate.toSecsSinceEpoch() - m_clock->wallSecs();
        }
        if ((e.code == QLatin1String("AuthFailure.SecretIdNotFound") ||
             e.code == QLatin1String("AuthFailure.InvalidSecretId")) &&
            !e.message.contains(m_credentials.secretId))
            e.message += QLatin1String(" (SecretId ") + m_credentials.secretId + QLatin1Char(')');
        followServerClock(serverDate, e.code == QLatin1String("AuthFailure.SignatureExpire"), &e);
        apiReply->finish(e);
        return;
    }
    ApiError ignored;
    followServerClock(serverDate, false, &ignored);
    apiReply->finish(std::move(result));
}

ApiReply::ApiReply(const QString &action, QObject *parent)
    : QObject(parent)
    , m_action(action) {}

void ApiReply::finish(Result<QJsonObject> result) {
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    Q_EMIT finished();
    deleteLater();
}

void ApiReply::abort() {
    if (m_finished)
        return;
    const QPointer<QNetworkReply> reply = m_reply;
    // Finish first: the network reply's own finished() then finds this reply done.
    finish(ApiError::make(
        ApiError::Kind::Cancelled, QStringLiteral("Cancelled"),
        QCoreApplication::translate("trro::ApiClient", "The request was cancelled.")));
    if (reply)
        reply->abort();
}

} // namespace trro
