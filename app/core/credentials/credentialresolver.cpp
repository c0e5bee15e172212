#include "credentialresolver.h"

#include "endpoint.h"
#include "profilestore.h"

#include <QTimer>

namespace trro {
namespace {

ApiError credentialsError(const char *code, const QString &message) {
    return ApiError::make(ApiError::Kind::Credentials, QLatin1String(code), message);
}

QString firstNonEmpty(std::initializer_list<QString> values) {
    for (const QString &v : values) {
        if (!v.trimmed().isEmpty())
            return v.trimmed();
    }
    return {};
}

// Answers from a zero-timer call so that every outcome is asynchronous.
void deliver(QObject *receiver, const CredentialResolver::Callback &callback,
             const Result<ResolvedCredentials> &result) {
    QTimer::singleShot(0, receiver, [callback, result] { callback(result); });
}

Result<ResolvedCredentials> withEndpoint(ResolvedCredentials resolved, const QString &url) {
    QString error;
    const Endpoint endpoint = Endpoint::parse(url, &error);
    if (!endpoint.isValid())
        return ApiError::make(ApiError::Kind::Usage, QStringLiteral("InvalidEndpoint"), error);
    resolved.endpointUrl = endpoint.toString();
    return resolved;
}

} // namespace

CredentialResolver::CredentialResolver(ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles) {}

bool CredentialResolver::environmentHasKeys() {
    return !qEnvironmentVariable("TENCENTCLOUD_SECRET_ID").trimmed().isEmpty() ||
           !qEnvironmentVariable("TENCENTCLOUD_SECRET_KEY").trimmed().isEmpty();
}

CredentialResolver::Choice CredentialResolver::choose(const Request &request,
                                                      bool environmentHasKeys,
                                                      const QString &defaultProfile) {
    if (!request.profile.isEmpty())
        return Choice::CommandLineProfile;
    if (environmentHasKeys)
        return Choice::Environment;
    if (!defaultProfile.isEmpty())
        return Choice::DefaultProfile;
    return Choice::None;
}

void CredentialResolver::resolve(const Request &request, QObject *context, Callback callback) {
    QObject *receiver = context ? context : this;
    const bool envKeys = environmentHasKeys();
    // The profile store is only consulted when the environment does not decide.
    const QString defaultProfile = request.profile.isEmpty() && !envKeys && m_profiles
                                       ? m_profiles->defaultProfile()
                                       : QString();
    switch (choose(request, envKeys, defaultProfile)) {
    case Choice::CommandLineProfile:
        resolveProfile(request, request.profile, true, receiver, callback);
        return;
    case Choice::Environment:
        resolveEnvironment(request, receiver, callback);
        return;
    case Choice::DefaultProfile:
        resolveProfile(request, defaultProfile, false, receiver, callback);
        return;
    case Choice::None:
        break;
    }
    deliver(receiver, callback,
            credentialsError(NoCredentialsCode,
                             tr("No credentials: set TENCENTCLOUD_SECRET_ID and "
                                "TENCENTCLOUD_SECRET_KEY, or save a profile (trro-stats "
                                "credentials set, or Manage credentials in the dashboard).")));
}

void CredentialResolver::resolveEnvironment(const Request &request, QObject *receiver,
                                            const Callback &callback) {
    const Credentials env = Credentials::fromEnvironment();
    if (env.secretId.isEmpty() || env.secretKey.isEmpty()) {
        const QString missing = env.secretId.isEmpty() ? QStringLiteral("TENCENTCLOUD_SECRET_ID")
                                                       : QStringLiteral("TENCENTCLOUD_SECRET_KEY");
        deliver(receiver, callback,
                credentialsError(IncompleteEnvironmentCode,
                                 tr("%1 is not set: set both TENCENTCLOUD_SECRET_ID and "
                                    "TENCENTCLOUD_SECRET_KEY, or neither to use a saved "
                                    "profile.")
                                     .arg(missing)));
        return;
    }
    ResolvedCredentials resolved;
    resolved.source = ResolvedCredentials::Source::Environment;
    resolved.credentials = env;
    resolved.credentials.region = firstNonEmpty({request.region, env.region});
    deliver(receiver, callback, withEndpoint(resolved, Endpoint::resolve(request.endpoint)));
}

void CredentialResolver::resolveProfile(const Request &request, const QString &name,
                                        bool fromCommandLine, QObject *receiver,
                                        const Callback &callback) {
    const std::optional<Profile> profile = m_profiles ? m_profiles->profile(name) : std::nullopt;
    if (!profile) {
        const QStringList known = m_profiles ? m_profiles->names() : QStringList();
        const QString list = known.isEmpty() ? tr("none") : known.join(QLatin1String(", "));
        deliver(receiver, callback,
                credentialsError(
                    UnknownProfileCode,
                    tr("There is no profile named \"%1\" (saved profiles: %2).").arg(name, list)));
        return;
    }
    ResolvedCredentials resolved;
    resolved.profileName = profile->name;
    resolved.defaultProject = profile->defaultProject;
    resolved.credentials.secretId = profile->secretId;
    const QString envEndpoint = qEnvironmentVariable("TRRO_ENDPOINT");
    const QString envRegion = qEnvironmentVariable("TENCENTCLOUD_REGION");
    const QString url =
        fromCommandLine ? firstNonEmpty({request.endpoint, profile->endpointUrl()})
                        : firstNonEmpty({request.endpoint, envEndpoint, profile->endpointUrl()});
    resolved.credentials.region = fromCommandLine
                                      ? firstNonEmpty({request.region, profile->region})
                                      : firstNonEmpty({request.region, envRegion, profile->region});

    const auto session = m_session.constFind(profile->name);
    if (session != m_session.cend()) {
        resolved.source = ResolvedCredentials::Source::Session;
        resolved.credentials.secretKey = session->secretKey;
        resolved.credentials.sessionToken = session->sessionToken;
        deliver(receiver, callback, withEndpoint(resolved, url));
        return;
    }
    resolved.source = ResolvedCredentials::Source::Profile;
    m_profiles->keychain()->read(
        profile->name, receiver,
        [resolved, url, name, callback](const Result<ProfileSecret> &secret) mutable {
            if (!secret) {
                ApiError e = secret.error();
                if (e.code == QLatin1String(CredentialStore::NotFoundCode))
                    e.message = tr("No secret key is saved in the keychain for profile \"%1\" "
                                   "(or the keychain is locked: unlock it first). Save the key "
                                   "again with \"trro-stats credentials set --profile %1\" or "
                                   "in Manage credentials.")
                                    .arg(name);
                callback(e);
                return;
            }
            resolved.credentials.secretKey = secret.value().secretKey;
            resolved.credentials.sessionToken = secret.value().sessionToken;
            callback(withEndpoint(resolved, url));
        });
}

void CredentialResolver::setSessionSecret(const QString &profile, const ProfileSecret &secret) {
    m_session.insert(profile, secret);
}

bool CredentialResolver::hasSessionSecret(const QString &profile) const {
    return m_session.contains(profile);
}

ProfileSecret CredentialResolver::sessionSecret(const QString &profile) const {
    return m_session.value(profile);
}

void CredentialResolver::clearSessionSecret(const QString &profile) {
    m_session.remove(profile);
}

} // namespace trro
