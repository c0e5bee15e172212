// ProfileStore: non-secret fields in the settings file, secrets in the (private) keychain;
// rename moves the keychain entries, delete removes both, the settings never hold a secret.

#include "keychaintestsupport.h"
#include "profilestore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trro;

class TestProfileStore final : public ProfilesTestCase {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void validNames_data();
    void validNames();
    void endpointKinds_data();
    void endpointKinds();
    void saveKeepsSecretOutOfSettings();
    void saveWithEmptySecretKeepsSavedOne();
    void invalidProfileIsNotSaved_data();
    void invalidProfileIsNotSaved();
    void firstProfileBecomesDefault();
    void renameMovesKeychainEntries();
    void renameToExistingNameFails();
    void removeDeletesSettingsAndKeychain();
    void sharedSettingsLocation();

private:
    ApiError run(const std::function<void(Outcome *)> &start);

    QString m_settingsFile;
};

void TestProfileStore::init() {
    static int round = 0;
    m_settingsFile = m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(++round));
    openProfiles(m_settingsFile);
}

ApiError TestProfileStore::run(const std::function<void(Outcome *)> &start) {
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::finished);
    start(&outcome);
    if (!spy.wait(10000))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("Test.Timeout"), {});
    return outcome.error;
}

void TestProfileStore::validNames_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << "default" << true;
    QTest::newRow("dots dashes") << "prod.eu-1_a" << true;
    QTest::newRow("chinese") << QStringLiteral("生产环境") << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("backslash") << "a\\b" << false;
    QTest::newRow("space") << "a b" << false;
    QTest::newRow("leading dot") << ".hidden" << false;
    QTest::newRow("leading dash") << "-x" << false;
    QTest::newRow("too long") << QString(65, QLatin1Char('a')) << false;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << true;
}

void TestProfileStore::validNames() {
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(ProfileStore::isValidName(name, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void TestProfileStore::endpointKinds_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("customUrl");
    QTest::addColumn<QString>("expected");
    QTest::newRow("china") << int(EndpointKind::China) << QString()
                           << "https://trro.tencentcloudapi.com";
    QTest::newRow("international")
        << int(EndpointKind::International) << QString() << "https://trro.intl.tencentcloudapi.com";
    QTest::newRow("custom") << int(EndpointKind::Custom) << "http://127.0.0.1:8080/"
                            << "http://127.0.0.1:8080/";
}

void TestProfileStore::endpointKinds() {
    QFETCH(int, kind);
    QFETCH(QString, customUrl);
    QFETCH(QString, expected);
    const Profile p{QStringLiteral("endpoint"),
                    QStringLiteral("AKIDendpoint"),
                    {},
                    EndpointKind(kind),
                    customUrl,
                    {}};
    QVERIFY(m_profiles->saveProfile(p));
    const std::optional<Profile> back = m_profiles->profile(p.name);
    QVERIFY(back);
    QCOMPARE(*back, p);
    QCOMPARE(back->endpointUrl(), expected);
    QCOMPARE(parseEndpointKind(endpointKindName(EndpointKind(kind))), EndpointKind(kind));
}

void TestProfileStore::saveKeepsSecretOutOfSettings() {
    Profile p{QStringLiteral("prod"),
              QStringLiteral("AKIDprod123"),
              QStringLiteral("ap-guangzhou"),
              EndpointKind::International,
              QString(),
              QStringLiteral("prj-1")};
    const ProfileSecret secret{uniqueSecret("key"), uniqueSecret("token")};
    QSignalSpy changed(m_profiles.get(), &ProfileStore::profilesChanged);
    const ApiError e = run([&](Outcome *o) { m_profiles->save(p, secret, o, o->done()); });
    QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_profiles->names(), QStringList{QStringLiteral("prod")});
    QCOMPARE(*m_profiles->profile(QStringLiteral("prod")), p);
    QCOMPARE(readSecret(*m_keychain, QStringLiteral("prod")).value().secretKey, secret.secretKey);

    QFile settings(m_settingsFile);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray text = settings.readAll();
    QVERIFY(text.contains("[profiles]"));
    QVERIFY(text.contains("AKIDprod123"));
    QVERIFY(!text.contains(secret.secretKey.toUtf8()));
    QVERIFY(!text.contains(secret.sessionToken.toUtf8()));
    QVERIFY(filesContaining(m_dir.path(), secret.secretKey).isEmpty());
}

void TestProfileStore::saveWithEmptySecretKeepsSavedOne() {
    Profile p{QStringLiteral("keep"), QStringLiteral("AKIDkeep"), {}, EndpointKind::China, {}, {}};
    const ProfileSecret secret{uniqueSecret("keep"), {}};
    QVERIFY(!run([&](Outcome *o) { m_profiles->save(p, secret, o, o->done()); }).isError());
    p.region = QStringLiteral("ap-beijing");
    QVERIFY(
        !run([&](Outcome *o) { m_profiles->save(p, ProfileSecret{}, o, o->done()); }).isError());
    QCOMPARE(m_profiles->profile(p.name)->region, QStringLiteral("ap-beijing"));
    QCOMPARE(readSecret(*m_keychain, p.name).value().secretKey, secret.secretKey);
}

void TestProfileStore::invalidProfileIsNotSaved_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("customUrl");
    QTest::newRow("bad name") << "a/b"
                              << "AKID" << QString();
    QTest::newRow("no secret id") << "noid"
                                  << "" << QString();
    QTest::newRow("plain http remote") << "remote"
                                       << "AKID"
                                       << "http://example.com/";
    QTest::newRow("not a url") << "garbage"
                               << "AKID"
                               << "::::";
}

