#pragma once

#include "apierror.h"
#include "cachedstats.h"
#include "timerange.h"
#include "types.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace trro {

class CachedStats;
class Clock;
class TrroApi;

// What the fleet view asks for.
struct FleetRequest {
    QString projectId;
    Interval interval = Interval::Day;
    TimeWindow window; // of the interval series (the charts)
    // Of the totals (the KPI tiles) and their comparison; invalid: window and the period of
    // the same length before it.
    ComparedWindows compared;

    bool isValid() const { return !projectId.isEmpty() && window.isValid(); }
    ComparedWindows totalsWindows() const {
        return compared.isValid() ? compared : ComparedWindows{window, window.previous()};
    }
    friend bool operator==(const FleetRequest &, const FleetRequest &) = default;
};

// The last good answer for a FleetRequest.
struct FleetData {
    FleetRequest request;
    IntervalSeries fleet;         // DescribeSessionStatisticsByInterval for the range
    SessionTotals totals;         // DescribeSessionStatistics for request.totalsWindows().current
    SessionTotals previousTotals; // ... for its previous window (the same length, just before)
    bool hasPrevious = false;
    // false: the service could not be reached and the series came from the local cache; the
    // totals are then summed from the series (sessions, minutes, ratio) or unknown (devices).
    bool hasTotals = true;
    bool offline = false; // the series came from the local cache: the service was unreachable
    QDateTime fetchedAt;  // when the data was current; invalid: nothing loaded yet

    bool isLoaded() const { return fetchedAt.isValid(); }
};

// Fetches what the fleet view shows: the fleet's interval series and the totals of the range
// and of the previous period (interactive priority), then one series per selected device
// (normal priority, so a click elsewhere goes first). A new load cancels the one running.
// A failed refresh keeps the last good data and marks it stale; errors go out as values.
// Interval series go through the local statistics cache (CachedStats): with the service
// unreachable, what the cache holds is shown, stale, with the time it was current.
class FleetController final : public QObject {
    Q_OBJECT
public:
    // statistics: the cache in front of api (both from the program's ApiStack).
    FleetController(TrroApi *api, CachedStats *statistics, QObject *parent = nullptr);
    ~FleetController() override;

    // The clock the data is stamped current by (nullptr: the system's); must outlive this.
    void setClock(Clock *clock);
    void load(const FleetRequest &request);
    void reload(); // the current request again (refresh, auto-refresh)
    void cancel();
    FleetRequest request() const { return m_request; }

    // Devices whose series are overlaid. New ids are fetched; removed ones are dropped.
    void setSelectedDevices(const QStringList &deviceIds);
    QStringList selectedDevices() const { return m_selected; }

    const FleetData &data() const { return m_data; }
    // The series of a selected device, when it has arrived (for the current or an earlier
    // request); nullptr otherwise.
    const IntervalSeries *deviceSeries(const QString &deviceId) const;
    bool isDeviceStale(const QString &deviceId) const;

    bool isLoading() const { return m_fleetPending > 0 || m_devicePending > 0; }
    bool isStale() const { return m_stale; }
    int pendingRequests() const { return m_fleetPending + m_devicePending; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void dataChanged();         // data() has a new fleet series and totals
    void deviceSeriesChanged(); // a device series arrived, or the selection changed
    void staleChanged(bool stale);
    // context says what failed, in words for people.
    void errorOccurred(const trro::ApiError &error, const QString &context);

private:
    struct DeviceEntry {
        IntervalSeries series;
        FleetRequest request; // what the series was fetched for
        bool loaded = false;
        bool stale = false;
    };

    void startFleet();
    void fetchDevice(const QString &deviceId);
    void fleetPartDone();
    void acceptIncoming();
    void devicePartDone();
    void setStale(bool stale);
    void updateLoading();
    void dropContext(QPointer<QObject> &context);

    TrroApi *m_api;
    Clock *m_clock;
    CachedStats *m_statistics;
    FleetRequest m_request;
    FleetData m_data;
    FleetData m_incoming;
    bool m_incomingSeriesOk = false;
    bool m_incomingTotalsOk = false;
    CacheOutcome m_incomingCache; // how the cache answered for the fleet series
    QPointer<QObject> m_fleetRun;
    QPointer<QObject> m_deviceRun;
    int m_fleetPending = 0;
    int m_devicePending = 0;
    QStringList m_selected;
    QHash<QString, DeviceEntry> m_devices;
    QHash<QString, FleetRequest> m_deviceInFlight; // id -> request being fetched
    quint64 m_fleetGeneration = 0;
    quint64 m_deviceGeneration = 0;
    bool m_errorReported = false;
    bool m_stale = false;
    bool m_wasLoading = false;
};

} // namespace trro
