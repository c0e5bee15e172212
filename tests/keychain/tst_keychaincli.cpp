// trro-stats end to end with a real (private) keychain: credentials set from stdin, list,
// test, the other commands on the saved default profile without environment keys, delete;
// afterwards neither the files of the run nor any output contain the secret.

#include "clirun.h"
#include "keychainservice.h"
#include "keychaintestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace trro;
using trro::test::cliBinary;
using trro::test::CliCall;
using trro::test::CliRun;
using trro::test::runCli;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestKeychainCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void wrongKeyIsReportedWithRequestId();
    void deleteRemovesEverything();
    void usageErrors_data();
    void usageErrors();
    void importTccli();
    void secretNeverLeaks();

private:
    Run run(const QStringList &args, const QByteArray &input = {});

    Credentials m_key;
    Credentials m_tccliKey;
    std::unique_ptr<sim::LocalService> m_service;
    QStringList m_outputs; // everything the CLI printed
};

void TestKeychainCli::initTestCase() {
    if (!keychainSessionAvailable())
        QSKIP(NoKeychainSession);
    QVERIFY2(QFileInfo::exists(cliBinary()), qPrintable(cliBinary()));
    for (const char *name : {"TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY",
                             "TENCENTCLOUD_SESSION_TOKEN", "TRRO_ENDPOINT"})
        QVERIFY2(qEnvironmentVariableIsEmpty(name), name);
    m_key = Credentials{QStringLiteral("AKIDkeychaincli"), uniqueSecret("clikey"), {}, {}};
    m_tccliKey = Credentials{QStringLiteral("AKIDkeychaintccli"), uniqueSecret("tcclikey"), {}, {}};
    m_service = serviceAccepting({m_key, m_tccliKey});
    QVERIFY(m_service);
}

Run TestKeychainCli::run(const QStringList &args, const QByteArray &input) {
    CliCall call;
    call.keychain = true;
    call.input = input;
    call.timeoutMs = 60000;
    const CliRun cli = runCli(args, call);
    Run result;
    result.exitCode = cli.finished ? cli.exitCode : -2;
    result.out = QString::fromUtf8(cli.out);
    result.err = QString::fromUtf8(cli.err);
    m_outputs << result.out << result.err;
    return result;
}

