#include "checkrange.h"

#include "textsafety.h"

#include <QRegularExpression>

namespace trro {
namespace {

constexpr qsizetype MaxRangeLength = 64;

// An end of a range: an optional sign, digits and an optional fraction (no exponent, no
// "inf" or "nan", no spaces).
bool parseEnd(const QString &text, double *value) {
    static const QRegularExpression number(QStringLiteral(R"(^[+-]?(\d+(\.\d+)?|\.\d+)$)"));
    if (!number.match(text).hasMatch())
        return false;
    bool ok = false;
    *value = text.toDouble(&ok);
    return ok;
}

} // namespace

std::optional<CheckRange> CheckRange::parse(const QString &given, QString *error) {
    const QString text = given.trimmed();
    const QString shown = stripControls(text.left(MaxRangeLength));
    const auto refuse = [error, &shown](const QString &why) {
        *error = tr("\"%1\" is not a range (%2); the forms are 10, 10:, ~:10, 10:20 and @10:20.")
                     .arg(shown, why);
        return std::nullopt;
    };
    if (text.size() > MaxRangeLength)
        return refuse(tr("longer than %1 characters").arg(MaxRangeLength));
    CheckRange range;
    range.m_text = text;
    range.m_inside = text.startsWith(QLatin1Char('@'));
    const QString body = range.m_inside ? text.mid(1) : text;
    if (body.isEmpty())
        return refuse(tr("no bounds"));
    const QStringList parts = body.split(QLatin1Char(':'));
    if (parts.size() > 2)
        return refuse(tr("more than one ':'"));
    // "10" is "0:10"; an empty start is 0, "~" minus infinity; an empty end plus infinity.
    range.m_startText =
        parts.size() == 1 || parts.front().isEmpty() ? QStringLiteral("0") : parts.front();
    range.m_endText = parts.back();
    double value = 0;
    if (range.m_startText != QLatin1String("~")) {
        if (!parseEnd(range.m_startText, &value))
            return refuse(tr("\"%1\" is not a number").arg(stripControls(range.m_startText)));
        range.m_start = value;
    }
    if (!range.m_endText.isEmpty()) {
        if (!parseEnd(range.m_endText, &value))
            return refuse(tr("\"%1\" is not a number").arg(stripControls(range.m_endText)));
        range.m_end = value;
    }
    if (range.m_start && range.m_end && *range.m_start > *range.m_end)
        return refuse(
            tr("the start %1 is above the end %2").arg(range.m_startText, range.m_endText));
    return range;
}

CheckRange CheckRange::atLeast(qint64 value) {
    CheckRange range;
    range.m_startText = QString::number(value);
    range.m_start = double(value);
    range.m_text = range.m_startText + QLatin1Char(':');
    return range;
}

bool CheckRange::alerts(double value) const {
    const bool within = (!m_start || value >= *m_start) && (!m_end || value <= *m_end);
    return m_inside == within;
}

QString CheckRange::violation(double value, const QString &unit) const {
    if (!alerts(value))
        return {};
    const QString start = m_startText + unit;
    const QString end = m_endText + unit;
    if (!m_inside)
        return m_start && value < *m_start ? tr("below %1").arg(start) : tr("above %1").arg(end);
    if (m_start && m_end)
        return tr("between %1 and %2").arg(start, end);
    if (m_start)
        return tr("at least %1").arg(start);
    if (m_end)
        return tr("at most %1").arg(end);
    return tr("inside %1").arg(m_text);
}

} // namespace trro
