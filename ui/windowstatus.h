#pragma once

#include "apierror.h"

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;
class QTimer;

namespace trro {

class ApiClient;
class CachedStats;
class ErrorBanner;
class ExportController;
class FleetController;
class RequestScheduler;

// What the window says about its data: the status bar (a message, the requests still pending
// with a busy bar, the time of the last good data or that it is stale) and the error banner
// (a failure, superseded by the next good answer; the age of data served from the cache).
class WindowStatus final : public QObject {
    Q_OBJECT
public:
    WindowStatus(QStatusBar *bar, ErrorBanner *banner, FleetController *fleet,
                 RequestScheduler *scheduler, QObject *parent = nullptr);

    // What the client (clock skew), the cache (damaged file) and the exporter have to say.
    void watch(ApiClient *client, CachedStats *statistics, ExportController *exporter);
    void showMessage(const QString &message);
    // A cancelled request is not an error: nothing is shown.
    void showError(const ApiError &error, const QString &context = QString());
    void update();

private:
    void onFleetData();

    ErrorBanner *m_banner;
    FleetController *m_fleet;
    RequestScheduler *m_scheduler;
    QTimer *m_timer;
    QLabel *m_text;
    QLabel *m_updated;
    QProgressBar *m_busy;
};

} // namespace trro
