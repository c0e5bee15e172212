#pragma once

#include "credentialresolver.h"
#include "credentialstore.h"
#include "profilestore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

// Turns the keychain callbacks into a signal that QSignalSpy can wait for.
class Outcome final : public QObject {
    Q_OBJECT
public:
    trro::ApiError error;
    trro::Result<trro::ProfileSecret> secret{trro::ApiError{}};
    trro::Result<trro::ResolvedCredentials> resolved{trro::ApiError{}};
    int calls = 0;

private:
    // A callback that keeps the result in into and its error in error.
    template <typename T> auto keep(trro::Result<T> &into) {
        return [this, &into](const trro::Result<T> &r) {
            into = r;
            error = r.ok() ? trro::ApiError{} : r.error();
            ++calls;
            Q_EMIT finished();
        };
    }

public:
    trro::CredentialStore::DoneCallback done() {
        return [this](const trro::ApiError &e) {
            error = e;
            ++calls;
            Q_EMIT finished();
        };
    }
    trro::CredentialStore::SecretCallback read() { return keep(secret); }
    trro::CredentialResolver::Callback resolve() { return keep(resolved); }

Q_SIGNALS:
    void finished();
};

// The secret of profile in store, waited for (a Test.Timeout error after 10 s).
inline trro::Result<trro::ProfileSecret> readSecret(trro::CredentialStore &store,
                                                    const QString &profile) {
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::finished);
    store.read(profile, &outcome, outcome.read());
    if (!spy.wait(10000))
        return trro::ApiError::make(trro::ApiError::Kind::Timeout, QStringLiteral("Test.Timeout"),
                                    {});
    return outcome.secret;
}

// What resolver answers to request, waited for (a Test.Timeout error after timeoutMs).
inline trro::Result<trro::ResolvedCredentials>
resolveCredentials(trro::CredentialResolver &resolver,
                   const trro::CredentialResolver::Request &request, int timeoutMs) {
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::finished);
    resolver.resolve(request, &outcome, outcome.resolve());
    if (!spy.wait(timeoutMs))
        return trro::ApiError::make(trro::ApiError::Kind::Timeout, QStringLiteral("Test.Timeout"),
                                    {});
    return outcome.resolved;
}

// A keychain namespace of its own per test run, so runs never see each other's entries.
inline QString uniqueNamespace() {
    return QStringLiteral("trro-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A secret-looking value that cannot appear anywhere by accident.
inline QString uniqueSecret(const char *tag) {
    return QLatin1String(tag) + QUuid::createUuid().toString(QUuid::Id128);
}

// Every regular file under root whose bytes contain needle (UTF-8, UTF-16 and base64 forms).
inline QStringList filesContaining(const QString &root, const QString &needle) {
    const QList<QByteArray> forms{
        needle.toUtf8(),
        QByteArray(reinterpret_cast<const char *>(needle.utf16()),
                   needle.size() * qsizetype(sizeof(char16_t))),
        needle.toUtf8().toBase64(),
    };
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &form : forms) {
            if (bytes.contains(form)) {
                hits.append(path);
                break;
            }
        }
    }
    return hits;
}

// What every keychain test does first: the standard paths in test mode, then whether there is a
// session bus to find a keychain on (ctest runs the tests through run-with-keyring.sh, which
// starts a private one); without one the test skips with NoKeychainSession.
inline bool keychainSessionAvailable() {
    QStandardPaths::setTestModeEnabled(true);
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

inline constexpr char NoKeychainSession[] = "No D-Bus session: run through ctest "
                                            "(run-with-keyring.sh starts one with a private "
                                            "gnome-keyring).";

// The test classes that work on saved profiles: a temporary directory for their settings files
// and, opened afresh by each test function, a keychain namespace of its own, the profile store
// in a settings file and the resolver over them.
class ProfilesTestCase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!keychainSessionAvailable())
            QSKIP(NoKeychainSession);
        QVERIFY(m_dir.isValid());
    }

protected:
    void openProfiles(const QString &settingsFile) {
        closeProfiles();
        m_keychain = std::make_unique<trro::CredentialStore>(uniqueNamespace());
        m_profiles = std::make_unique<trro::ProfileStore>(m_keychain.get(), settingsFile);
        m_resolver = std::make_unique<trro::CredentialResolver>(m_profiles.get());
    }
    void closeProfiles() {
        m_resolver.reset();
        m_profiles.reset();
        m_keychain.reset();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<trro::CredentialStore> m_keychain;
    std::unique_ptr<trro::ProfileStore> m_profiles;
    std::unique_ptr<trro::CredentialResolver> m_resolver;
};
