// The credentials dialog, the welcome page and the keychain banner on the offscreen platform,
// against the local TRRO service and the private keychain.

#include "credentialresolver.h"
#include "credentials/credentialsdialog.h"
#include "credentials/keychainbanner.h"
#include "credentials/profileform.h"
#include "credentials/tccliimportdialog.h"
#include "credentials/welcomepage.h"
#include "keychainservice.h"
#include "keychaintestsupport.h"
#include "profilestore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trro;

class TestCredentialsDialog final : public SignInTestCase {
    Q_OBJECT
public:
    TestCredentialsDialog()
        : SignInTestCase("dialog") {}

private Q_SLOTS:
    void init();
    void cleanup();
    void addTestAndSave();
    void savedSecretIsNeverShownAndStillTests();
    void wrongKeyShowsCodeAndRequestId();
    void renameAndDelete();
    void importFromTccli();
    void closingDuringKeychainJobIsSafe();
    void welcomePageOffersThreeWays();
    void keychainBannerOffersSessionOnly();

private:
    void fillNewProfile(CredentialsDialog &dialog, const QString &name, const QString &key);
};

void TestCredentialsDialog::init() {
    static int round = 0;
    openProfiles(m_dir.filePath(QStringLiteral("d%1.ini").arg(++round)));
}

void TestCredentialsDialog::cleanup() {
    closeProfiles();
}

void TestCredentialsDialog::fillNewProfile(CredentialsDialog &dialog, const QString &name,
                                           const QString &key) {
    ProfileForm *form = dialog.form();
    QVERIFY(form->isNew());
    form->nameEdit()->setText(name);
    QTest::keyClicks(form->secretIdEdit(), m_key.secretId);
    QTest::keyClicks(form->secretKeyEdit(), key);
    form->endpointCombo()->setCurrentIndex(
        form->endpointCombo()->findData(int(EndpointKind::Custom)));
    form->customUrlEdit()->setText(m_service->url().toString());
}

void TestCredentialsDialog::addTestAndSave() {
    CredentialsDialog dialog(m_profiles.get(), m_resolver.get());
    dialog.show();
    QCOMPARE(dialog.profileList()->count(), 0);
    fillNewProfile(dialog, QStringLiteral("ops"), m_key.secretKey);
    QCOMPARE(dialog.form()->secretKeyEdit()->echoMode(), QLineEdit::Password);

    QSignalSpy tested(&dialog, &CredentialsDialog::connectionTested);
    dialog.testConnection();
    QVERIFY(tested.wait(20000));
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(dialog.statusText()));
    QVERIFY(dialog.statusText().contains(QLatin1String("connection works")));
    QVERIFY(dialog.form()->projectCombo()->count() > 0);
    QVERIFY(dialog.form()->projectCombo()->findData(sim::LocalService::demoProjectId()) >= 0);
    dialog.form()->projectCombo()->setCurrentIndex(
        dialog.form()->projectCombo()->findData(sim::LocalService::demoProjectId()));

    QSignalSpy saved(&dialog, &CredentialsDialog::profileSaved);
    dialog.save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().toString(), QStringLiteral("ops"));
    QVERIFY(dialog.form()->secretKeyEdit()->text().isEmpty()); // never shown again
    QCOMPARE(dialog.profileList()->count(), 1);
    QCOMPARE(m_profiles->defaultProfile(), QStringLiteral("ops"));
    const std::optional<Profile> p = m_profiles->profile(QStringLiteral("ops"));
    QVERIFY(p);
    QCOMPARE(p->secretId, m_key.secretId);
    QCOMPARE(p->defaultProject, sim::LocalService::demoProjectId());
    QCOMPARE(readSecret(*m_keychain, QStringLiteral("ops")).value().secretKey, m_key.secretKey);
    QCOMPARE(filesContaining(m_dir.path(), m_key.secretKey), QStringList());
}

