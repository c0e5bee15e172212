#include "rawclient.h"

#include "signer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

namespace trro::test {

RawClient::RawClient(const QUrl &endpoint, const Credentials &credentials)
    : m_endpoint(endpoint)
    , m_credentials(credentials) {}

QJsonObject RawClient::call(const QString &action, const QJsonObject &params, QString *errorCode) {
    // Stay well under the service's 20 requests per second.
    const qint64 sinceLast = QDateTime::currentMSecsSinceEpoch() - m_lastCallMs;
    if (sinceLast < 60)
        QTest::qWait(int(60 - sinceLast));
    m_lastCallMs = QDateTime::currentMSecsSinceEpoch();

    SignInput input;
    input.secretId = m_credentials.secretId;
    input.secretKey = m_credentials.secretKey;
    input.host = m_endpoint.host().toLatin1() + ':' + QByteArray::number(m_endpoint.port());
    input.contentType = QByteArrayLiteral("application/json");
    input.body = QJsonDocument(params).toJson(QJsonDocument::Compact);
    input.timestamp = QDateTime::currentSecsSinceEpoch();
    const SignOutput signature = tc3Sign(input);

    QNetworkRequest request(m_endpoint);
    request.setRawHeader("Content-Type", input.contentType);
    request.setRawHeader("Host", input.host);
    request.setRawHeader("X-TC-Action", action.toLatin1());
    request.setRawHeader("X-TC-Version", "2022-03-25");
    request.setRawHeader("X-TC-Timestamp", QByteArray::number(input.timestamp));
    request.setRawHeader("Authorization", signature.authorization);
    if (!m_credentials.sessionToken.isEmpty())
        request.setRawHeader("X-TC-Token", m_credentials.sessionToken.toUtf8());
    QNetworkReply *reply = m_nam.post(request, input.body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    const bool finished = reply->isFinished() || done.wait(30000);
    const QByteArray body = reply->readAll();
    const bool transportOk = finished && reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    if (!transportOk) {
        if (errorCode)
            *errorCode = QStringLiteral("transport");
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject response = document.object().value(QLatin1String("Response")).toObject();
    if (parseError.error != QJsonParseError::NoError || response.isEmpty()) {
        if (errorCode)
            *errorCode = QStringLiteral("json");
        return {};
    }
    const QJsonObject error = response.value(QLatin1String("Error")).toObject();
    if (errorCode)
        *errorCode = error.value(QLatin1String("Code")).toString();
    return error.isEmpty() ? response : QJsonObject();
}

QJsonArray RawClient::allPages(const QString &action, QJsonObject params, const QString &listKey) {
    QJsonArray all;
    for (int page = 1; page < 1000; ++page) {
        params[QLatin1String("PageNumber")] = page;
        params[QLatin1String("PageSize")] = 100;
        QString error;
        const QJsonObject response = call(action, params, &error);
        if (!error.isEmpty())
            return {};
        const QJsonArray items = response.value(listKey).toArray();
        for (const QJsonValue &item : items)
            all.append(item);
        const qint64 total = response.value(QLatin1String("Total")).toInteger();
        if (items.isEmpty() || all.size() >= total)
            break;
    }
    return all;
}

} // namespace trro::test
