#pragma once

#include "chartdata.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace trro {

class LinkedChartsView;
class TrroApi;

// The previous-period overlay of the fleet and device views' linked charts: a toggle (and the
// choice between the same length just before and a week earlier) that asks for the same
// series over the previous period and hands them, moved onto the current axis, to every
// watched chart view as muted ghosts (the tooltip shows the difference). Asked again whenever
// a view gets new data.
class PreviousPeriodOverlay final : public QObject {
    Q_OBJECT
public:
    // projectId: where the project of the charts comes from (the view state).
    PreviousPeriodOverlay(TrroApi *api, std::function<QString()> projectId,
                          QObject *parent = nullptr);

    void watch(LinkedChartsView *view);
    QAction *toggleAction() const { return m_toggle; }
    QAction *weekEarlierAction() const { return m_weekEarlier; }
    bool isOn() const;
    PreviousPeriod period() const;
    QString label() const; // the ghosts' name in legends and tooltips

Q_SIGNALS:
    void ghostsShown(trro::LinkedChartsView *view); // for tests and the status bar

private:
    void update(LinkedChartsView *view);
    void updateAll();

    TrroApi *m_api;
    std::function<QString()> m_projectId;
    QAction *m_toggle;
    QAction *m_weekEarlier;
    QList<QPointer<LinkedChartsView>> m_views;
};

} // namespace trro
