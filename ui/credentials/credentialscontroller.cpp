#include "credentialscontroller.h"

#include "apicontext.h"
#include "credentialsdialog.h"
#include "keychainbanner.h"
#include "profilestore.h"
#include "tccliimport.h"
#include "toolbar/dashboardtoolbar.h"
#include "welcomepage.h"
#include "windowframe.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QProcess>

namespace trro {

CredentialsController::CredentialsController(MainWindow *window, ApiContext *context,
                                             ProfileStore *profiles, CredentialResolver *resolver,
                                             QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_context(context)
    , m_profiles(profiles)
    , m_resolver(resolver)
    , m_banner(new KeychainBanner)
    , m_welcome(new WelcomePage) {
    // The banner goes into the window's banner area, the welcome page into its page slot.
    window->frame()->addBanner(m_banner);
    window->frame()->setAlternatePage(m_welcome);

    QAction *manage = window->dashboardToolbar()->manageCredentialsAction();
    manage->setEnabled(true);
    connect(manage, &QAction::triggered, this, [this] { openDialog(m_active); });
    connect(window->dashboardToolbar(), &DashboardToolbar::profileActivated, this,
            &CredentialsController::useProfile);
    connect(m_welcome, &WelcomePage::addProfileRequested, this, [this] {
        openDialog();
        m_dialog->startNewProfile();
    });
    connect(m_welcome, &WelcomePage::importRequested, this, [this] {
        openDialog();
        m_dialog->startTccliImport();
    });
    connect(m_welcome, &WelcomePage::demoRequested, this, &CredentialsController::openDemo);
    connect(m_banner, &KeychainBanner::retryRequested, this, [this] {
        m_banner->dismiss();
        useProfile(m_requested.isEmpty() ? m_active : m_requested);
    });
    connect(m_banner, &KeychainBanner::sessionOnlyRequested, this, [this] {
        const ApiError error = m_banner->error();
        m_banner->dismiss();
        openDialog(m_requested);
        m_dialog->showKeychainProblem(error);
    });
    connect(m_profiles, &ProfileStore::profilesChanged, this,
            &CredentialsController::updateProfileBox);
}

CredentialsController::~CredentialsController() = default;

CredentialsDialog *CredentialsController::dialog() const {
    return m_dialog.data();
}

QString CredentialsController::environmentEntry() const {
    return tr("Environment (TENCENTCLOUD_*)");
}

bool CredentialsController::isWelcomeShown() const {
    return m_window->frame()->isAlternatePageShown();
}

void CredentialsController::start(const StartOptions &start, const QString &profile,
                                  const QString &endpoint) {
    m_start = start;
    m_endpoint = endpoint;
    m_welcome->setTccliAvailable(!TccliImport::availableProfiles().isEmpty());
    if (profile.isEmpty() && !CredentialResolver::environmentHasKeys() &&
        m_profiles->names().isEmpty()) {
        showWelcome(true);
        updateProfileBox();
        return;
    }
    apply({profile, endpoint, QString()});
}

void CredentialsController::useProfile(const QString &name) {
    if (name.isEmpty() || !m_profiles->contains(name))
        apply({QString(), m_endpoint, QString()}); // the environment entry
    else
        apply({name, m_endpoint, QString()});
}

void CredentialsController::apply(const CredentialResolver::Request &request) {
    delete m_pending; // a newer choice supersedes a resolution still running
    auto *pending = new QObject(this);
    m_pending = pending;
    const QString requested = request.profile;
    m_resolver->resolve(request, pending,
                        [this, pending, requested](const Result<ResolvedCredentials> &result) {
                            pending->deleteLater();
                            onResolved(result, requested);
                        });
}

void CredentialsController::onResolved(const Result<ResolvedCredentials> &result,
                                       const QString &requested) {
    if (!result.ok()) {
        const ApiError &error = result.error();
        m_requested = requested.isEmpty() ? m_profiles->defaultProfile() : requested;
        if (CredentialStore::isUnavailable(error)) {
            m_banner->setSessionOnlyOffered(!m_requested.isEmpty());
            m_banner->showError(error);
        } else {
            m_window->showError(error, tr("Credentials"));
        }
        updateProfileBox();
        Q_EMIT resolveFailed(error);
        return;
    }
    const ResolvedCredentials &resolved = result.value();
    m_requested.clear();
    m_banner->dismiss();
    showWelcome(false);
    m_active = resolved.profileName;
    const QString name = m_active.isEmpty() ? environmentEntry() : m_active;
    if (!m_startProjectApplied) {
        // The command line's project wins over the profile's default project.
        m_startProjectApplied = true;
        if (m_start.projectId.isEmpty() && !resolved.defaultProject.isEmpty()) {
            StartOptions start = m_start;
            start.projectId = resolved.defaultProject;
            m_window->applyStartOptions(start);
        }
    }
    m_configured = true;
    updateProfileBox();
    m_context->configure(Endpoint::parse(resolved.endpointUrl), resolved.credentials, name);
    Q_EMIT credentialsApplied(name);
}

void CredentialsController::updateProfileBox() {
    QStringList names = m_profiles->names();
    if (CredentialResolver::environmentHasKeys())
        names.prepend(environmentEntry());
    QString current = m_active;
    if (current.isEmpty())
        current = m_configured ? environmentEntry() : m_profiles->defaultProfile();
    m_window->setProfiles(names, current);
}

void CredentialsController::openDialog(const QString &profile) {
    if (!m_dialog) {
        m_dialog = new CredentialsDialog(m_profiles, m_resolver, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &CredentialsDialog::profileSaved, this, [this](const QString &name) {
            // Use the new or edited profile now when nothing works yet or it is the one in
            // use (its key may have changed).
            if (!m_configured || isWelcomeShown() || name == m_active || m_active.isEmpty())
                apply({name, m_endpoint, QString()});
            else
                updateProfileBox();
        });
        connect(m_dialog, &CredentialsDialog::profileDeleted, this, [this](const QString &name) {
            if (name == m_active)
                m_active.clear();
            updateProfileBox();
        });
    }
    if (!profile.isEmpty())
        m_dialog->selectProfile(profile);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void CredentialsController::showWelcome(bool shown) {
    m_window->frame()->showAlternatePage(shown);
    // The device dock has nothing to show before there are credentials; it comes back only if
    // the welcome page was what hid it.
    QDockWidget *dock = m_window->deviceDock();
    if (!dock)
        return;
    if (shown && !dock->isHidden()) {
        dock->hide();
        m_dockHiddenByWelcome = true;
    } else if (!shown && m_dockHiddenByWelcome) {
        dock->show();
        m_dockHiddenByWelcome = false;
    }
}

void CredentialsController::openDemo() {
    // The demo runs in its own process on the built-in local service, so that nothing of this
    // window's (empty) configuration leaks into it.
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                {QStringLiteral("--demo")})) {
        m_window->close();
        return;
    }
    m_window->showError(ApiError::make(ApiError::Kind::Usage, QStringLiteral("Demo.Start"),
                                       tr("The demo could not be started.")),
                        tr("Open the demo"));
}

} // namespace trro
