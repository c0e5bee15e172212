// CredentialResolver: command-line profile > environment > saved default profile, with the
// profile's key from the (private) keychain or from the session-only memory.

#include "credentialresolver.h"
#include "keychaintestsupport.h"
#include "profilestore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trro;

namespace {
const char *const EnvNames[] = {"TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY",
                                "TENCENTCLOUD_SESSION_TOKEN", "TENCENTCLOUD_REGION",
                                "TRRO_ENDPOINT"};
}

class TestCredentialResolver final : public ProfilesTestCase {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void precedence_data();
    void precedence();
    void environmentWinsOverDefaultProfile();
    void commandLineProfileWinsOverEnvironment();
    void defaultProfileWithoutEnvironment();
    void commandLineOverridesEndpointAndRegion();
    void incompleteEnvironment_data();
    void incompleteEnvironment();
    void nothingConfigured();
    void unknownProfile();
    void profileWithoutSavedKey();
    void sessionOnlySecret();

private:
    Result<ResolvedCredentials> resolve(const CredentialResolver::Request &request);
    Result<ResolvedCredentials> resolveProfile(const QString &profile);
    void saveProfile(const Profile &profile, const ProfileSecret &secret);
};

void TestCredentialResolver::init() {
    static int round = 0;
    for (const char *name : EnvNames)
        qunsetenv(name);
    openProfiles(m_dir.filePath(QStringLiteral("r%1.ini").arg(++round)));
}

void TestCredentialResolver::cleanup() {
    for (const char *name : EnvNames)
        qunsetenv(name);
}

Result<ResolvedCredentials>
TestCredentialResolver::resolve(const CredentialResolver::Request &request) {
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::finished);
    m_resolver->resolve(request, &outcome, outcome.resolve());
    if (outcome.calls != 0) // it must never answer inside the call
        return ApiError::make(ApiError::Kind::Usage, QStringLiteral("Test.Synchronous"), {});
    if (!spy.wait(10000))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("Test.Timeout"), {});
    return outcome.resolved;
}

// The answer for --profile profile.
Result<ResolvedCredentials> TestCredentialResolver::resolveProfile(const QString &profile) {
    CredentialResolver::Request request;
    request.profile = profile;
    return resolve(request);
}

void TestCredentialResolver::saveProfile(const Profile &profile, const ProfileSecret &secret) {
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::finished);
    m_profiles->save(profile, secret, &outcome, outcome.done());
    QVERIFY(spy.wait(10000));
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
}

void TestCredentialResolver::precedence_data() {
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<bool>("environment");
    QTest::addColumn<QString>("defaultProfile");
    QTest::addColumn<int>("expected");
    using C = CredentialResolver::Choice;
    QTest::newRow("all three") << "cli" << true << "saved" << int(C::CommandLineProfile);
    QTest::newRow("cli and default") << "cli" << false << "saved" << int(C::CommandLineProfile);
    QTest::newRow("cli only") << "cli" << false << "" << int(C::CommandLineProfile);
    QTest::newRow("env and default") << "" << true << "saved" << int(C::Environment);
    QTest::newRow("env only") << "" << true << "" << int(C::Environment);
    QTest::newRow("default only") << "" << false << "saved" << int(C::DefaultProfile);
    QTest::newRow("nothing") << "" << false << "" << int(C::None);
}

void TestCredentialResolver::precedence() {
    QFETCH(QString, commandLine);
    QFETCH(bool, environment);
    QFETCH(QString, defaultProfile);
    QFETCH(int, expected);
    CredentialResolver::Request request;
    request.profile = commandLine;
    QCOMPARE(int(CredentialResolver::choose(request, environment, defaultProfile)), expected);
}

