#include "windowfixture.h"

#include "apicontext.h"
#include "appsettings.h"
#include "mainwindow.h"
#include "viewselection.h"

#include <QLocale>
#include <QStandardPaths>
#include <QTest>

namespace trro::test {

WindowFixture::WindowFixture(QSize windowSize)
    : m_windowSize(windowSize) {}

WindowFixture::~WindowFixture() {
    stop();
}

bool WindowFixture::start() {
    if (!m_dir.isValid())
        return false;
    m_service = std::make_unique<DashboardService>();
    if (!m_service->listening)
        return false;
    reconnect(m_service->service->url().toString());
    useSettings(QStringLiteral("settings-%1.ini").arg(++m_round));
    return true;
}

void WindowFixture::stop() {
    m_context.reset();
    m_settings.reset();
    m_service.reset();
}

StartOptions WindowFixture::defaultStart(bool withRange) const {
    StartOptions start;
    start.projectId = m_service->projectId();
    start.interval = Interval::Day;
    if (withRange)
        start.range = TimeWindow{m_service->rangeStart(), m_service->rangeEnd()};
    return start;
}

std::unique_ptr<MainWindow> WindowFixture::makeWindow(const StartOptions &start) const {
    auto window = std::make_unique<MainWindow>(m_context.get(), m_settings.get());
    window->applyStartOptions(start);
    if (!m_settings->contains(AppSettings::WindowGeometry))
        window->resize(m_windowSize);
    window->show();
    window->start();
    return window;
}

std::unique_ptr<MainWindow> WindowFixture::makeWindow() const {
    return makeWindow(defaultStart());
}

void WindowFixture::useSettings(const QString &fileName) {
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(fileName));
}

void WindowFixture::reconnect(const QString &url) {
    m_context.reset();
    m_context = std::make_unique<ApiContext>(m_service->stackOptions());
    m_context->configure(Endpoint::parse(url), sim::LocalService::demoCredentials(),
                         QStringLiteral("Test"));
}

WindowTestCase::WindowTestCase(QSize windowSize)
    : m_fx(windowSize) {}

void WindowTestCase::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void WindowTestCase::init() {
    QVERIFY(m_fx.start());
}

void WindowTestCase::cleanup() {
    m_fx.stop();
}

} // namespace trro::test
