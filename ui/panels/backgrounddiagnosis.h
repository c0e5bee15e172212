#pragma once

#include "sessiondiagnosis.h"

#include <QObject>
#include <QThreadPool>

namespace trro {

// diagnoseSession() off the GUI thread, for a session that grows while it is shown: one
// diagnosis at a time on a thread of its own; a request made while one runs waits, and only the
// newest waiting request is kept. ready() comes on the owner's thread, never for a request that
// cancel() dropped. The destructor waits for the running diagnosis (tens of milliseconds at most).
class BackgroundDiagnosis final : public QObject {
    Q_OBJECT
public:
    explicit BackgroundDiagnosis(QObject *parent = nullptr);
    ~BackgroundDiagnosis() override;

    void request(const QList<SideTelemetry> &sides, const DiagnosisThresholds &thresholds);
    void cancel(); // what runs or waits will not be delivered
    bool isBusy() const { return m_running || m_hasPending; }

Q_SIGNALS:
    void ready(const trro::SessionDiagnosis &diagnosis);

private:
    void startPending();
    void finished(quint64 generation, const SessionDiagnosis &diagnosis);

    QThreadPool m_pool;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_hasPending = false;
    QList<SideTelemetry> m_pendingSides;
    DiagnosisThresholds m_pendingThresholds;
};

} // namespace trro
