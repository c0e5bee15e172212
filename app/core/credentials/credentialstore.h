#pragma once

#include "apierror.h"
#include "result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

namespace QKeychain {
class Job;
}

class QTimer;

namespace trro {

// The secret half of a profile. Lives in memory and in the OS keychain, nowhere else.
struct ProfileSecret {
    QString secretKey;
    QString sessionToken; // temporary credentials only

    bool isEmpty() const { return secretKey.isEmpty(); }
};

// Asynchronous access to the OS keychain (QtKeychain: Secret Service, KWallet, macOS Keychain,
// Windows Credential Manager). One entry per profile and field, under a key namespaced by the
// application and the profile ("trro-dashboard/<profile>/secret-key") because Windows ignores
// the service name. The insecure plain-file fallback is always off.
//
// Keychain jobs run one at a time from an internal queue. A job is only ever started from a
// zero-timer call, never from another job's finished signal; a running job is never deleted
// (destroying the store hands it over to QtKeychain's auto-delete); callbacks run from a queued
// call, so a callback may destroy the store or enqueue more work.
//
// "No backend" (no D-Bus session, no Secret Service) and "locked" (AccessDenied) are retried
// once after retryDelayMs(), then reported as ApiError::Kind::Credentials with a message that
// says what to install or start, and announced on unavailable().
class CredentialStore final : public QObject {
    Q_OBJECT
public:
    static constexpr auto DefaultNamespace = "trro-dashboard";
    // Synthetic error codes (ApiError::code) of the keychain failures.
    static constexpr auto NoBackendCode = "Keychain.NoBackend";
    static constexpr auto LockedCode = "Keychain.Locked";
    static constexpr auto NotFoundCode = "Keychain.EntryNotFound";
    static constexpr auto FailedCode = "Keychain.Failed";
    static constexpr auto TimeoutCode = "Keychain.Timeout";
    // Every keychain job ends within this time (a prompt nobody answers, a hung service).
    static constexpr int DefaultJobTimeoutMs = 60000;

    enum class Field { SecretKey, SessionToken };

    explicit CredentialStore(QObject *parent = nullptr);
    // keyNamespace replaces DefaultNamespace (tests use their own to stay apart).
    explicit CredentialStore(const QString &keyNamespace, QObject *parent = nullptr);
    ~CredentialStore() override;

    QString keyNamespace() const { return m_namespace; }
    QString entryKey(const QString &profile, Field field) const;

    using SecretCallback = std::function<void(const Result<ProfileSecret> &)>;
    using DoneCallback = std::function<void(const ApiError &)>; // !isError(): success

    // The callbacks run only while context lives (nullptr: always). Destroying the context
    // stops an operation between two keychain jobs, never in the middle of one.
    // read: Keychain.EntryNotFound when the profile has no secret key saved.
    void read(const QString &profile, QObject *context, SecretCallback callback);
    // write: stores the key and the token; an empty token removes a saved one.
    void write(const QString &profile, const ProfileSecret &secret, QObject *context,
               DoneCallback callback);
    // remove: both entries; entries that do not exist are not an error.
    void remove(const QString &profile, QObject *context, DoneCallback callback);
    // move: read `from`, write `to`, then remove `from` (a failure leaves `from` intact).
    // Succeeds without touching anything when `from` has no secret saved.
    void move(const QString &from, const QString &to, QObject *context, DoneCallback callback);

    bool isIdle() const;
    int retryDelayMs() const { return m_retryDelayMs; }
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }
    int jobTimeoutMs() const { return m_jobTimeoutMs; }
    void setJobTimeoutMs(int ms) { m_jobTimeoutMs = ms; }

    // True for "no keychain" and "keychain locked": the cases that deserve the banner and the
    // session-only offer.
    static bool isUnavailable(const ApiError &error);
    // What to install or start, for the banner and the command line.
    static QString installAdvice();

Q_SIGNALS:
    // A keychain operation failed because there is no keychain or it is locked (after the retry).
    void unavailable(const trro::ApiError &error);
    void idle();

private:
    struct Step;
    using StepPtr = std::shared_ptr<Step>;

    StepPtr makeStep(int kind, const QString &key, QObject *context);
    void enqueue(const StepPtr &step);
    void schedulePump();
    void pump();
    void startJob(const StepPtr &step);
    void onJobFinished(QKeychain::Job *job);
    void onDeadline();
    void complete(const StepPtr &step, int error, const QString &errorString, const QString &data);
    void writeToken(const QString &profile, const ProfileSecret &secret, QObject *context,
                    DoneCallback callback);

    QString m_namespace;
    QList<StepPtr> m_queue;
    StepPtr m_current;
    QPointer<QKeychain::Job> m_job;
    bool m_pumpScheduled = false;
    bool m_waitingForRetry = false;
    int m_retryDelayMs = 400;
    int m_jobTimeoutMs = DefaultJobTimeoutMs;
    QTimer *m_deadline;
};

} // namespace trro
