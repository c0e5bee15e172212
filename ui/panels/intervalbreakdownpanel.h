#pragma once

#include "apierror.h"
#include "types.h"

#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace trro {

class BreakdownFetcher;
class BreakdownModel;
class ToneProxyModel;
class CachedStats;
class TrroApi;

// Per-device statistics of one interval: an estimate for every device from one session list,
// then the exact figures worst first (see BreakdownFetcher), with progress, Cancel, a sortable
// table sorted by impact (bad sessions, then bad minutes) with the worst devices highlighted,
// and the devices whose request failed listed (with Retry). Devices without a session in the
// interval are hidden unless "Show devices without sessions" is checked.
class IntervalBreakdownPanel final : public QWidget {
    Q_OBJECT
public:
    IntervalBreakdownPanel(TrroApi *api, CachedStats *statistics, QWidget *parent = nullptr);
    ~IntervalBreakdownPanel() override;

    void start(const QString &projectId, Interval interval, qint64 start, qint64 end,
               const QList<Device> &devices, const QTimeZone &zone);
    void cancel();
    bool isRunning() const;

    void setThreshold(int percent); // highlight ratios below this (default 80 %)
    int threshold() const;

    // Whether devices whose figures show no session in the interval are listed (default: no).
    void setShowDevicesWithoutSessions(bool show);
    bool showsDevicesWithoutSessions() const;

    qint64 startTime() const;
    qint64 endTime() const;
    BreakdownModel *model() const { return m_model; }

Q_SIGNALS:
    void deviceOpened(const QString &deviceId);
    void errorOccurred(const trro::ApiError &error);
    void thresholdChanged(int percent);
    void finished();
    void cancelled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void buildTable();
    void layOut(QLabel *thresholdLabel);
    void connectParts();
    void onProgress(int completed, int total);
    void onFinished();
    void onCancelled();
    void updateFailed();
    void updateTitle();

    TrroApi *m_api;
    BreakdownModel *m_model;
    BreakdownFetcher *m_fetcher;
    ToneProxyModel *m_tone;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QSpinBox *m_threshold = nullptr;
    QCheckBox *m_showEmpty = nullptr;
    QSortFilterProxyModel *m_sorter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_failed = nullptr;
    QPushButton *m_retry = nullptr;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace trro
