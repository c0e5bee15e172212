#include "credentialstore.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>
#include <utility>

namespace trro {
namespace {

enum class Failure { None, NotFound, NoBackend, Locked, Other, TimedOut };

// Passed to complete() instead of a QKeychain::Error when a job overran its deadline.
constexpr int TimedOutError = -1;

// QtKeychain reports a missing Secret Service (libsecret/GDBus) as OtherError with the D-Bus
// error text, and KWallet's absence as NoBackendAvailable or an OtherError about the wallet.
Failure classify(QKeychain::Error error, const QString &text) {
    switch (error) {
    case QKeychain::NoError:
        return Failure::None;
    case QKeychain::EntryNotFound:
        return Failure::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Failure::Locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Failure::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
        return Failure::Other;
    case QKeychain::OtherError:
        break;
    }
    static const char *const noBackendSigns[] = {
        "Cannot autolaunch D-Bus",
        "org.freedesktop.secrets",
        "D-Bus is not running",
        "No keychain service available",
        "Could not connect",
        "Could not open wallet",
        "ServiceUnknown",
        "was not provided by any .service files",
        "Failed to execute program",
    };
    for (const char *sign : noBackendSigns) {
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return Failure::NoBackend;
    }
    // A locked collection, or no default collection that could be unlocked or created (the
    // unlock prompt could not be shown).
    static const char *const lockedSigns[] = {"locked", "collection/login", "prompt"};
    for (const char *sign : lockedSigns) {
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return Failure::Locked;
    }
    return Failure::Other;
}

ApiError keychainError(Failure failure, const QString &detail) {
    switch (failure) {
    case Failure::NoBackend:
        return ApiError::make(ApiError::Kind::Credentials,
                              QLatin1String(CredentialStore::NoBackendCode),
                              QCoreApplication::translate("trro::CredentialStore",
                                                          "No keychain is available (%1). %2")
                                  .arg(detail, CredentialStore::installAdvice()));
    case Failure::Locked:
        return ApiError::make(
            ApiError::Kind::Credentials, QLatin1String(CredentialStore::LockedCode),
            QCoreApplication::translate(
                "trro::CredentialStore",
                "The keychain is locked or refused access (%1). Unlock it (log in to the desktop "
                "session, or unlock the \"Login\" keyring in your password manager) and try "
                "again.")
                .arg(detail));
    case Failure::NotFound:
        return ApiError::make(ApiError::Kind::Credentials,
                              QLatin1String(CredentialStore::NotFoundCode), detail);
    case Failure::Other:
        return ApiError::make(
            ApiError::Kind::Credentials, QLatin1String(CredentialStore::FailedCode),
            QCoreApplication::translate("trro::CredentialStore", "The keychain failed: %1")
                .arg(detail));
    case Failure::TimedOut:
        return ApiError::make(ApiError::Kind::Credentials,
                              QLatin1String(CredentialStore::TimeoutCode),
                              QCoreApplication::translate("trro::CredentialStore",
                                                          "The keychain did not answer within %1 "
                                                          "s. Unlock it or check that its "
                                                          "service is running, and try again.")
                                  .arg(detail));
    case Failure::None:
        break;
    }
    return {};
}

struct StepOutcome {
    Failure failure = Failure::None;
    ApiError error;
    QString data;
};

} // namespace

struct CredentialStore::Step {
    enum Kind { Read, Write, Delete };
    Kind kind = Read;
    QString key;
    QString data; // Write only
    QPointer<QObject> context;
    bool hasContext = false;
    int attempt = 0;
    std::function<void(const StepOutcome &)> done;

    bool contextGone() const { return hasContext && !context; }
};

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(QLatin1String(DefaultNamespace), parent) {}

CredentialStore::CredentialStore(const QString &keyNamespace, QObject *parent)
    : QObject(parent)
    , m_namespace(keyNamespace)
    , m_deadline(new QTimer(this)) {
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &CredentialStore::onDeadline);
}

CredentialStore::~CredentialStore() {
    // Never delete a running job: QtKeychain deletes it once it has finished. Its result is
    // dropped; queued steps never start.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->setAutoDelete(true);
    }
}

