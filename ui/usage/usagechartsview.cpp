#include "usagechartsview.h"

#include "charts/timerangecontroller.h"
#include "usagelabels.h"

#include <QDateTime>
#include <QLocale>
#include <QStringBuilder>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace trro {
namespace {

constexpr int ChartHeight = 200;
constexpr qint64 Day = 86400;

QColor mixed(const QColor &a, const QColor &b, double t) {
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// The single tier whose hue a Multi- tier shares, and whether it is one.
int baseTier(int tier, bool *multi) {
    *multi = tier >= int(UsageTier::MultiSD);
    switch (UsageTier(tier)) {
    case UsageTier::MultiSD:
        return int(UsageTier::SD);
    case UsageTier::MultiHD:
        return int(UsageTier::HD);
    case UsageTier::MultiFHD:
        return int(UsageTier::FHD);
    case UsageTier::MultiTwoK:
        return int(UsageTier::TwoK);
    case UsageTier::MultiFourK:
        return int(UsageTier::FourK);
    case UsageTier::MultiOnline:
        return int(UsageTier::Online);
    default:
        break;
    }
    return tier;
}

QString minutesText(double minutes, const QLocale &locale) {
    return UsageChartsView::tr("%1 min").arg(locale.toString(qint64(std::llround(minutes))));
}

// The stacked session tiers that have minutes in the series, bottom first.
QList<int> stackedTiers(const UsageSeries &series) {
    QList<int> tiers;
    for (int t = 0; t < UsageTierCount; ++t) {
        if (isSessionTier(t) && series.total.tiers[size_t(t)] > 0)
            tiers.append(t);
    }
    return tiers;
}

void addForecast(TimeChartSpec *spec, const UsageChartData &data, const ChartPalette &palette) {
    const UsageForecast &f = *data.forecast;
    const qint64 from = std::max(data.now, f.monthStart);
    if (data.forecastEnd() <= from)
        return;
    ChartTrace line;
    line.label = UsageChartsView::tr("Forecast");
    line.color = palette.text;
    line.style = Qt::DashLine;
    line.gaps = true; // a line from now, not an area from zero
    const qint64 to = data.forecastEnd();
    line.spans.append({from, to, f.mean});
    spec->traces.append(line);
    spec->bands.append({from, to, std::max(0.0, f.mean - f.spread), f.mean + f.spread});
    spec->bandColor = palette.text;
    spec->bandColor.setAlphaF(palette.dark ? 0.18f : 0.10f);
    // First in the legend: a full legend row drops its first entries, and the tiers matter more.
    spec->legend.prepend(
        {UsageChartsView::tr("Band (± 1 SD)"), spec->bandColor, Qt::SolidLine, true});
    spec->legend.prepend({line.label, line.color, Qt::DashLine, false});
}

} // namespace

qint64 UsageChartData::dayStart(qsizetype index) const {
    return QDateTime(series.dates.at(index), QTime(0, 0), serviceDayZone()).toSecsSinceEpoch();
}

bool UsageChartData::showsForecast() const {
    return forecast.has_value() && rangeEnd >= now - Day && forecast->monthEnd > now;
}

qint64 UsageChartData::forecastEnd() const {
    if (!forecast)
        return now;
    const qint64 from = std::max(now, forecast->monthStart);
    const qint64 days = std::max<qint64>(0, std::min(rangeEnd, now) - rangeStart);
    return std::min(forecast->monthEnd, from + std::max(Day, days / 2));
}

UsageChartsView::UsageChartsView(QWidget *parent)
    : LinkedCharts(parent) {
    setAccessibleName(tr("Minutes per day by resolution tier"));
    applySpecs(false);
}

UsageChartsView::~UsageChartsView() = default;

QColor UsageChartsView::tierColor(int tier, const ChartPalette &palette) {
    // Hues of the chart palette: HD blue, FHD orange, 2K green, 4K purple, Voice grey,
    // SD olive, Online brown; a Multi- tier is the lighter shade of its single tier.
    static const int hue[] = {6, 7, 0, 1, 2, 3, 4};
    bool multi = false;
    const int base = baseTier(tier, &multi);
    const QColor color = palette.seriesColor(hue[std::clamp(base, 0, 6)]);
    return multi ? mixed(color, palette.plot, 0.45) : color;
}

TimeChartSpec UsageChartsView::buildSpec(const UsageChartData &data, const ChartPalette &palette) {
    TimeChartSpec spec;
    spec.title = tr("Minutes per day by tier");
    const UsageSeries &series = data.series;
    const QList<int> tiers = stackedTiers(series);
    QList<QList<double>> tops; // per stacked tier, per day: the top of its band
    QList<double> sum(series.dates.size(), 0.0);
    for (const int t : tiers) {
        for (qsizetype i = 0; i < series.dates.size(); ++i)
            sum[i] += double(series.minutes.at(i).tiers[size_t(t)]);
        tops.append(sum);
    }
    for (qsizetype k = tiers.size() - 1; k >= 0; --k) { // the top band first
        ChartTrace trace;
        trace.label = usageTierLabel(tiers.at(k));
        trace.color = tierColor(tiers.at(k), palette);
        trace.filled = true;
        trace.fillColor = mixed(trace.color, palette.plot, palette.dark ? 0.30 : 0.25);
        for (qsizetype i = 0; i < series.dates.size(); ++i)
            trace.spans.append({data.dayStart(i), data.dayStart(i) + Day, tops.at(k).at(i)});
        spec.traces.append(trace);
    }
    for (const int t : tiers)
        spec.legend.append({usageTierLabel(t), tierColor(t, palette), Qt::SolidLine, true});
    for (const int t : {int(UsageTier::Online), int(UsageTier::MultiOnline)}) {
        if (series.total.tiers[size_t(t)] <= 0)
            continue;
        ChartTrace online;
        online.label = usageTierLabel(t);
        online.color = tierColor(t, palette);
        online.style = Qt::DotLine;
        for (qsizetype i = 0; i < series.dates.size(); ++i)
            online.spans.append({data.dayStart(i), data.dayStart(i) + Day,
                                 double(series.minutes.at(i).tiers[size_t(t)])});
        spec.traces.append(online);
        spec.legend.append({online.label, online.color, Qt::DotLine, false});
    }
    for (qsizetype i = 0; i < series.dates.size(); ++i) {
        if (data.dayStart(i) + Day > data.now) // today: not over yet
            spec.partialSpans.append({data.dayStart(i), data.dayStart(i) + Day});
    }
    if (data.showsForecast())
        addForecast(&spec, data, palette);
    return spec;
}

void UsageChartsView::setData(const UsageChartData &data) {
    m_data = data;
    setTimeZone(data.timeZone);
    applySpecs(false);
    qint64 from = data.rangeStart;
    qint64 to = data.rangeEnd;
    if (data.showsForecast())
        to = std::max(to, data.forecastEnd());
    if (to - from < Day)
        to = from + Day;
    TimeRangeController *range = timeRange();
    const qint64 visibleFrom = range->visibleFrom();
    const qint64 visibleTo = range->visibleTo();
    range->setFullRange(from, to, true);
    if (visibleFrom == range->visibleFrom() && visibleTo == range->visibleTo())
        applyVisibleRange(); // no signal: the range stayed, the data did not
    if (hasCrosshair())
        setCrosshair(crosshair());
}

void UsageChartsView::applySpecs(bool sync) {
    m_spec = buildSpec(m_data, chartPalette());
    setEmptyText(m_data.series.dates.isEmpty() ? tr("No minutes in this range") : QString());
    setChartSpecs({m_spec}, ChartHeight, sync);
}

void UsageChartsView::refreshSpecs() {
    applySpecs();
}

bool UsageChartsView::spanAt(qint64 time, qint64 *start, qint64 *end) const {
    const bool inDays = !m_data.series.dates.isEmpty() && time >= m_data.dayStart(0) &&
                        time < m_data.dayStart(m_data.series.dates.size() - 1) + Day;
    const bool inForecast =
        m_data.showsForecast() && time >= m_data.now && time < m_data.forecastEnd();
    if (!inDays && !inForecast)
        return false;
    const QDate date = QDateTime::fromSecsSinceEpoch(time, serviceDayZone()).date();
    *start = QDateTime(date, QTime(0, 0), serviceDayZone()).toSecsSinceEpoch();
    *end = *start + Day;
    return true;
}

QString UsageChartsView::tooltipFor(qint64 start, qint64) const {
    const QLocale locale = this->locale();
    const QDate date = QDateTime::fromSecsSinceEpoch(start, serviceDayZone()).date();
    QString out = u"<b>"_s % locale.toString(date, QLocale::LongFormat).toHtmlEscaped() %
                  u"</b><table cellspacing=\"0\" cellpadding=\"2\" style=\"margin-top:4px\">"_s;
    const auto row = [&out](const QString &label, const QString &value) {
        out += u"<tr><td>"_s % label.toHtmlEscaped() % u"</td><td align=\"right\">&nbsp;"_s %
               value.toHtmlEscaped() % u"</td></tr>"_s;
    };
    const qsizetype index = m_data.series.dates.indexOf(date);
    if (index >= 0) {
        const UsageMinutes &m = m_data.series.minutes.at(index);
        for (int t = 0; t < UsageTierCount; ++t) {
            if (m.tiers[size_t(t)] > 0 || m.isRejected(t))
                row(usageTierLabel(t), m.isRejected(t)
                                           ? tr("left out")
                                           : minutesText(double(m.tiers[size_t(t)]), locale));
        }
        row(tr("Session minutes"), minutesText(double(m.minutes()), locale));
        row(tr("Billed"), minutesText(double(m.deductDuration), locale));
    }
    if (m_data.showsForecast() && start + Day > m_data.now) {
        const UsageForecast &f = *m_data.forecast;
        row(tr("Forecast a day"), minutesText(f.mean, locale));
        row(tr("Band"), tr("%1 – %2").arg(minutesText(std::max(0.0, f.mean - f.spread), locale),
                                          minutesText(f.mean + f.spread, locale)));
        row(tr("Month to date"), minutesText(double(f.monthToDate), locale));
        row(tr("Forecast to the month's end"), minutesText(double(f.forecast), locale));
    }
    out += u"</table>"_s;
    return out;
}

} // namespace trro
