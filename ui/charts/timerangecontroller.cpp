#include "timerangecontroller.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <algorithm>
#include <cmath>

namespace trro {

// One change of the visible range. Gesture steps (wheel, pan) merge while the gesture lasts.
class TimeRangeCommand final : public QUndoCommand {
public:
    TimeRangeCommand(TimeRangeController *controller, qint64 from, qint64 to, int mergeId)
        : m_controller(controller)
        , m_oldFrom(controller->m_from)
        , m_oldTo(controller->m_to)
        , m_newFrom(from)
        , m_newTo(to)
        , m_id(mergeId == 0 ? -1 : mergeId + 4 * (controller->m_gesture % 0x1000000)) {}

    void redo() override { m_controller->apply(m_newFrom, m_newTo); }
    void undo() override { m_controller->apply(m_oldFrom, m_oldTo); }
    int id() const override { return m_id; }
    bool mergeWith(const QUndoCommand *other) override {
        const auto *next = static_cast<const TimeRangeCommand *>(other);
        m_newFrom = next->m_newFrom;
        m_newTo = next->m_newTo;
        return true;
    }

private:
    TimeRangeController *m_controller;
    qint64 m_oldFrom;
    qint64 m_oldTo;
    qint64 m_newFrom;
    qint64 m_newTo;
    int m_id;
};

TimeRangeController::TimeRangeController(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this)) {
    connect(m_undo, &QUndoStack::canUndoChanged, this, &TimeRangeController::canUndoChanged);
    connect(m_undo, &QUndoStack::canRedoChanged, this, &TimeRangeController::canRedoChanged);
}

TimeRangeController::~TimeRangeController() = default;

bool TimeRangeController::canUndo() const {
    return m_undo->canUndo();
}

bool TimeRangeController::canRedo() const {
    return m_undo->canRedo();
}

void TimeRangeController::setFullRange(qint64 from, qint64 to, bool keepVisible) {
    if (to - from < MinimumSpan)
        to = from + MinimumSpan;
    const bool fullChanged = from != m_fullFrom || to != m_fullTo;
    const bool wasZoomed = isZoomed();
    m_fullFrom = from;
    m_fullTo = to;
    if (fullChanged)
        Q_EMIT fullRangeChanged(from, to);

    if (keepVisible && wasZoomed && m_from >= from && m_to <= to && m_to > m_from) {
        return; // the zoom and its history still make sense
    }
    m_undo->clear();
    apply(from, to);
}

void TimeRangeController::clamp(qint64 *from, qint64 *to) const {
    const qint64 fullSpan = m_fullTo - m_fullFrom;
    qint64 span = *to - *from;
    if (span < MinimumSpan) {
        const qint64 centre = *from + span / 2;
        span = std::min(MinimumSpan, fullSpan);
        *from = centre - span / 2;
    }
    span = std::min(span, fullSpan);
    if (*from < m_fullFrom)
        *from = m_fullFrom;
    if (*from + span > m_fullTo)
        *from = m_fullTo - span;
    *to = *from + span;
}

void TimeRangeController::setVisibleRange(qint64 from, qint64 to, int mergeId) {
    if (m_emitting || m_fullTo <= m_fullFrom)
        return; // a reaction to our own signal: never loop
    clamp(&from, &to);
    if (from == m_from && to == m_to)
        return;
    m_undo->push(new TimeRangeCommand(this, from, to, mergeId));
}

void TimeRangeController::zoomBy(double factor, qint64 anchor, int mergeId) {
    if (!(factor > 0.0))
        return;
    anchor = std::clamp(anchor, m_from, m_to);
    const double left = double(anchor - m_from) / factor;
    const double right = double(m_to - anchor) / factor;
    qint64 from = anchor - qint64(std::llround(left));
    qint64 to = anchor + qint64(std::llround(right));
    if (to - from < MinimumSpan) { // keep the anchor where it is on screen
        const double share =
            (m_to > m_from) ? double(anchor - m_from) / double(m_to - m_from) : 0.5;
        from = anchor - qint64(std::llround(share * MinimumSpan));
        to = from + MinimumSpan;
    }
    setVisibleRange(from, to, mergeId);
}

void TimeRangeController::panBy(qint64 seconds, int mergeId) {
    setVisibleRange(m_from + seconds, m_to + seconds, mergeId);
}

void TimeRangeController::endGesture() {
    ++m_gesture;
}

void TimeRangeController::undo() {
    endGesture();
    m_undo->undo();
}

void TimeRangeController::redo() {
    endGesture();
    m_undo->redo();
}

void TimeRangeController::reset() {
    endGesture();
    setVisibleRange(m_fullFrom, m_fullTo);
}

void TimeRangeController::apply(qint64 from, qint64 to) {
    if (m_emitting || (from == m_from && to == m_to))
        return;
    m_from = from;
    m_to = to;
    m_emitting = true;
    Q_EMIT visibleRangeChanged(from, to);
    m_emitting = false;
}

} // namespace trro
