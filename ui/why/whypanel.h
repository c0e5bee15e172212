#pragma once

#include "whycontroller.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QProgressBar;
class QPushButton;

namespace trro {

class WhyAnswerView;

// The Why panel (a dock of the window): the question (the span, whose sessions, the baseline
// and its choice, the dimensions with the cost of those that read session details), the cost
// of the answer before it is asked, the status (estimate, full, failed with the error, the last
// good answer kept) and the answer (WhyAnswerView). It renders a WhyController and sends its
// edits of the question back as questionEdited(); WhyTools asks.
class WhyPanel final : public QWidget {
    Q_OBJECT
public:
    explicit WhyPanel(WhyController *controller, QWidget *parent = nullptr);

    // The question as the panel shows it (span and device from the charts, the rest from the
    // panel's choices).
    void showQuestion(const WhyQuestion &question, const QString &whose);
    // The panel's choices applied to a span.
    WhyQuestion edited(const WhyQuestion &question) const;
    void setTimeZone(const QTimeZone &zone);
    void setDeviceNames(const QHash<QString, QString> &names) { m_names = names; }
    // The window's names with those the answer read (the vehicles' DeviceList).
    QHash<QString, QString> deviceNames() const;

    WhyAnswerView *answer() const { return m_answer; }
    QString costText() const;
    QString statusText() const;
    QComboBox *baselineChoice() const { return m_baseline; }
    QCheckBox *dimensionBox(CauseDimension dimension) const;

Q_SIGNALS:
    void questionEdited(); // a choice changed: ask again

private:
    void buildQuestion();
    void layOut();
    void updateCost();
    void updateStatus();
    void showAnswer();
    QString spanText(qint64 start, qint64 end) const;

    WhyController *m_controller;
    QLabel *m_span;
    QComboBox *m_baseline;
    QDateTimeEdit *m_customFrom;
    QDateTimeEdit *m_customTo;
    QLabel *m_baselineSpan;
    QLabel *m_detailsCost;                // what the details dimensions would add
    QHash<int, QCheckBox *> m_dimensions; // by CauseDimension
    QLabel *m_cost;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    WhyAnswerView *m_answer;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QHash<QString, QString> m_names;
    QString m_whose;
};

} // namespace trro
