#pragma once

#include <QObject>

class QUndoStack;

namespace trro {

// The one visible time range shared by every linked chart (unix seconds, [from, to)).
//
// Charts never talk to each other: a zoom or pan on any chart asks this controller for a new
// visible range, and every chart follows visibleRangeChanged(). Each user change is one undo
// step on the controller's QUndoStack (consecutive wheel or pan steps of one gesture merge
// into one). A re-entrancy guard drops requests made while visibleRangeChanged() is being
// delivered, so a chart that reacts to the signal can never start a feedback loop.
class TimeRangeController final : public QObject {
    Q_OBJECT
public:
    // Smallest visible span: zooming further in is clamped to this.
    static constexpr qint64 MinimumSpan = 60;

    explicit TimeRangeController(QObject *parent = nullptr);
    ~TimeRangeController() override;

    qint64 fullFrom() const { return m_fullFrom; }
    qint64 fullTo() const { return m_fullTo; }
    qint64 visibleFrom() const { return m_from; }
    qint64 visibleTo() const { return m_to; }
    bool isZoomed() const { return m_from != m_fullFrom || m_to != m_fullTo; }

    QUndoStack *undoStack() const { return m_undo; }

    // New data: sets the full range, shows all of it and clears the undo history. When
    // keepVisible is true and the current visible range still lies inside the new full range,
    // the zoom stays (auto-refresh must not throw away the user's zoom) and so does the history.
    void setFullRange(qint64 from, qint64 to, bool keepVisible = false);

    // A user change (one undo step). The range is clamped to the full range, keeping its span
    // when possible; a span below MinimumSpan is widened around its centre.
    // mergeId != 0 merges with the previous step of the same id (wheel and pan gestures).
    void setVisibleRange(qint64 from, qint64 to, int mergeId = 0);

    // Zoom by factor (> 1 zooms in) keeping anchor (unix seconds) at the same screen place.
    void zoomBy(double factor, qint64 anchor, int mergeId = 0);
    // Move the visible range by seconds (positive: later), clamped at the full range's ends.
    void panBy(qint64 seconds, int mergeId = 0);

    // Merge ids for gestures: a wheel turn or a pan drag.
    enum MergeId { NoMerge = 0, WheelMerge = 1, PanMerge = 2 };
    // Ends the current gesture: the next wheel or pan step starts a new undo step.
    void endGesture();

    bool canUndo() const;
    bool canRedo() const;

public Q_SLOTS:
    void undo();
    void redo();
    // Shows the full range again (itself an undoable step).
    void reset();

Q_SIGNALS:
    void visibleRangeChanged(qint64 from, qint64 to);
    void fullRangeChanged(qint64 from, qint64 to);
    void canUndoChanged(bool canUndo);
    void canRedoChanged(bool canRedo);

private:
    friend class TimeRangeCommand;
    void clamp(qint64 *from, qint64 *to) const;
    void apply(qint64 from, qint64 to); // sets and emits, guarded

    QUndoStack *m_undo;
    qint64 m_fullFrom = 0;
    qint64 m_fullTo = 0;
    qint64 m_from = 0;
    qint64 m_to = 0;
    int m_gesture = 0; // increments at every endGesture(): merges only within one gesture
    bool m_emitting = false;
};

} // namespace trro
