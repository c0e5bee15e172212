#pragma once

#include "apierror.h"
#include "credentialresolver.h"
#include "mainwindow.h"

#include <QObject>
#include <QPointer>

namespace trro {

class ApiContext;
class CredentialsDialog;
class KeychainBanner;
class ProfileStore;
class WelcomePage;

// Brings credentials into the dashboard window, which itself knows nothing about keychains:
// resolves the credentials at start (command-line profile > environment > default profile)
// and configures the API context; shows the welcome page on the first start, when there is
// neither a profile nor environment keys; fills the toolbar's Profile box and switches
// profiles; opens the credentials dialog from "Manage credentials…"; shows the keychain
// banner (what to install or unlock, "Use for this session only") when the keychain fails.
class CredentialsController final : public QObject {
    Q_OBJECT
public:
    CredentialsController(MainWindow *window, ApiContext *context, ProfileStore *profiles,
                          CredentialResolver *resolver, QObject *parent = nullptr);
    ~CredentialsController() override;

    // start: what the command line asked for (the project it names wins over the profile's
    // default project); profile and endpoint: --profile and --endpoint.
    void start(const StartOptions &start, const QString &profile, const QString &endpoint);
    // The Profile box: a saved profile, or the environment entry.
    void useProfile(const QString &name);
    void openDialog(const QString &profile = QString());

    bool isWelcomeShown() const;
    WelcomePage *welcomePage() const { return m_welcome; }
    KeychainBanner *keychainBanner() const { return m_banner; }
    CredentialsDialog *dialog() const; // nullptr while closed
    QString activeProfile() const { return m_active; }

Q_SIGNALS:
    // The API context now uses these credentials (the name shown in the Profile box).
    void credentialsApplied(const QString &name);
    void resolveFailed(const trro::ApiError &error);

private:
    void apply(const CredentialResolver::Request &request);
    void onResolved(const Result<ResolvedCredentials> &result, const QString &requested);
    void showWelcome(bool shown);
    void updateProfileBox();
    void openDemo();
    QString environmentEntry() const;

    MainWindow *m_window;
    ApiContext *m_context;
    ProfileStore *m_profiles;
    CredentialResolver *m_resolver;
    KeychainBanner *m_banner;
    WelcomePage *m_welcome;
    QPointer<CredentialsDialog> m_dialog;
    QPointer<QObject> m_pending; // the context of the resolution in progress
    StartOptions m_start;
    QString m_endpoint;  // --endpoint
    QString m_active;    // the profile in use; empty: the environment or nothing
    QString m_requested; // the profile the last failed resolution was for
    bool m_configured = false;
    bool m_startProjectApplied = false;
    bool m_dockHiddenByWelcome = false;
};

} // namespace trro
