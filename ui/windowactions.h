#pragma once

#include <QList>
#include <QObject>
#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;

namespace trro {

class AppSettings;
class DashboardToolbar;
class DevicePanel;
class ExportController;
class LinkedCharts;
class LinkedChartsView;

// The window's menus and keyboard shortcuts: F5 refresh, Ctrl+0 zoom reset, Ctrl+Z and
// Ctrl+Shift+Z zoom undo and redo, Ctrl+E export, Ctrl+F find device, Ctrl+Q quit; the
// device layout of the charts, the appearance (system, light, dark) and the About box.
class WindowActions final : public QObject {
    Q_OBJECT
public:
    struct Parts {
        std::function<LinkedCharts *()> currentCharts; // the charts on screen
        LinkedChartsView *fleetCharts = nullptr;
        DashboardToolbar *toolbar = nullptr;
        ExportController *exporter = nullptr;
        QDockWidget *deviceDock = nullptr;
        QList<QAction *> viewActions; // further View menu entries (docks, the wall display)
        DevicePanel *devicePanel = nullptr;
        AppSettings *settings = nullptr;
    };

    WindowActions(QMainWindow *window, const Parts &parts);

    QAction *zoomReset() const { return m_zoomReset; }
    QAction *zoomUndo() const { return m_zoomUndo; }
    QAction *zoomRedo() const { return m_zoomRedo; }
    QAction *findDevice() const { return m_findDevice; }

Q_SIGNALS:
    void cacheRequested(); // File › Statistics cache…

private:
    void buildMenus(QMainWindow *window);
    static void showAbout(QMainWindow *window);

    Parts m_parts;
    QAction *m_zoomReset;
    QAction *m_zoomUndo;
    QAction *m_zoomRedo;
    QAction *m_findDevice;
    QAction *m_quit;
};

} // namespace trro
