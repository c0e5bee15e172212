#include "intervalbreakdownpanel.h"

#include "breakdownfetcher.h"
#include "breakdownmodel.h"
#include "modelformat.h"
#include "tablerole.h"
#include "toneproxymodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace trro {

namespace {

QString intervalText(Interval interval) {
    switch (interval) {
    case Interval::Hour:
        return IntervalBreakdownPanel::tr("hourly");
    case Interval::Day:
        return IntervalBreakdownPanel::tr("daily");
    case Interval::Month:
        return IntervalBreakdownPanel::tr("monthly");
    }
    return {};
}

// Sorts the rows and, unless asked to show them, hides those whose figures (exact or
// estimated) show no session in the interval.
class BreakdownSorter final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setShowEmpty(bool show) {
        if (show == m_showEmpty)
            return;
        m_showEmpty = show;
        invalidateRowsFilter();
    }
    bool showsEmpty() const { return m_showEmpty; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override {
        if (m_showEmpty)
            return true;
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        return !index.data(BreakdownModel::NoSessionsRole).toBool();
    }

private:
    bool m_showEmpty = false;
};

} // namespace

IntervalBreakdownPanel::IntervalBreakdownPanel(TrroApi *api, CachedStats *statistics,
                                               QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new BreakdownModel(this))
    , m_fetcher(new BreakdownFetcher(api, statistics, m_model, this))
    , m_tone(new ToneProxyModel(this)) {
    m_tone->setSourceModel(m_model);
    // The worst rows are tinted and coloured, and their ratio is marked in the text as well.
    m_tone->setTintRows(true);
    buildUi();

    connect(m_fetcher, &BreakdownFetcher::progress, this, &IntervalBreakdownPanel::onProgress);
    connect(m_fetcher, &BreakdownFetcher::finished, this, &IntervalBreakdownPanel::onFinished);
    connect(m_fetcher, &BreakdownFetcher::cancelled, this, &IntervalBreakdownPanel::onCancelled);
    connect(m_fetcher, &BreakdownFetcher::errorOccurred, this, [this](const ApiError &error) {
        if (error.kind != ApiError::Kind::Cancelled)
            Q_EMIT errorOccurred(error);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IntervalBreakdownPanel::updateFailed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IntervalBreakdownPanel::updateFailed);
}

IntervalBreakdownPanel::~IntervalBreakdownPanel() = default;

void IntervalBreakdownPanel::buildUi() {
    setAccessibleName(tr("Interval breakdown"));

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(tr("Click an interval on a chart to compare its devices"));

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m devices"));
    m_progress->setAccessibleName(tr("Breakdown progress"));

    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setAccessibleName(tr("Cancel the breakdown"));
    m_cancel->setEnabled(false);

    m_threshold = new QSpinBox(this);
    m_threshold->setRange(0, 100);
    m_threshold->setSuffix(QStringLiteral("\u00A0") % QLocale().percent());
    m_threshold->setValue(m_model->threshold());
    m_threshold->setAccessibleName(tr("Highlight devices whose not-bad ratio is below"));
    m_threshold->setToolTip(
        tr("Devices below this not-bad ratio, and the %n lowest, are highlighted", nullptr,
           m_model->worstCount()));
    auto *thresholdLabel = new QLabel(tr("&Highlight below"), this);
    thresholdLabel->setBuddy(m_threshold);

    m_showEmpty = new QCheckBox(tr("Show devices &without sessions"), this);
    m_showEmpty->setToolTip(tr("Also list the devices that had no session in this interval"));

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);

    buildTable();
    m_failed = new QLabel(this);
    m_failed->setWordWrap(true);
    m_failed->setTextFormat(Qt::PlainText);
    m_failed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failed->setAccessibleName(tr("Devices whose request failed"));
    m_failed->hide();
    m_retry = new QPushButton(tr("&Retry failed"), this);
    m_retry->setAccessibleName(tr("Retry the devices whose request failed"));
    m_retry->hide();

    layOut(thresholdLabel);
    connectParts();
    updateFailed();
}

