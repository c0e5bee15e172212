#pragma once

#include "alerthistory.h"
#include "alertrules.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace trro {

class Clock;
class FleetController;
class TrroApi;
class UsageApi;

// Evaluates the alert rules on every refresh and auto-refresh of the fleet view: the fleet
// series the FleetController just got, and the project's session list of the same range (at
// most its last MaxSessionDays days; one more request). Only while their rules are enabled, the
// project's licences (GetDevices) and the days of the month and the week before the clock's
// present (GetDurationDetails over forecastRange()), through the same scheduler; licences
// expire and the month is forecast against the clock, not the range. Keeps the history of the
// changes since the start and says which ones worsened (for a notification). No widget.
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
    struct Round; // one evaluation's input, while its requests are on their way
    void fetchSessions(const std::shared_ptr<Round> &round, qint64 from);
    void fetchLicences(const std::shared_ptr<Round> &round);
    void fetchUsageDays(const std::shared_ptr<Round> &round);
    void done(const std::shared_ptr<Round> &round);
    void finish(const QString &projectId, const AlertInput &input);

    TrroApi *m_api;
    UsageApi *m_usage = nullptr;
    FleetController *m_fleet;
    Clock *m_clock;
    AlertRules m_rules;
    AlertHistory m_history;
    QString m_projectId; // the history belongs to one project
    QPointer<QObject> m_request;
};

} // namespace trro

Q_DECLARE_METATYPE(trro::AlertChange)
