#pragma once

#include "alertengine.h"
#include "types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace trro {

// "trro-stats check": the not-bad ratio of the whole range against two thresholds, the number
// of sessions against a minimum, and (with a rules file) the alert rules, folded into one line
// in the Monitoring Plugins format:
//   TRRO OK|WARNING|CRITICAL|UNKNOWN - <what is wrong, worst first> | <perfdata>
struct CheckThresholds {
    int warningRatio = 90;  // below: WARNING
    int criticalRatio = 80; // below: CRITICAL
    qint64 minSessions = 1; // fewer: WARNING
};

// The exit status is the status's value.
enum class CheckStatus { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

struct CheckResult {
    CheckStatus status = CheckStatus::Unknown;
    QString line; // without the newline

    friend bool operator==(const CheckResult &, const CheckResult &) = default;
};

class AlertCheck final {
    Q_DECLARE_TR_FUNCTIONS(trro::AlertCheck)
public:
    static CheckResult evaluate(const SessionTotals &totals, const CheckThresholds &thresholds,
                                const QList<Alert> &alerts = {});
    // Any failure to get the data: UNKNOWN with the reason (made one safe line).
    static CheckResult unknown(const QString &reason);
    // ratio=<N>%;<warn>;<crit>;0;100 sessions=<N> minutes=<N> (ratio=U without sessions).
    static QString perfData(const SessionTotals &totals, const CheckThresholds &thresholds);
    static QString statusName(CheckStatus status); // OK | WARNING | CRITICAL | UNKNOWN
};

} // namespace trro
