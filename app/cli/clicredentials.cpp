#include "clicredentials.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace trro::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trro::cli::Credentials", text);
}

Result<Credentials> lookUp(const GlobalOptions &options)
{
    if (!options.profile.isEmpty()) {
        return ApiError::make(
            ApiError::Kind::Credentials, QString(),
            tr("The profile \"%1\" cannot be read: this build has no saved profiles. Set "
               "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY instead, or use --demo.")
                .arg(options.profile));
    }
    Credentials credentials = Credentials::fromEnvironment();
    if (!credentials.isComplete()) {
        const bool partly = !credentials.secretId.isEmpty() || !credentials.secretKey.isEmpty();
        return ApiError::make(
            ApiError::Kind::Credentials, QString(),
            partly ? tr("Incomplete credentials: set both TENCENTCLOUD_SECRET_ID and "
                        "TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN for temporary "
                        "keys), or use --demo.")
                   : tr("No credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY "
                        "(and TENCENTCLOUD_SESSION_TOKEN for temporary keys), or use --demo to "
                        "try the built-in demo service."));
    }
    if (!options.region.isEmpty())
        credentials.region = options.region;
    return credentials;
}

} // namespace

void resolveCliCredentials(const GlobalOptions &options, QObject *context,
                        std::function<void(const Result<Credentials> &)> done)
{
    Result<Credentials> result = lookUp(options);
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

} // namespace trro::cli
