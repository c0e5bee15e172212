#include "clicredentials.h"

#include "credentialstore.h"
#include "profilestore.h"

#include <QCoreApplication>

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

} // namespace

void resolveCliCredentials(const GlobalOptions &options, QObject *context,
                           std::function<void(const Result<ResolvedCredentials> &)> done) {
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
