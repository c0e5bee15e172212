#include "whypanel.h"

#include "causetext.h"
#include "modelformat.h"
#include "whyanswerview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace trro {

WhyPanel::WhyPanel(WhyController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_span(new QLabel(this))
    , m_baseline(new QComboBox(this))
    , m_customFrom(new QDateTimeEdit(this))
    , m_customTo(new QDateTimeEdit(this))
    , m_baselineSpan(new QLabel(this))
    , m_detailsCost(new QLabel(this))
    , m_cost(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_answer(new WhyAnswerView(this)) {
    setObjectName(QStringLiteral("whyPanel"));
    setAccessibleName(tr("Why did quality change?"));
    buildQuestion();
    layOut();

    connect(controller, &WhyController::costChanged, this, &WhyPanel::updateCost);
    connect(controller, &WhyController::stateChanged, this, &WhyPanel::updateStatus);
    connect(controller, &WhyController::answered, this, &WhyPanel::showAnswer);
    connect(controller, &WhyController::failed, this, &WhyPanel::updateStatus);
    connect(controller, &WhyController::detailsProgress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_cancel, &QPushButton::clicked, controller, &WhyController::cancel);
    updateCost();
    updateStatus();
}

void WhyPanel::buildQuestion() {
    for (QLabel *label : {m_span, m_baselineSpan, m_detailsCost, m_cost, m_status}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_cost->setObjectName(QStringLiteral("whyCost"));
    m_status->setObjectName(QStringLiteral("whyStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse); // the error's RequestId
    m_baseline->setObjectName(QStringLiteral("whyBaseline"));
    m_baseline->setAccessibleName(tr("Baseline"));
    m_baseline->addItem(tr("The same length just before"), int(WhyBaseline::Before));
    m_baseline->addItem(tr("The same span a week earlier"), int(WhyBaseline::WeekEarlier));
    m_baseline->addItem(tr("A span I choose"), int(WhyBaseline::Custom));
    for (QDateTimeEdit *edit : {m_customFrom, m_customTo}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->hide();
        connect(edit, &QDateTimeEdit::editingFinished, this, &WhyPanel::questionEdited);
    }
    m_customFrom->setAccessibleName(tr("Start of the baseline"));
    m_customTo->setAccessibleName(tr("End of the baseline"));
    connect(m_baseline, &QComboBox::activated, this, [this] {
        const bool custom = m_baseline->currentData().toInt() == int(WhyBaseline::Custom);
        m_customFrom->setVisible(custom);
        m_customTo->setVisible(custom);
        Q_EMIT questionEdited();
    });
    const QList<CauseDimension> defaults = WhyQuestion::defaultDimensions();
    for (const CauseDimension d : allCauseDimensions()) {
        auto *box = new QCheckBox(CauseText::dimensionTitle(d), this);
        box->setObjectName(QStringLiteral("whyDimension-") + causeDimensionName(d));
        box->setChecked(defaults.contains(d));
        if (isDetailsDimension(d))
            box->setToolTip(tr("Reads the details of the span's bad sessions and a sample of "
                               "good ones: one request each"));
        connect(box, &QCheckBox::toggled, this, &WhyPanel::questionEdited);
        m_dimensions.insert(int(d), box);
    }
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Session details: %v of %m"));
    m_progress->hide();
    m_cancel->setAccessibleName(tr("Cancel the question"));
}

void WhyPanel::layOut() {
    // One line for the question, one for the dimensions: the answer gets the height.
    auto *questionRow = new QHBoxLayout;
    auto *baselineLabel = new QLabel(tr("&Baseline:"), this);
    baselineLabel->setBuddy(m_baseline);
    m_span->setWordWrap(false);
    questionRow->addWidget(m_span);
    questionRow->addSpacing(16);
    questionRow->addWidget(baselineLabel);
    questionRow->addWidget(m_baseline);
    questionRow->addWidget(m_customFrom);
    questionRow->addWidget(m_customTo);
    questionRow->addWidget(m_baselineSpan, 1);

    auto *dimensions = new QHBoxLayout;
    dimensions->setSpacing(12);
    for (const CauseDimension d : allCauseDimensions()) {
        if (d == CauseDimension::Network)
            dimensions->addSpacing(12); // those that read session details
        dimensions->addWidget(m_dimensions.value(int(d)));
    }
    dimensions->addWidget(m_detailsCost, 1);

    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(16);
    statusRow->addWidget(m_status, 2);
    statusRow->addWidget(m_cost, 3);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addLayout(questionRow);
    layout->addLayout(dimensions);
    layout->addLayout(statusRow);
    layout->addWidget(m_answer, 1);
}

QString WhyPanel::costText() const {
    return m_cost->text();
}

QString WhyPanel::statusText() const {
    return m_status->text();
}

QCheckBox *WhyPanel::dimensionBox(CauseDimension dimension) const {
    return m_dimensions.value(int(dimension), nullptr);
}

QString WhyPanel::spanText(qint64 start, qint64 end) const {
    return formatTimeRange(start, end, m_zone);
}

void WhyPanel::setTimeZone(const QTimeZone &zone) {
    m_zone = zone;
    m_answer->setTimeZone(zone);
}

void WhyPanel::showQuestion(const WhyQuestion &question, const QString &whose) {
    m_whose = whose;
    m_span->setText(tr("%1, %2").arg(whose, spanText(question.spanStart, question.spanEnd)));
    const int index = m_baseline->findData(int(question.baseline));
    m_baseline->setCurrentIndex(std::max(0, index));
    const bool custom = question.baseline == WhyBaseline::Custom;
    m_customFrom->setVisible(custom);
    m_customTo->setVisible(custom);
    const QSignalBlocker fromBlocker(m_customFrom);
    const QSignalBlocker toBlocker(m_customTo);
    // The edits show the wall time of the view's zone (Qt 6.4's edit has no zone of its own).
    for (auto [edit, time] : {std::pair{m_customFrom, question.baselineStart()},
                              std::pair{m_customTo, question.baselineEnd()}}) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(time, m_zone);
        edit->setDate(local.date());
        edit->setTime(local.time());
    }
    m_baselineSpan->setText(spanText(question.baselineStart(), question.baselineEnd()));
    for (auto it = m_dimensions.cbegin(); it != m_dimensions.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(question.dimensions.contains(CauseDimension(it.key())));
    }
    updateCost();
}

WhyQuestion WhyPanel::edited(const WhyQuestion &question) const {
    WhyQuestion q = question;
    q.baseline = WhyBaseline(m_baseline->currentData().toInt());
    if (q.baseline == WhyBaseline::Custom) {
        q.customStart =
            QDateTime(m_customFrom->date(), m_customFrom->time(), m_zone).toSecsSinceEpoch();
        q.customEnd = QDateTime(m_customTo->date(), m_customTo->time(), m_zone).toSecsSinceEpoch();
    }
    q.dimensions.clear();
    for (const CauseDimension d : allCauseDimensions()) {
        if (m_dimensions.value(int(d))->isChecked())
            q.dimensions.append(d);
    }
    return q;
}

void WhyPanel::updateCost() {
    const WhyCost &cost = m_controller->cost();
    const QLocale locale;
    QStringList parts;
    if (cost.estimateRequests > 0)
        parts.append(tr("%n request(s) for the estimate", nullptr, cost.estimateRequests));
    if (cost.listRequests == 0)
        parts.append(tr("none for the whole session lists (in memory)"));
    else
        parts.append(cost.listRequests > 0
                         ? tr("%n for the whole session lists", nullptr, cost.listRequests)
                         : tr("a request per 100 sessions for the whole lists"));
    parts.append(tr("%n for the statistics check and the names", nullptr, cost.otherRequests));
    if (cost.detailsRequests > 0)
        parts.append(tr("up to %n for session details", nullptr, cost.detailsRequests));
    // Nothing asked yet: no cost to show.
    const WhyQuestion &q = m_controller->question();
    const QString text = q.spanEnd <= q.spanStart ? QString()
                                                  : tr("Cost: %1; about %2 s at the rate limit.")
                                                        .arg(parts.join(QStringLiteral(", ")),
                                                             locale.toString(cost.seconds()));
    m_cost->setText(text);
    // The details dimensions say what they would add: the planned count once known.
    const int details = cost.detailsRequests > 0 ? cost.detailsRequests : WhyController::MaxDetails;
    m_detailsCost->setText(
        tr("(network, SDK and latency stage read session details: up to %n request(s), about "
           "%1 s)",
           nullptr, details)
            .arg(locale.toString(std::ceil(details / WhyController::RequestsPerSecond))));
}

void WhyPanel::updateStatus() {
    const QLocale locale;
    const WhyController *c = m_controller;
    QString text;
    switch (c->state()) {
    case WhyController::State::Idle:
        text = c->hasAnswer() ? tr("Cancelled.") : QString();
        break;
    case WhyController::State::Estimating:
        text = tr("Estimating from a sample of the session lists…");
        break;
    case WhyController::State::Answering:
        text = c->hasAnswer() && c->isEstimate()
                   ? tr("Estimate from %1 of %2 sessions; reading the whole lists for the full "
                        "answer…")
                         .arg(locale.toString(c->sampledSessions()),
                              locale.toString(c->listedSessions()))
                   : tr("Reading the session lists…");
        break;
    case WhyController::State::Answered:
        text = tr("Full answer over %1 sessions in the span and %2 in the baseline.")
                   .arg(locale.toString(c->report().sessions),
                        locale.toString(c->report().baselineSessions));
        break;
    case WhyController::State::Failed:
        text = tr("Failed: %1").arg(c->error().userMessage());
        if (c->hasAnswer())
            text += QLatin1Char(' ') + tr("The answer below is the last good one, for %1.")
                                           .arg(spanText(c->answeredQuestion().spanStart,
                                                         c->answeredQuestion().spanEnd));
        break;
    }
    m_status->setText(text);
    const bool details =
        c->state() == WhyController::State::Answering && c->question().hasDetailsDimensions();
    m_progress->setVisible(details);
    m_cancel->setEnabled(c->isRunning());
}

QHash<QString, QString> WhyPanel::deviceNames() const {
    QHash<QString, QString> names = m_names;
    const QHash<QString, QString> &read = m_controller->input().deviceNames;
    for (auto it = read.cbegin(); it != read.cend(); ++it)
        names.insert(it.key(), it.value());
    return names;
}

void WhyPanel::showAnswer() {
    m_answer->setReport(m_controller->report(), deviceNames());
    updateStatus();
}

} // namespace trro