void IntervalBreakdownPanel::buildTable() {
    m_table = new QTableView(this);
    auto *sorter = new BreakdownSorter(this);
    m_sorter = sorter;
    sorter->setSourceModel(m_tone);
    sorter->setSortRole(SortRole);
    sorter->setDynamicSortFilter(true);
    m_table->setModel(sorter);
    m_table->setAccessibleName(tr("Per-device statistics of the interval"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    // Impact first: most bad sessions on top (the column sorts its largest counts first).
    m_table->sortByColumn(BreakdownModel::BadSessionsColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BreakdownModel::DeviceColumn, QHeaderView::Stretch);
}

void IntervalBreakdownPanel::layOut(QLabel *thresholdLabel) {
    auto *progressRow = new QHBoxLayout;
    progressRow->setSpacing(8);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto *optionsRow = new QHBoxLayout;
    optionsRow->setSpacing(6);
    optionsRow->addWidget(thresholdLabel);
    optionsRow->addWidget(m_threshold);
    optionsRow->addSpacing(12);
    optionsRow->addWidget(m_showEmpty);
    optionsRow->addSpacing(12);
    optionsRow->addWidget(m_summary, 1);

    auto *failedRow = new QHBoxLayout;
    failedRow->setSpacing(8);
    failedRow->addWidget(m_failed, 1);
    failedRow->addWidget(m_retry, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addLayout(progressRow);
    layout->addLayout(optionsRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(failedRow);

    setFocusProxy(m_table); // arriving on the page puts the keyboard on the table
    setTabOrder(m_table, m_threshold);
    setTabOrder(m_threshold, m_showEmpty);
    setTabOrder(m_showEmpty, m_cancel);
    setTabOrder(m_cancel, m_retry);
}

void IntervalBreakdownPanel::connectParts() {
    connect(m_cancel, &QPushButton::clicked, this, &IntervalBreakdownPanel::cancel);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_fetcher->retryFailed();
        m_cancel->setEnabled(m_fetcher->isRunning());
    });
    connect(m_threshold, &QSpinBox::valueChanged, this, [this](int value) {
        m_model->setThreshold(value);
        updateFailed();
        Q_EMIT thresholdChanged(value);
    });
    connect(m_showEmpty, &QCheckBox::toggled, this, [this](bool show) {
        static_cast<BreakdownSorter *>(m_sorter)->setShowEmpty(show);
        updateFailed();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(DeviceIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT deviceOpened(id);
    });
}

void IntervalBreakdownPanel::start(const QString &projectId, Interval interval, qint64 start,
                                   qint64 end, const QList<Device> &devices,
                                   const QTimeZone &zone) {
    m_zone = zone;
    m_fetcher->start(projectId, interval, start, end, devices);
    updateTitle();
    m_cancel->setEnabled(m_fetcher->isRunning());
}

void IntervalBreakdownPanel::cancel() {
    m_fetcher->cancel();
    m_cancel->setEnabled(false);
}

bool IntervalBreakdownPanel::isRunning() const {
    return m_fetcher->isRunning();
}

void IntervalBreakdownPanel::setThreshold(int percent) {
    m_threshold->setValue(percent); // valueChanged updates the model
}

int IntervalBreakdownPanel::threshold() const {
    return m_model->threshold();
}

void IntervalBreakdownPanel::setShowDevicesWithoutSessions(bool show) {
    m_showEmpty->setChecked(show); // toggled updates the filter
}

bool IntervalBreakdownPanel::showsDevicesWithoutSessions() const {
    return m_showEmpty->isChecked();
}

qint64 IntervalBreakdownPanel::startTime() const {
    return m_fetcher->startTime();
}

qint64 IntervalBreakdownPanel::endTime() const {
    return m_fetcher->endTime();
}

void IntervalBreakdownPanel::onProgress(int completed, int total) {
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(completed);
    m_cancel->setEnabled(m_fetcher->isRunning());
}

void IntervalBreakdownPanel::onFinished() {
    m_cancel->setEnabled(false);
    updateFailed();
    Q_EMIT finished();
}

void IntervalBreakdownPanel::onCancelled() {
    m_cancel->setEnabled(false);
    updateFailed();
    Q_EMIT cancelled();
}

void IntervalBreakdownPanel::updateTitle() {
    const qint64 start = m_fetcher->startTime();
    const qint64 end = m_fetcher->endTime();
    m_title->setText(
        tr("Interval %1 (%2)")
            .arg(formatTimeRange(start, end, m_zone), intervalText(m_fetcher->interval())));
    m_title->setToolTip(tr("%1 to %2 (unix seconds)").arg(start).arg(end));
}

void IntervalBreakdownPanel::updateFailed() {
    const QLocale locale;
    const QList<BreakdownModel::Row> &rows = m_model->rows();
    QStringList failed;
    int worst = 0;
    for (int row = 0; row < rows.size(); ++row) {
        if (m_model->isWorst(row))
            ++worst;
        if (rows.at(row).state == BreakdownModel::RowState::Failed) {
            const Device &device = rows.at(row).device;
            const QString name = device.deviceName.isEmpty() ? device.deviceId : device.deviceName;
            failed.append(tr("%1 (%2)").arg(name, rows.at(row).error.code));
        }
    }
    int withoutSessions = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        withoutSessions +=
            m_model->index(row, 0).data(BreakdownModel::NoSessionsRole).toBool() ? 1 : 0;
    const int loaded = m_model->count(BreakdownModel::RowState::Loaded);
    const int cancelledRows = m_model->count(BreakdownModel::RowState::Cancelled);
    QStringList parts;
    parts.append(tr("%1 devices").arg(locale.toString(rows.size())));
    if (loaded > 0)
        parts.append(tr("%1 highlighted").arg(locale.toString(worst)));
    if (cancelledRows > 0)
        parts.append(tr("%1 cancelled").arg(locale.toString(cancelledRows)));
    if (withoutSessions > 0 && !m_showEmpty->isChecked())
        parts.append(tr("%1 without sessions hidden").arg(locale.toString(withoutSessions)));
    m_summary->setText(rows.isEmpty() ? QString() : parts.join(QStringLiteral(" \u00B7 ")));

    constexpr int MaxListed = 12;
    const qsizetype failedCount = failed.size();
    QString listed = failed.mid(0, MaxListed).join(QStringLiteral(", "));
    if (failedCount > MaxListed)
        listed +=
            QStringLiteral(", ") % tr("and %1 more").arg(locale.toString(failedCount - MaxListed));
    m_failed->setVisible(failedCount > 0);
    m_failed->setText(tr("Failed (%1): %2").arg(locale.toString(failedCount), listed));
    const bool retryable = !m_fetcher->isRunning() && (!failed.isEmpty() || cancelledRows > 0);
    m_retry->setVisible(retryable);
    m_retry->setText(failed.isEmpty() ? tr("&Resume") : tr("&Retry failed"));
}

void IntervalBreakdownPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        m_tone->followPalette();
    QWidget::changeEvent(event);
}

} // namespace trro
