#include "timeticks.h"

#include <QDateTime>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace trro {

namespace {

enum class Unit { Minute, Hour, Day, Week, Month, Year };

struct Step {
    Unit unit;
    int count;
    qint64 approxSeconds;
};

constexpr Step steps[] = {
    {Unit::Minute, 1, 60},       {Unit::Minute, 5, 300},    {Unit::Minute, 15, 900},
    {Unit::Minute, 30, 1800},    {Unit::Hour, 1, 3600},     {Unit::Hour, 2, 7200},
    {Unit::Hour, 3, 10800},      {Unit::Hour, 6, 21600},    {Unit::Hour, 12, 43200},
    {Unit::Day, 1, 86400},       {Unit::Day, 2, 172800},    {Unit::Week, 1, 604800},
    {Unit::Month, 1, 2629800},   {Unit::Month, 3, 7889400}, {Unit::Month, 6, 15778800},
    {Unit::Year, 1, 31557600},   {Unit::Year, 2, 63115200}, {Unit::Year, 5, 157788000},
    {Unit::Year, 10, 315576000},
};

// The first tick at or before time, aligned to the step in the zone.
QDateTime alignDown(const QDateTime &t, const Step &step) {
    const QDate d = t.date();
    const QTime tm = t.time();
    const QTimeZone zone = t.timeZone();
    switch (step.unit) {
    case Unit::Minute:
        return QDateTime(d, QTime(tm.hour(), tm.minute() - tm.minute() % step.count), zone);
    case Unit::Hour:
        return QDateTime(d, QTime(tm.hour() - tm.hour() % step.count, 0), zone);
    case Unit::Day:
        return QDateTime(d.addDays(-((d.day() - 1) % step.count)), QTime(0, 0), zone);
    case Unit::Week:
        return QDateTime(d.addDays(-(d.dayOfWeek() - 1)), QTime(0, 0), zone);
    case Unit::Month:
        return QDateTime(QDate(d.year(), d.month() - (d.month() - 1) % step.count, 1), QTime(0, 0),
                         zone);
    case Unit::Year:
        return QDateTime(QDate(d.year() - d.year() % step.count, 1, 1), QTime(0, 0), zone);
    }
    return t;
}

QDateTime advance(const QDateTime &t, const Step &step) {
    switch (step.unit) {
    case Unit::Minute:
        return t.addSecs(60LL * step.count);
    case Unit::Hour:
        return alignDown(t.addSecs(3600LL * step.count + 1800), step); // DST-proof
    case Unit::Day: {
        const QDate next = t.date().addDays(step.count);
        // Restart the pattern at each month so that ticks stay on the same days of the month.
        const QDate d = next.month() != t.date().month() && step.count > 1
                            ? QDate(next.year(), next.month(), 1)
                            : next;
        return QDateTime(d, QTime(0, 0), t.timeZone());
    }
    case Unit::Week:
        return QDateTime(t.date().addDays(7), QTime(0, 0), t.timeZone());
    case Unit::Month:
        return QDateTime(t.date().addMonths(step.count), QTime(0, 0), t.timeZone());
    case Unit::Year:
        return QDateTime(t.date().addYears(step.count), QTime(0, 0), t.timeZone());
    }
    return t;
}

QString dayMonth(const QDate &d, const QLocale &locale) {
    if (locale.language() == QLocale::Chinese || locale.language() == QLocale::Japanese)
        return locale.toString(d, u"M月d日"_s);
    return locale.toString(d, u"d MMM"_s);
}

QString longDate(const QDate &d, const QLocale &locale) {
    if (locale.language() == QLocale::Chinese || locale.language() == QLocale::Japanese)
        return locale.toString(d, u"yyyy年M月d日 ddd"_s);
    return locale.toString(d, u"ddd d MMM yyyy"_s);
}

// The locale's short time without seconds (some locales, C among them, include them).
QString shortTime(const QTime &t, const QLocale &locale) {
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s).remove(u".ss"_s);
    return locale.toString(t, format);
}

} // namespace

