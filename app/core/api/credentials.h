#pragma once

#include <QString>

namespace trro {

// API credentials in memory. The secret parts never go to logs, settings or exports:
// there is deliberately no QDebug operator and no toString().
struct Credentials {
    QString secretId;
    QString secretKey;
    QString sessionToken; // temporary credentials only (X-TC-Token)
    QString region;       // X-TC-Region when not empty

    bool isComplete() const { return !secretId.isEmpty() && !secretKey.isEmpty(); }

    // TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN,
    // TENCENTCLOUD_REGION (the official SDKs' variables).
    static Credentials fromEnvironment();
};

} // namespace trro
