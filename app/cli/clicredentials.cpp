#include "clicredentials.h"

#include "credentialstore.h"
#include "endpoint.h"
#include "profilestore.h"
#include "textsafety.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMetaObject>

namespace trro::cli {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("trro::cli", text);
}

// The command line's advice on top of the resolver's message.
ApiError withAdvice(ApiError error) {
    if (error.code == QLatin1String(CredentialResolver::NoCredentialsCode))
        error.message += QLatin1Char(' ') + tr("Or use --demo to try the built-in demo service.");
    else if (CredentialStore::isUnavailable(error))
        error.message += QLatin1Char(' ') + tr("Without a keychain, set TENCENTCLOUD_SECRET_ID and "
                                               "TENCENTCLOUD_SECRET_KEY instead.");
    return error;
}

constexpr qint64 MaxCredentialFileBytes = 4096;

// One file of the credentials directory: empty when absent, nullopt when unusable.
std::optional<QString> readCredentialFile(const QDir &dir, const char *name) {
    QFile file(dir.filePath(QLatin1String(name)));
    if (!file.exists())
        return QString();
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxCredentialFileBytes)
        return std::nullopt;
    const QString text = QString::fromUtf8(file.read(MaxCredentialFileBytes)).trimmed();
    if (stripControls(text) != text)
        return std::nullopt;
    return text;
}

ApiError directoryError(const QString &message) {
    ApiError error;
    error.kind = ApiError::Kind::Credentials;
    error.code = QStringLiteral("Credentials.Directory");
    error.message = message;
    return error;
}

} // namespace

std::optional<Result<Credentials>> credentialsFromDirectory() {
    const QString path = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (path.isEmpty() || !QDir(path).exists())
        return std::nullopt;
    const QDir dir(path);
    const auto id = readCredentialFile(dir, "tencentcloud-secret-id");
    const auto key = readCredentialFile(dir, "tencentcloud-secret-key");
    const auto token = readCredentialFile(dir, "tencentcloud-session-token");
    if (!id || !key || !token)
        return Result<Credentials>(directoryError(
            tr("A file in $CREDENTIALS_DIRECTORY could not be read, is larger than 4 KiB or "
               "holds control characters.")));
    if (id->isEmpty() && key->isEmpty())
        return std::nullopt;
    if (id->isEmpty() || key->isEmpty())
        return Result<Credentials>(
            directoryError(tr("$CREDENTIALS_DIRECTORY needs both tencentcloud-secret-id and "
                              "tencentcloud-secret-key.")));
    Credentials credentials;
    credentials.secretId = *id;
    credentials.secretKey = *key;
    credentials.sessionToken = *token;
    credentials.region = qEnvironmentVariable("TENCENTCLOUD_REGION").trimmed();
    return Result<Credentials>(credentials);
}

void resolveCliCredentials(const GlobalOptions &options, QObject *context,
                           std::function<void(const Result<ResolvedCredentials> &)> done) {
    if (options.profile.isEmpty() && !CredentialResolver::environmentHasKeys()) {
        if (const auto fromDirectory = credentialsFromDirectory()) {
            Result<ResolvedCredentials> answer{ApiError{}};
            if (fromDirectory->ok()) {
                ResolvedCredentials resolved;
                resolved.source = ResolvedCredentials::Source::Environment;
                resolved.credentials = fromDirectory->value();
                if (!options.region.isEmpty())
                    resolved.credentials.region = options.region;
                resolved.endpointUrl = Endpoint::resolve(options.endpoint);
                answer = resolved;
            } else {
                answer = fromDirectory->error();
            }
            QMetaObject::invokeMethod(
                context, [done, answer] { done(answer); }, Qt::QueuedConnection);
            return;
        }
    }
    // Lives until the answer: the keychain, the profiles and the resolver of this one lookup.
    auto *owner = new QObject(context);
    auto *keychain = new CredentialStore(owner);
    auto *profiles = new ProfileStore(keychain, owner);
    auto *resolver = new CredentialResolver(profiles, owner);
    resolver->resolve({options.profile, options.endpoint, options.region}, owner,
                      [owner, done = std::move(done)](const Result<ResolvedCredentials> &result) {
                          owner->deleteLater();
                          if (result.ok())
                              done(result);
                          else
                              done(withAdvice(result.error()));
                      });
}

} // namespace trro::cli
