#pragma once

// The expected values of the trro-stats tests: the local service asked the same questions with
// raw signed requests (no TrroApi, no parser of the product).

#include "credentials.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace trro::test {

class RawClient final {
public:
    RawClient(const QUrl &endpoint, const Credentials &credentials);

    // Signs and posts one action; the inner "Response" object, or an empty object with
    // *errorCode set (the Error.Code, or "transport" / "json").
    QJsonObject call(const QString &action, const QJsonObject &params,
                     QString *errorCode = nullptr);
    // Every page of a list action, concatenated (listKey: "Devices", "Projects", ...).
    QJsonArray allPages(const QString &action, QJsonObject params, const QString &listKey);

private:
    QNetworkAccessManager m_nam;
    QUrl m_endpoint;
    Credentials m_credentials;
    qint64 m_lastCallMs = 0;
};

} // namespace trro::test
