#include "backgrounddiagnosis.h"

namespace trro {

BackgroundDiagnosis::BackgroundDiagnosis(QObject *parent)
    : QObject(parent) {
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(30000); // the thread goes when the session stops growing
}

BackgroundDiagnosis::~BackgroundDiagnosis() {
    // The task posts its answer to this object: it must be over before the object goes (the
    // posted answer is then discarded with the object's events).
    m_pool.waitForDone();
}

void BackgroundDiagnosis::request(const QList<SideTelemetry> &sides,
                                  const DiagnosisThresholds &thresholds) {
    m_pendingSides = sides; // implicitly shared: the copy is the caller's data, read-only
    m_pendingThresholds = thresholds;
    m_hasPending = true;
    if (!m_running)
        startPending();
}

void BackgroundDiagnosis::cancel() {
    ++m_generation;
    m_hasPending = false;
    m_pendingSides.clear();
}

void BackgroundDiagnosis::startPending() {
    m_hasPending = false;
    m_running = true;
    const quint64 generation = m_generation;
    QList<SideTelemetry> sides = std::move(m_pendingSides);
    m_pendingSides.clear();
    const DiagnosisThresholds thresholds = m_pendingThresholds;
    m_pool.start([this, generation, sides = std::move(sides), thresholds] {
        SessionDiagnosis diagnosis = diagnoseSession(sides, thresholds);
        QMetaObject::invokeMethod(
            this,
            [this, generation, diagnosis = std::move(diagnosis)] {
                finished(generation, diagnosis);
            },
            Qt::QueuedConnection);
    });
}

void BackgroundDiagnosis::finished(quint64 generation, const SessionDiagnosis &diagnosis) {
    m_running = false;
    if (m_hasPending)
        startPending(); // the newest samples first; this answer is still the latest shown
    if (generation == m_generation)
        Q_EMIT ready(diagnosis);
}

} // namespace trro
