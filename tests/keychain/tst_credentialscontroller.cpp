// The credentials wiring of the dashboard window: the welcome page on the first start, a
// profile added from there configures the API context, the Profile box switches profiles, and
// the environment keys need no profile at all.

#include "apiclient.h"
#include "apicontext.h"
#include "apistack.h"
#include "appsettings.h"
#include "credentials/credentialscontroller.h"
#include "credentials/credentialsdialog.h"
#include "credentials/profileform.h"
#include "credentials/welcomepage.h"
#include "keychainservice.h"
#include "keychaintestsupport.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "toolbar/dashboardtoolbar.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trro;

class TestCredentialsController final : public SignInTestCase {
    Q_OBJECT
public:
    TestCredentialsController()
        : SignInTestCase("controller") {}

private Q_SLOTS:
    void init();
    void cleanup();
    void firstStartShowsWelcomeThenAddProfile();
    void savedDefaultProfileConfiguresContext();
    void profileBoxSwitchesProfiles();
    void environmentNeedsNoProfile();

private:
    void saveProfile(const QString &name, const QString &key);

    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ApiContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

void TestCredentialsController::init() {
    static int round = 0;
    ++round;
    m_settings =
        std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("app%1.ini").arg(round)));
    openProfiles(m_dir.filePath(QStringLiteral("profiles%1.ini").arg(round)));
    ApiStackOptions stackOptions; // a cache file of this test's own
    stackOptions.cachePath = m_dir.filePath(QStringLiteral("stats-cache.sqlite"));
    m_context = std::make_unique<ApiContext>(stackOptions);
    m_window = std::make_unique<MainWindow>(m_context.get(), m_settings.get());
}

void TestCredentialsController::cleanup() {
    m_window.reset();
    m_context.reset();
    closeProfiles();
    m_settings.reset();
    qunsetenv("TENCENTCLOUD_SECRET_ID");
    qunsetenv("TENCENTCLOUD_SECRET_KEY");
}

void TestCredentialsController::saveProfile(const QString &name, const QString &key) {
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::finished);
    m_profiles->save({name,
                      m_key.secretId,
                      {},
                      EndpointKind::Custom,
                      m_service->url().toString(),
                      sim::LocalService::demoProjectId()},
                     {key, {}}, &outcome, outcome.done());
    QVERIFY(spy.wait(10000));
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
}

void TestCredentialsController::firstStartShowsWelcomeThenAddProfile() {
    CredentialsController controller(m_window.get(), m_context.get(), m_profiles.get(),
                                     m_resolver.get());
    m_window->show();
    m_window->start();
    controller.start({}, {}, {});
    QVERIFY(controller.isWelcomeShown());
    QVERIFY(controller.welcomePage()->isVisible());
    QVERIFY(m_window->deviceDock()->isHidden());
    QVERIFY(!m_context->isConfigured());
    QVERIFY(m_window->dashboardToolbar()->manageCredentialsAction()->isEnabled());

    QTest::mouseClick(controller.welcomePage()->addButton(), Qt::LeftButton);
    CredentialsDialog *dialog = controller.dialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    ProfileForm *form = dialog->form();
    QCOMPARE(form->nameEdit()->text(), QStringLiteral("default"));
    QTest::keyClicks(form->secretIdEdit(), m_key.secretId);
    QTest::keyClicks(form->secretKeyEdit(), m_key.secretKey);
    form->endpointCombo()->setCurrentIndex(
        form->endpointCombo()->findData(int(EndpointKind::Custom)));
    form->customUrlEdit()->setText(m_service->url().toString());

    QSignalSpy applied(&controller, &CredentialsController::credentialsApplied);
    dialog->save();
    QVERIFY(applied.wait(15000));
    QCOMPARE(applied.first().first().toString(), QStringLiteral("default"));
    QVERIFY(!controller.isWelcomeShown());
    QVERIFY(!m_window->deviceDock()->isHidden());
    QVERIFY(m_context->isConfigured());
    QCOMPARE(m_context->profileName(), QStringLiteral("default"));
    QCOMPARE(m_context->endpoint().toString(), m_service->url().toString());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->projects().isEmpty(), 15000); // the window got going
    QVERIFY(m_window->windowTitle().contains(QLatin1String("[default]")));
}

void TestCredentialsController::savedDefaultProfileConfiguresContext() {
    saveProfile(QStringLiteral("saved"), m_key.secretKey);
    CredentialsController controller(m_window.get(), m_context.get(), m_profiles.get(),
                                     m_resolver.get());
    QSignalSpy applied(&controller, &CredentialsController::credentialsApplied);
    m_window->start();
    controller.start({}, {}, {});
    QVERIFY(applied.wait(15000));
    QVERIFY(!controller.isWelcomeShown());
    QCOMPARE(controller.activeProfile(), QStringLiteral("saved"));
    QCOMPARE(m_context->profileName(), QStringLiteral("saved"));
    // The profile's default project is the one opened.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->dashboardToolbar()->currentProjectId(),
                              sim::LocalService::demoProjectId(), 15000);
}

void TestCredentialsController::profileBoxSwitchesProfiles() {
    saveProfile(QStringLiteral("alpha"), m_key.secretKey);
    saveProfile(QStringLiteral("beta"), QStringLiteral("wrong-") + m_key.secretKey);
    CredentialsController controller(m_window.get(), m_context.get(), m_profiles.get(),
                                     m_resolver.get());
    QSignalSpy applied(&controller, &CredentialsController::credentialsApplied);
    controller.start({}, {}, {});
    QVERIFY(applied.wait(15000));
    QCOMPARE(m_context->profileName(), QStringLiteral("alpha"));

    // What the Profile box does when the user picks another entry.
    Q_EMIT m_window->dashboardToolbar()->profileActivated(QStringLiteral("beta"));
    QVERIFY(applied.wait(15000));
    QCOMPARE(controller.activeProfile(), QStringLiteral("beta"));
    QCOMPARE(m_context->profileName(), QStringLiteral("beta"));
    QCOMPARE(m_context->client()->credentials().secretKey,
             QStringLiteral("wrong-") + m_key.secretKey);
}

void TestCredentialsController::environmentNeedsNoProfile() {
    qputenv("TENCENTCLOUD_SECRET_ID", m_key.secretId.toUtf8());
    qputenv("TENCENTCLOUD_SECRET_KEY", m_key.secretKey.toUtf8());
    CredentialsController controller(m_window.get(), m_context.get(), m_profiles.get(),
                                     m_resolver.get());
    QSignalSpy applied(&controller, &CredentialsController::credentialsApplied);
    controller.start({}, {}, m_service->url().toString());
    QVERIFY(applied.wait(15000));
    QVERIFY(!controller.isWelcomeShown());
    QVERIFY(controller.activeProfile().isEmpty());
    QVERIFY(m_context->isConfigured());
    QCOMPARE(m_context->client()->credentials().secretId, m_key.secretId);
}

QTEST_MAIN(TestCredentialsController)
#include "tst_credentialscontroller.moc"
