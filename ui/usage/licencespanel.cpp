#include "licencespanel.h"

#include "licencedevicesmodel.h"
#include "panels/toneproxymodel.h"
#include "tablerole.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStringBuilder>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace trro {

LicencesPanel::LicencesPanel(LicenceDevicesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tone(new ToneProxyModel(this))
    , m_filter(new LicenceDevicesFilterModel(this))
    , m_title(new QLabel(tr("Licences"), this))
    , m_summary(new QLabel(this))
    , m_device(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_expiringOnly(new QCheckBox(tr("&Under 30 days"), this)) {
    setAccessibleName(tr("Licences"));
    QFont font = m_title->font();
    font.setWeight(QFont::DemiBold);
    m_title->setFont(font);
    for (QLabel *label : {m_summary, m_device}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_summary->setAccessibleName(tr("Licence summary"));
    m_device->hide();
    m_expiringOnly->setToolTip(tr("Only the devices whose licence expires within 30 days"));
    setMinimumWidth(440); // name, count, days, expiry and state without scrolling
    m_search->setPlaceholderText(tr("Filter devices by name or ID"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter the licence list"));
    buildTable();

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_expiringOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_device);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &LicenceDevicesFilterModel::setSearchText);
    connect(m_expiringOnly, &QCheckBox::toggled, m_filter,
            &LicenceDevicesFilterModel::setExpiringOnly);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(DeviceIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT deviceOpened(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &LicencesPanel::selectDevice);
    setSummary(std::nullopt);
}

void LicencesPanel::buildTable() {
    m_tone->setSourceModel(m_model);
    m_tone->setTintRows(true);
    m_tone->setSwatchColumns({LicenceDevicesModel::StateColumn});
    m_filter->setSourceModel(m_tone);
    m_filter->setDynamicSortFilter(true);
    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Devices by days of licence left"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LicenceDevicesModel::RemainingColumn, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setColumnHidden(LicenceDevicesModel::IdColumn, true); // the tooltip has it
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    // Every column as wide as its contents, names whole (a cut "Rob…" names no device); the
    // state takes what is left, and a narrow panel scrolls rather than cut.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_table->setTextElideMode(Qt::ElideMiddle);
}

void LicencesPanel::setSummary(const std::optional<LicenceSummary> &summary) {
    if (!summary) {
        m_summary->setText(tr("Valid: –   Bound: –   Unbound: –   Expired: –   Expiring this "
                              "month: –"));
        return;
    }
    const QLocale locale;
    QString text = tr("Valid: %1   Bound: %2   Unbound: %3   Expired: %4   Expiring this "
                      "month: %5")
                       .arg(locale.toString(summary->valid), locale.toString(summary->bound),
                            locale.toString(summary->unbound), locale.toString(summary->expired),
                            locale.toString(summary->expiringThisMonth));
    if (summary->unknown > 0)
        text += u'\n' % tr("%n licence(s) with a status the API does not define", nullptr,
                           int(std::min<qint64>(summary->unknown, 1'000'000)));
    m_summary->setText(text);
}

QString LicencesPanel::summaryText() const {
    return m_summary->text();
}

void LicencesPanel::setStale(bool stale) {
    m_tone->setStale(stale);
}

void LicencesPanel::setDevice(const QString &deviceId, const std::optional<qint64> &licences) {
    m_deviceId = deviceId;
    if (deviceId.isEmpty()) {
        m_device->hide();
    } else {
        m_device->setText(
            licences
                ? tr("Licences of %1 not expired: %2").arg(deviceId, QLocale().toString(*licences))
                : tr("Licences of %1 not expired: –").arg(deviceId));
        m_device->show();
    }
    selectDevice();
}

void LicencesPanel::selectDevice() {
    const int row = m_deviceId.isEmpty() ? -1 : m_model->rowOf(m_deviceId);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    const QModelIndex index =
        m_filter->mapFromSource(m_tone->mapFromSource(m_model->index(row, 0)));
    if (index.isValid()) {
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
    }
}

void LicencesPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        m_tone->followPalette();
    QWidget::changeEvent(event);
}

} // namespace trro
