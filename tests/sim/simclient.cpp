#include "simclient.h"

#include "localservice.h"
#include "signer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTimeZone>
#include <QUuid>

namespace trro::test {

SignOptions demoSigning() {
    SignOptions o;
    o.secretId = sim::LocalService::demoCredentials().secretId;
    o.secretKey = sim::LocalService::demoCredentials().secretKey;
    return o;
}

QString SimReply::errorCode() const {
    return response.value(QStringLiteral("Error"))
        .toObject()
        .value(QStringLiteral("Code"))
        .toString();
}

QString SimReply::requestId() const {
    return response.value(QStringLiteral("RequestId")).toString();
}

SimService::SimService(const sim::ServiceOptions &options)
    : service(options)
    , listening(service.listen())
    , client(service.url()) {}

SimReply SimService::call(const QString &action, const QJsonObject &params) {
    return client.call(action, params, demoSigning());
}

bool isUuid(const QString &text) {
    return !QUuid::fromString(text).isNull() && text.size() == 36;
}

void checkApiAnswer(const SimReply &reply, const QString &expectedCode) {
    QCOMPARE(reply.httpStatus, 200);
    QCOMPARE(reply.errorCode(), expectedCode);
    QVERIFY2(isUuid(reply.requestId()), qPrintable(reply.requestId()));
}

QDateTime parseHttpDate(const QByteArray &value) {
    const QDateTime local = QLocale::c().toDateTime(
        QString::fromLatin1(value).trimmed(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    return local.isValid() ? QDateTime(local.date(), local.time(), QTimeZone::utc()) : QDateTime();
}

SimClient::SimClient(const QUrl &url)
    : m_url(url) {}

QByteArray SimClient::hostHeader() const {
    return m_url.host().toLatin1() + ':' + QByteArray::number(m_url.port());
}

SimReply SimClient::call(const QString &action, const QJsonObject &params,
                         const SignOptions &options) {
    return callRaw(action, QJsonDocument(params).toJson(QJsonDocument::Compact), options);
}

SimReply SimClient::callRaw(const QString &action, const QByteArray &body,
                            const SignOptions &options) {
    return collect(post(action, body, options));
}

QNetworkReply *SimClient::post(const QString &action, const QByteArray &body,
                               const SignOptions &options) {
    const qint64 timestamp = QDateTime::currentSecsSinceEpoch() + options.timestampOffset;
    SignInput input;
    input.secretId = options.secretId;
    input.secretKey = options.secretKey;
    input.service = options.signService;
    input.host = options.signHost.isEmpty() ? hostHeader() : options.signHost;
    input.contentType = options.contentType;
    input.body = options.signBody.isNull() ? body : options.signBody;
    input.timestamp = options.signTimestamp != 0 ? options.signTimestamp : timestamp;
    const SignOutput signature = tc3Sign(input);

    QNetworkRequest request(m_url);
    QList<QPair<QByteArray, QByteArray>> headers = {
        {QByteArrayLiteral("Content-Type"), options.contentType},
        {QByteArrayLiteral("X-TC-Action"), action.toLatin1()},
        {QByteArrayLiteral("X-TC-Version"), options.version},
        {QByteArrayLiteral("X-TC-Timestamp"), QByteArray::number(timestamp)},
        {QByteArrayLiteral("Authorization"),
         options.authorization.isEmpty() ? signature.authorization : options.authorization},
    };
    if (!options.token.isEmpty())
        headers.append({QByteArrayLiteral("X-TC-Token"), options.token.toUtf8()});
    for (const auto &h : headers) {
        if (!options.omitHeaders.contains(h.first))
            request.setRawHeader(h.first, h.second);
    }
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_nam.post(request, body);
    reply->setProperty("startedMs", QDateTime::currentMSecsSinceEpoch());
    return reply;
}

SimReply SimClient::collect(QNetworkReply *reply, int timeoutMs) {
    SimReply out;
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(timeoutMs);
    }
    out.finished = reply->isFinished();
    out.elapsedMs = QDateTime::currentMSecsSinceEpoch() - reply->property("startedMs").toLongLong();
    out.networkError = reply->error();
    out.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QList<QNetworkReply::RawHeaderPair> pairs = reply->rawHeaderPairs();
    for (const auto &pair : pairs)
        out.headers.insert(pair.first.toLower(), pair.second);
    out.body = reply->readAll();
    const QJsonDocument document = QJsonDocument::fromJson(out.body);
    out.response = document.object().value(QStringLiteral("Response")).toObject();
    reply->deleteLater();
    return out;
}

} // namespace trro::test
