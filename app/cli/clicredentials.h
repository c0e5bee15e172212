#pragma once

#include "credentialresolver.h"
#include "globaloptions.h"
#include "result.h"

#include <QObject>
#include <functional>
#include <optional>

namespace trro::cli {

// Finds the credentials and the endpoint a command runs with, through CredentialResolver.
// Precedence: --profile, then the environment (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY,
// TENCENTCLOUD_SESSION_TOKEN, TENCENTCLOUD_REGION), then systemd's credentials directory
// ($CREDENTIALS_DIRECTORY with the files tencentcloud-secret-id and tencentcloud-secret-key, and
// optionally tencentcloud-session-token: what a unit's LoadCredential= gives a service), then
// the saved default profile, whose key is in the keychain. With the environment keys set (and no
// --profile) nothing touches the keychain or D-Bus. --region and --endpoint override the profile's.
// Asynchronous because a keychain lookup is; done runs while context lives, never before the call
// returns. Failures are ApiError::Kind::Credentials (exit status 3) with what to do about them. The
// credentials in $CREDENTIALS_DIRECTORY, if it names a folder holding both key files. Each file is
// read up to 4 KiB and trimmed; a file that is too long or holds control characters is an error
// (Kind::Credentials).
std::optional<Result<Credentials>> credentialsFromDirectory();

void resolveCliCredentials(const GlobalOptions &options, QObject *context,
                           std::function<void(const Result<ResolvedCredentials> &)> done);

} // namespace trro::cli