QString CredentialStore::entryKey(const QString &profile, Field field) const {
    const QLatin1String suffix =
        field == Field::SecretKey ? QLatin1String("secret-key") : QLatin1String("session-token");
    return m_namespace + QLatin1Char('/') + profile + QLatin1Char('/') + suffix;
}

bool CredentialStore::isIdle() const {
    return !m_current && m_queue.isEmpty() && !m_waitingForRetry;
}

bool CredentialStore::isUnavailable(const ApiError &error) {
    return error.kind == ApiError::Kind::Credentials &&
           (error.code == QLatin1String(NoBackendCode) || error.code == QLatin1String(LockedCode));
}

QString CredentialStore::installAdvice() {
    return tr("Install and start a Secret Service keychain: GNOME Keyring (package "
              "gnome-keyring), KWallet (kwalletmanager), or KeePassXC with its Secret Service "
              "integration enabled.");
}

CredentialStore::StepPtr CredentialStore::makeStep(int kind, const QString &key, QObject *context) {
    auto step = std::make_shared<Step>();
    step->kind = static_cast<Step::Kind>(kind);
    step->key = key;
    step->context = context;
    step->hasContext = context != nullptr;
    return step;
}

void CredentialStore::read(const QString &profile, QObject *context, SecretCallback callback) {
    auto keyStep = makeStep(Step::Read, entryKey(profile, Field::SecretKey), context);
    keyStep->done = [this, profile, context, callback](const StepOutcome &key) {
        if (key.failure == Failure::NotFound) {
            callback(keychainError(
                Failure::NotFound,
                tr("No secret key is saved in the keychain for profile \"%1\".").arg(profile)));
            return;
        }
        if (key.failure != Failure::None) {
            callback(key.error);
            return;
        }
        ProfileSecret secret;
        secret.secretKey = key.data;
        auto tokenStep = makeStep(Step::Read, entryKey(profile, Field::SessionToken), context);
        tokenStep->done = [secret, callback](const StepOutcome &token) mutable {
            if (token.failure == Failure::None)
                secret.sessionToken = token.data;
            else if (token.failure != Failure::NotFound) {
                callback(token.error);
                return;
            }
            callback(secret);
        };
        enqueue(tokenStep);
    };
    enqueue(keyStep);
}

void CredentialStore::write(const QString &profile, const ProfileSecret &secret, QObject *context,
                            DoneCallback callback) {
    if (secret.secretKey.isEmpty()) {
        QTimer::singleShot(0, context ? context : this, [callback] {
            callback(ApiError::make(ApiError::Kind::Usage, QStringLiteral("MissingSecretKey"),
                                    tr("The SecretKey is empty.")));
        });
        return;
    }
    auto keyStep = makeStep(Step::Write, entryKey(profile, Field::SecretKey), context);
    keyStep->data = secret.secretKey;
    keyStep->done = [this, profile, secret, context, callback](const StepOutcome &key) {
        if (key.failure != Failure::None) {
            callback(key.error);
            return;
        }
        writeToken(profile, secret, context, callback);
    };
    enqueue(keyStep);
}

void CredentialStore::writeToken(const QString &profile, const ProfileSecret &secret,
                                 QObject *context, DoneCallback callback) {
    const bool hasToken = !secret.sessionToken.isEmpty();
    auto step = makeStep(hasToken ? Step::Write : Step::Delete,
                         entryKey(profile, Field::SessionToken), context);
    step->data = secret.sessionToken;
    step->done = [callback](const StepOutcome &token) {
        if (token.failure == Failure::None || token.failure == Failure::NotFound)
            callback(ApiError{});
        else
            callback(token.error);
    };
    enqueue(step);
}

void CredentialStore::remove(const QString &profile, QObject *context, DoneCallback callback) {
    auto keyStep = makeStep(Step::Delete, entryKey(profile, Field::SecretKey), context);
    keyStep->done = [this, profile, context, callback](const StepOutcome &key) {
        if (key.failure != Failure::None && key.failure != Failure::NotFound) {
            callback(key.error);
            return;
        }
        writeToken(profile, ProfileSecret{}, context, callback); // empty token: delete it
    };
    enqueue(keyStep);
}

