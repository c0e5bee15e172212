#pragma once

// The dashboard window of the ui tests, against the local service (dashboardfixture.h). What
// it gives a test class that holds one as a member:
// - start()/stop(), from init()/cleanup(): a fresh service, an API context signed in to it and
//   a settings file of its own (settings-<round>.ini) for every test function;
// - makeWindow(): the main window on the demo project, shown and started;
// - useSettings() and reconnect(): another user's settings, another start of the program.
// The temporary folder holds every file a test writes. WindowTestCase, the base of the window
// tests, holds one and starts it for every test function.

#include "dashboardfixture.h"
#include "viewselection.h"

#include <QObject>
#include <QSize>
#include <QTemporaryDir>
#include <memory>

namespace trro {
class ApiContext;
class AppSettings;
class MainWindow;
} // namespace trro

namespace trro::test {

class WindowFixture final {
public:
    // windowSize: what makeWindow() resizes a window to.
    explicit WindowFixture(QSize windowSize = QSize(1200, 800));
    ~WindowFixture();

    bool start();
    void stop();

    // The demo project by the day; withRange: over the service's closed week (rangeStart(),
    // rangeEnd()), else the settings' range.
    StartOptions defaultStart(bool withRange = true) const;
    // Resized to the fixture's size unless the settings hold a saved geometry (a window
    // closed before).
    std::unique_ptr<MainWindow> makeWindow(const StartOptions &start) const;
    std::unique_ptr<MainWindow> makeWindow() const;

    // From here on, the settings in fileName of the temporary folder.
    void useSettings(const QString &fileName);
    // A new API context against url (a new start of the program; the old one is deleted).
    void reconnect(const QString &url);

    DashboardService *service() const { return m_service.get(); }
    ApiContext *context() const { return m_context.get(); }
    AppSettings *settings() const { return m_settings.get(); }
    QString filePath(const QString &fileName) const { return m_dir.filePath(fileName); }
    // Counts the test functions: unique file names per function.
    int round() const { return m_round; }

private:
    QSize m_windowSize;
    QTemporaryDir m_dir;
    std::unique_ptr<DashboardService> m_service;
    std::unique_ptr<ApiContext> m_context;
    std::unique_ptr<AppSettings> m_settings;
    int m_round = 0;
};

// The base of the window tests: QStandardPaths' test mode and English (United States) for the
// whole run, a fresh fixture (service, context, settings) for every test function.
class WindowTestCase : public QObject {
    Q_OBJECT
protected:
    explicit WindowTestCase(QSize windowSize = QSize(1200, 800));

protected Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

protected:
    WindowFixture m_fx;
};

} // namespace trro::test
