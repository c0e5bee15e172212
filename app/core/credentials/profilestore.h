#pragma once

#include "credentialstore.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QSettings;

namespace trro {

enum class EndpointKind { China, International, Custom };

QString endpointKindName(EndpointKind kind); // "china" | "international" | "custom"
std::optional<EndpointKind> parseEndpointKind(const QString &text);

// The non-secret half of a profile. The SecretKey and the session token live in the keychain
// only (CredentialStore); nothing here is secret.
struct Profile {
    QString name;
    QString secretId;
    QString region;
    EndpointKind endpointKind = EndpointKind::China;
    QString customUrl; // EndpointKind::Custom only
    QString defaultProject;

    // The endpoint URL the profile talks to.
    QString endpointUrl() const;

    friend bool operator==(const Profile &, const Profile &) = default;
};

// Profiles in QSettings under the "profiles" group (one child group per profile, plus the
// name of the default profile), their secrets in the keychain. Shared by trro-stats and
// trro-dashboard: both open the same settings file whatever their application name.
class ProfileStore final : public QObject {
    Q_OBJECT
public:
    static constexpr auto SettingsOrganization = "trro-dashboard";
    static constexpr auto SettingsApplication = "trro-dashboard";

    // The shared settings file (QSettings native format, user scope).
    explicit ProfileStore(CredentialStore *keychain, QObject *parent = nullptr);
    // A specific INI file (tests, portable use).
    ProfileStore(CredentialStore *keychain, const QString &settingsFile, QObject *parent = nullptr);
    ~ProfileStore() override;

    CredentialStore *keychain() const { return m_keychain; }
    QString settingsFileName() const;

    // 1..64 letters, digits, '.', '_' or '-', not starting with '.' or '-'.
    static bool isValidName(const QString &name, QString *error = nullptr);

    QStringList names() const; // sorted
    bool contains(const QString &name) const;
    std::optional<Profile> profile(const QString &name) const;
    QString defaultProfile() const; // empty when none (or it no longer exists)
    void setDefaultProfile(const QString &name);

    // Settings only (synchronous): the non-secret fields. Returns false and sets *error for an
    // invalid name or endpoint.
    bool saveProfile(const Profile &profile, QString *error = nullptr);

    using DoneCallback = CredentialStore::DoneCallback;

    // The secret first, then the settings: a profile is only saved when its key is in the
    // keychain. An empty secret keeps the saved one.
    void save(const Profile &profile, const ProfileSecret &secret, QObject *context,
              DoneCallback callback);
    // Moves the keychain entries, then the settings (and the default pointer).
    void rename(const QString &from, const QString &to, QObject *context, DoneCallback callback);
    // Removes the keychain entries, then the settings.
    void remove(const QString &name, QObject *context, DoneCallback callback);

Q_SIGNALS:
    void profilesChanged();

private:
    void writeSettings(const Profile &profile);
    void removeSettings(const QString &name);

    CredentialStore *m_keychain;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace trro

Q_DECLARE_METATYPE(trro::Profile)
