#pragma once

#include "credentials.h"
#include "credentialstore.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace trro {

class ProfileStore;

// Where the credentials of a run came from, and what goes with them.
struct ResolvedCredentials {
    enum class Source { Environment, Profile, Session };

    Source source = Source::Environment;
    QString profileName; // empty for the environment
    Credentials credentials;
    QString endpointUrl; // validated (Endpoint::parse accepts it)
    QString defaultProject;
};

// Decides which credentials a run uses, in this order:
//   1. the profile named on the command line (--profile),
//   2. the environment: TENCENTCLOUD_SECRET_ID + TENCENTCLOUD_SECRET_KEY
//      (+ TENCENTCLOUD_SESSION_TOKEN, TENCENTCLOUD_REGION),
//   3. the saved default profile.
// The keychain is read only for a profile, and never when the environment decides: with
// TENCENTCLOUD_* set and no --profile, nothing touches the keychain or D-Bus.
// A profile's secret comes from the session-only store (in memory, for this process) when one
// was given there, else from the keychain.
// Endpoint: --endpoint, else the command-line profile's, else TRRO_ENDPOINT, else the default
// profile's, else the China endpoint. Region likewise (--region, TENCENTCLOUD_REGION).
class CredentialResolver final : public QObject {
    Q_OBJECT
public:
    struct Request {
        QString profile;  // --profile
        QString endpoint; // --endpoint
        QString region;   // --region
    };

    enum class Choice { CommandLineProfile, Environment, DefaultProfile, None };

    // Synthetic codes of the errors the resolver itself reports (Kind::Credentials).
    static constexpr auto NoCredentialsCode = "Credentials.Missing";
    static constexpr auto IncompleteEnvironmentCode = "Credentials.IncompleteEnvironment";
    static constexpr auto UnknownProfileCode = "Credentials.UnknownProfile";

    explicit CredentialResolver(ProfileStore *profiles, QObject *parent = nullptr);

    using Callback = std::function<void(const Result<ResolvedCredentials> &)>;
    // Always answers asynchronously, while context lives.
    void resolve(const Request &request, QObject *context, Callback callback);

    // Session-only credentials: in memory only, used instead of the keychain for that profile.
    void setSessionSecret(const QString &profile, const ProfileSecret &secret);
    bool hasSessionSecret(const QString &profile) const;
    ProfileSecret sessionSecret(const QString &profile) const;
    void clearSessionSecret(const QString &profile);

    // TENCENTCLOUD_SECRET_ID or TENCENTCLOUD_SECRET_KEY is set (even if only one of them).
    static bool environmentHasKeys();
    static Choice choose(const Request &request, bool environmentHasKeys,
                         const QString &defaultProfile);

private:
    void resolveEnvironment(const Request &request, QObject *context, const Callback &callback);
    void resolveProfile(const Request &request, const QString &name, bool fromCommandLine,
                        QObject *context, const Callback &callback);

    ProfileStore *m_profiles;
    QHash<QString, ProfileSecret> m_session;
};

} // namespace trro
