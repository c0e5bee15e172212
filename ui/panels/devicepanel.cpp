#include "devicepanel.h"

#include "devicefiltermodel.h"
#include "devicelistmodel.h"
#include "sessionestimate.h"
#include "tablerole.h"
#include "toneproxymodel.h"
#include "trroapi.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace trro {

DevicePanel::DevicePanel(TrroApi *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new DeviceListModel(this))
    , m_filter(new DeviceFilterModel(this))
    , m_tone(new ToneProxyModel(this)) {
    m_tone->setSourceModel(m_model);
    m_tone->setSwatchColumns({DeviceListModel::StatusColumn});
    m_filter->setSourceModel(m_tone);
    buildUi();
}

DevicePanel::~DevicePanel() {
    delete m_request; // drops the running load
    delete m_badRequest;
}

void DevicePanel::buildUi() {
    setAccessibleName(tr("Devices"));

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search name or ID"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search devices"));

    m_type = new QComboBox(this);
    m_type->addItem(tr("All types"), int(DeviceType::Unknown));
    m_type->addItem(tr("Vehicles"), int(DeviceType::Field));
    m_type->addItem(tr("Cockpits"), int(DeviceType::Remote));
    m_type->setAccessibleName(tr("Device type filter"));

    m_status = new QComboBox(this);
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(DeviceListModel::statusText(QStringLiteral("connected")),
                      QStringLiteral("connected"));
    m_status->addItem(DeviceListModel::statusText(QStringLiteral("ready")),
                      QStringLiteral("ready"));
    m_status->addItem(DeviceListModel::statusText(QStringLiteral("offline")),
                      QStringLiteral("offline"));
    m_status->setAccessibleName(tr("Device status filter"));

    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Device list"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeviceListModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DeviceListModel::NameColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(header->fontMetrics().horizontalAdvance(QStringLiteral("M")) * 5);
    // The panel usually lives in a narrow dock: the ID (also in the name's tooltip and matched by
    // the search) is hidden until the user turns it on from the header's menu.
    m_table->setColumnHidden(DeviceListModel::IdColumn, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &DevicePanel::showColumnMenu);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(4);
    m_busy->setAccessibleName(tr("Loading devices"));
    m_busy->hide();

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Device list status"));

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_type, 1);
    filters->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_busy);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    setTabOrder(m_search, m_type);
    setTabOrder(m_type, m_status);
    setTabOrder(m_status, m_table);

    connect(m_search, &QLineEdit::textChanged, this, &DevicePanel::applyFilters);
    connect(m_type, &QComboBox::currentIndexChanged, this, &DevicePanel::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &DevicePanel::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DevicePanel::emitSelection);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(DeviceIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT deviceOpened(id);
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &DevicePanel::updateStatus);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &DevicePanel::updateStatus);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DevicePanel::updateStatus);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &DevicePanel::updateStatus);
    updateStatus();
}

void DevicePanel::showColumnMenu(const QPoint &position) {
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Columns"));
    for (int column = 0; column < DeviceListModel::ColumnCount; ++column) {
        if (column == DeviceListModel::NameColumn)
            continue; // always shown
        QAction *action = menu->addAction(
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { m_table->setColumnHidden(column, !shown); });
    }
    menu->popup(m_table->horizontalHeader()->viewport()->mapToGlobal(position));
}

void DevicePanel::setProject(const QString &projectId) {
    if (projectId == m_projectId && (!m_model->devices().isEmpty() || isLoading()))
        return;
    if (projectId != m_projectId) {
        // A selection restored before the first project is kept for it; switching projects
        // drops the old project's selection.
        if (!m_projectId.isEmpty())
            m_pendingSelection.clear();
        m_model->setDevices({});
        setStale(false);
    }
    m_projectId = projectId;
    reload(); // the devices and their bad sessions in the range
}

void DevicePanel::reload() {
    const bool wasLoading = isLoading();
    delete m_request; // a newer load replaces the running one
    loadBadSessions();
    if (m_projectId.isEmpty() || !m_api) {
        if (wasLoading)
            Q_EMIT loadingChanged(false);
        updateStatus();
        return;
    }
    if (m_pendingSelection.isEmpty())
        m_pendingSelection = selectedDeviceIds();
    QObject *request = new QObject(this);
    m_request = request;
    m_busy->show();
    updateStatus();
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
    m_api->devices(
        m_projectId, DeviceFilter{}, request,
        [this, request](const Result<QList<Device>> &result) {
            if (request != m_request)
                return;
            m_request = nullptr;
            request->deleteLater();
            if (result.ok())
                onLoaded(result.value());
            else
                onFailed(result.error());
            m_busy->hide();
            updateStatus();
            Q_EMIT loadingChanged(false);
        },
        Priority::Interactive);
}

