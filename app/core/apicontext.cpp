#include "apicontext.h"

#include "apiclient.h"
#include "requestscheduler.h"
#include "trroapi.h"

#include <QLocale>

namespace trro {

ApiContext::ApiContext(QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(this))
    , m_scheduler(new RequestScheduler(m_client, this))
    , m_api(new TrroApi(m_scheduler, this)) {
    // The service answers its own messages in the user's language where it can.
    m_client->setLanguage(QLocale().language() == QLocale::Chinese ? QStringLiteral("zh-CN")
                                                                   : QStringLiteral("en-US"));
}

ApiContext::~ApiContext() {
    m_scheduler->cancelAll();
}

void ApiContext::configure(const Endpoint &endpoint, const Credentials &credentials,
                           const QString &profileName) {
    m_scheduler->cancelAll();
    m_client->setEndpoint(endpoint);
    m_client->setCredentials(credentials);
    m_profileName = profileName;
    Q_EMIT configurationChanged();
}

bool ApiContext::isConfigured() const {
    return m_client->endpoint().isValid() && m_client->credentials().isComplete();
}

Endpoint ApiContext::endpoint() const {
    return m_client->endpoint();
}

} // namespace trro
