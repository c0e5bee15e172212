#include "timespec.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace trro {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("trro", text);
}

enum class Snap { None, Hour, Day, Month };

qint64 snapped(qint64 seconds, Snap snap, const QTimeZone &zone) {
    if (snap == Snap::None)
        return seconds;
    const QDateTime local = QDateTime::fromSecsSinceEpoch(seconds, zone);
    QDate date = local.date();
    QTime time(0, 0);
    if (snap == Snap::Hour)
        time = QTime(local.time().hour(), 0);
    else if (snap == Snap::Month)
        date = QDate(date.year(), date.month(), 1);
    QDateTime start(date, time, zone);
    // A start that falls in a daylight-saving gap does not exist: the first valid time after it.
    if (!start.isValid() || start.toSecsSinceEpoch() > seconds)
        start = QDateTime(date, time.addSecs(3600), zone);
    return start.isValid() ? std::min(start.toSecsSinceEpoch(), seconds) : seconds;
}

qint64 startOfDay(const QDate &date, const QTimeZone &zone) {
    return date.startOfDay(zone).toSecsSinceEpoch();
}

bool inRange(qint64 seconds) {
    return seconds >= EarliestTimeSpec && seconds < LatestTimeSpec;
}

} // namespace

IntervalBounds intervalAt(qint64 t, Interval interval, const QTimeZone &zone) {
    const Snap snap = interval == Interval::Hour  ? Snap::Hour
                      : interval == Interval::Day ? Snap::Day
                                                  : Snap::Month;
    IntervalBounds bounds;
    bounds.start = snapped(t, snap, zone);
    // A point surely inside the next interval, snapped back to its start.
    const QDateTime start = QDateTime::fromSecsSinceEpoch(bounds.start, zone);
    const QDateTime inNext = interval == Interval::Hour  ? start.addSecs(3600 + 1800)
                             : interval == Interval::Day ? start.addDays(1).addSecs(6 * 3600)
                                                         : start.addMonths(1).addDays(2);
    bounds.end = snapped(inNext.toSecsSinceEpoch(), snap, zone);
    if (bounds.end <= bounds.start || bounds.end <= t)
        bounds.end = bounds.start + (interval == Interval::Hour ? 3600 : 86400);
    return bounds;
}

bool parseTimeSpec(const QString &text, const QDateTime &now, qint64 *unixSeconds, QString *error,
                   const QTimeZone &zone) {
    const QString t = text.trimmed();
    auto fail = [&] {
        if (error)
            *error = QCoreApplication::translate(
                         "trro::TimeSpec",
                         "\"%1\" is not a time: use unix seconds, ISO-8601 with Z or an offset "
                         "(2024-05-01T08:00:00+08:00), a date (2024-05-01), or now, -24h, -7d.")
                         .arg(text) +
                     QLatin1Char(' ') +
                     tr("Also: a time in the --tz zone (2024-05-01T08:00), today, yesterday, and "
                        "snapping to the start of an hour, day or month (-6h@h, -1d@d, now@mon).");
        return false;
    };
    auto accept = [&](qint64 seconds) {
        if (!inRange(seconds)) {
            if (error)
                *error = tr("\"%1\" is %2, outside the years 2000 to 2099.")
                             .arg(text, QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
                                            .toString(Qt::ISODate));
            return false;
        }
        *unixSeconds = seconds;
        return true;
    };
    if (t.isEmpty())
        return fail();
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    const QDate today = QDateTime::fromSecsSinceEpoch(nowSeconds, zone).date();
    if (t.compare(QLatin1String("today"), Qt::CaseInsensitive) == 0)
        return accept(startOfDay(today, zone));
    if (t.compare(QLatin1String("yesterday"), Qt::CaseInsensitive) == 0)
        return accept(startOfDay(today.addDays(-1), zone));

    static const QRegularExpression relative(
        QStringLiteral("^(?:now|-(\\d{1,9})([smhdw]))(?:@(h|d|mon|month))?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = relative.match(t); m.hasMatch()) {
        qint64 seconds = nowSeconds;
        if (m.hasCaptured(1)) {
            const qint64 n = m.captured(1).toLongLong();
            const QChar unit = m.captured(2).at(0).toLower();
            const qint64 factor = unit == QLatin1Char('s')   ? 1
                                  : unit == QLatin1Char('m') ? 60
                                  : unit == QLatin1Char('h') ? 3600
                                  : unit == QLatin1Char('d') ? 86400
                                                             : 7 * 86400;
            seconds -= n * factor; // at most 10^9 weeks: no overflow
        }
        const QString snap = m.captured(3).toLower();
        const Snap to = snap.isEmpty()               ? Snap::None
                        : snap == QLatin1String("h") ? Snap::Hour
                        : snap == QLatin1String("d") ? Snap::Day
                                                     : Snap::Month;
        if (!inRange(seconds))
            return accept(seconds);
        return accept(snapped(seconds, to, zone));
    }
    static const QRegularExpression digits(QStringLiteral("^\\d{1,12}$"));
    if (digits.match(t).hasMatch())
        return accept(t.toLongLong());
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (date.match(t).hasMatch()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            return fail();
        return accept(startOfDay(d, zone));
    }
    static const QRegularExpression wall(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(:\\d{2})?)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = wall.match(t); m.hasMatch()) {
        const QDate d = QDate::fromString(m.captured(1), Qt::ISODate);
        const QTime time = QTime::fromString(
            m.captured(2), m.hasCaptured(3) ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
        const QDateTime dt(d, time, zone);
        if (!d.isValid() || !time.isValid() || !dt.isValid())
            return fail();
        return accept(dt.toSecsSinceEpoch());
    }
    static const QRegularExpression zoned(
        QStringLiteral(
            "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!zoned.match(t).hasMatch())
        return fail();
    QString iso = t;
    iso.replace(QLatin1Char(' '), QLatin1Char('T'));
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!dt.isValid())
        return fail();
    return accept(dt.toSecsSinceEpoch());
}

bool parseTimeZone(const QString &text, QTimeZone *zone, QString *error) {
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("utc"), Qt::CaseInsensitive) == 0 || t == QLatin1String("Z")) {
        *zone = QTimeZone::utc();
        return true;
    }
    if (t.compare(QLatin1String("local"), Qt::CaseInsensitive) == 0) {
        *zone = QTimeZone::systemTimeZone();
        return true;
    }
    static const QRegularExpression offset(
        QStringLiteral("^(?:UTC)?([+-])(\\d{1,2})(?::?(\\d{2}))?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = offset.match(t); m.hasMatch()) {
        const int hours = m.captured(2).toInt();
        const int minutes = m.captured(3).toInt();
        if (hours <= 14 && minutes < 60 && hours * 60 + minutes <= 14 * 60) {
            const int seconds =
                (hours * 3600 + minutes * 60) * (m.captured(1) == QLatin1String("-") ? -1 : 1);
            *zone = QTimeZone(seconds);
            return true;
        }
    } else if (!t.isEmpty() && QTimeZone::isTimeZoneIdAvailable(t.toUtf8())) {
        *zone = QTimeZone(t.toUtf8());
        if (zone->isValid())
            return true;
    }
    if (error)
        *error = tr("\"%1\" is not a time zone: use an IANA name (Asia/Shanghai), UTC, local, or "
                    "an offset (+08:00).")
                     .arg(text);
    return false;
}

} // namespace trro
