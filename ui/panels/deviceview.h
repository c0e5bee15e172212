#pragma once

#include "apierror.h"
#include "types.h"

#include <QPointer>
#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;

namespace trro {

class LinkedChartsView;
class SessionFilterModel;
class SessionListModel;
class ToneProxyModel;
class CachedStats;
class Clock;
class TrroApi;

// One device: its own linked charts (DescribeSessionStatisticsByInterval with DeviceId) and
// its sessions in the range (every page of DescribeDeviceSessionList) in a sortable table
// filtered by quality and text. Errors go out on errorOccurred; the last good data stays,
// marked stale.
class DeviceView final : public QWidget {
    Q_OBJECT
public:
    DeviceView(TrroApi *api, CachedStats *statistics, QWidget *parent = nullptr);
    ~DeviceView() override;

    void open(const QString &projectId, const Device &device, Interval interval, qint64 from,
              qint64 to, const QTimeZone &zone);
    void reload();
    void cancel();
    // Names shown for the peers instead of their ids (from the device panel).
    void setDeviceNames(const QHash<QString, QString> &namesById);
    void setRatioThreshold(int percent);
    // The clock a series is stamped by when it arrives (nullptr: the system's).
    void setClock(Clock *clock);

    Device device() const { return m_device; }
    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }
    bool isLoading() const { return m_pending > 0; }
    bool isStale() const { return m_stale; }
    SessionListModel *sessionModel() const { return m_sessions; }
    LinkedChartsView *charts() const { return m_charts; }

Q_SIGNALS:
    void sessionActivated(const QString &sessionId);
    void intervalActivated(qint64 start, qint64 end);
    void loadingChanged(bool loading);
    void errorOccurred(const trro::ApiError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void buildTable();
    void layOut();
    void connectParts();
    void fetch();
    void onSeries(const IntervalSeries &series);
    void onSessions(const QList<DeviceSession> &sessions);
    void onFailed(const ApiError &error);
    void requestDone();
    void updateHeader();
    void updateCount();
    void setStale(bool stale);

    TrroApi *m_api;
    CachedStats *m_statistics;
    SessionListModel *m_sessions;
    SessionFilterModel *m_filter;
    ToneProxyModel *m_tone;
    LinkedChartsView *m_charts = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_count = nullptr;
    QProgressBar *m_busy = nullptr;
    QComboBox *m_quality = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QString m_projectId;
    Device m_device;
    Interval m_interval = Interval::Hour;
    qint64 m_from = 0;
    qint64 m_to = 0;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    Clock *m_clock = nullptr;    // nullptr: the system's
    QPointer<QObject> m_request; // context of the running fetch
    int m_pending = 0;
    bool m_failedThisRun = false;
    bool m_stale = false;
};

} // namespace trro
