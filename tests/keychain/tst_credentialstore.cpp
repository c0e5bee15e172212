// CredentialStore against a real Secret Service (a private gnome-keyring, see
// run-with-keyring.sh): write, read back, overwrite, delete, move, queueing, lifetimes.

#include "credentialstore.h"
#include "keychaintestsupport.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>
#include <signal.h>

using namespace trro;

class TestCredentialStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void entryKeysAreNamespaced_data();
    void entryKeysAreNamespaced();
    void writeAndReadBack_data();
    void writeAndReadBack();
    void overwrite();
    void removeDeletesBothEntries();
    void readMissingProfile();
    void moveRenamesEntries();
    void moveWithoutSecretSucceeds();
    void manyOperationsRunInOrder();
    void destroyedContextStopsOperation();
    void destroyingStoreDuringJobIsSafe();
    void emptyKeyIsRejected();
    void keychainThatStopsAnsweringHitsTheDeadline();

private:
    bool write(CredentialStore &store, const QString &profile, const ProfileSecret &secret);

    QString m_namespace;
};

void TestCredentialStore::initTestCase() {
    if (!keychainSessionAvailable())
        QSKIP(NoKeychainSession);
    m_namespace = uniqueNamespace();
}

bool TestCredentialStore::write(CredentialStore &store, const QString &profile,
                                const ProfileSecret &secret) {
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::finished);
    store.write(profile, secret, &outcome, outcome.done());
    if (!spy.wait(10000)) {
        qWarning("keychain write timed out");
        return false;
    }
    if (outcome.error.isError())
        qWarning("%s", qPrintable(outcome.error.userMessage()));
    return !outcome.error.isError();
}

void TestCredentialStore::entryKeysAreNamespaced_data() {
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("key") << "prod" << int(CredentialStore::Field::SecretKey)
                         << "trro-dashboard/prod/secret-key";
    QTest::newRow("token") << "prod" << int(CredentialStore::Field::SessionToken)
                           << "trro-dashboard/prod/session-token";
    QTest::newRow("chinese name") << QStringLiteral("生产")
                                  << int(CredentialStore::Field::SecretKey)
                                  << QStringLiteral("trro-dashboard/生产/secret-key");
}

void TestCredentialStore::entryKeysAreNamespaced() {
    QFETCH(QString, profile);
    QFETCH(int, field);
    QFETCH(QString, expected);
    const CredentialStore store;
    QCOMPARE(store.keyNamespace(), QStringLiteral("trro-dashboard"));
    QCOMPARE(store.entryKey(profile, CredentialStore::Field(field)), expected);
}

void TestCredentialStore::writeAndReadBack_data() {
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("token");
    QTest::newRow("plain") << "plain" << uniqueSecret("key") << QString();
    QTest::newRow("with token") << "temporary" << uniqueSecret("key") << uniqueSecret("token");
    QTest::newRow("unicode and symbols")
        << QStringLiteral("测试-1") << QStringLiteral("kéy/+=%&\"'秘密") + uniqueSecret("")
        << QString();
    QTest::newRow("long") << "long" << QString(2048, QLatin1Char('k')) << QString(4096, u't');
}

void TestCredentialStore::writeAndReadBack() {
    QFETCH(QString, profile);
    QFETCH(QString, secretKey);
    QFETCH(QString, token);
    CredentialStore store(m_namespace);
    QVERIFY(write(store, profile, ProfileSecret{secretKey, token}));
    const Result<ProfileSecret> back = readSecret(store, profile);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().userMessage()));
    QCOMPARE(back.value().secretKey, secretKey);
    QCOMPARE(back.value().sessionToken, token);

    // Another store (another process would be the same) sees the same entries.
    CredentialStore other(m_namespace);
    QCOMPARE(readSecret(other, profile).value().secretKey, secretKey);
    // ... but not under another namespace.
    CredentialStore foreign(uniqueNamespace());
    QVERIFY(!readSecret(foreign, profile).ok());
}

