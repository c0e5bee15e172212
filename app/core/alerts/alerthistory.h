#pragma once

#include "alertengine.h"
#include "viewselection.h"

#include <QHash>
#include <QList>

namespace trro {

// One change of a rule's state, with the alert as it was then.
struct AlertChange {
    qint64 time = 0; // unix seconds, when the evaluation saw it
    AlertState from = AlertState::Ok;
    Alert alert; // its state is the new one

    friend bool operator==(const AlertChange &, const AlertChange &) = default;
};

// The states of the rules since the start: each evaluation's alerts are compared with the
// previous ones, and every rule whose state moved (the first evaluation included, when it is
// not OK) is one AlertChange. Bounded: the oldest changes go first.
class AlertHistory final {
public:
    static constexpr qsizetype MaxChanges = 500;

    // The changes this evaluation brought, oldest rule first; they are also appended.
    QList<AlertChange> update(const QList<Alert> &alerts, qint64 now);
    const QList<AlertChange> &changes() const { return m_changes; }
    const QList<Alert> &current() const { return m_current; }
    void clear();

    // The changes that deserve a notification: a rule that became warning or critical, or
    // went from warning to critical.
    static QList<AlertChange> worsened(const QList<AlertChange> &changes);

private:
    QHash<int, AlertState> m_states; // by AlertRule
    QList<Alert> m_current;
    QList<AlertChange> m_changes;
};

// Where a click on an alert leads: the latest interval of its evidence (the interval
// breakdown), else its first device (the device page), else the fleet.
DrillPath evidencePath(const Alert &alert);

} // namespace trro
