#pragma once

#include "apierror.h"
#include "credentialstore.h"
#include "profilestore.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace trro {

class ConnectionTester;
class CredentialResolver;
class KeychainBanner;
class ProfileForm;
class TccliImportDialog;

// Manage credentials: add, edit, rename (edit the name), delete profiles; make one the default;
// "Test connection" (DescribeProjectList) reports success or the code, message and RequestId;
// "Import from tccli…". A saved SecretKey is never shown again. When the keychain is missing
// or locked, a banner says what to install and offers to keep the key for this session only.
// Every keychain operation is asynchronous; closing the dialog during one is safe.
class CredentialsDialog final : public QDialog {
    Q_OBJECT
public:
    CredentialsDialog(ProfileStore *profiles, CredentialResolver *resolver,
                      QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    void selectProfile(const QString &name);
    void startNewProfile();
    void startTccliImport(const QString &directory = QString()); // empty: ~/.tccli

    void save();           // the Save button
    void testConnection(); // the Test connection button
    void deleteCurrent(bool confirmed = false);
    void makeCurrentDefault();
    // The banner's "Use for this session only": keeps the key being saved (or, when nothing
    // failed to save, the key typed in the form) in memory and saves the other fields.
    void useSessionOnly();
    // Shows the keychain banner for a problem found elsewhere (e.g. when the dashboard started).
    void showKeychainProblem(const ApiError &error);

    QString currentProfile() const { return m_current; }
    bool isBusy() const { return m_busy > 0; }
    QString statusText() const;
    ProfileForm *form() const { return m_form; }
    QListWidget *profileList() const { return m_list; }
    KeychainBanner *keychainBanner() const { return m_banner; }
    TccliImportDialog *tccliDialog() const { return m_tccli; }

Q_SIGNALS:
    void profileSaved(const QString &name);
    void profileDeleted(const QString &name);
    // Emitted after a test; ok false carries the error.
    void connectionTested(bool ok, const trro::ApiError &error);
    void busyChanged(bool busy);

private:
    void reloadList(const QString &select);
    void onSelectionChanged();
    void saveFields(const Profile &profile, const ProfileSecret &secret);
    void runTest(const Profile &profile, const ProfileSecret &secret);
    void showKeychainError(const ApiError &error, bool offerSessionOnly);
    void showStatus(const QString &text, bool error = false);
    void beginBusy();
    void endBusy();
    void updateButtons();

    ProfileStore *m_profiles;
    CredentialResolver *m_resolver;
    ConnectionTester *m_tester;
    KeychainBanner *m_banner;
    QListWidget *m_list;
    ProfileForm *m_form;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_default;
    QPushButton *m_import;
    QPushButton *m_test;
    QPushButton *m_save;
    QLabel *m_status;
    TccliImportDialog *m_tccli = nullptr;
    QString m_current;        // the saved profile being edited; empty for a new one
    Profile m_pendingProfile; // kept for "Use for this session only"
    ProfileSecret m_pendingSecret;
    int m_busy = 0;
};

} // namespace trro