void DevicePanel::setRange(qint64 from, qint64 to) {
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    loadBadSessions();
}

void DevicePanel::loadBadSessions() {
    delete m_badRequest; // a newer range or project replaces the running list
    m_model->clearBadSessions();
    if (m_projectId.isEmpty() || !m_api || m_to <= m_from)
        return;
    QObject *request = new QObject(this);
    m_badRequest = request;
    const qint64 from = m_from;
    const qint64 to = m_to;
    m_api->deviceSessions(
        m_projectId, QString(), from, to, request,
        [this, request, from, to](const Result<QList<DeviceSession>> &result) {
            if (request != m_badRequest)
                return;
            m_badRequest = nullptr;
            request->deleteLater();
            if (!result.ok())
                return; // the column stays empty; the fleet view reports the service's errors
            QHash<QString, qint64> bad;
            const QHash<QString, DeviceEstimate> estimate =
                estimateDevices(result.value(), from, to);
            for (auto it = estimate.cbegin(); it != estimate.cend(); ++it)
                bad.insert(it.key(), it->badSessions);
            m_model->setBadSessions(bad);
            Q_EMIT badSessionsLoaded();
        },
        Priority::Background); // after what the user is waiting for
}

void DevicePanel::onLoaded(const QList<Device> &devices) {
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->setDevices(devices);
    }
    setStale(false);
    applyPendingSelection();
    emitSelection();
    Q_EMIT devicesLoaded(devices);
}

void DevicePanel::onFailed(const ApiError &error) {
    m_pendingSelection.clear();
    if (error.kind == ApiError::Kind::Cancelled)
        return; // the account or project changed under us; not an error to show
    setStale(!m_model->devices().isEmpty());
    Q_EMIT errorOccurred(error);
}

void DevicePanel::setColumnVisible(int column, bool visible) {
    if (column != DeviceListModel::NameColumn)
        m_table->setColumnHidden(column, !visible);
}

bool DevicePanel::isColumnVisible(int column) const {
    return !m_table->isColumnHidden(column);
}

void DevicePanel::setTimeZone(const QTimeZone &zone) {
    m_model->setTimeZone(zone);
}

QList<Device> DevicePanel::devices() const {
    return m_model->devices();
}

Device DevicePanel::device(const QString &deviceId) const {
    return m_model->device(m_model->rowOf(deviceId));
}

QStringList DevicePanel::selectedDeviceIds() const {
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids.append(index.data(DeviceIdRole).toString());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void DevicePanel::setSelectedDeviceIds(const QStringList &deviceIds) {
    m_pendingSelection = deviceIds;
    if (m_pendingSelection.isEmpty())
        m_table->clearSelection();
    if (!m_model->devices().isEmpty())
        applyPendingSelection();
}

void DevicePanel::applyPendingSelection() {
    if (m_pendingSelection.isEmpty())
        return;
    QItemSelection selection;
    for (const QString &id : std::as_const(m_pendingSelection)) {
        const int sourceRow = m_model->rowOf(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex index =
            m_filter->mapFromSource(m_tone->mapFromSource(m_model->index(sourceRow, 0)));
        if (index.isValid())
            selection.select(index, index);
    }
    m_pendingSelection.clear();
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_table->scrollTo(rows.first());
}

void DevicePanel::emitSelection() {
    const QStringList ids = selectedDeviceIds();
    updateStatus();
    if (ids == m_lastSelection)
        return;
    m_lastSelection = ids;
    Q_EMIT selectionChanged(ids);
}

void DevicePanel::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DevicePanel::applyFilters() {
    m_filter->setSearchText(m_search->text());
    m_filter->setTypeFilter(DeviceType(m_type->currentData().toInt()));
    m_filter->setStatusFilter(m_status->currentData().toString());
    updateStatus();
}

void DevicePanel::updateStatus() {
    const QLocale locale;
    const int total = int(m_model->devices().size());
    const int shown = m_filter->rowCount();
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    QString text;
    if (isLoading() && total == 0)
        text = tr("Loading devices\u2026");
    else if (total == 0)
        text = m_projectId.isEmpty() ? tr("No project selected") : tr("No devices");
    else if (shown == total)
        text = tr("%1 devices").arg(locale.toString(total));
    else
        text = tr("%1 of %2 devices").arg(locale.toString(shown), locale.toString(total));
    if (selected > 0)
        text += QStringLiteral(" \u00B7 ") % tr("%1 selected").arg(locale.toString(selected));
    if (m_stale)
        text += QStringLiteral(" \u00B7 ") % tr("not up to date (last update failed)");
    m_summary->setText(text);
}

void DevicePanel::setStale(bool stale) {
    m_stale = stale;
    m_tone->setStale(stale);
    updateStatus();
}

void DevicePanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        m_tone->followPalette();
    QWidget::changeEvent(event);
}

} // namespace trro
