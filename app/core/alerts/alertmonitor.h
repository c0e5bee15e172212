#pragma once

#include "alerthistory.h"
#include "alertrules.h"

#include <QObject>
#include <QPointer>

namespace trro {

class Clock;
class FleetController;
class TrroApi;

// Evaluates the alert rules on every refresh and auto-refresh of the fleet view: the fleet
// series the FleetController just got, and the project's session list of the same range (at
// most its last MaxSessionDays days; one more request). Keeps the history of the changes since
// the start and says which ones worsened (for a notification). No widget.
class AlertMonitor final : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 MaxSessionDays = 3;

    // api, fleet and clock must outlive this; clock: nullptr for the system's.
    AlertMonitor(TrroApi *api, FleetController *fleet, Clock *clock = nullptr,
                 QObject *parent = nullptr);
    ~AlertMonitor() override;

    void setRules(const AlertRules &rules); // evaluated again at once when there is data
    const AlertRules &rules() const { return m_rules; }
    const AlertHistory &history() const { return m_history; }
    // Evaluates on the fleet's current data (called on every fleet dataChanged()).
    void evaluate();

Q_SIGNALS:
    void evaluated(const QList<trro::Alert> &alerts);
    void changed(const QList<trro::AlertChange> &changes);  // some rule's state moved
    void worsened(const QList<trro::AlertChange> &changes); // became warning or critical

private:
    void finish(const QString &projectId, const QList<IntervalBucket> &fleet, qint64 now,
                const std::optional<QList<DeviceSession>> &sessions);

    TrroApi *m_api;
    FleetController *m_fleet;
    Clock *m_clock;
    AlertRules m_rules;
    AlertHistory m_history;
    QString m_projectId; // the history belongs to one project
    QPointer<QObject> m_request;
};

} // namespace trro

Q_DECLARE_METATYPE(trro::AlertChange)
