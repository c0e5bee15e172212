#pragma once

#include "credentialresolver.h"
#include "credentialstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QObject>
#include <QSignalSpy>
#include <QUuid>

// Turns the keychain callbacks into a signal that QSignalSpy can wait for.
class Outcome final : public QObject {
    Q_OBJECT
public:
    trro::ApiError error;
    trro::Result<trro::ProfileSecret> secret{trro::ApiError{}};
    trro::Result<trro::ResolvedCredentials> resolved{trro::ApiError{}};
    int calls = 0;

    trro::CredentialStore::DoneCallback done() {
        return [this](const trro::ApiError &e) {
            error = e;
            ++calls;
            Q_EMIT finished();
        };
    }
    trro::CredentialStore::SecretCallback read() {
        return [this](const trro::Result<trro::ProfileSecret> &r) {
            secret = r;
            error = r.ok() ? trro::ApiError{} : r.error();
            ++calls;
            Q_EMIT finished();
        };
    }
    trro::CredentialResolver::Callback resolve() {
        return [this](const trro::Result<trro::ResolvedCredentials> &r) {
            resolved = r;
            error = r.ok() ? trro::ApiError{} : r.error();
            ++calls;
            Q_EMIT finished();
        };
    }

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