void TestCredentialStore::overwrite() {
    CredentialStore store(m_namespace);
    const QString first = uniqueSecret("first");
    const QString second = uniqueSecret("second");
    QVERIFY(write(store, QStringLiteral("over"), {first, uniqueSecret("token")}));
    QVERIFY(write(store, QStringLiteral("over"), {second, QString()}));
    const Result<ProfileSecret> back = readSecret(store, QStringLiteral("over"));
    QVERIFY(back.ok());
    QCOMPARE(back.value().secretKey, second);
    QVERIFY2(back.value().sessionToken.isEmpty(), "writing without a token removes the old one");
}

void TestCredentialStore::removeDeletesBothEntries() {
    CredentialStore store(m_namespace);
    QVERIFY(write(store, QStringLiteral("gone"), {uniqueSecret("k"), uniqueSecret("t")}));
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::finished);
    store.remove(QStringLiteral("gone"), &outcome, outcome.done());
    QVERIFY(spy.wait(10000));
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
    const Result<ProfileSecret> back = readSecret(store, QStringLiteral("gone"));
    QVERIFY(!back.ok());
    QCOMPARE(back.error().code, QLatin1String(CredentialStore::NotFoundCode));

    // Removing what is not there is not an error.
    store.remove(QStringLiteral("gone"), &outcome, outcome.done());
    QVERIFY(spy.wait(10000));
    QVERIFY(!outcome.error.isError());
}

void TestCredentialStore::readMissingProfile() {
    CredentialStore store(m_namespace);
    const Result<ProfileSecret> back = readSecret(store, QStringLiteral("never-saved"));
    QVERIFY(!back.ok());
    QCOMPARE(back.error().kind, ApiError::Kind::Credentials);
    QCOMPARE(back.error().code, QLatin1String(CredentialStore::NotFoundCode));
    QVERIFY(back.error().message.contains(QLatin1String("never-saved")));
    QVERIFY(!CredentialStore::isUnavailable(back.error()));
}

void TestCredentialStore::moveRenamesEntries() {
    CredentialStore store(m_namespace);
    const ProfileSecret secret{uniqueSecret("moved"), uniqueSecret("token")};
    QVERIFY(write(store, QStringLiteral("old-name"), secret));
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::finished);
    store.move(QStringLiteral("old-name"), QStringLiteral("new-name"), &outcome, outcome.done());
    QVERIFY(spy.wait(10000));
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
    const Result<ProfileSecret> moved = readSecret(store, QStringLiteral("new-name"));
    QVERIFY(moved.ok());
    QCOMPARE(moved.value().secretKey, secret.secretKey);
    QCOMPARE(moved.value().sessionToken, secret.sessionToken);
    QVERIFY(!readSecret(store, QStringLiteral("old-name")).ok());
}

void TestCredentialStore::moveWithoutSecretSucceeds() {
    CredentialStore store(m_namespace);
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::finished);
    store.move(QStringLiteral("nothing-here"), QStringLiteral("still-nothing"), &outcome,
               outcome.done());
    QVERIFY(spy.wait(10000));
    QVERIFY(!outcome.error.isError());
    QVERIFY(!readSecret(store, QStringLiteral("still-nothing")).ok());
}

void TestCredentialStore::manyOperationsRunInOrder() {
    CredentialStore store(m_namespace);
    QSignalSpy idle(&store, &CredentialStore::idle);
    QStringList order;
    QList<QString> keys;
    for (int i = 0; i < 8; ++i) {
        keys.append(uniqueSecret("bulk"));
        const QString name = QStringLiteral("bulk-%1").arg(i);
        store.write(name, {keys.last(), {}}, this, [&order, name](const ApiError &e) {
            order.append(name + (e.isError() ? QStringLiteral("!") : QString()));
        });
    }
    QList<QString> readBack(8);
    for (int i = 0; i < 8; ++i) {
        store.read(QStringLiteral("bulk-%1").arg(i), this,
                   [&readBack, i](const Result<ProfileSecret> &r) {
                       readBack[i] = r.ok() ? r.value().secretKey : QString();
                   });
    }
    QVERIFY(!store.isIdle());
    QVERIFY(idle.wait(30000));
    QVERIFY(store.isIdle());
    QStringList expected;
    for (int i = 0; i < 8; ++i)
        expected.append(QStringLiteral("bulk-%1").arg(i));
    QCOMPARE(order, expected);
    QCOMPARE(readBack, keys);
}

