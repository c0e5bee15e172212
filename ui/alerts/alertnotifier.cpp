#include "alertnotifier.h"

#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QVariantMap>
#include <algorithm>

#ifdef TRRO_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#endif

namespace trro {
namespace {

constexpr auto NotificationsService = "org.freedesktop.Notifications";
constexpr qsizetype MaxBodyLines = 4;

} // namespace

AlertNotifier::AlertNotifier(QObject *parent)
    : QObject(parent)
    , m_backend(detect()) {
    if (m_backend == Backend::SystemTray) {
        m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
        m_tray->setToolTip(QGuiApplication::applicationDisplayName());
    }
}

AlertNotifier::Backend AlertNotifier::detect() {
#ifdef TRRO_HAVE_DBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected() && bus.interface() &&
        bus.interface()->isServiceRegistered(QLatin1String(NotificationsService)).value())
        return Backend::Freedesktop;
#endif
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages())
        return Backend::SystemTray;
    return Backend::None;
}

QString AlertNotifier::title(const QList<AlertChange> &worsened) {
    AlertState worst = AlertState::Ok;
    for (const AlertChange &c : worsened)
        worst = std::max(worst, c.alert.state);
    return worst == AlertState::Critical ? tr("TRRO fleet: critical alert")
                                         : tr("TRRO fleet: warning");
}

QString AlertNotifier::body(const QList<AlertChange> &worsened) {
    QList<AlertChange> sorted = worsened;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.alert.state > b.alert.state; });
    QStringList lines;
    for (const AlertChange &c : std::as_const(sorted).mid(0, MaxBodyLines))
        lines << AlertEngine::ruleLabel(c.alert.rule) + QLatin1String(": ") + c.alert.summary;
    return lines.join(QLatin1Char('\n'));
}

void AlertNotifier::notify(const QList<AlertChange> &worsened) {
    if (!m_enabled || worsened.isEmpty())
        return;
    const QString heading = title(worsened);
    const QString text = body(worsened);
    bool sent = false;
    if (m_backend == Backend::Freedesktop)
        sent = sendFreedesktop(heading, text);
    else if (m_backend == Backend::SystemTray && m_tray) {
        m_tray->show();
        m_tray->showMessage(heading, text, QSystemTrayIcon::Warning);
        sent = true;
    }
    if (sent)
        Q_EMIT notified(heading, text);
}

bool AlertNotifier::sendFreedesktop(const QString &title, const QString &body) {
#ifdef TRRO_HAVE_DBUS
    QDBusMessage call = QDBusMessage::createMethodCall(
        QLatin1String(NotificationsService), QStringLiteral("/org/freedesktop/Notifications"),
        QLatin1String(NotificationsService), QStringLiteral("Notify"));
    // The body may be read as markup by the server: the text is escaped.
    call << QGuiApplication::applicationDisplayName() << uint(0)
         << QStringLiteral("io.github.trro_dashboard.TrroDashboard") << title
         << body.toHtmlEscaped() << QStringList() << QVariantMap() << int(-1);
    return QDBusConnection::sessionBus().send(call);
#else
    Q_UNUSED(title);
    Q_UNUSED(body);
    return false;
#endif
}

} // namespace trro
