#pragma once

#include "alerthistory.h"

#include <QObject>

class QSystemTrayIcon;

namespace trro {

// A desktop notification when a rule turns warning or critical: through the freedesktop
// notification service (D-Bus org.freedesktop.Notifications) where the session has one, else
// a system tray message where there is a tray, else nothing.
class AlertNotifier final : public QObject {
    Q_OBJECT
public:
    enum class Backend { None, Freedesktop, SystemTray };

    explicit AlertNotifier(QObject *parent = nullptr);

    Backend backend() const { return m_backend; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    // One notification for the changes (worst first); none for an empty list.
    void notify(const QList<AlertChange> &worsened);

    static QString title(const QList<AlertChange> &worsened);
    static QString body(const QList<AlertChange> &worsened);

Q_SIGNALS:
    void notified(const QString &title, const QString &body); // after it was handed over

private:
    static Backend detect();
    bool sendFreedesktop(const QString &title, const QString &body);

    Backend m_backend;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = true;
};

} // namespace trro
