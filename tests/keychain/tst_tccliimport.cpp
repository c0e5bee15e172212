// Import from tccli: ~/.tccli/<name>.credential and .configure become a profile whose key is in
// the (private) keychain; the tccli files are only read.

#include "keychaintestsupport.h"
#include "tccliimport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trro;

class TestTccliImport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void read_data();
    void read();
    void availableProfiles();
    void importMovesKeyIntoKeychain();
    void importDoesNotOverwrite();

private:
    void writeFile(const QString &dir, const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
};

void TestTccliImport::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestTccliImport::writeFile(const QString &dir, const QString &name,
                                const QByteArray &content) {
    QDir().mkpath(dir);
    QFile file(QDir(dir).filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

void TestTccliImport::read_data() {
    QTest::addColumn<QByteArray>("credential");
    QTest::addColumn<QByteArray>("configure"); // empty: no .configure file
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("endpoint");

    QTest::newRow("tccli 3 layout")
        << QByteArray(R"({"secretId": "AKIDabc", "secretKey": "key-abc"})")
        << QByteArray(
               R"({"_sys_param": {"arrayCount": 10, "output": "json", "region": "ap-guangzhou"},
                         "cvm": {"endpoint": "cvm.tencentcloudapi.com", "version": "2017-03-12"},
                         "trro": {"endpoint": "trro.tencentcloudapi.com", "version": "2022-03-25"}})")
        << true << "AKIDabc"
        << "key-abc"
        << ""
        << "ap-guangzhou"
        << "https://trro.tencentcloudapi.com";
    QTest::newRow("international with token")
        << QByteArray(R"({"secretId": " AKIDtmp ", "secretKey": "key-tmp", "token": "tok-1"})")
        << QByteArray(R"({"_sys_param": {"region": "ap-singapore"},
                         "trro": {"endpoint": "trro.intl.tencentcloudapi.com"}})")
        << true << "AKIDtmp"
        << "key-tmp"
        << "tok-1"
        << "ap-singapore"
        << "https://trro.intl.tencentcloudapi.com";
    QTest::newRow("old layout region at top level")
        << QByteArray(R"({"secretId": "AKIDold", "secretKey": "key-old"})")
        << QByteArray(R"({"region": "ap-beijing", "output": "json"})") << true << "AKIDold"
        << "key-old"
        << ""
        << "ap-beijing"
        << "https://trro.tencentcloudapi.com";
    QTest::newRow("regional endpoint is custom")
        << QByteArray(R"({"secretId": "AKIDreg", "secretKey": "key-reg"})")
        << QByteArray(
               R"({"_sys_param": {}, "trro": {"endpoint": "trro.ap-guangzhou.tencentcloudapi.com"}})")
        << true << "AKIDreg"
        << "key-reg"
        << ""
        << ""
        << "https://trro.ap-guangzhou.tencentcloudapi.com";
    QTest::newRow("no configure file")
        << QByteArray(R"({"secretId": "AKIDonly", "secretKey": "key-only"})") << QByteArray()
        << true << "AKIDonly"
        << "key-only"
        << ""
        << ""
        << "https://trro.tencentcloudapi.com";
    QTest::newRow("cvm role") << QByteArray(R"({"type": "cvm-role"})") << QByteArray() << false
                              << ""
                              << ""
                              << ""
                              << ""
                              << "";
    QTest::newRow("role arn")
        << QByteArray(
               R"({"secretId": "AKID", "secretKey": "k", "role-arn": "qcs::cam::uin/1:roleName/x"})")
        << QByteArray() << false << ""
        << ""
        << ""
        << ""
        << "";
    QTest::newRow("no key") << QByteArray(R"({"secretId": "AKIDnokey"})") << QByteArray() << false
                            << ""
                            << ""
                            << ""
                            << ""
                            << "";
    QTest::newRow("not json") << QByteArray("secretId=AKID\nsecretKey=x\n") << QByteArray() << false
                              << ""
                              << ""
                              << ""
                              << ""
                              << "";
    QTest::newRow("broken configure")
        << QByteArray(R"({"secretId": "AKID", "secretKey": "k"})") << QByteArray("{") << false << ""
        << ""
        << ""
        << ""
        << "";
}

