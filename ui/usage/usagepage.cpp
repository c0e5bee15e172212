#include "usagepage.h"

#include "licencedevicesmodel.h"
#include "licencespanel.h"
#include "panels/toneproxymodel.h"
#include "usagechartsview.h"
#include "usagecsvexport.h"
#include "usagedaysmodel.h"
#include "usagefigure.h"
#include "usageloader.h"
#include "viewstate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStringBuilder>
#include <QTableView>
#include <QVBoxLayout>

namespace trro {
namespace {

QString minutesText(qint64 minutes) {
    return UsagePage::tr("%1 min").arg(QLocale().toString(minutes));
}

} // namespace

UsagePage::UsagePage(UsageApi *usage, ViewState *state, Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_days(new UsageDaysModel(this))
    , m_devices(new LicenceDevicesModel(this))
    , m_loader(new UsageLoader(usage, state, m_days, m_devices, clock, this))
    , m_title(new QLabel(this))
    , m_project(new QPushButton(tr("&Whole project"), this))
    , m_rangeFigure(new UsageFigure(tr("Session minutes in the range"), this))
    , m_monthFigure(new UsageFigure(tr("Month to date"), this))
    , m_forecastFigure(new UsageFigure(tr("Forecast to the month's end"), this))
    , m_expiringFigure(new UsageFigure(tr("Licences expiring this month"), this))
    , m_status(new QLabel(this))
    , m_charts(new UsageChartsView(this))
    , m_tone(new ToneProxyModel(this))
    , m_sorter(new UsageDaysSortModel(this))
    , m_licences(new LicencesPanel(m_devices, this)) {
    setAccessibleName(tr("Usage and licences"));
    m_title->setTextFormat(Qt::PlainText);
    QFont font = m_title->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.25);
    else
        font.setPixelSize(font.pixelSize() * 5 / 4);
    font.setWeight(QFont::DemiBold);
    m_title->setFont(font);
    m_title->setToolTip(tr("Days are the service's days, in China time (UTC+8)"));
    m_project->setToolTip(tr("Show the usage of the whole project"));
    m_project->hide();
    m_forecastFigure->setToolTip(
        tr("The minutes of the month so far, plus the mean of the last 7 whole days for every "
           "day left; the band is the mean plus or minus one standard deviation"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Usage status"));
    m_status->hide();
    buildTable();
    layOut();

    connect(m_project, &QPushButton::clicked, this, &UsagePage::projectRequested);
    connect(m_licences, &LicencesPanel::deviceOpened, this, &UsagePage::deviceOpened);
    connect(m_loader, &UsageLoader::usageChanged, this, &UsagePage::showUsage);
    connect(m_loader, &UsageLoader::licencesChanged, this, &UsagePage::showLicences);
    connect(m_loader, &UsageLoader::loadingChanged, this, &UsagePage::showStatus);
    connect(m_loader, &UsageLoader::finished, this, [this] {
        showUsage();
        showLicences();
        showStatus();
    });
    connect(m_loader, &UsageLoader::failed, this, &UsagePage::errorOccurred);
    showUsage();
    showLicences();
}

UsagePage::~UsagePage() = default;

void UsagePage::buildTable() {
    m_tone->setSourceModel(m_days);
    m_tone->setTintRows(true); // values left out: the warning tone, with a tooltip
    m_sorter->setSourceModel(m_tone);
    m_sorter->setDynamicSortFilter(true);
    m_table = new QTableView(this);
    m_table->setModel(m_sorter);
    m_table->setAccessibleName(tr("Minutes per day by resolution tier"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UsageDaysModel::DayColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void UsagePage::layOut() {
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_project);
    auto *figures = new QHBoxLayout;
    figures->setSpacing(8);
    for (UsageFigure *figure : {m_rangeFigure, m_monthFigure, m_forecastFigure, m_expiringFigure})
        figures->addWidget(figure);

    // The chart over the page's width (the days run on to the month's end), the days' table
    // and the licences side by side under it.
    auto *lists = new QSplitter(Qt::Horizontal, this);
    lists->setChildrenCollapsible(false);
    lists->addWidget(m_table);
    lists->addWidget(m_licences);
    // The days' table scrolls through its thirteen tiers anyway; the licences get the larger
    // part, so their names and expiries fit at the window's default width.
    lists->setStretchFactor(0, 2);
    lists->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_charts);
    split->addWidget(lists);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 1000}); // halves, whatever the charts' size hint says
    lists->setSizes({2000, 3000});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(titleRow);
    layout->addLayout(figures);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    setFocusProxy(m_table);
}

void UsagePage::setDeviceNames(const QHash<QString, QString> &namesById) {
    m_names = namesById;
    showLicences();
}

void UsagePage::reload() {
    m_loader->reload();
}

QString UsagePage::scopeLabel() const {
    const QString device = m_loader->query().deviceId;
    if (device.isEmpty())
        return m_state->projectLabel();
    const QString name = m_names.value(device);
    return name.isEmpty() || name == device ? device : tr("%1 (%2)").arg(name, device);
}

QString UsagePage::title() const {
    return tr("Usage of %1").arg(scopeLabel());
}

QString UsagePage::fileStem() const {
    const UsageQuery &q = m_loader->query();
    return QStringLiteral("trro-usage-") % (q.deviceId.isEmpty() ? q.projectId : q.deviceId);
}

bool UsagePage::writeCsv(const QString &path, QString *error) const {
    if (m_days->isEmpty()) {
        if (error)
            *error = tr("There is nothing to export.");
        return false;
    }
    return UsageCsvExport(m_days->series()).writeFile(path, error);
}

void UsagePage::showUsage() {
    m_title->setText(title());
    m_project->setVisible(!m_loader->query().deviceId.isEmpty());
    const UsageQuery &query = m_loader->query();
    const QTimeZone zone = m_state->value().timeZone();
    m_charts->setData({m_days->series(), m_loader->forecast(), query.startTime, query.endTime,
                       m_loader->now(), zone});
    // The tiers without minutes in the range take no room (the CSV keeps every tier).
    for (int t = 0; t < UsageTierCount; ++t)
        m_table->setColumnHidden(UsageDaysModel::FirstTierColumn + t,
                                 !m_days->isEmpty() &&
                                     m_days->series().total.tiers[size_t(t)] == 0 &&
                                     !m_days->series().total.isRejected(t));
    if (m_days->isEmpty()) {
        m_rangeFigure->clear();
    } else {
        const UsageMinutes &total = m_days->series().total;
        m_rangeFigure->setValue(
            minutesText(total.minutes()),
            tr("%n day(s); billed %1", nullptr, int(m_days->series().dates.size()))
                .arg(minutesText(total.deductDuration)));
    }
    const std::optional<UsageForecast> &f = m_loader->forecast();
    if (!f) {
        m_monthFigure->clear();
        m_forecastFigure->clear();
        return;
    }
    const QLocale locale;
    const QDate first = QDate(f->today.year(), f->today.month(), 1);
    m_monthFigure->setValue(
        minutesText(f->monthToDate),
        locale.toString(first, tr("MMMM yyyy", "the month of the figure, a QDate format")));
    m_forecastFigure->setValue(minutesText(f->forecast),
                               tr("Band %1 – %2").arg(minutesText(f->low), minutesText(f->high)));
}

void UsagePage::showLicences() {
    const std::optional<LicenceSummary> &summary = m_loader->licenceSummary();
    m_licences->setSummary(summary);
    m_licences->setDevice(m_loader->query().deviceId, m_loader->deviceLicenceCount());
    m_devices->setTimeZone(m_state->value().timeZone());
    if (!summary) {
        m_expiringFigure->clear();
        return;
    }
    const QLocale locale;
    m_expiringFigure->setValue(
        locale.toString(summary->expiringThisMonth),
        tr("%1 valid, %2 expired")
            .arg(locale.toString(summary->valid), locale.toString(summary->expired)));
}

void UsagePage::showStatus() {
    const bool stale = m_loader->isStale();
    m_charts->setStale(stale);
    m_tone->setStale(stale);
    m_licences->setStale(stale);
    for (UsageFigure *figure : {m_rangeFigure, m_monthFigure, m_forecastFigure, m_expiringFigure})
        figure->setStale(stale);
    QStringList lines;
    if (m_loader->isLoading())
        lines << tr("Loading…");
    if (stale)
        lines << tr("The last refresh failed; the figures shown are older. %1")
                     .arg(m_loader->lastError().userMessage());
    const QStringList &warnings = m_loader->warnings();
    if (!warnings.isEmpty())
        lines << tr("%n impossible value(s) from the service left out: %1", nullptr,
                    int(warnings.size()))
                     .arg(warnings.constFirst());
    m_status->setText(lines.join(u'\n'));
    m_status->setToolTip(warnings.join(u'\n'));
    m_status->setVisible(!lines.isEmpty());
}

QString UsagePage::statusText() const {
    return m_status->text();
}

void UsagePage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    m_loader->setActive(true);
}

void UsagePage::hideEvent(QHideEvent *event) {
    QWidget::hideEvent(event);
    m_loader->setActive(false);
}

void UsagePage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        m_tone->followPalette();
    QWidget::changeEvent(event);
}

} // namespace trro
