#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QSettings>
#include <QStringList>
#include <QVariant>
#include <memory>

namespace trro {

// One persisted value: its key and its default, declared once (see the list below).
template <typename T> struct SettingKey {
    QLatin1StringView name;
    T defaultValue;
};

// The typed facade over QSettings. Only the keys declared here can be written, so nothing else
// (and in particular no secret: SecretKey and session tokens live in the keychain only) ends
// up in the settings file. Tests call QStandardPaths::setTestModeEnabled(true) first, or pass
// their own file.
class AppSettings final {
public:
    // Window layout.
    static inline const SettingKey<QByteArray> WindowGeometry{QLatin1StringView("window/geometry"),
                                                              {}};
    static inline const SettingKey<QByteArray> WindowState{QLatin1StringView("window/state"), {}};

    // What the dashboard showed last.
    static inline const SettingKey<QString> LastProfile{QLatin1StringView("view/profile"), {}};
    static inline const SettingKey<QString> ProjectId{QLatin1StringView("view/projectId"), {}};
    static inline const SettingKey<QString> IntervalName{QLatin1StringView("view/interval"),
                                                         QStringLiteral("day")};
    // last24h | last7d | last30d | last90d | last12m | complete24h | complete7d | complete12m |
    // custom
    static inline const SettingKey<QString> RangePreset{QLatin1StringView("view/range"),
                                                        QStringLiteral("last7d")};
    static inline const SettingKey<qint64> CustomFrom{QLatin1StringView("view/customFrom"), 0};
    static inline const SettingKey<qint64> CustomTo{QLatin1StringView("view/customTo"), 0};
    // local | utc | utc+8
    static inline const SettingKey<QString> TimeZone{QLatin1StringView("view/timeZone"),
                                                     QStringLiteral("local")};
    static inline const SettingKey<QStringList> SelectedDevices{
        QLatin1StringView("view/selectedDevices"), {}};
    static inline const SettingKey<int> AutoRefreshSeconds{
        QLatin1StringView("view/autoRefreshSeconds"), 0};
    // How often the running sessions are asked for (seconds, 2..3600).
    static inline const SettingKey<int> LiveRefreshSeconds{QLatin1StringView("live/refreshSeconds"),
                                                           10};
    // "" (the system's language) | en | zh_CN; --lang overrides it for one run.
    static inline const SettingKey<QString> Language{QLatin1StringView("view/language"), {}};
    // The shared history store that trro-collector fills (a libpq URL without password; empty:
    // none); --store overrides it for one run.
    static inline const SettingKey<QString> SharedStore{QLatin1StringView("cache/sharedStore"), {}};
    // system | light | dark
    static inline const SettingKey<QString> Theme{QLatin1StringView("view/theme"),
                                                  QStringLiteral("system")};
    static inline const SettingKey<int> RatioThreshold{QLatin1StringView("charts/ratioThreshold"),
                                                       80};

    // The session diagnosis's thresholds (read through diagnosissettings.h, which checks them).
    static inline const SettingKey<double> DiagnosisLatencyMs{
        QLatin1StringView("diagnosis/networkLatencyMs"), 150};
    static inline const SettingKey<double> DiagnosisLossPercent{
        QLatin1StringView("diagnosis/lossPercent"), 2};
    static inline const SettingKey<double> DiagnosisMinFps{QLatin1StringView("diagnosis/minFps"),
                                                           20};
    static inline const SettingKey<double> DiagnosisFrameGapMs{
        QLatin1StringView("diagnosis/frameGapMs"), 150};
    static inline const SettingKey<double> DiagnosisCpuPercent{
        QLatin1StringView("diagnosis/cpuPercent"), 90};

