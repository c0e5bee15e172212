#include "alertruleeditor.h"

#include "alertengine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace trro {
namespace {

// The rule of each group of the rules file, in the order of alertRuleSwitches().
AlertRule ruleOf(const char *group) {
    const QLatin1String g(group);
    if (g == QLatin1String("deviceBadSessions"))
        return AlertRule::DeviceBadSessions;
    if (g == QLatin1String("deviceSilent"))
        return AlertRule::DeviceSilent;
    if (g == QLatin1String("badShare"))
        return AlertRule::BadShare;
    if (g == QLatin1String("licenceExpiry"))
        return AlertRule::LicenceExpiry;
    if (g == QLatin1String("forecastMinutes"))
        return AlertRule::ForecastMinutes;
    return AlertRule::FleetRatio;
}

// The label of a number of a group.
QString numberLabel(const AlertRuleNumber &n) {
    const QString key = QLatin1String(n.group) + QLatin1Char('.') + QLatin1String(n.name);
    static const QList<std::pair<const char *, const char *>> labels{
        {"fleetRatio.warning", QT_TRANSLATE_NOOP("trro::AlertRuleEditor", "Warning below (%)")},
        {"fleetRatio.critical", QT_TRANSLATE_NOOP("trro::AlertRuleEditor", "Critical below (%)")},
        {"fleetRatio.intervals", QT_TRANSLATE_NOOP("trro::AlertRuleEditor", "Intervals in a row")},
        {"deviceBadSessions.warning",
         QT_TRANSLATE_NOOP("trro::AlertRuleEditor", "Warning at bad sessions")},
        {"deviceBadSessions.critical",
         QT_TRANSLATE_NOOP("trro::AlertRuleEditor", "Critical at bad sessions")},
        {"deviceBadSessions.windowHours",
         QT_TRANSLATE_NOOP("trro::AlertRuleEditor", "Window (hours)")},
        {"deviceSilent.warningHours",
         QT_TRANSLATE_NOOP("trro::AlertRuleEditor", "Warning after (hours)")},
        {"deviceSilent.criticalHours",
         QT_TRANSLATE_NOOP("trro::AlertRuleEditor", "Critical after (hours)")},
        {"deviceSilent.minSessions",
         QT_TRANSLATE_NOOP("trro::AlertRuleEditor", "Sessions it usually has")},
        {"badShare.warning", QT_TRANSLATE_NOOP("trro::AlertRuleEditor", "Warning above (%)")},
        {"badShare.critical", QT_TRANSLATE_NOOP("trro::AlertRuleEditor", "Critical above (%)")},
        {"badShare.minSessions", QT_TRANSLATE_NOOP("trro::AlertRuleEditor", "Sessions at least")},
        {"licenceExpiry.warningDays",
         QT_TRANSLATE_NOOP("trro::AlertRuleEditor", "Warning within (days)")},
        {"licenceExpiry.criticalDays",
         QT_TRANSLATE_NOOP("trro::AlertRuleEditor", "Critical within (days)")},
        {"forecastMinutes.warning",
         QT_TRANSLATE_NOOP("trro::AlertRuleEditor", "Warning above (minutes)")},
        {"forecastMinutes.critical",
         QT_TRANSLATE_NOOP("trro::AlertRuleEditor", "Critical above (minutes)")},
    };
    for (const auto &[k, label] : labels) {
        if (key == QLatin1String(k))
            return QCoreApplication::translate("trro::AlertRuleEditor", label);
    }
    return key;
}

} // namespace

AlertRuleEditor::AlertRuleEditor(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("alertRuleEditor"));
    m_kind->setObjectName(QStringLiteral("alertRuleKind"));
    m_kind->setToolTip(tr("The rule to edit"));
    for (const AlertRuleSwitch &rule : alertRuleSwitches()) {
        m_kind->addItem(AlertEngine::ruleLabel(ruleOf(rule.group)), QLatin1String(rule.group));
        m_pages->addWidget(makePage(rule));
    }
    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    auto *apply = new QPushButton(tr("Apply"), this);
    apply->setObjectName(QStringLiteral("alertRuleApply"));
    apply->setToolTip(tr("Use these rules from the next evaluation on"));
    connect(apply, &QPushButton::clicked, this, &AlertRuleEditor::apply);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Rule:"), this));
    top->addWidget(m_kind, 1);
    top->addWidget(apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pages);
    layout->addWidget(m_problem);
    setRules(AlertRules{});
}

QWidget *AlertRuleEditor::makePage(const AlertRuleSwitch &rule) {
    auto *page = new QWidget(m_pages);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    auto *enabled = new QCheckBox(tr("Evaluate this rule"), page);
    m_enabled.append(enabled);
    form->addRow(enabled);
    for (const AlertRuleNumber &n : alertRuleNumbers()) {
        if (qstrcmp(n.group, rule.group) != 0)
            continue;
        auto *spin = new QSpinBox(page);
        spin->setRange(n.min, n.max);
        spin->setGroupSeparatorShown(true);
        spin->setObjectName(QLatin1String(n.group) + QLatin1Char('.') + QLatin1String(n.name));
        form->addRow(numberLabel(n), spin);
        m_fields.append({&n, spin});
    }
    return page;
}

void AlertRuleEditor::setRules(const AlertRules &rules) {
    m_rules = rules;
    const QList<AlertRuleSwitch> &switches = alertRuleSwitches();
    for (qsizetype i = 0; i < switches.size() && i < m_enabled.size(); ++i)
        m_enabled.at(i)->setChecked(rules.*switches.at(i).field);
    for (const Field &f : std::as_const(m_fields))
        f.spin->setValue(rules.*f.number->field);
    m_problem->clear();
}

AlertRules AlertRuleEditor::editedRules() const {
    AlertRules rules = m_rules;
    const QList<AlertRuleSwitch> &switches = alertRuleSwitches();
    for (qsizetype i = 0; i < switches.size() && i < m_enabled.size(); ++i)
        rules.*switches.at(i).field = m_enabled.at(i)->isChecked();
    for (const Field &f : m_fields)
        rules.*f.number->field = f.spin->value();
    return rules;
}

QSpinBox *AlertRuleEditor::numberField(const char *group, const char *name) const {
    for (const Field &f : m_fields) {
        if (qstrcmp(f.number->group, group) == 0 && qstrcmp(f.number->name, name) == 0)
            return f.spin;
    }
    return nullptr;
}

QCheckBox *AlertRuleEditor::enabledField(const char *group) const {
    const QList<AlertRuleSwitch> &switches = alertRuleSwitches();
    for (qsizetype i = 0; i < switches.size() && i < m_enabled.size(); ++i) {
        if (qstrcmp(switches.at(i).group, group) == 0)
            return m_enabled.at(i);
    }
    return nullptr;
}

void AlertRuleEditor::apply() {
    const AlertRules rules = editedRules();
    const QString problem = alertRulesProblem(rules);
    m_problem->setText(problem);
    if (!problem.isEmpty())
        return;
    m_rules = rules;
    Q_EMIT rulesEdited(rules);
}

} // namespace trro