void TestCredentialsDialog::savedSecretIsNeverShownAndStillTests() {
    Profile p{QStringLiteral("saved"),
              m_key.secretId,
              {},
              EndpointKind::Custom,
              m_service->url().toString(),
              {}};
    Outcome outcome;
    QSignalSpy done(&outcome, &Outcome::finished);
    m_profiles->save(p, {m_key.secretKey, {}}, &outcome, outcome.done());
    QVERIFY(done.wait(10000));

    CredentialsDialog dialog(m_profiles.get(), m_resolver.get());
    dialog.show();
    QCOMPARE(dialog.currentProfile(), QStringLiteral("saved"));
    QVERIFY(dialog.form()->secretKeyEdit()->text().isEmpty());
    QVERIFY(!dialog.form()->secretKeyEdit()->placeholderText().isEmpty());
    QVERIFY(!dialog.form()->isNew());
    QSignalSpy tested(&dialog, &CredentialsDialog::connectionTested);
    dialog.testConnection(); // the key comes from the keychain
    QVERIFY(tested.wait(20000));
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(dialog.statusText()));
    QVERIFY(dialog.form()->secretKeyEdit()->text().isEmpty());
}

void TestCredentialsDialog::wrongKeyShowsCodeAndRequestId() {
    CredentialsDialog dialog(m_profiles.get(), m_resolver.get());
    dialog.show();
    fillNewProfile(dialog, QStringLiteral("wrong"), QStringLiteral("not-the-key"));
    QSignalSpy tested(&dialog, &CredentialsDialog::connectionTested);
    dialog.testConnection();
    QVERIFY(tested.wait(20000));
    QVERIFY(!tested.first().at(0).toBool());
    const ApiError error = tested.first().at(1).value<ApiError>();
    QVERIFY(error.code.startsWith(QLatin1String("AuthFailure")));
    QVERIFY(!error.requestId.isEmpty());
    const QString status = dialog.statusText();
    QVERIFY2(status.contains(error.code), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("RequestId: ") + error.requestId), qPrintable(status));
    QVERIFY(!status.contains(QLatin1String("not-the-key")));
}

void TestCredentialsDialog::renameAndDelete() {
    CredentialsDialog dialog(m_profiles.get(), m_resolver.get());
    dialog.show();
    fillNewProfile(dialog, QStringLiteral("first"), m_key.secretKey);
    QSignalSpy saved(&dialog, &CredentialsDialog::profileSaved);
    dialog.save();
    QVERIFY(saved.wait(10000));

    dialog.form()->nameEdit()->setText(QStringLiteral("second"));
    dialog.save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.last().first().toString(), QStringLiteral("second"));
    QCOMPARE(m_profiles->names(), QStringList{QStringLiteral("second")});
    QCOMPARE(dialog.currentProfile(), QStringLiteral("second"));
    QCOMPARE(readSecret(*m_keychain, QStringLiteral("second")).value().secretKey, m_key.secretKey);
    QVERIFY(!readSecret(*m_keychain, QStringLiteral("first")).ok());

    QSignalSpy deleted(&dialog, &CredentialsDialog::profileDeleted);
    dialog.deleteCurrent(true);
    QVERIFY(deleted.wait(10000));
    QVERIFY(m_profiles->names().isEmpty());
    QCOMPARE(dialog.profileList()->count(), 0);
    QVERIFY(dialog.form()->isNew());
    QVERIFY(!readSecret(*m_keychain, QStringLiteral("second")).ok());
}

