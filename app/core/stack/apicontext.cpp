#include "apicontext.h"

#include "apiclient.h"

#include <QLocale>

namespace trro {

ApiContext::ApiContext(const ApiStackOptions &options, QObject *parent)
    : QObject(parent)
    , m_stack(new ApiStack(options, this)) {
    // The service answers its own messages in the user's language where it can.
    client()->setLanguage(QLocale().language() == QLocale::Chinese ? QStringLiteral("zh-CN")
                                                                   : QStringLiteral("en-US"));
}

ApiContext::~ApiContext() = default;

void ApiContext::configure(const Endpoint &endpoint, const Credentials &credentials,
                           const QString &profileName) {
    m_stack->configure(endpoint, credentials);
    m_profileName = profileName;
    Q_EMIT configurationChanged();
}

bool ApiContext::isConfigured() const {
    return m_stack->isConfigured();
}

Endpoint ApiContext::endpoint() const {
    return client()->endpoint();
}

} // namespace trro
