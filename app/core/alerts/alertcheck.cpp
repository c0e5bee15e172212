#include "alertcheck.h"

#include "textsafety.h"

#include <algorithm>
#include <climits>

namespace trro {
namespace {

constexpr qsizetype MaxLineLength = 1000;

struct Finding {
    CheckStatus status;
    QString text;
};

CheckStatus statusOf(AlertState state) {
    switch (state) {
    case AlertState::Ok:
        return CheckStatus::Ok;
    case AlertState::Warning:
        return CheckStatus::Warning;
    case AlertState::Critical:
        return CheckStatus::Critical;
    }
    return CheckStatus::Unknown;
}

// One line, no control characters, no '|' (it starts the performance data), bounded.
QString oneLine(const QString &text) {
    QString spaced = text;
    for (const QChar c : {u'\n', u'\r', u'\t'})
        spaced.replace(c, QLatin1Char(' '));
    QString line = stripControls(spaced).simplified();
    line.replace(QLatin1Char('|'), QLatin1Char('/'));
    if (line.size() > MaxLineLength)
        line = line.left(MaxLineLength - 1) + QChar(0x2026);
    return line;
}

} // namespace

QString AlertCheck::statusName(CheckStatus status) {
    switch (status) {
    case CheckStatus::Ok:
        return QStringLiteral("OK");
    case CheckStatus::Warning:
        return QStringLiteral("WARNING");
    case CheckStatus::Critical:
        return QStringLiteral("CRITICAL");
    case CheckStatus::Unknown:
        return QStringLiteral("UNKNOWN");
    }
    return {};
}

QString AlertCheck::perfData(const SessionTotals &totals, const CheckThresholds &thresholds) {
    const QString ratio = totals.sessionNum > 0
                              ? QStringLiteral("%1%").arg(qBound(0, totals.notBadSessionRatio, 100))
                              : QStringLiteral("U");
    return QStringLiteral("ratio=%1;%2;%3;0;100 sessions=%4 minutes=%5")
        .arg(ratio)
        .arg(thresholds.warningRatio)
        .arg(thresholds.criticalRatio)
        .arg(qMax<qint64>(totals.sessionNum, 0))
        .arg(qMax<qint64>(totals.totalDuration, 0));
}

CheckResult AlertCheck::evaluate(const SessionTotals &totals, const CheckThresholds &thresholds,
                                 const QList<Alert> &alerts) {
    QList<Finding> findings;
    const qint64 sessions = qMax<qint64>(totals.sessionNum, 0);
    const int ratio = qBound(0, totals.notBadSessionRatio, 100);
    if (sessions > 0 && ratio < thresholds.criticalRatio)
        findings.append({CheckStatus::Critical, tr("not-bad ratio %1% below %2% (%n session(s))",
                                                   nullptr, int(qMin<qint64>(sessions, INT_MAX)))
                                                    .arg(ratio)
                                                    .arg(thresholds.criticalRatio)});
    else if (sessions > 0 && ratio < thresholds.warningRatio)
        findings.append({CheckStatus::Warning, tr("not-bad ratio %1% below %2% (%n session(s))",
                                                  nullptr, int(qMin<qint64>(sessions, INT_MAX)))
                                                   .arg(ratio)
                                                   .arg(thresholds.warningRatio)});
    if (sessions < thresholds.minSessions)
        findings.append({CheckStatus::Warning, tr("%n session(s), fewer than %1", nullptr,
                                                  int(qMin<qint64>(sessions, INT_MAX)))
                                                   .arg(thresholds.minSessions)});
    for (const Alert &alert : alerts) {
        if (alert.state != AlertState::Ok)
            findings.append({statusOf(alert.state), alert.summary});
    }
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return int(a.status) > int(b.status);
    });
    CheckResult result;
    result.status = findings.isEmpty() ? CheckStatus::Ok : findings.front().status;
    QStringList texts;
    for (const Finding &f : std::as_const(findings))
        texts << f.text;
    if (texts.isEmpty())
        texts << (sessions > 0 ? tr("not-bad ratio %1% (%n session(s))", nullptr,
                                    int(qMin<qint64>(sessions, INT_MAX)))
                                     .arg(ratio)
                               : tr("no sessions"));
    result.line = QStringLiteral("TRRO %1 - %2 | %3")
                      .arg(statusName(result.status), oneLine(texts.join(QLatin1String("; "))),
                           perfData(totals, thresholds));
    return result;
}

CheckResult AlertCheck::unknown(const QString &reason) {
    CheckResult result;
    result.status = CheckStatus::Unknown;
    const QString text = oneLine(reason);
    result.line = QStringLiteral("TRRO UNKNOWN - %1")
                      .arg(text.isEmpty() ? tr("the data could not be had") : text);
    return result;
}

} // namespace trro