void TestCredentialsDialog::importFromTccli() {
    const QString tccli = m_dir.filePath(QStringLiteral("tccli"));
    QVERIFY(QDir().mkpath(tccli));
    QFile credential(tccli + QStringLiteral("/lab.credential"));
    QVERIFY(credential.open(QIODevice::WriteOnly));
    credential.write(QStringLiteral(R"({"secretId": "AKIDlab", "secretKey": "%1"})")
                         .arg(m_key.secretKey)
                         .toUtf8());
    credential.close();

    CredentialsDialog dialog(m_profiles.get(), m_resolver.get());
    dialog.show();
    dialog.startTccliImport(tccli);
    TccliImportDialog *import = dialog.tccliDialog();
    QVERIFY(import);
    QTRY_VERIFY(import->isVisible());
    QCOMPARE(import->availableProfiles(), QStringList{QStringLiteral("lab")});
    QCOMPARE(import->nameEdit()->text(), QStringLiteral("lab"));
    QSignalSpy saved(&dialog, &CredentialsDialog::profileSaved);
    import->import();
    QVERIFY(saved.wait(10000));
    QCOMPARE(m_profiles->profile(QStringLiteral("lab"))->secretId, QStringLiteral("AKIDlab"));
    QCOMPARE(readSecret(*m_keychain, QStringLiteral("lab")).value().secretKey, m_key.secretKey);
    QVERIFY(!import->isVisible());
    QVERIFY(QFileInfo::exists(tccli + QStringLiteral("/lab.credential")));
}

void TestCredentialsDialog::closingDuringKeychainJobIsSafe() {
    auto *dialog = new CredentialsDialog(m_profiles.get(), m_resolver.get());
    dialog->show();
    fillNewProfile(*dialog, QStringLiteral("closing"), m_key.secretKey);
    QSignalSpy idle(m_keychain.get(), &CredentialStore::idle);
    dialog->save();
    QVERIFY(dialog->isBusy());
    QCoreApplication::processEvents(); // the keychain job starts
    delete dialog;                     // closed while the job runs
    QVERIFY(idle.wait(10000));
    QVERIFY(m_keychain->isIdle());
    // The store still works; the operation of the closed dialog went no further.
    QVERIFY(m_profiles->names().isEmpty());
    const Result<ProfileSecret> after = readSecret(*m_keychain, QStringLiteral("closing"));
    QVERIFY(after.ok() || after.error().code == QLatin1String(CredentialStore::NotFoundCode));
}

void TestCredentialsDialog::welcomePageOffersThreeWays() {
    WelcomePage page;
    page.show();
    QVERIFY(page.importButton()->isHidden());
    page.setTccliAvailable(true);
    QVERIFY(!page.importButton()->isHidden());
    QSignalSpy add(&page, &WelcomePage::addProfileRequested);
    QSignalSpy import(&page, &WelcomePage::importRequested);
    QSignalSpy demo(&page, &WelcomePage::demoRequested);
    QTest::mouseClick(page.addButton(), Qt::LeftButton);
    QTest::mouseClick(page.importButton(), Qt::LeftButton);
    QTest::mouseClick(page.demoButton(), Qt::LeftButton);
    QCOMPARE(add.count(), 1);
    QCOMPARE(import.count(), 1);
    QCOMPARE(demo.count(), 1);
}

void TestCredentialsDialog::keychainBannerOffersSessionOnly() {
    KeychainBanner banner;
    const ApiError error = ApiError::make(
        ApiError::Kind::Credentials, QLatin1String(CredentialStore::NoBackendCode),
        QStringLiteral("No keychain is available (Cannot autolaunch D-Bus without X11 $DISPLAY)."));
    banner.setSessionOnlyOffered(true);
    banner.showError(error);
    QVERIFY(banner.isVisible());
    for (const char *word : {"GNOME Keyring", "KWallet", "KeePassXC", "session only"})
        QVERIFY2(banner.text().contains(QLatin1String(word)), qPrintable(banner.text()));
    QSignalSpy sessionOnly(&banner, &KeychainBanner::sessionOnlyRequested);
    QTest::mouseClick(banner.sessionOnlyButton(), Qt::LeftButton);
    QCOMPARE(sessionOnly.count(), 1);
    banner.dismiss();
    QVERIFY(!banner.isVisible());
}

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentialsdialog.moc"
