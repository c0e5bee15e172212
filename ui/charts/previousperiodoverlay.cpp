#include "previousperiodoverlay.h"

#include "linkedchartsview.h"
#include "trroapi.h"

#include <QAction>
#include <algorithm>
#include <memory>

namespace trro {
namespace {

// What one view's ghosts are waiting for; the context of its requests.
struct Pending final : QObject {
    QList<ChartSeries> ghosts;
    int remaining = 0;
};

} // namespace

PreviousPeriodOverlay::PreviousPeriodOverlay(TrroApi *api, std::function<QString()> projectId,
                                             QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_projectId(std::move(projectId))
    , m_toggle(new QAction(tr("Compare with the &previous period"), this))
    , m_weekEarlier(new QAction(tr("Compare with a &week earlier"), this)) {
    m_toggle->setObjectName(QStringLiteral("previousPeriodAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_toggle->setToolTip(tr("Draw the same series for the period just before as muted ghosts"));
    m_weekEarlier->setCheckable(true);
    m_weekEarlier->setToolTip(tr("The ghosts show the same span a week earlier instead"));
    connect(m_toggle, &QAction::toggled, this, &PreviousPeriodOverlay::updateAll);
    connect(m_weekEarlier, &QAction::toggled, this, [this] {
        if (isOn())
            updateAll();
    });
}

bool PreviousPeriodOverlay::isOn() const {
    return m_toggle->isChecked();
}

PreviousPeriod PreviousPeriodOverlay::period() const {
    return m_weekEarlier->isChecked() ? PreviousPeriod::WeekEarlier : PreviousPeriod::JustBefore;
}

QString PreviousPeriodOverlay::label() const {
    return period() == PreviousPeriod::WeekEarlier ? tr("a week earlier") : tr("previous period");
}

void PreviousPeriodOverlay::watch(LinkedChartsView *view) {
    m_views.append(view);
    connect(view, &LinkedChartsView::dataReplaced, this, [this, view] { update(view); });
}

void PreviousPeriodOverlay::updateAll() {
    for (const QPointer<LinkedChartsView> &view : std::as_const(m_views)) {
        if (view)
            update(view);
    }
}

void PreviousPeriodOverlay::update(LinkedChartsView *view) {
    const QString request = QStringLiteral("previousPeriodRequest");
    delete view->findChild<QObject *>(request, Qt::FindDirectChildrenOnly);
    const ChartData &data = view->data();
    if (!isOn() || !m_api || data.series.isEmpty() || data.rangeEnd <= data.rangeStart) {
        if (!data.previous.isEmpty())
            view->setPreviousSeries({}, QString());
        return;
    }
    // A refresh of the same range keeps its ghosts (setData): the past does not change, and
    // only series without one (a device just picked) are worth asking for.
    const bool complete =
        data.previousLabel == label() &&
        std::all_of(data.series.cbegin(), data.series.cend(),
                    [&data](const ChartSeries &series) { return data.previousOf(series.key); });
    if (complete)
        return;
    const qint64 shift = previousPeriodShift(period(), data.rangeStart, data.rangeEnd);
    auto *pending = new Pending;
    pending->setObjectName(request);
    pending->setParent(view); // deleted with the view, or by the next update
    pending->remaining = int(data.series.size());
    const QString ghostLabel = label();
    for (const ChartSeries &series : data.series) {
        StatsQuery query;
        query.projectId = m_projectId();
        query.deviceId = series.key;
        query.interval = data.interval;
        query.startTime = data.rangeStart - shift;
        query.endTime = data.rangeEnd - shift;
        const QString key = series.key;
        const QString name = series.label;
        m_api->intervalStatistics(
            query, pending,
            [this, view, pending, key, name, shift, ghostLabel,
             interval = data.interval](const Result<IntervalSeries> &result) {
                if (result.ok())
                    pending->ghosts.append(shiftedSeries(
                        makeChartSeries(key, name, result.value().buckets, interval), shift));
                if (--pending->remaining > 0)
                    return;
                view->setPreviousSeries(pending->ghosts, ghostLabel);
                pending->deleteLater();
                Q_EMIT ghostsShown(view);
            });
    }
}

} // namespace trro