QList<TimeTick> timeTicks(qint64 from, qint64 to, const QTimeZone &zone, int maxTicks,
                          const QLocale &locale) {
    QList<TimeTick> ticks;
    if (to <= from || maxTicks < 1)
        return ticks;
    const qint64 span = to - from;
    const Step *step = &steps[std::size(steps) - 1];
    for (const Step &candidate : steps) {
        if (span / candidate.approxSeconds <= maxTicks) {
            step = &candidate;
            break;
        }
    }

    QDateTime t = alignDown(QDateTime::fromSecsSinceEpoch(from, zone), *step);
    QDate previousDate;
    int previousYear = 0;
    for (int guard = 0; guard < 1000 && t.toSecsSinceEpoch() <= to; ++guard) {
        const qint64 secs = t.toSecsSinceEpoch();
        if (secs >= from) {
            TimeTick tick;
            tick.time = secs;
            const QDate d = t.date();
            const bool first = ticks.isEmpty();
            switch (step->unit) {
            case Unit::Minute:
            case Unit::Hour:
                tick.label = shortTime(t.time(), locale);
                if (first || d != previousDate)
                    tick.context = dayMonth(d, locale);
                break;
            case Unit::Day:
            case Unit::Week:
                tick.label = dayMonth(d, locale);
                if (first || d.year() != previousYear)
                    tick.context = QString::number(d.year());
                break;
            case Unit::Month:
                tick.label = locale.toString(d, u"MMM"_s);
                if (first || d.year() != previousYear)
                    tick.context = QString::number(d.year());
                break;
            case Unit::Year:
                tick.label = QString::number(d.year());
                break;
            }
            previousDate = d;
            previousYear = d.year();
            ticks.append(tick);
        }
        const QDateTime next = advance(t, *step);
        if (next <= t)
            break;
        t = next;
    }
    return ticks;
}

QString formatInstant(qint64 time, const QTimeZone &zone, const QLocale &locale) {
    const QDateTime t = QDateTime::fromSecsSinceEpoch(time, zone);
    return longDate(t.date(), locale) % u", "_s % shortTime(t.time(), locale);
}

QString formatInterval(qint64 start, qint64 end, const QTimeZone &zone, const QLocale &locale) {
    const QDateTime s = QDateTime::fromSecsSinceEpoch(start, zone);
    const QDateTime e = QDateTime::fromSecsSinceEpoch(end, zone);
    if (end <= start)
        return formatInstant(start, zone, locale);
    const bool wholeDays = s.time() == QTime(0, 0) && e.time() == QTime(0, 0);
    if (wholeDays && s.date().addDays(1) == e.date())
        return longDate(s.date(), locale);
    if (wholeDays && s.date().day() == 1 && s.date().addMonths(1) == e.date())
        return locale.toString(s.date(), u"MMMM yyyy"_s);
    if (s.date() == e.date())
        return formatInstant(start, zone, locale) % u" – "_s % shortTime(e.time(), locale);
    return formatInstant(start, zone, locale) % u" – "_s % formatInstant(end, zone, locale);
}

QString formatPart(qint64 start, qint64 end, const QTimeZone &zone, const QLocale &locale) {
    const QDateTime s = QDateTime::fromSecsSinceEpoch(start, zone);
    const QDateTime e = QDateTime::fromSecsSinceEpoch(std::max(start, end), zone);
    if (s.date() == e.date())
        return shortTime(s.time(), locale) % u"–"_s % shortTime(e.time(), locale);
    if (e.time() == QTime(0, 0) && s.date().addDays(1) == e.date()) {
        // The day's end: "24:00" in the locale's own hour format.
        const QString midnight = shortTime(QTime(0, 0), locale);
        const QString end24 = midnight.startsWith(u"00"_s) ? u"24"_s % midnight.mid(2) : midnight;
        return shortTime(s.time(), locale) % u"–"_s % end24;
    }
    return formatInstant(start, zone, locale) % u" – "_s % formatInstant(end, zone, locale);
}

QString zoneLabel(const QTimeZone &zone, qint64 at) {
    const QDateTime t = QDateTime::fromSecsSinceEpoch(at, zone);
    const int offset = zone.offsetFromUtc(t);
    const QString sign = offset < 0 ? u"-"_s : u"+"_s;
    const int abs = std::abs(offset);
    const QString utc = offset == 0 ? u"UTC"_s
                                    : u"UTC"_s % sign %
                                          QStringLiteral("%1:%2")
                                              .arg(abs / 3600, 2, 10, QLatin1Char('0'))
                                              .arg(abs % 3600 / 60, 2, 10, QLatin1Char('0'));
    const QString id = QString::fromUtf8(zone.id());
    if (id.isEmpty() || id.startsWith(u"UTC"_s))
        return utc;
    return id % u" ("_s % utc % u")"_s;
}

void nominalInterval(qint64 time, Interval interval, const QTimeZone &zone, qint64 *start,
                     qint64 *end) {
    const QDateTime t = QDateTime::fromSecsSinceEpoch(time, zone);
    QDateTime s;
    QDateTime e;
    switch (interval) {
    case Interval::Hour:
        s = QDateTime(t.date(), QTime(t.time().hour(), 0), zone);
        e = s.addSecs(3600);
        break;
    case Interval::Day:
        s = QDateTime(t.date(), QTime(0, 0), zone);
        e = QDateTime(t.date().addDays(1), QTime(0, 0), zone);
        break;
    case Interval::Month:
        s = QDateTime(QDate(t.date().year(), t.date().month(), 1), QTime(0, 0), zone);
        e = QDateTime(s.date().addMonths(1), QTime(0, 0), zone);
        break;
    }
    *start = s.toSecsSinceEpoch();
    *end = e.toSecsSinceEpoch();
}

} // namespace trro
