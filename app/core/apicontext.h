#pragma once

#include "credentials.h"
#include "endpoint.h"

#include <QObject>

namespace trro {

class ApiClient;
class RequestScheduler;
class TrroApi;

// The dashboard's one API stack: one ApiClient (and so one QNetworkAccessManager), one
// RequestScheduler shared by every panel, one TrroApi. Panels receive api(); nothing else
// creates a client.
class ApiContext final : public QObject {
    Q_OBJECT
public:
    explicit ApiContext(QObject *parent = nullptr);
    ~ApiContext() override;

    // Switching account or endpoint cancels everything still pending.
    void configure(const Endpoint &endpoint, const Credentials &credentials,
                   const QString &profileName);
    bool isConfigured() const;
    QString profileName() const { return m_profileName; }
    Endpoint endpoint() const;

    ApiClient *client() const { return m_client; }
    RequestScheduler *scheduler() const { return m_scheduler; }
    TrroApi *api() const { return m_api; }

Q_SIGNALS:
    void configurationChanged();

private:
    ApiClient *m_client;
    RequestScheduler *m_scheduler;
    TrroApi *m_api;
    QString m_profileName;
};

} // namespace trro
