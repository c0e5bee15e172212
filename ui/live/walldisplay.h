#pragma once

#include "alertengine.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QGridLayout;
class QLabel;
class QTimer;

namespace trro {

class LiveMonitor;
class LiveTotals;

// The control room's wall: full screen, no dialogs, a few figures readable from three metres
// on a 1920×1080 screen: the sessions running now, the not-bad ratio of the last 60 minutes,
// the sessions and minutes of today, the active alerts and the worst running sessions. When
// the service cannot be reached a banner says so and the last figures stay with their age;
// the refreshes go on and the banner leaves with the first answer. Esc leaves the wall.
class WallDisplay final : public QWidget {
    Q_OBJECT
public:
    WallDisplay(LiveMonitor *monitor, LiveTotals *totals, QWidget *parent = nullptr);

    void setProjectName(const QString &name);
    void setDeviceNames(const QHash<QString, QString> &namesById);
    void setTimeZone(const QTimeZone &zone);
    void setAlerts(const QList<Alert> &alerts);

    // What the tiles say, for tests: running, ratio, today, alerts, worst, banner.
    QString tileText(const QString &name) const;
    bool isBannerShown() const;

Q_SIGNALS:
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *addTile(QGridLayout *grid, const QString &name, int row, int column, int rowSpan,
                    int columnSpan, QLabel **caption);
    void showFigures();
    void tick(); // the clock and the ages, every second
    void scaleFonts();
    void elideTitle(); // a long project name ends in "…" and leaves the clock whole
    QString deviceLabel(const QString &id) const;

    LiveMonitor *m_monitor;
    LiveTotals *m_totals;
    QTimer *m_clockTimer;
    QLabel *m_title = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_banner = nullptr;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QLabel *> m_captions;
    QHash<QString, QString> m_names;
    QList<Alert> m_alerts;
    QString m_project;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace trro