void TestCredentialResolver::environmentWinsOverDefaultProfile() {
    saveProfile({QStringLiteral("saved"),
                 QStringLiteral("AKIDsaved"),
                 QStringLiteral("ap-beijing"),
                 EndpointKind::International,
                 {},
                 {}},
                {uniqueSecret("saved"), {}});
    qputenv("TENCENTCLOUD_SECRET_ID", "AKIDenv");
    qputenv("TENCENTCLOUD_SECRET_KEY", "env-key");
    qputenv("TENCENTCLOUD_SESSION_TOKEN", "env-token");
    qputenv("TENCENTCLOUD_REGION", "ap-shanghai");
    const Result<ResolvedCredentials> r = resolve({});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage()));
    QCOMPARE(r.value().source, ResolvedCredentials::Source::Environment);
    QVERIFY(r.value().profileName.isEmpty());
    QCOMPARE(r.value().credentials.secretId, QStringLiteral("AKIDenv"));
    QCOMPARE(r.value().credentials.secretKey, QStringLiteral("env-key"));
    QCOMPARE(r.value().credentials.sessionToken, QStringLiteral("env-token"));
    QCOMPARE(r.value().credentials.region, QStringLiteral("ap-shanghai"));
    QCOMPARE(r.value().endpointUrl, QStringLiteral("https://trro.tencentcloudapi.com/"));
}

void TestCredentialResolver::commandLineProfileWinsOverEnvironment() {
    const QString key = uniqueSecret("cli");
    saveProfile({QStringLiteral("cli"),
                 QStringLiteral("AKIDcli"),
                 QStringLiteral("ap-beijing"),
                 EndpointKind::International,
                 {},
                 QStringLiteral("prj-cli")},
                {key, {}});
    qputenv("TENCENTCLOUD_SECRET_ID", "AKIDenv");
    qputenv("TENCENTCLOUD_SECRET_KEY", "env-key");
    qputenv("TENCENTCLOUD_REGION", "ap-shanghai");
    qputenv("TRRO_ENDPOINT", "https://env.example.com");
    const Result<ResolvedCredentials> r = resolveProfile(QStringLiteral("cli"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage()));
    QCOMPARE(r.value().source, ResolvedCredentials::Source::Profile);
    QCOMPARE(r.value().profileName, QStringLiteral("cli"));
    QCOMPARE(r.value().credentials.secretId, QStringLiteral("AKIDcli"));
    QCOMPARE(r.value().credentials.secretKey, key);
    QCOMPARE(r.value().credentials.region, QStringLiteral("ap-beijing"));
    QCOMPARE(r.value().endpointUrl, QStringLiteral("https://trro.intl.tencentcloudapi.com/"));
    QCOMPARE(r.value().defaultProject, QStringLiteral("prj-cli"));
}

void TestCredentialResolver::defaultProfileWithoutEnvironment() {
    const QString key = uniqueSecret("default");
    saveProfile({QStringLiteral("main"),
                 QStringLiteral("AKIDmain"),
                 QStringLiteral("ap-beijing"),
                 EndpointKind::Custom,
                 QStringLiteral("http://127.0.0.1:9/"),
                 {}},
                {key, QStringLiteral("tok")});
    Result<ResolvedCredentials> r = resolve({});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage()));
    QCOMPARE(r.value().source, ResolvedCredentials::Source::Profile);
    QCOMPARE(r.value().profileName, QStringLiteral("main"));
    QCOMPARE(r.value().credentials.secretKey, key);
    QCOMPARE(r.value().credentials.sessionToken, QStringLiteral("tok"));
    QCOMPARE(r.value().endpointUrl, QStringLiteral("http://127.0.0.1:9/"));

    // The environment's endpoint and region outrank the default profile's.
    qputenv("TRRO_ENDPOINT", "https://env.example.com");
    qputenv("TENCENTCLOUD_REGION", "ap-shanghai");
    r = resolve({});
    QVERIFY(r.ok());
    QCOMPARE(r.value().endpointUrl, QStringLiteral("https://env.example.com/"));
    QCOMPARE(r.value().credentials.region, QStringLiteral("ap-shanghai"));
}

