#pragma once

#include "credentials.h"
#include "globaloptions.h"
#include "result.h"

#include <QObject>

#include <functional>

namespace trro::cli {

// Finds the credentials a command runs with. Precedence: --profile, then the environment
// (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN,
// TENCENTCLOUD_REGION), then the saved default profile. --region overrides the region.
// Asynchronous because a keychain lookup is; done runs while context lives, never before the
// call returns. Failures are ApiError::Kind::Credentials (exit status 3).
void resolveCliCredentials(const GlobalOptions &options, QObject *context,
                        std::function<void(const Result<Credentials> &)> done);

} // namespace trro::cli
