#include "deviceview.h"

#include "cachedstats.h"
#include "charts/chartdata.h"
#include "charts/linkedchartsview.h"
#include "clock.h"
#include "devicelistmodel.h"
#include "modelformat.h"
#include "sessionfiltermodel.h"
#include "sessionlistmodel.h"
#include "tablerole.h"
#include "toneproxymodel.h"
#include "trroapi.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace trro {

DeviceView::DeviceView(TrroApi *api, CachedStats *statistics, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_statistics(statistics)
    , m_sessions(new SessionListModel(this))
    , m_filter(new SessionFilterModel(this))
    , m_tone(new ToneProxyModel(this)) {
    m_tone->setSourceModel(m_sessions);
    m_tone->setSwatchColumns({SessionListModel::QualityColumn});
    m_filter->setSourceModel(m_tone);
    buildUi();
}

DeviceView::~DeviceView() {
    delete m_request;
}

void DeviceView::setClock(Clock *clock) {
    m_clock = clock;
}

void DeviceView::buildUi() {
    setAccessibleName(tr("Device view"));

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(4);
    m_busy->setAccessibleName(tr("Loading the device"));
    m_busy->hide();

    m_charts = new LinkedChartsView(this);
    m_charts->setAccessibleName(tr("Charts of the device"));

    m_quality = new QComboBox(this);
    m_quality->addItem(tr("All qualities"), QString());
    for (const char *quality : {"good", "normal", "bad"})
        m_quality->addItem(SessionListModel::qualityText(QLatin1String(quality)),
                           QLatin1String(quality));
    m_quality->setAccessibleName(tr("Session quality filter"));

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter sessions (ID, peer, resolution)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter sessions"));

    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);

    buildTable();
    layOut();
    connectParts();
    updateHeader();
    updateCount();
}

void DeviceView::buildTable() {
    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Sessions of the device"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SessionListModel::StartColumn, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SessionListModel::SessionColumn, QHeaderView::Stretch);
}

void DeviceView::layOut() {
    auto *sessionsTitle = new QLabel(tr("Sessions"), this);
    QFont sectionFont = sessionsTitle->font();
    sectionFont.setBold(true);
    sessionsTitle->setFont(sectionFont);

    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(6);
    filterRow->addWidget(sessionsTitle);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_quality);
    filterRow->addWidget(m_search, 1);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_count);

    auto *sessionsPane = new QWidget(this);
    auto *sessionsLayout = new QVBoxLayout(sessionsPane);
    sessionsLayout->setContentsMargins(0, 6, 0, 0);
    sessionsLayout->setSpacing(6);
    sessionsLayout->addLayout(filterRow);
    sessionsLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_charts);
    splitter->addWidget(sessionsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({520, 360}); // the charts scroll; the sessions keep a readable height

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_busy);
    layout->addWidget(splitter, 1);

    setFocusProxy(m_table); // arriving on the page puts the keyboard on the table

    setTabOrder(m_quality, m_search);
    setTabOrder(m_search, m_table);
}

void DeviceView::connectParts() {
    connect(m_quality, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setQualityFilter(m_quality->currentData().toString());
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(SessionListModel::SessionIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT sessionActivated(id);
    });
    connect(m_charts, &LinkedChartsView::intervalActivated, this, &DeviceView::intervalActivated);
}

void DeviceView::open(const QString &projectId, const Device &device, Interval interval,
                      qint64 from, qint64 to, const QTimeZone &zone) {
    const bool sameDevice = projectId == m_projectId && device.deviceId == m_device.deviceId;
    m_projectId = projectId;
    m_device = device;
    m_interval = interval;
    m_from = from;
    m_to = to;
    m_zone = zone;
    m_sessions->setTimeZone(zone);
    m_sessions->setFocusDevice(device.deviceId);
    m_table->setColumnHidden(SessionListModel::FieldDeviceColumn,
                             device.deviceType == DeviceType::Field);
    m_table->setColumnHidden(SessionListModel::RemoteDeviceColumn,
                             device.deviceType == DeviceType::Remote);
    if (!sameDevice) {
        // Another device's numbers are not "the last good data" of this one.
        m_sessions->setSessions({});
        m_charts->setData(ChartData{});
        setStale(false);
    }
    updateHeader();
    fetch();
}

void DeviceView::reload() {
    if (!m_device.deviceId.isEmpty())
        fetch();
}

