#pragma once

#include "charts/chartdata.h"

#include <QEvent>
#include <QWidget>

class QAbstractScrollArea;

namespace trro {
class LinkedChartsView;
} // namespace trro

namespace trro::test {

// Hourly buckets from start, one per value; a negative value leaves the hour out (a gap).
QList<IntervalBucket> hourly(qint64 start, const QList<int> &sessions, int ratio = 95);

// The published DescribeSessionStatisticsByInterval example (tests/fixtures): an inverted
// bucket, two with the same StartTime, a 1000 s "hour", and gaps.
ChartData publishedExample();

// A fleet and one device over 48 hours with a gap and a spike, in UTC+8.
ChartData twoDays();

// view at size with twoDays(), shown; true once its window is exposed.
bool showTwoDays(LinkedChartsView *view, QSize size);

// Mouse events with explicit button state, sent to a chart's viewport.
void sendMouse(QWidget *chart, QEvent::Type type, const QPointF &pos, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
void sendWheel(QWidget *chart, const QPointF &pos, int angleDeltaY);

} // namespace trro::test
