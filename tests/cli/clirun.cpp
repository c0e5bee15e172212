#include "clirun.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace trro::test {

namespace {

QProcessEnvironment environmentOf(const CliCall &call) {
    const Credentials &credentials = call.credentials;
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
    // (with the environment keys set, nothing may need a keychain or D-Bus); or the test's
    // private ones.
    if (!call.keychain) {
        static QTemporaryDir home;
        for (const char *name :
             {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.insert(QLatin1String(name), home.filePath(QLatin1String(name)));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    }
    if (!call.tz.isEmpty())
        env.insert(QStringLiteral("TZ"), call.tz);
    if (!call.cacheHome.isEmpty())
        env.insert(QStringLiteral("XDG_CACHE_HOME"), call.cacheHome);
    for (const QString &entry : call.environment)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    return env;
}

} // namespace

CliCall keyedCall(const Credentials &credentials, const QString &endpoint) {
    CliCall call;
    call.endpoint = endpoint;
    call.credentials = credentials;
    return call;
}

QString cliBinary() {
    return QStringLiteral(TRRO_STATS_BINARY);
}

CliRun runCli(const QStringList &arguments, const CliCall &call) {
    CliRun run;
    QProcess process;
    process.setProcessEnvironment(environmentOf(call));
    QSignalSpy finished(&process, &QProcess::finished);
    const QStringList endpoint = call.endpoint.isEmpty()
                                     ? QStringList()
                                     : QStringList{QStringLiteral("--endpoint"), call.endpoint};
    process.start(cliBinary(), endpoint + arguments);
    process.write(call.input);
    process.closeWriteChannel();
    // The service lives in this process: wait with the event loop running so that it answers.
    if (!finished.wait(call.timeoutMs)) {
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

QStringList csvRows(const QByteArray &out) {
    QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
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

} // namespace trro::test
