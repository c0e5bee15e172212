#include "timespec.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace trro {

bool parseTimeSpec(const QString &text, const QDateTime &now, qint64 *unixSeconds, QString *error)
{
    const QString t = text.trimmed();
    auto fail = [&] {
        if (error)
            *error = QCoreApplication::translate(
                         "trro::TimeSpec",
                         "\"%1\" is not a time: use unix seconds, ISO-8601 with Z or an offset "
                         "(2024-05-01T08:00:00+08:00), a date (2024-05-01), or now, -24h, -7d.")
                         .arg(text);
        return false;
    };
    if (t.isEmpty())
        return fail();
    if (t.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0) {
        *unixSeconds = now.toSecsSinceEpoch();
        return true;
    }
    static const QRegularExpression relative(QStringLiteral("^-(\\d{1,7})([smhdw])$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (const auto m = relative.match(t); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0).toLower();
        const qint64 factor = unit == QLatin1Char('s')   ? 1
                              : unit == QLatin1Char('m') ? 60
                              : unit == QLatin1Char('h') ? 3600
                              : unit == QLatin1Char('d') ? 86400
                                                         : 7 * 86400;
        *unixSeconds = now.toSecsSinceEpoch() - n * factor;
        return true;
    }
    static const QRegularExpression digits(QStringLiteral("^\\d{1,12}$"));
    if (digits.match(t).hasMatch()) {
        *unixSeconds = t.toLongLong();
        return true;
    }
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (date.match(t).hasMatch()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            return fail();
        *unixSeconds = QDateTime(d, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        return true;
    }
    // ISO-8601 must carry its zone: "Z" or an offset; a bare local time is ambiguous.
    static const QRegularExpression zoned(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!zoned.match(t).hasMatch())
        return fail();
    QString iso = t;
    iso.replace(QLatin1Char(' '), QLatin1Char('T'));
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!dt.isValid())
        return fail();
    *unixSeconds = dt.toSecsSinceEpoch();
    return true;
}

} // namespace trro