void TestCredentialResolver::commandLineOverridesEndpointAndRegion() {
    saveProfile({QStringLiteral("p"),
                 QStringLiteral("AKIDp"),
                 QStringLiteral("ap-beijing"),
                 EndpointKind::China,
                 {},
                 {}},
                {uniqueSecret("p"), {}});
    CredentialResolver::Request request;
    request.profile = QStringLiteral("p");
    request.endpoint = QStringLiteral("http://localhost:1234");
    request.region = QStringLiteral("ap-tokyo");
    Result<ResolvedCredentials> r = resolve(request);
    QVERIFY(r.ok());
    QCOMPARE(r.value().endpointUrl, QStringLiteral("http://localhost:1234/"));
    QCOMPARE(r.value().credentials.region, QStringLiteral("ap-tokyo"));

    request.endpoint = QStringLiteral("http://example.com"); // plain http off loopback
    r = resolve(request);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Usage);
}

void TestCredentialResolver::incompleteEnvironment_data() {
    QTest::addColumn<QByteArray>("set");
    QTest::addColumn<QString>("missing");
    QTest::newRow("id only") << QByteArray("TENCENTCLOUD_SECRET_ID") << "TENCENTCLOUD_SECRET_KEY";
    QTest::newRow("key only") << QByteArray("TENCENTCLOUD_SECRET_KEY") << "TENCENTCLOUD_SECRET_ID";
}

void TestCredentialResolver::incompleteEnvironment() {
    QFETCH(QByteArray, set);
    QFETCH(QString, missing);
    // Even with a default profile: half an environment is a mistake, not a fallback.
    saveProfile({QStringLiteral("saved"), QStringLiteral("AKIDsaved"), {}, {}, {}, {}},
                {uniqueSecret("s"), {}});
    qputenv(set.constData(), "value");
    const Result<ResolvedCredentials> r = resolve({});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Credentials);
    QCOMPARE(r.error().code, QLatin1String(CredentialResolver::IncompleteEnvironmentCode));
    QVERIFY2(r.error().message.contains(missing), qPrintable(r.error().message));
}

void TestCredentialResolver::nothingConfigured() {
    const Result<ResolvedCredentials> r = resolve({});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Credentials);
    QCOMPARE(r.error().code, QLatin1String(CredentialResolver::NoCredentialsCode));
    QVERIFY(r.error().message.contains(QLatin1String("TENCENTCLOUD_SECRET_ID")));
}

void TestCredentialResolver::unknownProfile() {
    saveProfile({QStringLiteral("known"), QStringLiteral("AKIDk"), {}, {}, {}, {}},
                {uniqueSecret("k"), {}});
    const Result<ResolvedCredentials> r = resolveProfile(QStringLiteral("unknown"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QLatin1String(CredentialResolver::UnknownProfileCode));
    QVERIFY(r.error().message.contains(QLatin1String("known")));
}

void TestCredentialResolver::profileWithoutSavedKey() {
    QVERIFY(m_profiles->saveProfile(
        {QStringLiteral("nokey"), QStringLiteral("AKIDn"), {}, {}, {}, {}}));
    const Result<ResolvedCredentials> r = resolveProfile(QStringLiteral("nokey"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QLatin1String(CredentialStore::NotFoundCode));
    QVERIFY(r.error().message.contains(QLatin1String("credentials set")));
}

void TestCredentialResolver::sessionOnlySecret() {
    QVERIFY(m_profiles->saveProfile(
        {QStringLiteral("memory"), QStringLiteral("AKIDm"), {}, {}, {}, {}}));
    const ProfileSecret secret{uniqueSecret("mem"), {}};
    m_resolver->setSessionSecret(QStringLiteral("memory"), secret);
    QVERIFY(m_resolver->hasSessionSecret(QStringLiteral("memory")));
    const Result<ResolvedCredentials> r = resolve({});
    QVERIFY(r.ok());
    QCOMPARE(r.value().source, ResolvedCredentials::Source::Session);
    QCOMPARE(r.value().credentials.secretKey, secret.secretKey);
    m_resolver->clearSessionSecret(QStringLiteral("memory"));
    QVERIFY(!resolve({}).ok()); // the keychain has nothing for it
}

QTEST_GUILESS_MAIN(TestCredentialResolver)
#include "tst_credentialresolver.moc"
