#include "causetext.h"

#include "textsafety.h"

#include <cmath>

namespace trro {

CauseText::CauseText(const QLocale &locale)
    : m_locale(locale) {}

QString CauseText::dimensionTitle(CauseDimension dimension) {
    switch (dimension) {
    case CauseDimension::Field:
        return tr("Vehicle");
    case CauseDimension::Remote:
        return tr("Cockpit");
    case CauseDimension::Resolution:
        return tr("Resolution");
    case CauseDimension::Hour:
        return tr("Hour");
    case CauseDimension::Model:
        return tr("Name group");
    case CauseDimension::Network:
        return tr("Network");
    case CauseDimension::Sdk:
        return tr("SDK");
    case CauseDimension::Stage:
        return tr("Latency stage");
    }
    return {};
}

QString CauseText::percent(double value) const {
    if (!std::isfinite(value))
        return QStringLiteral("-");
    const int decimals = std::abs(value) < 10 && value != 0 ? 1 : 0;
    return tr("%1 %").arg(m_locale.toString(value, 'f', decimals));
}

QString CauseText::subject(const CauseRow &row, const QHash<QString, QString> &names) const {
    const QString value = stripControls(row.value);
    if (row.other)
        return tr("The other values of %1").arg(dimensionTitle(row.dimension).toLower());
    const QString name = stripControls(names.value(row.value));
    const QString device = name.isEmpty() || name == value ? value : tr("%1 (%2)").arg(value, name);
    switch (row.dimension) {
    case CauseDimension::Field:
        return tr("Vehicle %1").arg(device);
    case CauseDimension::Remote:
        return tr("Cockpit %1").arg(device);
    case CauseDimension::Resolution:
        return tr("Resolution %1").arg(value);
    case CauseDimension::Hour:
        return tr("Sessions starting at %1").arg(value);
    case CauseDimension::Model:
        return tr("Name group \"%1\"").arg(value);
    case CauseDimension::Network:
        return value == QLatin1String("multi")    ? tr("Multi-network sessions")
               : value == QLatin1String("single") ? tr("Single-network sessions")
                                                  : tr("Network mode %1").arg(value);
    case CauseDimension::Sdk:
        return tr("SDK version %1").arg(value);
    case CauseDimension::Stage:
        return tr("Sessions whose latency is dominated by the %1 stage").arg(value);
    }
    return value;
}

QString CauseText::summary(const CauseRow &row, const CauseReport &report,
                           const QHash<QString, QString> &names) const {
    const QString who = subject(row, names);
    const QString share = percent(row.shareOfBad);
    const QString without = percent(row.ratioWithout);
    const QString with = percent(report.ratio);
    if (row.baselineSessions == 0)
        return tr("%1: %2 of the span's bad sessions (no sessions in the baseline); without its "
                  "sessions the not-bad ratio would be %3 instead of %4.")
            .arg(who, share, without, with);
    return tr("%1: %2 of the span's bad sessions (%3 in the baseline); without its sessions the "
              "not-bad ratio would be %4 instead of %5.")
        .arg(who, share, percent(row.baselineShareOfBad), without, with);
}

QString CauseText::overview(const CauseReport &report) const {
    return tr("Not-bad ratio %1 over %2 sessions, against %3 over %4 in the baseline.")
        .arg(percent(report.ratio), m_locale.toString(report.sessions),
             percent(report.baselineRatio), m_locale.toString(report.baselineSessions));
}

} // namespace trro
