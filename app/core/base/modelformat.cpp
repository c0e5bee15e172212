#include "modelformat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace trro {

namespace {

// The locale's short time format without seconds ("HH:mm:ss" -> "HH:mm", "h:mm:ss AP" ->
// "h:mm AP").
QString timeWithoutSeconds(const QTime &time, const QLocale &locale) {
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return locale.toString(time, format);
}

} // namespace

QString formatDateTime(const QDateTime &time, const QTimeZone &zone, const QLocale &locale) {
    if (!time.isValid())
        return {};
    const QDateTime local = zone.isValid() ? time.toTimeZone(zone) : time;
    return locale.toString(local.date(), QLocale::ShortFormat) % QLatin1Char(' ') %
           timeWithoutSeconds(local.time(), locale);
}

QString formatTimeOfDay(const QDateTime &time, const QTimeZone &zone, const QLocale &locale) {
    if (!time.isValid())
        return {};
    return timeWithoutSeconds((zone.isValid() ? time.toTimeZone(zone) : time).time(), locale);
}

QString formatUnixTime(qint64 unixSeconds, const QTimeZone &zone, const QLocale &locale) {
    return formatDateTime(QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc()), zone,
                          locale);
}

QString formatTimeRange(qint64 startSeconds, qint64 endSeconds, const QTimeZone &zone,
                        const QLocale &locale) {
    const QDateTime start = QDateTime::fromSecsSinceEpoch(startSeconds, QTimeZone::utc())
                                .toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const QDateTime end = QDateTime::fromSecsSinceEpoch(endSeconds, QTimeZone::utc())
                              .toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const QString dash = QStringLiteral(" \u2013 ");
    if (start.date() == end.date())
        return formatDateTime(start, zone, locale) % dash % timeWithoutSeconds(end.time(), locale);
    return formatDateTime(start, zone, locale) % dash % formatDateTime(end, zone, locale);
}

QString formatDurationSeconds(qint64 seconds, const QLocale &locale) {
    const QString sign = seconds < 0 ? locale.negativeSign() : QString();
    const qint64 total = seconds < 0 ? -seconds : seconds;
    const qint64 hours = total / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 secs = total % 60;
    const auto twoDigits = [&locale](qint64 value) {
        return locale.toString(value).rightJustified(2, locale.zeroDigit().at(0));
    };
    if (hours > 0)
        return sign % QCoreApplication::translate("trro::Format", "%1 h %2 min")
                          .arg(locale.toString(hours), twoDigits(minutes));
    if (minutes > 0)
        return sign % QCoreApplication::translate("trro::Format", "%1 min %2 s")
                          .arg(locale.toString(minutes), twoDigits(secs));
    return sign % QCoreApplication::translate("trro::Format", "%1 s").arg(locale.toString(secs));
}

QString formatPercent(int percent, const QLocale &locale) {
    return locale.toString(percent) % QChar(0x00A0) % locale.percent();
}

QString formatAge(qint64 seconds) {
    // The counts are computed first: lupdate 6.4 loops on a division inside translate().
    const int secs = int(qMax<qint64>(0, seconds));
    const int minutes = secs / 60;
    const int hours = secs / 3600;
    const int days = secs / 86400;
    if (secs < 120)
        return QCoreApplication::translate("trro::ModelFormat", "%n second(s)", nullptr, secs);
    if (secs < 2 * 3600)
        return QCoreApplication::translate("trro::ModelFormat", "%n minute(s)", nullptr, minutes);
    if (secs < 2 * 86400)
        return QCoreApplication::translate("trro::ModelFormat", "%n hour(s)", nullptr, hours);
    return QCoreApplication::translate("trro::ModelFormat", "%n day(s)", nullptr, days);
}

} // namespace trro
