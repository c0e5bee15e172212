#include "whycontroller.h"

#include "causefetcher.h"
#include "trroapi.h"

#include <algorithm>
#include <cmath>

namespace trro {
namespace {

constexpr qint64 MaxSpanSeconds = 31 * 86400;

int pages(qint64 sessions) {
    // An empty list still takes its one request.
    return int(std::max<qint64>(1, (sessions + TrroApi::RequestedPageSize - 1) /
                                       TrroApi::RequestedPageSize));
}

// The question's project, span and baseline.
CauseQuery spansOf(const WhyQuestion &question) {
    CauseQuery query;
    query.projectId = question.projectId;
    query.spanStart = question.spanStart;
    query.spanEnd = question.spanEnd;
    query.baselineStart = question.baselineStart();
    query.baselineEnd = question.baselineEnd();
    return query;
}

} // namespace

QList<CauseDimension> WhyQuestion::defaultDimensions() {
    return {CauseDimension::Field, CauseDimension::Remote, CauseDimension::Resolution,
            CauseDimension::Model, CauseDimension::Hour};
}

QPair<qint64, qint64> WhyQuestion::baselineSpan() const {
    const qint64 length = spanEnd - spanStart;
    switch (baseline) {
    case WhyBaseline::Before:
        return {spanStart - length, spanStart};
    case WhyBaseline::WeekEarlier:
        return {spanStart - 7 * 86400, spanEnd - 7 * 86400};
    case WhyBaseline::Custom:
        return {customStart, customEnd};
    }
    return {0, 0};
}

bool WhyQuestion::isValid() const {
    const qint64 span = spanEnd - spanStart;
    const qint64 base = baselineEnd() - baselineStart();
    return !projectId.isEmpty() && span > 0 && span <= MaxSpanSeconds && base > 0 &&
           base <= MaxSpanSeconds && !dimensions.isEmpty();
}

bool WhyQuestion::hasDetailsDimensions() const {
    return std::any_of(dimensions.cbegin(), dimensions.cend(), &isDetailsDimension);
}

int WhyCost::requests() const {
    return estimateRequests + std::max(0, listRequests) + otherRequests + detailsRequests;
}

double WhyCost::seconds() const {
    return std::ceil(double(requests()) / WhyController::RequestsPerSecond);
}

WhyController::WhyController(TrroApi *api, QObject *parent)
    : QObject(parent)
    , m_fetcher(new CauseFetcher(api, this)) {
    connect(
        m_fetcher, &CauseFetcher::sampled, this,
        [this](qint64 spanSample, qint64 spanTotal, qint64 baselineSample, qint64 baselineTotal) {
            m_sampled = spanSample + baselineSample;
            m_listed = spanTotal + baselineTotal;
            // The Totals tell what the whole lists cost, before they are asked; a list the
            // sample read whole is kept (when settled) and costs nothing more.
            CauseQuery whole;
            whole.projectId = m_question.projectId;
            const auto cost = [&](qint64 start, qint64 end, qint64 total) {
                return m_fetcher->holdsList(whole, start, end) ? 0 : pages(total);
            };
            m_cost.listRequests =
                cost(m_question.spanStart, m_question.spanEnd, spanTotal) +
                cost(m_question.baselineStart(), m_question.baselineEnd(), baselineTotal);
            if (m_question.hasDetailsDimensions())
                m_cost.detailsRequests = int(std::min<qint64>(MaxDetails, spanTotal));
            Q_EMIT costChanged(m_cost);
        });
    connect(m_fetcher, &CauseFetcher::detailsPlanned, this, [this](int requests) {
        m_cost.detailsRequests = requests;
        Q_EMIT costChanged(m_cost);
    });
    connect(m_fetcher, &CauseFetcher::detailsProgress, this, &WhyController::detailsProgress);
    connect(m_fetcher, &CauseFetcher::finished, this, &WhyController::onFinished);
    connect(m_fetcher, &CauseFetcher::failed, this, [this](const ApiError &error) {
        m_error = error;
        setState(State::Failed);
        Q_EMIT failed(error);
    });
}

WhyController::~WhyController() = default;

CauseOptions WhyController::optionsFor(const WhyQuestion &question, bool details) const {
    CauseOptions options;
    options.utcOffsetSeconds = question.utcOffsetSeconds;
    options.dimensions.clear();
    for (const CauseDimension d : question.dimensions) {
        if (details || !isDetailsDimension(d))
            options.dimensions.append(d);
    }
    if (options.dimensions.isEmpty()) // details alone: the estimate still shows the lists' view
        options.dimensions = WhyQuestion::defaultDimensions();
    return options;
}

void WhyController::ask(const WhyQuestion &question) {
    m_fetcher->cancel();
    m_question = question;
    m_error = {};
    m_sampled = m_listed = 0;
    if (!question.isValid()) {
        m_error = ApiError::make(ApiError::Kind::Usage, QStringLiteral("InvalidSpan"),
                                 tr("The span and the baseline must each be longer than 0 and at "
                                    "most 31 days."));
        setState(State::Failed);
        Q_EMIT failed(m_error);
        return;
    }
    const bool sample = question.deviceId.isEmpty();
    m_cost = WhyCost{};
    m_cost.estimateRequests = sample ? 2 * EstimateSlices : 0;
    m_cost.otherRequests = 2 + (question.dimensions.contains(CauseDimension::Model) ? 1 : 0);
    m_cost.detailsRequests = question.hasDetailsDimensions() ? MaxDetails : 0;
    Q_EMIT costChanged(m_cost); // shown before the first request leaves
    if (!sample) {
        startFull();
        return;
    }
    CauseQuery query = spansOf(question);
    query.checkTotals = false;
    query.sampleSlices = EstimateSlices;
    setState(State::Estimating);
    m_fetcher->start(query, optionsFor(question, false));
}

void WhyController::startFull() {
    CauseQuery query = spansOf(m_question);
    query.deviceId = m_question.deviceId;
    query.maxDetails = MaxDetails;
    setState(State::Answering);
    m_fetcher->start(query, optionsFor(m_question, true));
}

void WhyController::onFinished(const CauseReport &report) {
    const bool estimate = m_state == State::Estimating;
    m_hasAnswer = true;
    m_report = report;
    m_estimate = estimate;
    m_answered = m_question;
    m_input = m_fetcher->input();
    m_options = optionsFor(m_question, !estimate);
    Q_EMIT answered(estimate);
    if (estimate && m_state == State::Estimating)
        startFull();
    else if (!estimate)
        setState(State::Answered);
}

void WhyController::cancel() {
    m_fetcher->cancel();
    if (isRunning())
        setState(m_hasAnswer ? State::Answered : State::Idle);
}

void WhyController::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace trro
