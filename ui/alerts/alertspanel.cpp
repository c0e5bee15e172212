#include "alertspanel.h"

#include "alertmodels.h"
#include "alertruleeditor.h"
#include "panels/toneproxymodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace trro {

AlertsPanel::AlertsPanel(QWidget *parent)
    : QWidget(parent)
    , m_alerts(new AlertTableModel(this))
    , m_history(new AlertHistoryModel(this))
    , m_alertTones(new ToneProxyModel(this))
    , m_historyTones(new ToneProxyModel(this))
    , m_headline(new QLabel(this))
    , m_editor(new AlertRuleEditor(this)) {
    setObjectName(QStringLiteral("alertsPanel"));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_headline->setText(tr("Alerts are evaluated on every refresh."));
    m_alertTones->setSwatchColumns({AlertTableModel::StateColumn});
    m_historyTones->setSwatchColumns({AlertHistoryModel::ChangeColumn});
    m_alertView = makeView(m_alerts, m_alertTones, AlertTableModel::SummaryColumn);
    m_alertView->setObjectName(QStringLiteral("alertView"));
    m_historyView = makeView(m_history, m_historyTones, AlertHistoryModel::SummaryColumn);
    m_historyView->setObjectName(QStringLiteral("alertHistoryView"));

    auto *importRules = new QPushButton(tr("Import rules…"), this);
    auto *exportRules = new QPushButton(tr("Export rules…"), this);
    importRules->setToolTip(tr("Use the rules of a JSON file (also read by trro-stats check)"));
    exportRules->setToolTip(tr("Save the rules as a JSON file for trro-stats check --rules"));
    connect(importRules, &QPushButton::clicked, this, &AlertsPanel::importRulesRequested);
    connect(exportRules, &QPushButton::clicked, this, &AlertsPanel::exportRulesRequested);

    connect(m_editor, &AlertRuleEditor::rulesEdited, this, &AlertsPanel::rulesEdited);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(importRules);
    buttons->addWidget(exportRules);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_alertView, 2);
    layout->addWidget(new QLabel(tr("Changes since the start"), this));
    layout->addWidget(m_historyView, 3);
    layout->addWidget(m_editor);
    layout->addLayout(buttons);
}

QTableView *AlertsPanel::makeView(QAbstractItemModel *model, ToneProxyModel *proxy,
                                  int stretchColumn) {
    proxy->setSourceModel(model);
    proxy->followPalette();
    auto *view = new QTableView(this);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->setToolTip(tr("Click a row to see its evidence"));
    // A click (or Enter) shows the evidence; the view state ignores a path it already has.
    const auto show = [this](const QModelIndex &index) {
        const QVariant alert = index.data(AlertTableModel::AlertRole);
        if (alert.canConvert<Alert>())
            Q_EMIT evidenceRequested(alert.value<Alert>());
    };
    connect(view, &QTableView::clicked, this, show);
    connect(view, &QTableView::activated, this, show);
    return view;
}

void AlertsPanel::setRules(const AlertRules &rules) {
    m_editor->setRules(rules);
}

void AlertsPanel::setAlerts(const QList<Alert> &alerts, const QList<AlertChange> &history) {
    m_alerts->setAlerts(alerts);
    m_history->setChanges(history);
    m_headline->setText(headline());
}

QString AlertsPanel::headline() const {
    const QList<Alert> &alerts = m_alerts->alerts();
    if (alerts.isEmpty())
        return tr("No alert rule could be evaluated yet.");
    qsizetype warnings = 0;
    qsizetype criticals = 0;
    for (const Alert &a : alerts) {
        warnings += a.state == AlertState::Warning ? 1 : 0;
        criticals += a.state == AlertState::Critical ? 1 : 0;
    }
    if (warnings + criticals == 0)
        return tr("All %n rule(s) OK.", nullptr, int(alerts.size()));
    return tr("%1: %2 critical, %3 warning.")
        .arg(AlertEngine::stateLabel(AlertEngine::worst(alerts)))
        .arg(criticals)
        .arg(warnings);
}

void AlertsPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange) {
        m_alertTones->followPalette();
        m_historyTones->followPalette();
    }
    QWidget::changeEvent(event);
}

} // namespace trro
