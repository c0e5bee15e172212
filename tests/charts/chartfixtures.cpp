#include "chartfixtures.h"

#include "charts/linkedchartsview.h"
#include "parse.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QFile>
#include <QMouseEvent>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace trro::test {

QList<IntervalBucket> hourly(qint64 start, const QList<int> &sessions, int ratio) {
    QList<IntervalBucket> buckets;
    for (int i = 0; i < sessions.size(); ++i) {
        if (sessions.at(i) < 0)
            continue;
        IntervalBucket b;
        b.startTime = start + i * 3600LL;
        b.endTime = b.startTime + 3600;
        b.sessionNum = sessions.at(i);
        b.totalDuration = sessions.at(i) * 12;
        b.notBadSessionRatio = ratio;
        b.activeFieldDeviceNum = (sessions.at(i) + 1) / 2;
        b.activeRemoteDeviceNum = (sessions.at(i) + 2) / 3;
        buckets.append(b);
    }
    return buckets;
}

ChartData publishedExample() {
    QFile file(QStringLiteral(TRRO_TEST_FIXTURES "/interval-statistics-example.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture interval-statistics-example.json is missing");
    const Result<QJsonObject> envelope = parseEnvelope(file.readAll());
    if (!envelope.ok())
        qFatal("fixture interval-statistics-example.json does not parse");
    const Result<IntervalSeries> series = parseIntervalStatistics(envelope.value());
    if (!series.ok())
        qFatal("fixture interval-statistics-example.json has no statistics");
    ChartData data;
    data.interval = Interval::Hour;
    data.timeZone = QTimeZone(8 * 3600);
    data.rangeStart = 1661148000; // 2022-08-22T14:00:00+08:00
    data.rangeEnd = 1661180400;
    data.series.append(
        makeChartSeries(QString(), u"Fleet"_s, series.value().buckets, data.interval));
    return data;
}

ChartData twoDays() {
    ChartData data;
    data.interval = Interval::Hour;
    data.timeZone = QTimeZone(8 * 3600);
    data.rangeStart = 1704038400; // 2024-01-01T00:00:00+08:00
    data.rangeEnd = data.rangeStart + 48 * 3600;
    QList<int> fleet;
    for (int h = 0; h < 48; ++h)
        fleet.append(4 + h % 5);
    fleet[10] = -1; // gaps: hours 10 and 11 are missing
    fleet[11] = -1;
    fleet[40] = 120; // a spike late on the second day
    QList<IntervalBucket> fleetBuckets = hourly(data.rangeStart, fleet, 97);
    for (IntervalBucket &b : fleetBuckets) {
        if (b.startTime == data.rangeStart + 20 * 3600)
            b.notBadSessionRatio = 60; // one interval below the threshold
    }
    QList<int> device;
    for (int h = 0; h < 48; ++h)
        device.append(h % 3);
    data.series.append(makeChartSeries(QString(), u"Fleet"_s, fleetBuckets, data.interval));
    data.series.append(makeChartSeries(u"dev-7"_s, u"Vehicle 7"_s,
                                       hourly(data.rangeStart, device, 92), data.interval));
    return data;
}

static QWidget *viewportOf(QWidget *chart) {
    auto *area = qobject_cast<QAbstractScrollArea *>(chart);
    return area ? area->viewport() : chart;
}

bool showTwoDays(LinkedChartsView *view, QSize size) {
    view->resize(size);
    view->setData(twoDays());
    view->show();
    return QTest::qWaitForWindowExposed(view);
}

void sendMouse(QWidget *chart, QEvent::Type type, const QPointF &pos, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers) {
    QWidget *target = viewportOf(chart);
    QMouseEvent event(type, pos, target->mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(target, &event);
}

void sendWheel(QWidget *chart, const QPointF &pos, int angleDeltaY) {
    QWidget *target = viewportOf(chart);
    QWheelEvent event(pos, target->mapToGlobal(pos), QPoint(), QPoint(0, angleDeltaY), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

} // namespace trro::test
