#include "alerthistory.h"

namespace trro {

QList<AlertChange> AlertHistory::update(const QList<Alert> &alerts, qint64 now) {
    QList<AlertChange> changes;
    for (const Alert &alert : alerts) {
        const int key = int(alert.rule);
        const AlertState before = m_states.value(key, AlertState::Ok);
        const bool first = !m_states.contains(key);
        m_states.insert(key, alert.state);
        if (before == alert.state && !(first && alert.state != AlertState::Ok))
            continue;
        if (first && alert.state == AlertState::Ok)
            continue;
        changes.append({now, before, alert});
    }
    m_current = alerts;
    m_changes += changes;
    if (m_changes.size() > MaxChanges)
        m_changes.remove(0, m_changes.size() - MaxChanges);
    return changes;
}

void AlertHistory::clear() {
    m_states.clear();
    m_current.clear();
    m_changes.clear();
}

QList<AlertChange> AlertHistory::worsened(const QList<AlertChange> &changes) {
    QList<AlertChange> out;
    for (const AlertChange &c : changes) {
        if (c.alert.state > c.from)
            out.append(c);
    }
    return out;
}

DrillPath evidencePath(const Alert &alert) {
    DrillPath path;
    if (!alert.evidence.intervals.isEmpty()) {
        const TimeWindow &latest = alert.evidence.intervals.constLast();
        path.level = DrillPath::Level::Interval;
        path.intervalStart = latest.from;
        path.intervalEnd = latest.to;
    } else if (!alert.evidence.devices.isEmpty()) {
        path.level = DrillPath::Level::Device;
        path.deviceId = alert.evidence.devices.constFirst();
    }
    return path;
}

} // namespace trro
