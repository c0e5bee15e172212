#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace trro {

// A threshold range of the Monitoring Plugins development guidelines, as -w and -c take it:
//   10      alert when the value is outside 0..10
//   10:     alert below 10
//   ~:10    alert above 10 ("~" is minus infinity)
//   10:20   alert outside 10..20
//   @10:20  alert inside 10..20 (both ends included)
// The ends are decimal numbers: an optional sign, digits and an optional fraction. Anything
// else (an exponent, "inf", a second ':', a start above the end, nothing after '@') is refused
// with the reason, so the text of a range that parsed is safe to print as given.
class CheckRange final {
    Q_DECLARE_TR_FUNCTIONS(trro::CheckRange)
public:
    static std::optional<CheckRange> parse(const QString &text, QString *error);
    // "N:": alert below N (what --warning-ratio N means).
    static CheckRange atLeast(qint64 value);

    bool alerts(double value) const;
    // The range as given (trimmed), for the performance data.
    QString text() const { return m_text; }
    // Why value alerts, each end followed by unit: "below 90%", "above 10", "between 10 and 20",
    // "at least 5", "at most 5". Empty when it does not alert.
    QString violation(double value, const QString &unit = {}) const;

    friend bool operator==(const CheckRange &, const CheckRange &) = default;

private:
    CheckRange() = default;

    std::optional<double> m_start; // nullopt: minus infinity
    std::optional<double> m_end;   // nullopt: plus infinity
    QString m_startText;
    QString m_endText;
    bool m_inside = false; // '@'
    QString m_text;
};

} // namespace trro
