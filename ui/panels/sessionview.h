#pragma once

#include "apierror.h"
#include "sessiondiagnosis.h"
#include "types.h"

#include <QHash>
#include <QPointer>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QListView;
class QProgressBar;

namespace trro {

class BackgroundDiagnosis;
class Clock;
class LiveTail;
class SessionChartsView;
class SessionFindingsModel;
class ToneProxyModel;
class TrroApi;

// One session, the last level of the drill-down: why was it bad? A header (the devices on
// both sides, start, duration, quality, SDK version and mode, resolution against the
// configured one), the diagnosis (DescribeDeviceSessionDetails read by diagnoseSession(), worst
// finding first; activating a finding shows its moment on the charts) and the session's linked
// charts on its own time axis. Errors go out on errorOccurred; the last good data stays,
// marked stale.
class SessionView final : public QWidget {
    Q_OBJECT
public:
    explicit SessionView(TrroApi *api, QWidget *parent = nullptr);
    ~SessionView() override;

    // session: the row of the device's session list (quality, peers, times).
    void open(const DeviceSession &session, const QTimeZone &zone);
    // A session still running (from the "Now" list): its samples are tailed every refreshSec,
    // appended to the charts (which follow the right edge until the user zooms) and the
    // diagnosis, until liveSessionEnded() says it is over.
    void openLive(const DeviceSession &session, const QTimeZone &zone, qint64 refreshSec);
    void liveSessionEnded(const QString &sessionId);
    bool isLive() const;       // tailing a running session
    bool hasLiveEnded() const; // it was live and has ended
    LiveTail *tail() const { return m_tail; }
    // The clock of the live tail's refresh (nullptr: the system's); before the first openLive().
    void setClock(Clock *clock) { m_clock = clock; }
    void reload();
    void cancel();
    void setThresholds(const DiagnosisThresholds &thresholds);
    void setDeviceNames(const QHash<QString, QString> &namesById);

    DeviceSession session() const { return m_session; }
    const QList<SideTelemetry> &sides() const { return m_sides; }
    const SessionDiagnosis &diagnosis() const { return m_diagnosis; }
    bool isLoading() const { return !m_request.isNull(); }
    bool isStale() const { return m_stale; }
    SessionChartsView *charts() const { return m_charts; }
    SessionFindingsModel *findingsModel() const { return m_findings; }
    QListView *findingsView() const { return m_findingsView; }
    QString headerText() const; // the title and details as shown, for tests and export

    // The samples of both sides as CSV (one row per side and sample, field first).
    bool writeCsv(const QString &path, QString *error) const;

    // Shows the moment of finding row on the charts.
    void showFinding(int row);
    // Shows samples that arrived for the open session: the diagnosis, the findings, the
    // charts and the header. What a fetch does with its answer.
    void showTelemetry(const QList<SideTelemetry> &sides);
    // The same for a session that grows (the live tail): the charts and the header at once, the
    // diagnosis off the GUI thread, shown when it is ready (diagnosed()).
    void showLiveTelemetry(const QList<SideTelemetry> &sides);
    bool isDiagnosing() const; // a live diagnosis runs or waits

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();    // new samples are on screen
    void diagnosed(); // the diagnosis of the samples on screen is shown
    void errorOccurred(const trro::ApiError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void fetch();
    void updateHeader();
    void setStale(bool stale);
    QString deviceLabel(const QString &deviceId) const;
    QString sideLine(const SideTelemetry &side) const;
    QString anomalyLine() const;

    TrroApi *m_api;
    SessionFindingsModel *m_findings;
    ToneProxyModel *m_tone;
    SessionChartsView *m_charts = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_busy = nullptr;
    QListView *m_findingsView = nullptr;
    DeviceSession m_session;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QHash<QString, QString> m_names;
    DiagnosisThresholds m_thresholds;
    QList<SideTelemetry> m_sides;
    SessionDiagnosis m_diagnosis;
    QPointer<QObject> m_request; // context of the running fetch
    LiveTail *m_tail = nullptr;
    Clock *m_clock = nullptr;
    BackgroundDiagnosis *m_background = nullptr;
    bool m_stale = false;
};

} // namespace trro
