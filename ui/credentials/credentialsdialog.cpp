#include "credentialsdialog.h"

#include "connectiontester.h"
#include "credentialresolver.h"
#include "keychainbanner.h"
#include "panels/toneproxymodel.h"
#include "profileform.h"
#include "tablerole.h"
#include "tccliimportdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace trro {

CredentialsDialog::CredentialsDialog(ProfileStore *profiles, CredentialResolver *resolver,
                                     QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_resolver(resolver)
    , m_tester(new ConnectionTester(this))
    , m_banner(new KeychainBanner(this))
    , m_list(new QListWidget(this))
    , m_form(new ProfileForm(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_default(new QPushButton(tr("Make de&fault"), this))
    , m_import(new QPushButton(tr("Import from &tccli…"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_status(new QLabel(this)) {
    m_status->setTextFormat(Qt::PlainText); // server or user text, never markup
    setWindowTitle(tr("Manage credentials"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setMinimumWidth(180);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Status"));
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    m_save->setDefault(true);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_delete);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    left->addWidget(m_default);
    left->addWidget(m_import);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_form);
    right->addLayout(testRow);
    right->addWidget(m_status);
    right->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &CredentialsDialog::onSelectionChanged);
    connect(m_add, &QPushButton::clicked, this, &CredentialsDialog::startNewProfile);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrent(false); });
    connect(m_default, &QPushButton::clicked, this, &CredentialsDialog::makeCurrentDefault);
    connect(m_import, &QPushButton::clicked, this, [this] { startTccliImport(); });
    connect(m_test, &QPushButton::clicked, this, &CredentialsDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &CredentialsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &ProfileForm::edited, this, &CredentialsDialog::updateButtons);
    connect(m_banner, &KeychainBanner::sessionOnlyRequested, this,
            &CredentialsDialog::useSessionOnly);
    connect(m_banner, &KeychainBanner::retryRequested, this, [this] {
        m_banner->dismiss();
        save();
    });
    connect(m_tester, &ConnectionTester::succeeded, this, [this](const QList<Project> &projects) {
        endBusy();
        m_form->setProjects(projects);
        showStatus(tr("The connection works: DescribeProjectList found %n project(s).", nullptr,
                      int(projects.size())));
        Q_EMIT connectionTested(true, ApiError{});
    });
    connect(m_tester, &ConnectionTester::failed, this, [this](const ApiError &error) {
        endBusy();
        showStatus(ConnectionTester::describeFailure(error), true);
        Q_EMIT connectionTested(false, error);
    });
    connect(m_profiles, &ProfileStore::profilesChanged, this, [this] { reloadList(m_current); });

    resize(760, 460);
    const QString first = m_profiles->defaultProfile();
    reloadList(first);
    if (m_profiles->names().isEmpty())
        startNewProfile();
}

CredentialsDialog::~CredentialsDialog() {
    m_pendingSecret = {};
}

QString CredentialsDialog::statusText() const {
    return m_status->text();
}

void CredentialsDialog::reloadList(const QString &select) {
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QString defaultName = m_profiles->defaultProfile();
    int row = -1;
    const QStringList names = m_profiles->names();
    for (const QString &name : names) {
        auto *item =
            new QListWidgetItem(name == defaultName ? tr("%1 (default)").arg(name) : name, m_list);
        item->setData(Qt::UserRole, name);
        if (name == select)
            row = m_list->count() - 1;
    }
    m_list->setCurrentRow(row);
    if (row >= 0 && select != m_current)
        onSelectionChanged();
    updateButtons();
}

void CredentialsDialog::onSelectionChanged() {
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString name = item->data(Qt::UserRole).toString();
    const std::optional<Profile> profile = m_profiles->profile(name);
    if (!profile)
        return;
    m_tester->cancel();
    m_current = name;
    m_form->setProfile(*profile, !m_resolver || !m_resolver->hasSessionSecret(name));
    showStatus(m_resolver && m_resolver->hasSessionSecret(name)
                   ? tr("The SecretKey of this profile is kept in memory for this session only.")
                   : QString());
    updateButtons();
}

void CredentialsDialog::selectProfile(const QString &name) {
    reloadList(name);
}

void CredentialsDialog::startNewProfile() {
    m_tester->cancel();
    m_current.clear();
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
    }
    m_form->clearForNew();
    if (m_profiles->names().isEmpty())
        m_form->nameEdit()->setText(QStringLiteral("default"));
    showStatus(tr("New profile: enter the API key of a CAM user with read access to TRRO."));
    m_form->nameEdit()->setFocus();
    updateButtons();
}

void CredentialsDialog::startTccliImport(const QString &directory) {
    if (!m_tccli) {
        m_tccli = new TccliImportDialog(m_profiles, this);
        connect(m_tccli, &TccliImportDialog::imported, this, [this](const QString &name) {
            reloadList(name);
            showStatus(tr("Imported profile \"%1\"; its SecretKey is in the keychain.").arg(name));
            Q_EMIT profileSaved(name);
        });
        connect(m_tccli, &TccliImportDialog::keychainUnavailable, this,
                [this](const ApiError &error) { showKeychainError(error, false); });
    }
    if (!directory.isEmpty())
        m_tccli->setDirectory(directory);
    m_tccli->open(); // window-modal, no nested event loop
}

void CredentialsDialog::save() {
    QString error;
    if (!m_form->validate(&error)) {
        showStatus(error, true);
        return;
    }
    const Profile profile = m_form->profile();
    const ProfileSecret secret = m_form->secret();
    const bool renaming = !m_current.isEmpty() && profile.name != m_current;
    if ((m_current.isEmpty() || renaming) && m_profiles->contains(profile.name)) {
        showStatus(tr("A profile named \"%1\" already exists.").arg(profile.name), true);
        return;
    }
    if (!renaming) {
        saveFields(profile, secret);
        return;
    }
    beginBusy();
    showStatus(tr("Renaming \"%1\" to \"%2\"…").arg(m_current, profile.name));
    const QString from = m_current;
    m_profiles->rename(from, profile.name, this, [this, from, profile, secret](const ApiError &e) {
        endBusy();
        if (e.isError()) {
            showKeychainError(e, false);
            return;
        }
        if (m_resolver && m_resolver->hasSessionSecret(from)) {
            m_resolver->setSessionSecret(profile.name, m_resolver->sessionSecret(from));
            m_resolver->clearSessionSecret(from);
        }
        m_current = profile.name;
        saveFields(profile, secret);
    });
}

void CredentialsDialog::saveFields(const Profile &profile, const ProfileSecret &secret) {
    beginBusy();
    showStatus(secret.isEmpty() ? tr("Saving…") : tr("Saving the key in the keychain…"));
    m_profiles->save(profile, secret, this, [this, profile, secret](const ApiError &e) {
        endBusy();
        if (e.isError()) {
            m_pendingProfile = profile;
            m_pendingSecret = secret;
            showKeychainError(e, !secret.isEmpty());
            return;
        }
        m_banner->dismiss();
        m_form->clearSecret(); // never shown again
        if (m_resolver && !secret.isEmpty())
            m_resolver->clearSessionSecret(profile.name); // the keychain holds it now
        m_current = profile.name;
        reloadList(profile.name);
        onSelectionChanged();
        showStatus(
            secret.isEmpty()
                ? tr("Saved profile \"%1\".").arg(profile.name)
                : tr("Saved profile \"%1\"; the SecretKey is in the keychain.").arg(profile.name));
        Q_EMIT profileSaved(profile.name);
    });
}

void CredentialsDialog::useSessionOnly() {
    if (!m_resolver)
        return;
    QString error;
    if (m_pendingSecret.isEmpty()) {
        if (!m_form->validate(&error) || m_form->secret().isEmpty()) {
            showStatus(error.isEmpty() ? tr("Type the SecretKey to keep it for this session.")
                                       : error,
                       true);
            return;
        }
        m_pendingProfile = m_form->profile();
        m_pendingSecret = m_form->secret();
    }
    if (!m_profiles->saveProfile(m_pendingProfile, &error)) {
        showStatus(error, true);
        return;
    }
    m_resolver->setSessionSecret(m_pendingProfile.name, m_pendingSecret);
    m_pendingSecret = {};
    m_banner->dismiss();
    m_form->clearSecret();
    m_current = m_pendingProfile.name;
    reloadList(m_current);
    onSelectionChanged();
    showStatus(tr("Profile \"%1\" saved without its SecretKey: the key is kept in memory until "
                  "the dashboard quits.")
                   .arg(m_current));
    Q_EMIT profileSaved(m_current);
}

void CredentialsDialog::testConnection() {
    Profile profile = m_form->profile();
    ProfileSecret secret = m_form->secret();
    QString error;
    if (profile.secretId.isEmpty()) {
        showStatus(tr("Enter the SecretId."), true);
        return;
    }
    if (!Endpoint::parse(profile.endpointUrl(), &error).isValid()) {
        showStatus(error, true);
        return;
    }
    if (!secret.isEmpty() || m_current.isEmpty()) {
        if (secret.isEmpty()) {
            showStatus(tr("Enter the SecretKey."), true);
            return;
        }
        runTest(profile, secret);
        return;
    }
    // The saved key: from this session's memory, else from the keychain.
    CredentialResolver::Request request;
    request.profile = m_current;
    beginBusy();
    showStatus(tr("Reading the key from the keychain…"));
    m_resolver->resolve(request, this,
                        [this, profile](const Result<ResolvedCredentials> &resolved) {
                            endBusy();
                            if (!resolved.ok()) {
                                showKeychainError(resolved.error(), false);
                                return;
                            }
                            ProfileSecret saved;
                            saved.secretKey = resolved.value().credentials.secretKey;
                            saved.sessionToken = resolved.value().credentials.sessionToken;
                            runTest(profile, saved);
                        });
}

void CredentialsDialog::runTest(const Profile &profile, const ProfileSecret &secret) {
    Credentials credentials;
    credentials.secretId = profile.secretId;
    credentials.secretKey = secret.secretKey;
    credentials.sessionToken = secret.sessionToken;
    credentials.region = profile.region;
    beginBusy();
    showStatus(tr("Calling DescribeProjectList on %1…").arg(profile.endpointUrl()));
    m_tester->start(Endpoint::parse(profile.endpointUrl()), credentials);
}

void CredentialsDialog::deleteCurrent(bool confirmed) {
    if (m_current.isEmpty())
        return;
    if (!confirmed) {
        auto *box = new QMessageBox(
            QMessageBox::Question, tr("Delete profile"),
            tr("Delete the profile \"%1\" and its key in the keychain?").arg(m_current),
            QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, name = m_current](int result) {
            if (result == QMessageBox::Yes && name == m_current)
                deleteCurrent(true);
        });
        box->open();
        return;
    }
    const QString name = m_current;
    beginBusy();
    showStatus(tr("Deleting \"%1\"…").arg(name));
    m_profiles->remove(name, this, [this, name](const ApiError &e) {
        endBusy();
        if (e.isError()) {
            showKeychainError(e, false);
            return;
        }
        if (m_resolver)
            m_resolver->clearSessionSecret(name);
        m_current.clear();
        reloadList(m_profiles->defaultProfile());
        if (m_list->currentRow() < 0)
            startNewProfile();
        showStatus(tr("Deleted profile \"%1\" and its keychain entries.").arg(name));
        Q_EMIT profileDeleted(name);
    });
}

void CredentialsDialog::makeCurrentDefault() {
    if (m_current.isEmpty())
        return;
    m_profiles->setDefaultProfile(m_current);
    showStatus(tr("\"%1\" is now the default profile.").arg(m_current));
}

void CredentialsDialog::showKeychainProblem(const ApiError &error) {
    showKeychainError(error, true);
    showStatus(tr("Type the SecretKey, then choose \"Use for this session only\": it is kept in "
                  "memory until the dashboard quits."));
    m_form->secretKeyEdit()->setFocus();
}

void CredentialsDialog::showKeychainError(const ApiError &error, bool offerSessionOnly) {
    if (CredentialStore::isUnavailable(error)) {
        m_banner->setSessionOnlyOffered(offerSessionOnly && m_resolver);
        m_banner->showError(error);
        showStatus(error.message, true);
        return;
    }
    showStatus(error.userMessage(), true);
}

void CredentialsDialog::showStatus(const QString &text, bool error) {
    m_status->setText(text);
    QPalette pal = palette();
    if (error) {
        const bool dark = pal.color(QPalette::Window).lightness() < 128;
        pal.setColor(QPalette::WindowText, ToneProxyModel::toneColor(Tone::Bad, dark));
    }
    m_status->setPalette(pal);
}

void CredentialsDialog::beginBusy() {
    if (m_busy++ == 0)
        Q_EMIT busyChanged(true);
    updateButtons();
}

void CredentialsDialog::endBusy() {
    if (m_busy > 0 && --m_busy == 0)
        Q_EMIT busyChanged(false);
    updateButtons();
}

void CredentialsDialog::updateButtons() {
    const bool idle = m_busy == 0;
    const bool saved = !m_current.isEmpty();
    m_save->setEnabled(idle);
    m_test->setEnabled(idle);
    m_delete->setEnabled(idle && saved);
    m_default->setEnabled(idle && saved && m_profiles->defaultProfile() != m_current);
    m_import->setEnabled(idle);
    m_add->setEnabled(idle);
    m_list->setEnabled(idle);
}

} // namespace trro
