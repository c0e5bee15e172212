#pragma once

#include "whycontroller.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;

namespace trro {

class ApiContext;
class LinkedChartsView;
class MainWindow;
class WhyPanel;

// "Why did quality change?" in the window: the Why panel's dock, the View menu's action, and
// the wiring of the fleet and device charts' span questions (LinkedCharts::whyRequested) to
// one WhyController on the window's shared TrroApi. A row clicked draws the fleet (or the
// device) without that value on the charts the question came from and lists its sessions; a
// session double-clicked opens in the session view. Composed by MainWindow, like ViewTools.
class WhyTools final : public QObject {
    Q_OBJECT
public:
    WhyTools(MainWindow *window, ApiContext *context);

    WhyController *controller() const { return m_controller; }
    WhyPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    QAction *action() const { return m_action; } // View › Why did quality change?

    // The question about [start, end) of the fleet, or of the device (deviceId) on screen.
    void askFleet(qint64 start, qint64 end);
    void askDevice(const QString &deviceId, qint64 start, qint64 end);
    // The first row of the next full answer is selected (the command line's --why: the top
    // value drawn on the charts at once).
    void selectTopOnce() { m_selectTop = true; }

private:
    void ask(LinkedChartsView *charts, const QString &deviceId, qint64 start, qint64 end);
    void askAgain();
    void askCurrent(); // the View menu: the selection, else the visible range
    void showRow(int reportRow);
    void clearOverlay();
    void showPanel();

    MainWindow *m_window;
    WhyController *m_controller;
    WhyPanel *m_panel;
    QDockWidget *m_dock;
    QAction *m_action;
    QPointer<LinkedChartsView> m_charts; // the charts of the question
    QPointer<LinkedChartsView> m_overlaid;
    WhyQuestion m_question;
    QString m_whose;
    QHash<QString, QString> m_names;
    bool m_selectTop = false;
};

} // namespace trro
