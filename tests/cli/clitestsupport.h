#pragma once

// Helpers of the trro-stats end-to-end test: run the binary, and ask the local service the same
// questions with raw signed requests (no TrroApi, no parser of the product) for the expected
// values.

#include "credentials.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

namespace trro::test {

struct CliRun {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The system environment without any TENCENTCLOUD_* or TRRO_* variable, plus these credentials.
QProcessEnvironment cliEnvironment(const Credentials &credentials);
CliRun runTrroStats(const QStringList &arguments, const QProcessEnvironment &environment,
                    int timeoutMs = 180000);

// RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes; LF or CRLF).
QList<QStringList> parseCsv(const QByteArray &text);

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
