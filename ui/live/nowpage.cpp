#include "nowpage.h"

#include "livemonitor.h"
#include "livepanel.h"
#include "widgets/kpitile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace trro {

NowPage::NowPage(LiveMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_title(new QLabel(this))
    , m_running(new KpiTile(tr("Running now"), KpiTile::Format::Count, this))
    , m_bad(new KpiTile(tr("Bad quality now"), KpiTile::Format::Count, this))
    , m_degraded(new KpiTile(tr("Degraded now"), KpiTile::Format::Count, this))
    , m_stale(new KpiTile(tr("Without a report"), KpiTile::Format::Count, this))
    , m_panel(new LivePanel(monitor, this)) {
    setAccessibleName(tr("Now: running sessions"));
    m_title->setTextFormat(Qt::PlainText);
    QFont font = m_title->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.25);
    else
        font.setPixelSize(font.pixelSize() * 5 / 4);
    font.setWeight(QFont::DemiBold);
    m_title->setFont(font);
    m_title->setText(tr("Running sessions"));
    for (KpiTile *worse : {m_bad, m_degraded, m_stale})
        worse->setHigherIsBetter(false);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    for (KpiTile *tile : {m_running, m_bad, m_degraded, m_stale}) {
        tile->setComparisonLabel(tr("vs 10 min ago"));
        tiles->addWidget(tile);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addLayout(tiles);
    layout->addWidget(m_panel, 1);

    connect(m_panel, &LivePanel::sessionOpened, this, &NowPage::sessionOpened);
    connect(m_monitor, &LiveMonitor::updated, this, &NowPage::countAnswer);
    connect(m_monitor, &LiveMonitor::qualityChanged, this, &NowPage::showCounts);
    connect(m_monitor, &LiveMonitor::failed, this, &NowPage::showCounts);
    connect(m_monitor, &LiveMonitor::recovered, this, &NowPage::showCounts);
    showCounts();
}

void NowPage::setDeviceNames(const QHash<QString, QString> &namesById) {
    m_panel->setDeviceNames(namesById);
}

void NowPage::setTimeZone(const QTimeZone &zone) {
    m_panel->setTimeZone(zone);
}

void NowPage::setProjectName(const QString &name) {
    m_title->setText(name.isEmpty() ? tr("Running sessions")
                                    : tr("Running sessions of %1").arg(name));
}

void NowPage::clearHistory() {
    m_history.clear();
    m_counted = 0;
    showCounts();
}

void NowPage::countAnswer() {
    // `updated` also follows ages and ended sessions; a sample is one answer of the service.
    if (m_monitor->lastSuccess() > 0 && m_monitor->lastSuccess() != m_counted) {
        m_counted = m_monitor->lastSuccess();
        m_history.add(liveCounts(m_monitor->roster(), m_counted));
    }
    showCounts();
}

void NowPage::showCounts() {
    const bool stale = !m_monitor->lastError().isEmpty();
    const QList<KpiTile *> tiles{m_running, m_bad, m_degraded, m_stale};
    if (m_monitor->lastSuccess() == 0) {
        for (KpiTile *tile : tiles) {
            tile->clear();
            tile->setStale(stale);
        }
        return;
    }
    // The quality of the rows is measured between answers: the latest figures, not the sample's.
    const LiveCounts now = liveCounts(m_monitor->roster(), m_monitor->lastSuccess());
    const std::optional<LiveCounts> before = m_history.atOrBefore(now.at - CompareAgoSec);
    const QList<int LiveCounts::*> figures{&LiveCounts::running, &LiveCounts::bad,
                                           &LiveCounts::degraded, &LiveCounts::stale};
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        KpiTile *tile = tiles.at(i);
        int LiveCounts::*figure = figures.at(i);
        tile->setValue(now.*figure, before ? (*before).*figure : 0, before.has_value());
        tile->setTrend(m_history.series(figure));
        tile->setStale(stale);
    }
    m_bad->setToolTip(
        tr("Of the %n sessions whose live quality is measured", nullptr, now.measured));
    m_degraded->setToolTip(m_bad->toolTip());
}

} // namespace trro