void TestKeychainCli::roundTrip() {
    Run r = run({QStringLiteral("credentials"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QLatin1String("No saved profiles")), qPrintable(r.err));

    const QString project = sim::LocalService::demoProjectId();
    r = run({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile"),
             QStringLiteral("fleet"), QStringLiteral("--endpoint"), m_service->url().toString(),
             QStringLiteral("--region"), QStringLiteral("ap-guangzhou"),
             QStringLiteral("--project"), project},
            m_key.secretId.toUtf8() + '\n' + m_key.secretKey.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Saved profile \"fleet\"")), qPrintable(r.err));

    r = run({QStringLiteral("credentials"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("fleet")));
    QVERIFY(r.out.contains(m_key.secretId));
    QVERIFY(r.out.contains(QLatin1String("ap-guangzhou")));
    QVERIFY(r.out.contains(m_service->url().toString()));

    // No environment keys, no --profile, no --endpoint: the saved default profile decides.
    r = run({QStringLiteral("stats"), QStringLiteral("--project"), project,
             QStringLiteral("--interval"), QStringLiteral("day"), QStringLiteral("--from"),
             QStringLiteral("-3d"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QLatin1String("DeviceId,StartTime,EndTime,SessionNum,")),
             qPrintable(r.out.left(200)));
    QVERIFY(r.out.count(QLatin1Char('\n')) >= 2);

    // The same with the trace on: requests are described, the key is not.
    r = run({QStringLiteral("--verbose"), QStringLiteral("--profile"), QStringLiteral("fleet"),
             QStringLiteral("projects")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(project));
    QVERIFY(!r.err.isEmpty());

    r = run({QStringLiteral("credentials"), QStringLiteral("test")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("credentials work")), qPrintable(r.err));

    QVERIFY(!m_service->requestLog().isEmpty());
    for (const auto &record : m_service->requestLog())
        QVERIFY2(record.errorCode.isEmpty(), qPrintable(record.errorCode));
}

void TestKeychainCli::wrongKeyIsReportedWithRequestId() {
    // Overwrite the saved key with a wrong one: the service rejects the signature.
    Run r = run({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile"),
                 QStringLiteral("fleet")},
                m_key.secretId.toUtf8() + "\nwrong-" + m_key.secretKey.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("credentials"), QStringLiteral("test"), QStringLiteral("--profile"),
             QStringLiteral("fleet")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("AuthFailure")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("RequestId")), qPrintable(r.err));
    // The endpoint and the other fields were kept; restoring the right key works again.
    r = run({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile"),
             QStringLiteral("fleet")},
            m_key.secretId.toUtf8() + '\n' + m_key.secretKey.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("credentials"), QStringLiteral("test")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestKeychainCli::deleteRemovesEverything() {
    Run r = run({QStringLiteral("credentials"), QStringLiteral("delete"),
                 QStringLiteral("--profile"), QStringLiteral("fleet")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("credentials"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(QLatin1String("fleet")));
    r = run({QStringLiteral("projects")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("TENCENTCLOUD_SECRET_ID")), qPrintable(r.err));
    r = run({QStringLiteral("--profile"), QStringLiteral("fleet"), QStringLiteral("projects")});
    QCOMPARE(r.exitCode, 3);
}

void TestKeychainCli::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no action") << QStringList{QStringLiteral("credentials")} << QByteArray() << 2;
    QTest::newRow("unknown action")
        << QStringList{QStringLiteral("credentials"), QStringLiteral("show")} << QByteArray() << 2;
    QTest::newRow("delete without profile")
        << QStringList{QStringLiteral("credentials"), QStringLiteral("delete")} << QByteArray()
        << 2;
    QTest::newRow("bad profile name")
        << QStringList{QStringLiteral("credentials"), QStringLiteral("set"),
                       QStringLiteral("--profile"), QStringLiteral("a/b")}
        << QByteArray("AKID\nkey\n") << 2;
    QTest::newRow("one line only")
        << QStringList{QStringLiteral("credentials"), QStringLiteral("set")}
        << QByteArray("AKIDonly\n") << 2;
    QTest::newRow("remote plain http")
        << QStringList{QStringLiteral("credentials"), QStringLiteral("set"),
                       QStringLiteral("--endpoint"), QStringLiteral("http://example.com")}
        << QByteArray("AKID\nkey\n") << 2;
    QTest::newRow("delete unknown")
        << QStringList{QStringLiteral("credentials"), QStringLiteral("delete"),
                       QStringLiteral("--profile"), QStringLiteral("nope")}
        << QByteArray() << 2;
}

void TestKeychainCli::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    const Run r = run(args, input);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
}

void TestKeychainCli::importTccli() {
    // A tccli profile as tccli writes it, in this run's own home directory.
    const QString home = QDir::homePath();
    QVERIFY2(home.startsWith(qEnvironmentVariable("TRRO_TEST_ROOT")), qPrintable(home));
    QVERIFY(QDir(home).mkpath(QStringLiteral(".tccli")));
    const auto write = [&](const QString &name, const QByteArray &json) {
        QFile file(home + QStringLiteral("/.tccli/") + name);
        return file.open(QIODevice::WriteOnly) && file.write(json) == json.size();
    };
    QVERIFY(write(QStringLiteral("ops.credential"),
                  "{\"secretId\": \"" + m_tccliKey.secretId.toUtf8() + "\", \"secretKey\": \"" +
                      m_tccliKey.secretKey.toUtf8() + "\"}"));
    QVERIFY(write(QStringLiteral("ops.configure"),
                  "{\"_sys_param\": {\"region\": \"ap-shanghai\"}, \"trro\": {\"endpoint\": \"" +
                      m_service->url().toString().toUtf8() + "\"}}"));

    Run r = run({QStringLiteral("credentials"), QStringLiteral("import-tccli"),
                 QStringLiteral("--profile"), QStringLiteral("nope")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("nope.credential")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("ops")), qPrintable(r.err)); // what there is

    r = run({QStringLiteral("credentials"), QStringLiteral("import-tccli"),
             QStringLiteral("--profile"), QStringLiteral("ops")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(m_tccliKey.secretId), qPrintable(r.err));
    r = run({QStringLiteral("credentials"), QStringLiteral("list")});
    QVERIFY(r.out.contains(QLatin1String("ops")));
    QVERIFY(r.out.contains(QLatin1String("ap-shanghai")));
    r = run({QStringLiteral("--profile"), QStringLiteral("ops"), QStringLiteral("credentials"),
             QStringLiteral("test")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Again: the profile exists; --overwrite replaces it.
    r = run({QStringLiteral("credentials"), QStringLiteral("import-tccli"),
             QStringLiteral("--profile"), QStringLiteral("ops")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--overwrite")), qPrintable(r.err));
    r = run({QStringLiteral("credentials"), QStringLiteral("import-tccli"),
             QStringLiteral("--profile"), QStringLiteral("ops"), QStringLiteral("--overwrite")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const QString &output : std::as_const(m_outputs))
        QVERIFY(!output.contains(m_tccliKey.secretKey));
}

void TestKeychainCli::secretNeverLeaks() {
    const QString root = qEnvironmentVariable("TRRO_TEST_ROOT");
    QVERIFY2(!root.isEmpty(), "run through run-with-keyring.sh");
    // Settings, caches, logs and the keyring files of the whole run (the keyring is encrypted).
    QCOMPARE(filesContaining(root, m_key.secretKey), QStringList());
    for (const QString &output : std::as_const(m_outputs))
        QVERIFY(!output.contains(m_key.secretKey));
    // The settings file exists and holds the non-secret part.
    const QString settings = root + QStringLiteral("/config/trro-dashboard/trro-dashboard.conf");
    QVERIFY2(QFileInfo::exists(settings), qPrintable(settings));
}

QTEST_GUILESS_MAIN(TestKeychainCli)
#include "tst_keychaincli.moc"
