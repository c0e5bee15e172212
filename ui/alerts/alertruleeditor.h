#pragma once

#include "alertrules.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;

namespace trro {

// The rule editor under the alerts panel: a choice of the rule kind (every kind the engine
// knows, the licence and forecast ones included), whether it is on and its numbers
// (alertRuleNumbers(): the warning and critical thresholds and the kind's parameter), and
// Apply, which sends the edited rules when they are consistent (alertRulesProblem()) and says
// the problem otherwise.
class AlertRuleEditor final : public QWidget {
    Q_OBJECT
public:
    explicit AlertRuleEditor(QWidget *parent = nullptr);

    void setRules(const AlertRules &rules); // what the fields show
    AlertRules editedRules() const;         // the rules with the fields' values
    QComboBox *kindChoice() const { return m_kind; }
    // The spin box of a number of a group ("licenceExpiry", "warningDays"), or nullptr.
    QSpinBox *numberField(const char *group, const char *name) const;
    QCheckBox *enabledField(const char *group) const;
    void apply();

Q_SIGNALS:
    void rulesEdited(const trro::AlertRules &rules);

private:
    struct Field {
        const AlertRuleNumber *number;
        QSpinBox *spin;
    };
    QWidget *makePage(const AlertRuleSwitch &rule);

    AlertRules m_rules;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QLabel *m_problem;
    QList<QCheckBox *> m_enabled; // in the order of alertRuleSwitches()
    QList<Field> m_fields;
};

} // namespace trro