void CredentialStore::move(const QString &from, const QString &to, QObject *context,
                           DoneCallback callback) {
    read(from, context, [this, from, to, context, callback](const Result<ProfileSecret> &secret) {
        if (!secret) {
            if (secret.error().code == QLatin1String(NotFoundCode))
                callback(ApiError{}); // nothing saved under the old name
            else
                callback(secret.error());
            return;
        }
        write(to, secret.value(), context, [this, from, context, callback](const ApiError &e) {
            if (e.isError()) {
                callback(e);
                return;
            }
            remove(from, context, callback);
        });
    });
}

void CredentialStore::enqueue(const StepPtr &step) {
    m_queue.append(step);
    schedulePump();
}

void CredentialStore::schedulePump() {
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    // Always from a zero-timer call: never inside a job's finished signal or a caller's stack.
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

void CredentialStore::pump() {
    if (m_current || m_waitingForRetry)
        return;
    while (!m_queue.isEmpty()) {
        StepPtr step = m_queue.takeFirst();
        if (step->contextGone())
            continue; // its operation was abandoned by the caller
        startJob(step);
        return;
    }
    Q_EMIT idle();
}

void CredentialStore::startJob(const StepPtr &step) {
    QKeychain::Job *job = nullptr;
    switch (step->kind) {
    case Step::Read:
        job = new QKeychain::ReadPasswordJob(m_namespace);
        break;
    case Step::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_namespace);
        write->setTextData(step->data);
        job = write;
        break;
    }
    case Step::Delete:
        job = new QKeychain::DeletePasswordJob(m_namespace);
        break;
    }
    // No parent: the job must outlive this store if the store goes away while it runs.
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(step->key);
    connect(job, &QKeychain::Job::finished, this, &CredentialStore::onJobFinished);
    m_current = step;
    m_job = job;
    m_deadline->start(m_jobTimeoutMs);
    job->start();
}

void CredentialStore::onDeadline() {
    QKeychain::Job *job = m_job;
    if (!job || !m_current)
        return;
    // A keychain that waits for a password prompt nobody answers, or a D-Bus service that
    // hangs: give up on the job. It is still running, so it is not deleted here; QtKeychain
    // deletes it when it finally ends.
    disconnect(job, nullptr, this, nullptr);
    job->setAutoDelete(true);
    m_job = nullptr;
    StepPtr step = m_current;
    const QString detail = QString::number(m_jobTimeoutMs / 1000.0);
    QMetaObject::invokeMethod(
        this, [this, step, detail] { complete(step, TimedOutError, detail, {}); },
        Qt::QueuedConnection);
}

void CredentialStore::onJobFinished(QKeychain::Job *job) {
    // Inside the job's finished signal: take the result, let the job go, and continue from a
    // queued call.
    const int error = job->error();
    const QString errorString = job->errorString();
    QString data;
    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
        data = read->textData();
    disconnect(job, nullptr, this, nullptr);
    job->deleteLater(); // finished: no longer running
    m_job = nullptr;
    m_deadline->stop();
    StepPtr step = m_current;
    QMetaObject::invokeMethod(
        this, [this, step, error, errorString, data] { complete(step, error, errorString, data); },
        Qt::QueuedConnection);
}

void CredentialStore::complete(const StepPtr &step, int error, const QString &errorString,
                               const QString &data) {
    m_current.reset();
    StepOutcome outcome;
    outcome.failure = error == TimedOutError
                          ? Failure::TimedOut
                          : classify(static_cast<QKeychain::Error>(error), errorString);
    outcome.data = data;
    if (outcome.failure == Failure::NoBackend || outcome.failure == Failure::Locked) {
        if (step->attempt == 0 && !step->contextGone()) {
            step->attempt = 1;
            m_waitingForRetry = true;
            QTimer::singleShot(m_retryDelayMs, this, [this, step] {
                m_waitingForRetry = false;
                m_queue.prepend(step);
                schedulePump();
            });
            return;
        }
    }
    if (outcome.failure != Failure::None) {
        const QString detail = errorString.isEmpty() ? tr("unknown error") : errorString;
        outcome.error = keychainError(outcome.failure, detail);
    }
    if (outcome.failure == Failure::NoBackend || outcome.failure == Failure::Locked)
        Q_EMIT unavailable(outcome.error);
    schedulePump();
    if (!step->contextGone() && step->done)
        step->done(outcome);
}

} // namespace trro