void TestProfileStore::invalidProfileIsNotSaved() {
    QFETCH(QString, name);
    QFETCH(QString, secretId);
    QFETCH(QString, customUrl);
    Profile p;
    p.name = name;
    p.secretId = secretId;
    if (!customUrl.isEmpty()) {
        p.endpointKind = EndpointKind::Custom;
        p.customUrl = customUrl;
    }
    const ApiError e = run([&](Outcome *o) {
        m_profiles->save(p, {uniqueSecret("x"), {}}, o, o->done());
    });
    QCOMPARE(e.kind, ApiError::Kind::Usage);
    QVERIFY(!e.message.isEmpty());
    QVERIFY(m_profiles->names().isEmpty());
    QVERIFY(!readSecret(*m_keychain, name).ok());
}

void TestProfileStore::firstProfileBecomesDefault() {
    QVERIFY(m_profiles->defaultProfile().isEmpty());
    QVERIFY(
        m_profiles->saveProfile({QStringLiteral("one"), QStringLiteral("AKID1"), {}, {}, {}, {}}));
    QVERIFY(
        m_profiles->saveProfile({QStringLiteral("two"), QStringLiteral("AKID2"), {}, {}, {}, {}}));
    QCOMPARE(m_profiles->defaultProfile(), QStringLiteral("one"));
    m_profiles->setDefaultProfile(QStringLiteral("two"));
    QCOMPARE(m_profiles->defaultProfile(), QStringLiteral("two"));
    // A profile named like the settings keys does not collide with them.
    QVERIFY(m_profiles->saveProfile(
        {QStringLiteral("default"), QStringLiteral("AKID3"), {}, {}, {}, {}}));
    QCOMPARE(m_profiles->defaultProfile(), QStringLiteral("two"));
    QCOMPARE(m_profiles->names(), (QStringList{QStringLiteral("default"), QStringLiteral("one"),
                                               QStringLiteral("two")}));
}

void TestProfileStore::renameMovesKeychainEntries() {
    Profile p{QStringLiteral("before"),
              QStringLiteral("AKIDrename"),
              QStringLiteral("ap-shanghai"),
              EndpointKind::China,
              {},
              QStringLiteral("prj")};
    const ProfileSecret secret{uniqueSecret("rename"), uniqueSecret("token")};
    QVERIFY(!run([&](Outcome *o) { m_profiles->save(p, secret, o, o->done()); }).isError());
    QCOMPARE(m_profiles->defaultProfile(), QStringLiteral("before"));

    const ApiError e = run([&](Outcome *o) {
        m_profiles->rename(QStringLiteral("before"), QStringLiteral("after"), o, o->done());
    });
    QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
    QCOMPARE(m_profiles->names(), QStringList{QStringLiteral("after")});
    QCOMPARE(m_profiles->defaultProfile(), QStringLiteral("after"));
    p.name = QStringLiteral("after");
    QCOMPARE(*m_profiles->profile(QStringLiteral("after")), p);
    const Result<ProfileSecret> moved = readSecret(*m_keychain, QStringLiteral("after"));
    QVERIFY(moved.ok());
    QCOMPARE(moved.value().secretKey, secret.secretKey);
    QCOMPARE(moved.value().sessionToken, secret.sessionToken);
    QVERIFY(!readSecret(*m_keychain, QStringLiteral("before")).ok());
}

void TestProfileStore::renameToExistingNameFails() {
    QVERIFY(
        m_profiles->saveProfile({QStringLiteral("a"), QStringLiteral("AKIDa"), {}, {}, {}, {}}));
    QVERIFY(
        m_profiles->saveProfile({QStringLiteral("b"), QStringLiteral("AKIDb"), {}, {}, {}, {}}));
    ApiError e = run([&](Outcome *o) {
        m_profiles->rename(QStringLiteral("a"), QStringLiteral("B"), o, o->done());
    });
    QCOMPARE(e.code, QStringLiteral("Profile.Exists"));
    e = run([&](Outcome *o) {
        m_profiles->rename(QStringLiteral("missing"), QStringLiteral("c"), o, o->done());
    });
    QCOMPARE(e.code, QStringLiteral("Profile.NotFound"));
    QCOMPARE(m_profiles->names(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestProfileStore::removeDeletesSettingsAndKeychain() {
    const Profile p{QStringLiteral("doomed"), QStringLiteral("AKIDdoomed"), {}, {}, {}, {}};
    QVERIFY(!run([&](Outcome *o) {
                 m_profiles->save(p, {uniqueSecret("d"), uniqueSecret("t")}, o, o->done());
             }).isError());
    const ApiError e = run([&](Outcome *o) { m_profiles->remove(p.name, o, o->done()); });
    QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
    QVERIFY(m_profiles->names().isEmpty());
    QVERIFY(m_profiles->defaultProfile().isEmpty());
    const Result<ProfileSecret> gone = readSecret(*m_keychain, p.name);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, QLatin1String(CredentialStore::NotFoundCode));
}

void TestProfileStore::sharedSettingsLocation() {
    // trro-stats and trro-dashboard read the same file whatever their application name.
    QCoreApplication::setApplicationName(QStringLiteral("something-else"));
    CredentialStore keychain;
    const ProfileStore shared(&keychain);
    QVERIFY2(
        shared.settingsFileName().endsWith(QLatin1String("trro-dashboard/trro-dashboard.conf")),
        qPrintable(shared.settingsFileName()));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
