#include "linkedchartsview.h"

// LinkedChartsView: which metric and series each chart shows, for export and tests.

namespace trro {

LinkedChartsView::Metric LinkedChartsView::chartMetric(int index) const {
    return m_chartKinds.value(index, {Metric::Sessions, -1}).first;
}

QString LinkedChartsView::chartSeriesKey(int index) const {
    const int series = m_chartKinds.value(index, {Metric::Sessions, -1}).second;
    return series >= 0 && series < m_data.series.size() ? m_data.series.at(series).key : QString();
}

} // namespace trro
