// The keychain cannot be used: no session bus (--no-bus), a bus without any Secret Service
// (--no-service), or a locked keyring nobody can unlock (--locked); see run-with-keyring.sh.
// The store retries once, then reports what to install, start or unlock; nothing falls back to
// a file; environment keys and session-only keys work without the keychain; trro-stats says the
// same and exits 3.

#include "clirun.h"
#include "credentialresolver.h"
#include "keychainservice.h"
#include "keychaintestsupport.h"
#include "profilestore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trro;

class TestKeychainUnavailable final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void writeReportsUnavailableKeychain();
    void readReportsMissingKeychain();
    void saveFailsWithoutFallback();
    void environmentNeedsNoKeychain();
    void defaultProfileReportsMissingKeychain();
    void sessionOnlyCredentials();
    void cliSetExitsWithCredentialsStatus();
    void cliWithEnvironmentKeysNeedsNoKeychain();
    void nothingWasWrittenInClear();

private:
    bool isLocked() const { return m_mode == QLatin1String("locked"); }
    QLatin1String expectedCode() const {
        return QLatin1String(isLocked() ? CredentialStore::LockedCode
                                        : CredentialStore::NoBackendCode);
    }

    QString m_mode;
    QTemporaryDir m_dir;
    QStringList m_secrets; // every secret handed to the code under test
};

void TestKeychainUnavailable::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_mode = qEnvironmentVariable("TRRO_KEYCHAIN_MODE");
    if (m_mode != QLatin1String("no-bus") && m_mode != QLatin1String("no-service") && !isLocked())
        QSKIP("Run through ctest: run-with-keyring.sh --no-bus, --no-service or --locked sets up "
              "the unusable keychain this test expects.");
    QVERIFY(qEnvironmentVariableIsEmpty("DISPLAY"));
    QVERIFY(m_dir.isValid());
}

void TestKeychainUnavailable::writeReportsUnavailableKeychain() {
    CredentialStore store(uniqueNamespace());
    store.setRetryDelayMs(300);
    QSignalSpy unavailable(&store, &CredentialStore::unavailable);
    const QString key = uniqueSecret("write");
    m_secrets << key;
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::finished);
    QElapsedTimer timer;
    timer.start();
    store.write(QStringLiteral("any"), {key, {}}, &outcome, outcome.done());
    QVERIFY(spy.wait(60000));
    QVERIFY2(timer.elapsed() >= 300, "one retry after the retry delay");
    const ApiError &e = outcome.error;
    qInfo("%s", qPrintable(e.userMessage()));
    QCOMPARE(e.kind, ApiError::Kind::Credentials);
    QCOMPARE(e.code, expectedCode());
    QVERIFY(CredentialStore::isUnavailable(e));
    if (isLocked()) {
        QVERIFY2(e.message.contains(QLatin1String("locked")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("Unlock")), qPrintable(e.message));
    } else {
        for (const char *word : {"GNOME Keyring", "KWallet", "KeePassXC"})
            QVERIFY2(e.message.contains(QLatin1String(word)), qPrintable(e.message));
    }
    QCOMPARE(unavailable.count(), 1);
    QCOMPARE(unavailable.first().first().value<ApiError>().code, e.code);
    QVERIFY(store.isIdle());
}

void TestKeychainUnavailable::cleanup() {
    qunsetenv("TENCENTCLOUD_SECRET_ID");
    qunsetenv("TENCENTCLOUD_SECRET_KEY");
}

void TestKeychainUnavailable::readReportsMissingKeychain() {
    CredentialStore store(uniqueNamespace());
    store.setRetryDelayMs(50);
    QSignalSpy unavailable(&store, &CredentialStore::unavailable);
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::finished);
    store.read(QStringLiteral("any"), &outcome, outcome.read());
    QVERIFY(spy.wait(60000));
    QVERIFY(!outcome.secret.ok());
    if (isLocked()) {
        // A locked Secret Service hides its items: the lookup finds nothing rather than failing
        // (the resolver's message for this case mentions unlocking the keychain).
        QCOMPARE(outcome.error.code, QLatin1String(CredentialStore::NotFoundCode));
        QCOMPARE(unavailable.count(), 0);
        return;
    }
    QCOMPARE(outcome.error.code, expectedCode());
    QCOMPARE(unavailable.count(), 1);
}

void TestKeychainUnavailable::saveFailsWithoutFallback() {
    CredentialStore store(uniqueNamespace());
    store.setRetryDelayMs(50);
    ProfileStore profiles(&store, m_dir.filePath(QStringLiteral("profiles.ini")));
    const ProfileSecret secret{uniqueSecret("nofallback"), {}};
    m_secrets << secret.secretKey;
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::finished);
    profiles.save({QStringLiteral("p"), QStringLiteral("AKIDp"), {}, {}, {}, {}}, secret, &outcome,
                  outcome.done());
    QVERIFY(spy.wait(60000));
    QCOMPARE(outcome.error.code, expectedCode());
    QVERIFY2(profiles.names().isEmpty(), "a profile is only saved with its key in the keychain");
}

void TestKeychainUnavailable::environmentNeedsNoKeychain() {
    CredentialStore store(uniqueNamespace());
    QSignalSpy unavailable(&store, &CredentialStore::unavailable);
    ProfileStore profiles(&store, m_dir.filePath(QStringLiteral("env.ini")));
    QVERIFY(profiles.saveProfile(
        {QStringLiteral("saved"), QStringLiteral("AKIDsaved"), {}, {}, {}, {}}));
    CredentialResolver resolver(&profiles);
    qputenv("TENCENTCLOUD_SECRET_ID", "AKIDenv");
    qputenv("TENCENTCLOUD_SECRET_KEY", "env-key-nobus");
    m_secrets << QStringLiteral("env-key-nobus");
    const Result<ResolvedCredentials> resolved = resolveCredentials(resolver, {}, 5000);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved.value().source, ResolvedCredentials::Source::Environment);
    QVERIFY(store.isIdle());
    QCOMPARE(unavailable.count(), 0); // the keychain was never asked
}

