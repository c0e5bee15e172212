#pragma once

#include "credentialresolver.h"
#include "globaloptions.h"
#include "result.h"

#include <QObject>
#include <functional>

namespace trro::cli {

// Finds the credentials and the endpoint a command runs with, through CredentialResolver.
// Precedence: --profile, then the environment (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY,
// TENCENTCLOUD_SESSION_TOKEN, TENCENTCLOUD_REGION), then the saved default profile, whose key
// is in the keychain. With the environment keys set (and no --profile) nothing touches the
// keychain or D-Bus. --region and --endpoint override the profile's. Asynchronous because a
// keychain lookup is; done runs while context lives, never before the call returns. Failures
// are ApiError::Kind::Credentials (exit status 3) with what to do about them.
void resolveCliCredentials(const GlobalOptions &options, QObject *context,
                           std::function<void(const Result<ResolvedCredentials> &)> done);

} // namespace trro::cli
