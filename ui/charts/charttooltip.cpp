#include "charttooltip.h"

#include "timeticks.h"

#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace trro {

ChartTooltip::ChartTooltip(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this)) {
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_label->setTextFormat(Qt::RichText);
    m_label->setForegroundRole(QPalette::ToolTipText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_label);
    hide();
}

QString ChartTooltip::text() const {
    return m_label->text();
}

void ChartTooltip::showAt(const QString &html, const QPoint &anchor) {
    if (m_label->text() != html) {
        m_label->setText(html);
        adjustSize();
    }
    const QWidget *area = parentWidget();
    const int gap = 16;
    QPoint pos(anchor.x() + gap, anchor.y() + gap);
    if (area) {
        if (pos.x() + width() > area->width())
            pos.setX(anchor.x() - gap - width());
        if (pos.y() + height() > area->height())
            pos.setY(std::max(0, area->height() - height() - 4));
        pos.setX(std::max(0, pos.x()));
    }
    move(pos);
    raise();
    show();
}

QList<qsizetype> ChartTooltip::bucketsIn(const ChartSeries &series, qint64 start, qint64 end) {
    QList<qsizetype> found;
    for (qsizetype i = 0; i < series.buckets.size(); ++i) {
        const IntervalBucket &b = series.buckets.at(i);
        const bool startsIn = b.startTime >= start && b.startTime < end;
        const bool covers = b.startTime < start && b.endTime > start;
        if (startsIn || covers)
            found.append(i);
    }
    return found;
}

QString ChartTooltip::flagText(BucketFlags flags, const IntervalBucket &bucket) {
    QStringList parts;
    if (flags & BucketFlag::Inverted)
        parts << tr("ends before it starts");
    if (flags & BucketFlag::Duplicate)
        parts << tr("duplicate start time");
    if (flags & BucketFlag::OddWidth)
        parts << tr("unusual length: %1 s")
                     .arg(QLocale().toString(bucket.endTime - bucket.startTime));
    if (flags & BucketFlag::OutOfOrder)
        parts << tr("out of order");
    if (flags & BucketFlag::RatioOutOfRange)
        parts << tr("ratio out of range");
    return parts.join(u", "_s);
}

QString ChartTooltip::partialText(const BucketCoverage &coverage, const QTimeZone &zone,
                                  const QLocale &locale) {
    return tr("partial: %1").arg(formatPart(coverage.from, coverage.to, zone, locale));
}

QString ChartTooltip::html(const ChartData &data, qint64 start, qint64 end, int threshold,
                           const ChartPalette &palette, const QLocale &locale) {
    const QString muted = palette.muted.name();
    QString out = u"<b>"_s % formatInterval(start, end, data.timeZone, locale).toHtmlEscaped() %
                  u"</b>&nbsp;&nbsp;<span style=\"color:"_s % muted % u"\">"_s %
                  zoneLabel(data.timeZone, start).toHtmlEscaped() % u"</span>"_s;
    out += u"<table cellspacing=\"0\" cellpadding=\"2\" style=\"margin-top:4px\"><tr>"_s;
    const QString headers[] = {QString(),     tr("Sessions"), tr("Minutes"),
                               tr("Not bad"), tr("Vehicles"), tr("Cockpits")};
    for (const QString &h : headers)
        out += u"<th align=\"right\" style=\"color:"_s % muted % u";font-weight:normal\">&nbsp;"_s %
               h.toHtmlEscaped() % u"</th>"_s;
    out += u"</tr>"_s;

    for (qsizetype si = 0; si < data.series.size(); ++si) {
        const ChartSeries &series = data.series.at(si);
        const QString swatch = u"<span style=\"color:"_s % palette.seriesColor(int(si)).name() %
                               u"\">&#9632;</span>&nbsp;"_s % series.label.toHtmlEscaped();
        const QList<qsizetype> indexes = bucketsIn(series, start, end);
        const QString ghost = previousRows(data, series, start, end, palette, locale);
        if (indexes.isEmpty()) {
            out += u"<tr><td>"_s % swatch %
                   u"</td><td colspan=\"5\" align=\"right\" style=\"color:"_s % muted % u"\">"_s %
                   tr("no data").toHtmlEscaped() % u"</td></tr>"_s % ghost;
            continue;
        }
        for (qsizetype i : indexes) {
            const IntervalBucket &b = series.buckets.at(i);
            const bool hasRatio = b.sessionNum > 0;
            const bool below = hasRatio && b.notBadSessionRatio < threshold;
            const QString ratio =
                hasRatio ? locale.toString(b.notBadSessionRatio) + u" %"_s : u"–"_s;
            out +=
                u"<tr><td>"_s % swatch % u"</td><td align=\"right\">"_s %
                locale.toString(b.sessionNum) % u"</td><td align=\"right\">"_s %
                locale.toString(b.totalDuration) % u"</td><td align=\"right\""_s %
                (below ? u" style=\"color:"_s % palette.threshold.name() % u";font-weight:bold\""_s
                       : QString()) %
                u">"_s % ratio % u"</td><td align=\"right\">"_s %
                locale.toString(b.activeFieldDeviceNum) % u"</td><td align=\"right\">"_s %
                locale.toString(b.activeRemoteDeviceNum) % u"</td></tr>"_s;
            const BucketCoverage coverage = data.coverage(b);
            if (coverage.isPartial())
                out += u"<tr><td colspan=\"6\" style=\"color:"_s % muted % u"\">&#9700;&nbsp;"_s %
                       partialText(coverage, data.timeZone, locale).toHtmlEscaped() %
                       u"</td></tr>"_s;
            const BucketFlags flags = i < series.flags.size() ? series.flags.at(i) : BucketFlags();
            if (flags != BucketFlags()) {
                const QString bounds = formatInstant(b.startTime, data.timeZone, locale) %
                                       u" → "_s % formatInstant(b.endTime, data.timeZone, locale);
                out += u"<tr><td colspan=\"6\" style=\"color:"_s % palette.flag.name() %
                       u"\">&#9888;&nbsp;"_s % flagText(flags, b).toHtmlEscaped() %
                       u" <span style=\"color:"_s % muted % u"\">("_s % bounds.toHtmlEscaped() %
                       u")</span></td></tr>"_s;
            }
        }
        out += ghost;
        if (si == 0)
            out += withoutRow(data, start, end, palette, locale);
    }
    out += u"</table>"_s;
    return out;
}

