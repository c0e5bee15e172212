#pragma once

#include "causefinder.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QString>

namespace trro {

// The sentences of a cause report, translated, numbers through QLocale.
class CauseText final {
    Q_DECLARE_TR_FUNCTIONS(trro::CauseText)

public:
    explicit CauseText(const QLocale &locale = {});

    // What a dimension is called in a table's title: "Vehicle", "Cockpit", ...
    static QString dimensionTitle(CauseDimension dimension);
    // The value as the subject of a sentence: "Cockpit roc_nb_04", "Sessions starting at
    // 14:00"; names (DeviceName by DeviceId) are added to device ids when known.
    QString subject(const CauseRow &row, const QHash<QString, QString> &names = {}) const;
    // One sentence: "Cockpit roc_nb_04: 61 % of the span's bad sessions (9 % in the baseline);
    // without its sessions the not-bad ratio would be 94 % instead of 81 %."
    QString summary(const CauseRow &row, const CauseReport &report,
                    const QHash<QString, QString> &names = {}) const;
    // The span against the baseline: "Not-bad ratio 81 % (1,204 sessions) against 95 % (1,187)
    // in the baseline."
    QString overview(const CauseReport &report) const;
    // "61 %", "-", with one decimal below 10.
    QString percent(double value) const;

private:
    QLocale m_locale;
};

} // namespace trro
