#include "clitestsupport.h"

#include "signer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace trro::test {

QProcessEnvironment cliEnvironment(const Credentials &credentials) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("TENCENTCLOUD_")) ||
            key.startsWith(QLatin1String("TRRO_")))
            env.remove(key);
    }
    const auto set = [&env](const char *name, const QString &value) {
        if (!value.isEmpty())
            env.insert(QLatin1String(name), value);
    };
    set("TENCENTCLOUD_SECRET_ID", credentials.secretId);
    set("TENCENTCLOUD_SECRET_KEY", credentials.secretKey);
    set("TENCENTCLOUD_SESSION_TOKEN", credentials.sessionToken);
    set("TENCENTCLOUD_REGION", credentials.region);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // Never the user's settings, cache or keychain: private directories and no session bus
    // (with the environment keys set, nothing may need a keychain or D-Bus).
    static QTemporaryDir home;
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        env.insert(QLatin1String(name), home.filePath(QLatin1String(name)));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    return env;
}

CliRun runTrroStats(const QStringList &arguments, const QProcessEnvironment &environment,
                    int timeoutMs) {
    CliRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(TRRO_STATS_BINARY), arguments);
    // The service lives in this process: wait with the event loop running so that it answers.
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = process.readAllStandardError();
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QList<QStringList> parseCsv(const QByteArray &bytes) {
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

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