void TestKeychainUnavailable::defaultProfileReportsMissingKeychain() {
    CredentialStore store(uniqueNamespace());
    store.setRetryDelayMs(50);
    ProfileStore profiles(&store, m_dir.filePath(QStringLiteral("default.ini")));
    QVERIFY(profiles.saveProfile(
        {QStringLiteral("saved"), QStringLiteral("AKIDsaved"), {}, {}, {}, {}}));
    CredentialResolver resolver(&profiles);
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::finished);
    resolver.resolve({}, &outcome, outcome.resolve());
    QVERIFY(spy.wait(60000));
    QVERIFY(!outcome.resolved.ok());
    if (isLocked()) // the locked keyring shows no item
        QCOMPARE(outcome.error.code, QLatin1String(CredentialStore::NotFoundCode));
    else
        QVERIFY(CredentialStore::isUnavailable(outcome.error));
    QVERIFY2(outcome.error.message.contains(QLatin1String("keychain")),
             qPrintable(outcome.error.message));
}

void TestKeychainUnavailable::sessionOnlyCredentials() {
    CredentialStore store(uniqueNamespace());
    QSignalSpy unavailable(&store, &CredentialStore::unavailable);
    ProfileStore profiles(&store, m_dir.filePath(QStringLiteral("session.ini")));
    QVERIFY(
        profiles.saveProfile({QStringLiteral("mem"), QStringLiteral("AKIDmem"), {}, {}, {}, {}}));
    CredentialResolver resolver(&profiles);
    const ProfileSecret secret{uniqueSecret("session"), {}};
    m_secrets << secret.secretKey;
    resolver.setSessionSecret(QStringLiteral("mem"), secret);
    const Result<ResolvedCredentials> resolved = resolveCredentials(resolver, {}, 5000);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved.value().source, ResolvedCredentials::Source::Session);
    QCOMPARE(resolved.value().credentials.secretKey, secret.secretKey);
    QCOMPARE(unavailable.count(), 0);
}

void TestKeychainUnavailable::cliSetExitsWithCredentialsStatus() {
    if (!QFileInfo::exists(test::cliBinary()))
        QSKIP("trro-stats is not built");
    const QString key = uniqueSecret("cli-nobus");
    m_secrets << key;
    test::CliCall call;
    call.keychain = true;
    call.input = "AKIDnobus\n" + key.toUtf8() + '\n';
    call.timeoutMs = 60000;
    const test::CliRun set = test::runCli({QStringLiteral("credentials"), QStringLiteral("set"),
                                           QStringLiteral("--profile"), QStringLiteral("nobus")},
                                          call);
    const QString err = QString::fromUtf8(set.err);
    const QString out = QString::fromUtf8(set.out);
    QVERIFY(set.finished);
    QCOMPARE(set.exitCode, 3);
    if (isLocked()) {
        QVERIFY2(err.contains(QLatin1String("keychain is locked")), qPrintable(err));
    } else {
        QVERIFY2(err.contains(QLatin1String("No keychain is available")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("GNOME Keyring")), qPrintable(err));
    }
    QVERIFY2(err.contains(QLatin1String("TENCENTCLOUD_SECRET_ID")), qPrintable(err));
    QVERIFY(!err.contains(key) && !out.contains(key));

    // Nothing was saved: list shows no profile.
    call.input.clear();
    call.timeoutMs = 30000;
    const test::CliRun list =
        test::runCli({QStringLiteral("credentials"), QStringLiteral("list")}, call);
    QVERIFY(list.finished);
    QCOMPARE(list.exitCode, 0);
    QVERIFY(!QString::fromUtf8(list.out).contains(QLatin1String("nobus")));
}

void TestKeychainUnavailable::cliWithEnvironmentKeysNeedsNoKeychain() {
    if (!QFileInfo::exists(test::cliBinary()))
        QSKIP("trro-stats is not built");
    const Credentials key{QStringLiteral("AKIDenvcli"), uniqueSecret("envcli"), {}, {}};
    m_secrets << key.secretKey;
    const std::unique_ptr<sim::LocalService> service = serviceAccepting({key});
    QVERIFY(service);
    test::CliCall call = test::keyedCall(key, service->url().toString());
    call.keychain = true; // the bus and keychain of the test, unavailable as they are
    call.timeoutMs = 60000;
    const test::CliRun run = test::runCli({QStringLiteral("--verbose"), QStringLiteral("projects"),
                                           QStringLiteral("--format"), QStringLiteral("csv")},
                                          call);
    const QString err = QString::fromUtf8(run.err);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(err));
    QVERIFY(out.contains(sim::LocalService::demoProjectId()));
    QVERIFY(!err.contains(QLatin1String("keychain"), Qt::CaseInsensitive));
    QVERIFY(!err.contains(key.secretKey) && !out.contains(key.secretKey));
}

void TestKeychainUnavailable::nothingWasWrittenInClear() {
    const QString root = qEnvironmentVariable("TRRO_TEST_ROOT");
    QVERIFY2(!root.isEmpty(), "run through run-with-keyring.sh");
    QVERIFY(!m_secrets.isEmpty());
    for (const QString &secret : std::as_const(m_secrets)) {
        QCOMPARE(filesContaining(root, secret), QStringList());
        QCOMPARE(filesContaining(m_dir.path(), secret), QStringList());
    }
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