void DeviceView::cancel() {
    const bool wasLoading = isLoading();
    delete m_request;
    m_pending = 0;
    m_busy->hide();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void DeviceView::setDeviceNames(const QHash<QString, QString> &namesById) {
    m_sessions->setDeviceNames(namesById);
}

void DeviceView::setRatioThreshold(int percent) {
    m_charts->setRatioThreshold(percent);
}

void DeviceView::fetch() {
    const bool wasLoading = isLoading();
    delete m_request; // a newer fetch replaces the running one
    m_pending = 0;
    if (!m_api)
        return;
    QObject *request = new QObject(this);
    m_request = request;
    m_failedThisRun = false;
    m_pending = 2;
    m_busy->show();
    if (!wasLoading)
        Q_EMIT loadingChanged(true);

    StatsQuery query;
    query.projectId = m_projectId;
    query.deviceId = m_device.deviceId;
    query.interval = m_interval;
    query.startTime = m_from;
    query.endTime = m_to;
    m_statistics->intervalStatisticsDetailed(
        query, request,
        [this, request](const Result<IntervalSeries> &result, const CacheOutcome &cache) {
            if (request != m_request)
                return;
            if (result.ok())
                onSeries(result.value());
            else
                onFailed(result.error());
            if (cache.offline)
                onFailed(cache.serviceError); // shown, but stale
            requestDone();
        },
        Priority::Interactive);
    m_api->deviceSessions(
        m_projectId, m_device.deviceId, m_from, m_to, request,
        [this, request](const Result<QList<DeviceSession>> &result) {
            if (request != m_request)
                return;
            if (result.ok())
                onSessions(result.value());
            else
                onFailed(result.error());
            requestDone();
        },
        Priority::Interactive);
}

void DeviceView::onSeries(const IntervalSeries &series) {
    ChartData chart;
    chart.interval = m_interval;
    chart.timeZone = m_zone;
    chart.rangeStart = m_from;
    chart.rangeEnd = m_to;
    chart.now = Clock::orSystem(m_clock)->wallSecs(); // the series is as of its arrival
    const QString label = m_device.deviceName.isEmpty() ? m_device.deviceId : m_device.deviceName;
    chart.series.append(makeChartSeries(m_device.deviceId, label, series.buckets, m_interval));
    m_charts->setData(chart);
}

void DeviceView::onSessions(const QList<DeviceSession> &sessions) {
    m_sessions->setSessions(sessions);
    updateCount();
}

void DeviceView::onFailed(const ApiError &error) {
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    const bool first = !m_failedThisRun;
    m_failedThisRun = true;
    if (first)
        Q_EMIT errorOccurred(error); // one banner per fetch, not one per request
}

void DeviceView::requestDone() {
    if (--m_pending > 0)
        return;
    m_pending = 0;
    QObject *request = m_request;
    m_request = nullptr;
    if (request)
        request->deleteLater();
    m_busy->hide();
    setStale(m_failedThisRun);
    Q_EMIT loadingChanged(false);
}

void DeviceView::updateHeader() {
    if (m_device.deviceId.isEmpty()) {
        m_title->setText(tr("No device open"));
        m_details->setText(tr("Double-click a device in the device list or the breakdown."));
        return;
    }
    m_title->setText(m_device.deviceName.isEmpty() ? m_device.deviceId : m_device.deviceName);
    QStringList parts{
        DeviceListModel::typeText(m_device.deviceType), tr("ID %1").arg(m_device.deviceId),
        DeviceListModel::statusText(m_device.deviceStatus), formatTimeRange(m_from, m_to, m_zone)};
    if (m_stale)
        parts.append(tr("not up to date (last update failed)"));
    m_details->setText(parts.join(QStringLiteral(" \u00B7 ")));
}

void DeviceView::updateCount() {
    const QLocale locale;
    const int total = m_sessions->rowCount();
    const int shown = m_filter->rowCount();
    m_count->setText(
        shown == total
            ? tr("%1 sessions").arg(locale.toString(total))
            : tr("%1 of %2 sessions").arg(locale.toString(shown), locale.toString(total)));
}

void DeviceView::setStale(bool stale) {
    m_stale = stale;
    m_tone->setStale(stale);
    m_charts->setStale(stale);
    updateHeader();
}

void DeviceView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        m_tone->followPalette();
    QWidget::changeEvent(event);
}

} // namespace trro