void TestCredentialStore::destroyedContextStopsOperation() {
    CredentialStore store(m_namespace);
    QVERIFY(write(store, QStringLiteral("ctx"), {uniqueSecret("ctx"), {}}));
    QSignalSpy idle(&store, &CredentialStore::idle);
    int calls = 0;
    {
        QObject context;
        store.read(QStringLiteral("ctx"), &context,
                   [&calls](const Result<ProfileSecret> &) { ++calls; });
    } // destroyed before anything ran
    QVERIFY(idle.wait(10000));
    QCOMPARE(calls, 0);
}

void TestCredentialStore::destroyingStoreDuringJobIsSafe() {
    const QString secretKey = uniqueSecret("orphan");
    auto store = std::make_unique<CredentialStore>(m_namespace);
    int calls = 0;
    store->write(QStringLiteral("orphan"), {secretKey, {}}, nullptr,
                 [&calls](const ApiError &) { ++calls; });
    // Let the first job start (zero timer, then QtKeychain's queued start), then go away.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    store.reset();
    // QtKeychain runs jobs one at a time: this read runs after the orphaned write finished.
    CredentialStore fresh(m_namespace);
    const Result<ProfileSecret> back = readSecret(fresh, QStringLiteral("orphan"));
    QCOMPARE(calls, 0);
    QVERIFY2(back.ok(), "the job that was running when its store went away still completed");
    QCOMPARE(back.value().secretKey, secretKey);
}

void TestCredentialStore::emptyKeyIsRejected() {
    CredentialStore store(m_namespace);
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::finished);
    store.write(QStringLiteral("empty"), ProfileSecret{}, &outcome, outcome.done());
    QVERIFY(spy.wait(5000));
    QCOMPARE(outcome.error.kind, ApiError::Kind::Usage);
}

// The process that owns the Secret Service name on this test's private bus.
static qint64 secretServicePid() {
    QProcess dbus;
    dbus.start(QStringLiteral("dbus-send"),
               {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.DBus"),
                QStringLiteral("/org/freedesktop/DBus"),
                QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
                QStringLiteral("string:org.freedesktop.secrets")});
    if (!dbus.waitForFinished(10000) || dbus.exitCode() != 0)
        return -1;
    // "   uint32 12345"
    const QList<QByteArray> words = dbus.readAllStandardOutput().simplified().split(' ');
    return words.size() >= 2 && words.at(words.size() - 2) == "uint32" ? words.last().toLongLong()
                                                                       : -1;
}

// A Secret Service that stops answering (here: the real one, stopped with SIGSTOP) must not
// leave the caller waiting: the job ends with Keychain.Timeout after the job deadline, and the
// store works again once the service answers again.
void TestCredentialStore::keychainThatStopsAnsweringHitsTheDeadline() {
    CredentialStore store(m_namespace);
    const ProfileSecret secret{uniqueSecret("deadline"), {}};
    QVERIFY(write(store, QStringLiteral("deadline"), secret));
    const qint64 pid = secretServicePid();
    if (pid <= 0)
        QSKIP("dbus-send could not tell which process owns org.freedesktop.secrets");
    QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
    auto resume = qScopeGuard([pid] { ::kill(pid_t(pid), SIGCONT); });
    store.setJobTimeoutMs(300);
    store.setRetryDelayMs(0);
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::finished);
    store.read(QStringLiteral("deadline"), &outcome, outcome.read());
    QVERIFY(spy.wait(20000));
    QCOMPARE(outcome.calls, 1);
    QVERIFY(!outcome.secret.ok());
    QCOMPARE(outcome.error.code, QLatin1String(CredentialStore::TimeoutCode));
    QVERIFY2(outcome.error.userMessage().contains(QLatin1String("0.3")),
             qPrintable(outcome.error.userMessage()));

    resume.dismiss();
    QCOMPARE(::kill(pid_t(pid), SIGCONT), 0);
    store.setJobTimeoutMs(CredentialStore::DefaultJobTimeoutMs);
    const Result<ProfileSecret> again = readSecret(store, QStringLiteral("deadline"));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().userMessage()));
    QCOMPARE(again.value().secretKey, secret.secretKey);
    QCOMPARE(outcome.calls, 1); // the abandoned job never calls back
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