void TestTccliImport::read() {
    QFETCH(QByteArray, credential);
    QFETCH(QByteArray, configure);
    QFETCH(bool, ok);
    const QString dir = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    writeFile(dir, QStringLiteral("p.credential"), credential);
    if (!configure.isEmpty())
        writeFile(dir, QStringLiteral("p.configure"), configure);

    const Result<TccliProfile> r = TccliImport::read(dir, QStringLiteral("p"));
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QVERIFY(!r.error().message.isEmpty());
        return;
    }
    QFETCH(QString, secretId);
    QFETCH(QString, secretKey);
    QFETCH(QString, token);
    QFETCH(QString, region);
    QFETCH(QString, endpoint);
    QCOMPARE(r.value().name, QStringLiteral("p"));
    QCOMPARE(r.value().profile.secretId, secretId);
    QCOMPARE(r.value().secret.secretKey, secretKey);
    QCOMPARE(r.value().secret.sessionToken, token);
    QCOMPARE(r.value().profile.region, region);
    QCOMPARE(r.value().profile.endpointUrl(), endpoint);
}

void TestTccliImport::availableProfiles() {
    const QString dir = m_dir.filePath(QStringLiteral("list"));
    writeFile(dir, QStringLiteral("default.credential"), "{}");
    writeFile(dir, QStringLiteral("default.configure"), "{}");
    writeFile(dir, QStringLiteral("prod.credential"), "{}");
    writeFile(dir, QStringLiteral("only.configure"), "{}");
    QCOMPARE(TccliImport::availableProfiles(dir),
             (QStringList{QStringLiteral("default"), QStringLiteral("prod")}));
    QVERIFY(TccliImport::availableProfiles(m_dir.filePath(QStringLiteral("absent"))).isEmpty());
    QVERIFY(TccliImport::defaultDirectory().endsWith(QLatin1String("/.tccli")));
}

void TestTccliImport::importMovesKeyIntoKeychain() {
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through ctest (run-with-keyring.sh).");
    const QString dir = m_dir.filePath(QStringLiteral("import"));
    const QString key = uniqueSecret("tccli");
    writeFile(dir, QStringLiteral("work.credential"),
              QStringLiteral(R"({"secretId": "AKIDwork", "secretKey": "%1"})").arg(key).toUtf8());
    writeFile(
        dir, QStringLiteral("work.configure"),
        R"({"_sys_param": {"region": "ap-chengdu"}, "trro": {"endpoint": "trro.intl.tencentcloudapi.com"}})");
    const auto fingerprint = [&dir] {
        QStringList parts;
        for (const QString &name :
             {QStringLiteral("work.credential"), QStringLiteral("work.configure")}) {
            QFile file(QDir(dir).filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                return QStringList{};
            const QFileInfo info(file);
            parts
                << QString::fromLatin1(
                       QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex())
                << info.lastModified().toString(Qt::ISODateWithMs)
                << QString::number(info.permissions().toInt());
        }
        return parts;
    };
    const QStringList before = fingerprint();

    CredentialStore keychain(uniqueNamespace());
    ProfileStore profiles(&keychain, m_dir.filePath(QStringLiteral("import.ini")));
    const Result<TccliProfile> read = TccliImport::read(dir, QStringLiteral("work"));
    QVERIFY(read.ok());
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::finished);
    TccliImport::import(&profiles, read.value(), QStringLiteral("imported"), false, &outcome,
                        outcome.done());
    QVERIFY(spy.wait(10000));
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));

    const std::optional<Profile> p = profiles.profile(QStringLiteral("imported"));
    QVERIFY(p);
    QCOMPARE(p->secretId, QStringLiteral("AKIDwork"));
    QCOMPARE(p->region, QStringLiteral("ap-chengdu"));
    QCOMPARE(p->endpointKind, EndpointKind::International);
    keychain.read(QStringLiteral("imported"), &outcome, outcome.read());
    QVERIFY(spy.wait(10000));
    QVERIFY(outcome.secret.ok());
    QCOMPARE(outcome.secret.value().secretKey, key);

    QCOMPARE(fingerprint(), before); // the tccli files are untouched
    QFile settings(profiles.settingsFileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(key.toUtf8()));
}

void TestTccliImport::importDoesNotOverwrite() {
    CredentialStore keychain(uniqueNamespace());
    ProfileStore profiles(&keychain, m_dir.filePath(QStringLiteral("exists.ini")));
    QVERIFY(
        profiles.saveProfile({QStringLiteral("taken"), QStringLiteral("AKIDold"), {}, {}, {}, {}}));
    TccliProfile imported;
    imported.name = QStringLiteral("taken");
    imported.profile.name = imported.name;
    imported.profile.secretId = QStringLiteral("AKIDnew");
    imported.secret.secretKey = QStringLiteral("new-key");
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::finished);
    TccliImport::import(&profiles, imported, QString(), false, &outcome, outcome.done());
    QVERIFY(spy.wait(5000));
    QCOMPARE(outcome.error.code, QStringLiteral("Profile.Exists"));
    QCOMPARE(profiles.profile(QStringLiteral("taken"))->secretId, QStringLiteral("AKIDold"));
}

QTEST_GUILESS_MAIN(TestTccliImport)
#include "tst_tccliimport.moc"
