#include "livepanel.h"

#include "livemonitor.h"
#include "livesessionmodel.h"
#include "modelformat.h"
#include "panels/toneproxymodel.h"
#include "tablerole.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace trro {

LivePanel::LivePanel(LiveMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_model(new LiveSessionModel(this))
    , m_tone(new ToneProxyModel(this))
    , m_sort(new QSortFilterProxyModel(this)) {
    setAccessibleName(tr("Running sessions"));
    m_tone->setSourceModel(m_model);
    m_tone->setSwatchColumns({LiveSessionModel::QualityColumn});
    m_sort->setSourceModel(m_tone);
    m_sort->setSortRole(SortRole);
    m_sort->setFilterRole(FilterTextRole);
    m_sort->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_sort->setDynamicSortFilter(true);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by vehicle, cockpit or session"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter running sessions"));

    m_table = new QTableView(this);
    m_table->setModel(m_sort);
    m_table->setAccessibleName(tr("Running sessions"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    // Problems first: the worst live quality, then the longest running.
    m_table->sortByColumn(LiveSessionModel::QualityColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, m_sort, [this](const QString &text) {
        m_sort->setFilterFixedString(text.trimmed().toLower());
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_tone->mapToSource(m_sort->mapToSource(index));
        if (const LiveRow *row = m_model->row(source.row()))
            Q_EMIT sessionOpened(row->session);
    });
    connect(m_monitor, &LiveMonitor::updated, this, &LivePanel::showRoster);
    connect(m_monitor, &LiveMonitor::qualityChanged, this, &LivePanel::showRoster);
    connect(m_monitor, &LiveMonitor::refreshStarted, this, &LivePanel::updateStatus);
    showRoster();
}

void LivePanel::setDeviceNames(const QHash<QString, QString> &namesById) {
    m_model->setDeviceNames(namesById);
}

void LivePanel::setTimeZone(const QTimeZone &zone) {
    m_zone = zone;
    m_model->setTimeZone(zone);
    updateStatus();
}

void LivePanel::showRoster() {
    m_model->setRows(m_monitor->roster().rows(), m_monitor->now());
    m_tone->setStale(!m_monitor->lastError().isEmpty());
    updateStatus();
}

QString LivePanel::statusText() const {
    return m_status->text();
}

void LivePanel::updateStatus() {
    const LiveRoster &roster = m_monitor->roster();
    QString text;
    if (m_monitor->lastSuccess() == 0 && m_monitor->lastError().isEmpty()) {
        text = m_monitor->isBusy() ? tr("Asking for the running sessions…")
                                   : tr("Running sessions are shown once a project is open.");
    } else {
        text = tr("%1 running · %2 without a report").arg(roster.running()).arg(roster.stale());
        if (m_monitor->lastSuccess() > 0)
            text += QStringLiteral(" · ") +
                    tr("updated %1").arg(formatUnixTime(m_monitor->lastSuccess(), m_zone));
    }
    if (!m_monitor->lastError().isEmpty())
        text += QLatin1Char('\n') +
                tr("The last refresh failed (%1); the list is %2 old and is retried every %3 s.")
                    .arg(m_monitor->lastError(),
                         m_monitor->lastSuccess() > 0
                             ? formatAge(
                                   std::max<qint64>(0, m_monitor->now() - m_monitor->lastSuccess()))
                             : tr("never"))
                    .arg(m_monitor->refreshSec());
    m_status->setText(text);
}

void LivePanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        m_tone->followPalette();
    QWidget::changeEvent(event);
}

} // namespace trro
