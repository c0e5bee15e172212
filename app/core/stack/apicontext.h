#pragma once

#include "apistack.h"
#include "credentials.h"
#include "endpoint.h"

#include <QObject>

namespace trro {

class ApiClient;
class CachedStats;
class RequestScheduler;
class TrroApi;

// The dashboard's API stack (one ApiStack) with the profile it is configured for. Panels
// receive its parts in their constructors; nothing else creates a client.
class ApiContext final : public QObject {
    Q_OBJECT
public:
    explicit ApiContext(const ApiStackOptions &options = {}, QObject *parent = nullptr);
    ~ApiContext() override;

    // Switching account or endpoint cancels everything still pending.
    void configure(const Endpoint &endpoint, const Credentials &credentials,
                   const QString &profileName);
    bool isConfigured() const;
    QString profileName() const { return m_profileName; }
    Endpoint endpoint() const;

    ApiStack *stack() const { return m_stack; }
    ApiClient *client() const { return m_stack->client(); }
    RequestScheduler *scheduler() const { return m_stack->scheduler(); }
    TrroApi *api() const { return m_stack->api(); }
    CachedStats *statistics() const { return m_stack->statistics(); }

Q_SIGNALS:
    void configurationChanged();

private:
    ApiStack *m_stack;
    QString m_profileName;
};

} // namespace trro
