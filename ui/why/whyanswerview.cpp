#include "whyanswerview.h"

#include "causemodel.h"
#include "causetext.h"
#include "panels/toneproxymodel.h"
#include "sessionlistmodel.h"
#include "tablerole.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace trro {
namespace {

constexpr int ResizePrecisionRows = 40;
constexpr int TopSentences = 3;

// Read-only, one row at a time, compact rows, sortable.
QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent) {
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setAccessibleName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSortingEnabled(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The widths from the first rows only: measuring every cell of a report's few hundred
    // rows on each answer held the GUI thread for some 40 ms (bench/whypanel).
    table->horizontalHeader()->setResizeContentsPrecision(ResizePrecisionRows);
    return table;
}

QLabel *makeText(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // device names come from the service
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

WhyAnswerView::WhyAnswerView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CauseModel(this))
    , m_tone(new ToneProxyModel(this))
    , m_sorter(new QSortFilterProxyModel(this))
    , m_sessions(new SessionListModel(this))
    , m_overview(makeText(this))
    , m_sentences(makeText(this))
    , m_sessionsTitle(makeText(this)) {
    m_tone->setSourceModel(m_model);
    m_tone->setTintRows(true);
    m_sorter->setSourceModel(m_tone);
    m_sorter->setSortRole(SortRole);
    m_overview->setObjectName(QStringLiteral("whyOverview"));
    m_sentences->setObjectName(QStringLiteral("whySentences"));
    QFont bold = m_overview->font();
    bold.setBold(true);
    m_overview->setFont(bold);
    buildTables();

    auto *sessionsPane = new QWidget(this);
    auto *sessionsLayout = new QVBoxLayout(sessionsPane);
    sessionsLayout->setContentsMargins(0, 4, 0, 0);
    sessionsLayout->addWidget(m_sessionsTitle);
    sessionsLayout->addWidget(m_sessionTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(sessionsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 100}); // the table first: the sessions are a row's detail

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_overview);
    layout->addWidget(m_sentences);
    layout->addWidget(splitter, 1);
    clear();
}

void WhyAnswerView::buildTables() {
    m_table = makeTable(m_sorter, tr("Values of every dimension, against the baseline"), this);
    m_table->setObjectName(QStringLiteral("whyTable"));
    m_table->horizontalHeader()->setSectionResizeMode(CauseModel::ValueColumn,
                                                      QHeaderView::Stretch);
    m_sessionTable = makeTable(m_sessions, tr("Sessions of the chosen value"), this);
    m_sessionTable->setObjectName(QStringLiteral("whySessions"));
    m_sessionTable->sortByColumn(SessionListModel::StartColumn, Qt::AscendingOrder);
    m_sessionTable->horizontalHeader()->setSectionResizeMode(SessionListModel::SessionColumn,
                                                             QHeaderView::Stretch);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT rowSelected(currentReportRow()); });
    connect(m_sessionTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(SessionListModel::SessionIdRole).toString();
        for (const DeviceSession &s : m_sessions->sessions()) {
            if (s.sessionId == id) {
                Q_EMIT sessionActivated(s);
                return;
            }
        }
    });
}

void WhyAnswerView::setReport(const CauseReport &report, const QHash<QString, QString> &names) {
    // A new answer to the same question keeps the row the user looks at.
    const CauseRow *before = m_model->row(currentReportRow());
    const CauseDimension dimension = before ? before->dimension : CauseDimension::Field;
    const QString value = before ? before->value : QString();
    m_model->setReport(report, names);
    m_sessions->setDeviceNames(names);
    const CauseText text;
    m_overview->setText(text.overview(report));
    QStringList sentences;
    for (const CauseRow &row : report.rows) {
        if (sentences.size() >= TopSentences)
            break;
        if (row.significant)
            sentences.append(QStringLiteral("• ") + text.summary(row, report, names));
    }
    m_sentences->setText(
        sentences.isEmpty()
            ? tr("No value's bad share differs from the baseline's at the adjusted level of %1.")
                  .arg(QLocale().toString(report.alpha))
            : sentences.join(QLatin1Char('\n')));
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the report's order: most score first
    m_sorter->sort(-1);
    for (int i = 0; i < m_sorter->rowCount() && !value.isEmpty(); ++i) {
        const CauseRow *row =
            m_model->row(m_sorter->index(i, 0).data(CauseModel::ReportRowRole).toInt());
        if (row && row->dimension == dimension && row->value == value) {
            m_table->selectRow(i);
            return;
        }
    }
    Q_EMIT rowSelected(currentReportRow());
}

void WhyAnswerView::clear() {
    m_model->clear();
    m_overview->setText(tr("Select a span on a chart (Ctrl+drag, or the right button on an "
                           "interval) and choose \"Why did quality change here?\"."));
    m_sentences->clear();
    setSessions(QString(), {});
}

void WhyAnswerView::setSessions(const QString &title, const QList<DeviceSession> &sessions) {
    m_sessions->setSessions(sessions);
    m_sessionsTitle->setText(title.isEmpty() ? tr("Click a row to list its sessions in the span.")
                                             : title);
}

void WhyAnswerView::setTimeZone(const QTimeZone &zone) {
    m_sessions->setTimeZone(zone);
}

QString WhyAnswerView::overviewText() const {
    return m_overview->text();
}

QString WhyAnswerView::sentencesText() const {
    return m_sentences->text();
}

int WhyAnswerView::currentReportRow() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(CauseModel::ReportRowRole).toInt() : -1;
}

void WhyAnswerView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        m_tone->followPalette();
    QWidget::changeEvent(event);
}

} // namespace trro
