#pragma once

#include "apierror.h"
#include "licencesummary.h"
#include "usageapi.h"
#include "usageforecast.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace trro {

class Clock;
class LicenceDevicesModel;
class UsageDaysModel;
class ViewState;

// What the Usage page shows, fetched through UsageApi for what the window's ViewState looks
// at: its project, the device of its drill-down (Device or Session level; else the whole
// project) and its window. One load asks for the range's days (GetDurationDetails, into the
// UsageDaysModel as a series of the service's days), the days of the month-end forecast (the
// same answer when the range covers them), the project's licences (GetLicenses, summarised at
// the clock's now) and devices (GetDevices, into the LicenceDevicesModel), and for a device
// its licence count (GetDeviceLicense).
//
// Each part keeps its last good data when its request fails; the first failure of a load is
// reported once (failed()) and the load counts as stale. Another project or device clears what
// was shown before the new answers arrive; only a new range keeps it. The service's warnings
// (values left out) are collected per load. While inactive (the page hidden) the loader only
// notes that the view changed and loads when activated.
class UsageLoader final : public QObject {
    Q_OBJECT
public:
    // usage, state, the models and the clock must outlive the loader; clock nullptr: the
    // system's.
    UsageLoader(UsageApi *usage, ViewState *state, UsageDaysModel *days,
                LicenceDevicesModel *devices, Clock *clock = nullptr, QObject *parent = nullptr);
    ~UsageLoader() override;

    // What the view state asks for now.
    UsageQuery currentQuery() const;
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void reload();
    void cancel();

    bool isLoading() const { return m_pending > 0; }
    bool isStale() const { return m_stale; }
    bool hasLoaded() const { return m_loadedAt > 0; }
    const UsageQuery &query() const { return m_query; } // of the last load
    qint64 loadedAt() const { return m_loadedAt; }      // the clock's now at the last load
    qint64 now() const { return m_now; }                // the clock's now of the current load
    const std::optional<UsageForecast> &forecast() const { return m_forecast; }
    const std::optional<LicenceSummary> &licenceSummary() const { return m_summary; }
    std::optional<qint64> deviceLicenceCount() const { return m_deviceLicences; }
    const QStringList &warnings() const { return m_warnings; } // of the last load
    const ApiError &lastError() const { return m_error; }      // kind None: the last load worked

Q_SIGNALS:
    void loadingChanged(bool loading);
    void usageChanged();    // the days model and the forecast
    void licencesChanged(); // the summary, the devices model, the device's count
    void failed(const trro::ApiError &error);
    void finished(); // every request of the load ended

private:
    void onViewChanged(int what);
    void loadDays(const UsageQuery &query, bool forecastToo);
    void loadForecast(const UsageQuery &query);
    void loadLicences(const QString &projectId);
    void loadDeviceCount(const UsageQuery &query);
    void applyDays(const UsageDays &days, bool forecastToo);
    void partFailed(const ApiError &error);
    void partDone();
    void addWarnings(const QStringList &warnings);

    QPointer<UsageApi> m_usage;
    ViewState *m_state;
    UsageDaysModel *m_days;
    LicenceDevicesModel *m_devices;
    Clock *m_clock;
    QObject *m_run = nullptr; // context of the current load's requests
    UsageQuery m_query;
    qint64 m_now = 0;
    qint64 m_loadedAt = 0;
    int m_pending = 0;
    bool m_active = false;
    bool m_dirty = true; // the view changed since the last load
    bool m_stale = false;
    bool m_runFailed = false;
    ApiError m_error;
    QStringList m_warnings;
    std::optional<UsageForecast> m_forecast;
    std::optional<LicenceSummary> m_summary;
    std::optional<qint64> m_deviceLicences;
};

} // namespace trro