    // The alert rules (read through alertrules.h, which checks them).
    static inline const SettingKey<bool> AlertFleetRatioEnabled{
        QLatin1StringView("alerts/fleetRatio/enabled"), true};
    static inline const SettingKey<int> AlertFleetRatioWarning{
        QLatin1StringView("alerts/fleetRatio/warning"), 90};
    static inline const SettingKey<int> AlertFleetRatioCritical{
        QLatin1StringView("alerts/fleetRatio/critical"), 80};
    static inline const SettingKey<int> AlertFleetRatioIntervals{
        QLatin1StringView("alerts/fleetRatio/intervals"), 3};
    static inline const SettingKey<bool> AlertDeviceBadEnabled{
        QLatin1StringView("alerts/deviceBadSessions/enabled"), true};
    static inline const SettingKey<int> AlertDeviceBadWarning{
        QLatin1StringView("alerts/deviceBadSessions/warning"), 3};
    static inline const SettingKey<int> AlertDeviceBadCritical{
        QLatin1StringView("alerts/deviceBadSessions/critical"), 5};
    static inline const SettingKey<int> AlertDeviceBadWindowHours{
        QLatin1StringView("alerts/deviceBadSessions/windowHours"), 24};
    static inline const SettingKey<bool> AlertDeviceSilentEnabled{
        QLatin1StringView("alerts/deviceSilent/enabled"), true};
    static inline const SettingKey<int> AlertDeviceSilentWarningHours{
        QLatin1StringView("alerts/deviceSilent/warningHours"), 24};
    static inline const SettingKey<int> AlertDeviceSilentCriticalHours{
        QLatin1StringView("alerts/deviceSilent/criticalHours"), 72};
    static inline const SettingKey<int> AlertDeviceSilentMinSessions{
        QLatin1StringView("alerts/deviceSilent/minSessions"), 3};
    static inline const SettingKey<bool> AlertBadShareEnabled{
        QLatin1StringView("alerts/badShare/enabled"), true};
    static inline const SettingKey<int> AlertBadShareWarning{
        QLatin1StringView("alerts/badShare/warning"), 10};
    static inline const SettingKey<int> AlertBadShareCritical{
        QLatin1StringView("alerts/badShare/critical"), 20};
    static inline const SettingKey<int> AlertBadShareMinSessions{
        QLatin1StringView("alerts/badShare/minSessions"), 5};
    static inline const SettingKey<bool> AlertLicenceExpiryEnabled{
        QLatin1StringView("alerts/licenceExpiry/enabled"), false};
    static inline const SettingKey<int> AlertLicenceExpiryWarningDays{
        QLatin1StringView("alerts/licenceExpiry/warningDays"), 30};
    static inline const SettingKey<int> AlertLicenceExpiryCriticalDays{
        QLatin1StringView("alerts/licenceExpiry/criticalDays"), 7};
    static inline const SettingKey<bool> AlertForecastMinutesEnabled{
        QLatin1StringView("alerts/forecastMinutes/enabled"), false};
    static inline const SettingKey<int> AlertForecastMinutesWarning{
        QLatin1StringView("alerts/forecastMinutes/warning"), 100000};
    static inline const SettingKey<int> AlertForecastMinutesCritical{
        QLatin1StringView("alerts/forecastMinutes/critical"), 150000};
    // The saved views (JSON written by savedviews.cpp) and whether notifications are shown.
    static inline const SettingKey<QByteArray> SavedViews{QLatin1StringView("views/saved"), {}};
    static inline const SettingKey<bool> AlertNotifications{
        QLatin1StringView("alerts/notifications"), true};

    // Export dialog.
    static inline const SettingKey<int> ExportWidth{QLatin1StringView("export/width"), 1600};
    static inline const SettingKey<int> ExportHeight{QLatin1StringView("export/height"), 1000};
    static inline const SettingKey<double> ExportScale{QLatin1StringView("export/scale"), 1.0};
    static inline const SettingKey<QString> ExportDirectory{QLatin1StringView("export/directory"),
                                                            {}};

    AppSettings();                                 // the application's settings
    explicit AppSettings(const QString &fileName); // an INI file (tests, portable use)
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    template <typename T> T value(const SettingKey<T> &key) const {
        const QVariant v = read(key.name);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : key.defaultValue;
    }
    template <typename T> void setValue(const SettingKey<T> &key, const T &value) {
        write(key.name, QVariant::fromValue(value));
    }
    template <typename T> void remove(const SettingKey<T> &key) { write(key.name, QVariant()); }
    template <typename T> bool contains(const SettingKey<T> &key) const {
        return read(key.name).isValid();
    }

    void sync();
    QString fileName() const;

private:
    QVariant read(QLatin1StringView name) const;
    void write(QLatin1StringView name, const QVariant &value); // invalid: remove

    std::unique_ptr<QSettings> m_settings;
};

} // namespace trro