namespace {

struct Sums {
    qint64 sessions = 0, minutes = 0, notBadSessions = 0, vehicles = 0, cockpits = 0;
    bool any = false;
};

Sums sumsIn(const ChartSeries &series, qint64 start, qint64 end) {
    Sums s;
    for (qsizetype i : ChartTooltip::bucketsIn(series, start, end)) {
        const IntervalBucket &b = series.buckets.at(i);
        s.any = true;
        s.sessions += b.sessionNum;
        s.minutes += b.totalDuration;
        s.notBadSessions += b.sessionNum * std::clamp(b.notBadSessionRatio, 0, 100);
        s.vehicles += b.activeFieldDeviceNum;
        s.cockpits += b.activeRemoteDeviceNum;
    }
    return s;
}

QString signedNumber(qint64 value, const QLocale &locale) {
    return (value > 0 ? u"+"_s : QString()) + locale.toString(value);
}

QString cell(const QString &text) {
    return u"<td align=\"right\">"_s % text % u"</td>"_s;
}

} // namespace

QString ChartTooltip::previousRows(const ChartData &data, const ChartSeries &series, qint64 start,
                                   qint64 end, const ChartPalette &palette, const QLocale &locale) {
    const ChartSeries *ghost = data.previousOf(series.key);
    if (!ghost)
        return {};
    const Sums now = sumsIn(series, start, end);
    const Sums before = sumsIn(*ghost, start, end);
    const QString muted = palette.muted.name();
    const auto ratio = [](const Sums &s) {
        return s.sessions > 0 ? s.notBadSessions / s.sessions : -1;
    };
    QString out = u"<tr style=\"color:"_s % muted % u"\"><td>&#8943;&nbsp;"_s %
                  data.previousLabel.toHtmlEscaped() % u"</td>"_s;
    if (!before.any)
        return out % u"<td colspan=\"5\" align=\"right\">"_s % tr("no data").toHtmlEscaped() %
               u"</td></tr>"_s;
    out += cell(locale.toString(before.sessions)) % cell(locale.toString(before.minutes)) %
           cell(ratio(before) >= 0 ? locale.toString(ratio(before)) + u" %"_s : u"–"_s) %
           cell(locale.toString(before.vehicles)) % cell(locale.toString(before.cockpits)) %
           u"</tr>"_s;
    const bool ratios = ratio(now) >= 0 && ratio(before) >= 0;
    out += u"<tr><td>&#916;&nbsp;"_s % tr("difference").toHtmlEscaped() % u"</td>"_s %
           cell(signedNumber(now.sessions - before.sessions, locale)) %
           cell(signedNumber(now.minutes - before.minutes, locale)) %
           cell(ratios ? signedNumber(ratio(now) - ratio(before), locale) + u" pt"_s : u"–"_s) %
           cell(signedNumber(now.vehicles - before.vehicles, locale)) %
           cell(signedNumber(now.cockpits - before.cockpits, locale)) % u"</tr>"_s;
    return out;
}

QString ChartTooltip::withoutRow(const ChartData &data, qint64 start, qint64 end,
                                 const ChartPalette &palette, const QLocale &locale) {
    if (data.without.buckets.isEmpty())
        return {};
    const Sums without = sumsIn(data.without, start, end);
    if (!without.any)
        return {}; // outside the spans the cause finder read
    const QString ratio = without.sessions > 0
                              ? locale.toString(without.notBadSessions / without.sessions) + u" %"_s
                              : u"–"_s;
    return u"<tr><td><span style=\"color:"_s % palette.text.name() % u"\">&#9476;</span>&nbsp;"_s %
           data.without.label.toHtmlEscaped() % u"</td>"_s %
           cell(locale.toString(without.sessions)) % cell(u"–"_s) % cell(ratio) % cell(u"–"_s) %
           cell(u"–"_s) % u"</tr>"_s;
}

} // namespace trro
