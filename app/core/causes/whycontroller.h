#pragma once

#include "apierror.h"
#include "causefinder.h"

#include <QObject>
#include <QPair>

namespace trro {

class CauseFetcher;
class TrroApi;

// Which span the question's baseline is: the same length just before the span, the same span
// a week earlier (as the charts' previous-period overlay), or one the user picks.
enum class WhyBaseline { Before, WeekEarlier, Custom };

// "Why did quality change here?": a span of the fleet (or of one device) against a baseline.
struct WhyQuestion {
    QString projectId;
    QString deviceId; // empty: the fleet; else that device's sessions, as vehicle or cockpit
    qint64 spanStart = 0, spanEnd = 0;
    WhyBaseline baseline = WhyBaseline::Before;
    qint64 customStart = 0, customEnd = 0; // the Custom baseline
    QList<CauseDimension> dimensions = defaultDimensions();
    int utcOffsetSeconds = 8 * 3600; // of the hours of day (the zone the user reads)

    // The finder's defaults: vehicle, cockpit, resolution, name group, hour (no details).
    static QList<CauseDimension> defaultDimensions();
    QPair<qint64, qint64> baselineSpan() const; // [start, end), unix seconds
    qint64 baselineStart() const { return baselineSpan().first; }
    qint64 baselineEnd() const { return baselineSpan().second; }
    // A span of at most 31 days and a baseline of at most as long, neither empty.
    bool isValid() const;
    bool hasDetailsDimensions() const;
};

// What a question costs before it is asked: requests and time at the rate limit.
struct WhyCost {
    int estimateRequests = 0; // the quick sample: the first page of each slice, both spans
    int listRequests = -1;    // the whole lists' pages; -1: unknown until the sample's Totals
    int otherRequests = 0;    // the statistics check and the device names
    int detailsRequests = 0;  // session details (only with a details dimension), at most
    int requests() const;     // those known
    double seconds() const;   // of requests() at the rate limit
};

// The state of the Why panel: one question at a time, answered through one CauseFetcher on the
// shared TrroApi (its scheduler, its rate limit): first the cost (costChanged(), before any
// request), then a quick estimate of the fleet's question from sampled lists (as `trro-stats
// why --estimate`; a device's short lists are read whole), then the full answer replacing it.
// A new question cancels the one running. A failure keeps the last good answer (report(),
// input()) and says why. Nothing here blocks: requests are asynchronous and the finder runs on
// the thread pool (CauseFetcher; docs/PERFORMANCE.md, the Why panel's GUI thread).
class WhyController final : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Estimating, Answering, Answered, Failed };
    Q_ENUM(State)

    // Slices of a span in the estimate (one request each), as trro-stats why --estimate.
    static constexpr int EstimateSlices = 14;
    static constexpr int MaxDetails = 300;
    static constexpr double RequestsPerSecond = 20;

    explicit WhyController(TrroApi *api, QObject *parent = nullptr);
    ~WhyController() override;

    void ask(const WhyQuestion &question);
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Estimating || m_state == State::Answering; }
    const WhyQuestion &question() const { return m_question; } // the last one asked
    const WhyCost &cost() const { return m_cost; }
    const ApiError &error() const { return m_error; } // of the last failure

    // The last good answer, the question it answers, what it was found over.
    bool hasAnswer() const { return m_hasAnswer; }
    const CauseReport &report() const { return m_report; }
    bool isEstimate() const { return m_estimate; }
    const WhyQuestion &answeredQuestion() const { return m_answered; }
    const CauseInput &input() const { return m_input; }
    const CauseOptions &options() const { return m_options; }
    // Of the estimate: how many sessions each sample held of its list.
    qint64 sampledSessions() const { return m_sampled; }
    qint64 listedSessions() const { return m_listed; }

Q_SIGNALS:
    void stateChanged(trro::WhyController::State state);
    void costChanged(const trro::WhyCost &cost);
    void detailsProgress(int done, int total);
    // A new answer (report()): the estimate first, then the full one.
    void answered(bool estimate);
    void failed(const trro::ApiError &error);

private:
    void startFull();
    void onFinished(const CauseReport &report);
    void setState(State state);
    CauseOptions optionsFor(const WhyQuestion &question, bool details) const;

    CauseFetcher *m_fetcher;
    State m_state = State::Idle;
    WhyQuestion m_question;
    WhyCost m_cost;
    ApiError m_error;
    bool m_hasAnswer = false;
    CauseReport m_report;
    bool m_estimate = false;
    WhyQuestion m_answered;
    CauseInput m_input;
    CauseOptions m_options;
    qint64 m_sampled = 0;
    qint64 m_listed = 0;
};

} // namespace trro
