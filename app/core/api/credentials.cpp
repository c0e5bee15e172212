#include "credentials.h"

#include <QtGlobal>

namespace trro {

Credentials Credentials::fromEnvironment() {
    Credentials c;
    c.secretId = qEnvironmentVariable("TENCENTCLOUD_SECRET_ID").trimmed();
    c.secretKey = qEnvironmentVariable("TENCENTCLOUD_SECRET_KEY").trimmed();
    c.sessionToken = qEnvironmentVariable("TENCENTCLOUD_SESSION_TOKEN").trimmed();
    c.region = qEnvironmentVariable("TENCENTCLOUD_REGION").trimmed();
    return c;
}

} // namespace trro
