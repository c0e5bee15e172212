#include "profilestore.h"

#include "endpoint.h"

#include <QSettings>
#include <QTimer>

namespace trro {
namespace {

const QLatin1String DefaultKey("profiles/default");
const QLatin1String ListGroup("profiles/list");

QString groupOf(const QString &name) {
    return ListGroup + QLatin1Char('/') + name;
}

ApiError usageError(const QString &code, const QString &message) {
    return ApiError::make(ApiError::Kind::Usage, code, message);
}

// Reports an error through the callback from a zero-timer call, like every other outcome.
void later(QObject *receiver, const CredentialStore::DoneCallback &callback, const ApiError &e) {
    QTimer::singleShot(0, receiver, [callback, e] { callback(e); });
}

} // namespace

QString endpointKindName(EndpointKind kind) {
    switch (kind) {
    case EndpointKind::China:
        return QStringLiteral("china");
    case EndpointKind::International:
        return QStringLiteral("international");
    case EndpointKind::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<EndpointKind> parseEndpointKind(const QString &text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("china") || t.isEmpty())
        return EndpointKind::China;
    if (t == QLatin1String("international") || t == QLatin1String("intl"))
        return EndpointKind::International;
    if (t == QLatin1String("custom"))
        return EndpointKind::Custom;
    return std::nullopt;
}

QString Profile::endpointUrl() const {
    switch (endpointKind) {
    case EndpointKind::China:
        return QLatin1String(Endpoint::DefaultUrl);
    case EndpointKind::International:
        return QLatin1String(Endpoint::InternationalUrl);
    case EndpointKind::Custom:
        return customUrl;
    }
    return {};
}

ProfileStore::ProfileStore(CredentialStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                             QLatin1String(SettingsOrganization),
                                             QLatin1String(SettingsApplication))) {}

ProfileStore::ProfileStore(CredentialStore *keychain, const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat)) {}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::settingsFileName() const {
    return m_settings->fileName();
}

bool ProfileStore::isValidName(const QString &name, QString *error) {
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (name.isEmpty())
        return fail(tr("The profile name is empty."));
    if (name.size() > 64)
        return fail(tr("The profile name is longer than 64 characters."));
    if (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        return fail(tr("The profile name must not start with \".\" or \"-\"."));
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('_') &&
            c != QLatin1Char('-'))
            return fail(tr("The profile name may only contain letters, digits, \".\", \"_\" "
                           "and \"-\" (not \"%1\").")
                            .arg(c));
    }
    return true;
}

QStringList ProfileStore::names() const {
    m_settings->beginGroup(ListGroup);
    QStringList list = m_settings->childGroups();
    m_settings->endGroup();
    list.sort(Qt::CaseInsensitive);
    return list;
}

bool ProfileStore::contains(const QString &name) const {
    return !name.isEmpty() && names().contains(name);
}

std::optional<Profile> ProfileStore::profile(const QString &name) const {
    if (!contains(name))
        return std::nullopt;
    Profile p;
    p.name = name;
    m_settings->beginGroup(groupOf(name));
    p.secretId = m_settings->value(QStringLiteral("secretId")).toString();
    p.region = m_settings->value(QStringLiteral("region")).toString();
    p.endpointKind = parseEndpointKind(m_settings->value(QStringLiteral("endpoint")).toString())
                         .value_or(EndpointKind::China);
    p.customUrl = m_settings->value(QStringLiteral("endpointUrl")).toString();
    p.defaultProject = m_settings->value(QStringLiteral("defaultProject")).toString();
    m_settings->endGroup();
    return p;
}

QString ProfileStore::defaultProfile() const {
    const QString name = m_settings->value(DefaultKey).toString();
    return contains(name) ? name : QString();
}

void ProfileStore::setDefaultProfile(const QString &name) {
    if (name.isEmpty())
        m_settings->remove(DefaultKey);
    else
        m_settings->setValue(DefaultKey, name);
    m_settings->sync();
    Q_EMIT profilesChanged();
}

bool ProfileStore::saveProfile(const Profile &profile, QString *error) {
    if (!isValidName(profile.name, error))
        return false;
    if (profile.secretId.trimmed().isEmpty()) {
        if (error)
            *error = tr("The SecretId is empty.");
        return false;
    }
    if (profile.endpointKind == EndpointKind::Custom &&
        !Endpoint::parse(profile.customUrl, error).isValid())
        return false;
    writeSettings(profile);
    Q_EMIT profilesChanged();
    return true;
}

void ProfileStore::writeSettings(const Profile &profile) {
    m_settings->beginGroup(groupOf(profile.name));
    m_settings->setValue(QStringLiteral("secretId"), profile.secretId.trimmed());
    m_settings->setValue(QStringLiteral("region"), profile.region.trimmed());
    m_settings->setValue(QStringLiteral("endpoint"), endpointKindName(profile.endpointKind));
    if (profile.endpointKind == EndpointKind::Custom)
        m_settings->setValue(QStringLiteral("endpointUrl"), profile.customUrl.trimmed());
    else
        m_settings->remove(QStringLiteral("endpointUrl"));
    m_settings->setValue(QStringLiteral("defaultProject"), profile.defaultProject.trimmed());
    m_settings->endGroup();
    // The first profile becomes the default one.
    if (m_settings->value(DefaultKey).toString().isEmpty())
        m_settings->setValue(DefaultKey, profile.name);
    m_settings->sync();
}

void ProfileStore::removeSettings(const QString &name) {
    m_settings->remove(groupOf(name));
    if (m_settings->value(DefaultKey).toString() == name)
        m_settings->remove(DefaultKey);
    m_settings->sync();
}

void ProfileStore::save(const Profile &profile, const ProfileSecret &secret, QObject *context,
                        DoneCallback callback) {
    QString error;
    // Validate everything before the keychain is touched.
    if (!isValidName(profile.name, &error) || profile.secretId.trimmed().isEmpty() ||
        (profile.endpointKind == EndpointKind::Custom &&
         !Endpoint::parse(profile.customUrl, &error).isValid())) {
        if (error.isEmpty())
            error = tr("The SecretId is empty.");
        later(context ? context : this, callback,
              usageError(QStringLiteral("Profile.Invalid"), error));
        return;
    }
    if (secret.isEmpty()) {
        saveProfile(profile);
        later(context ? context : this, callback, ApiError{});
        return;
    }
    m_keychain->write(profile.name, secret, context, [this, profile, callback](const ApiError &e) {
        if (!e.isError())
            saveProfile(profile);
        callback(e);
    });
}

void ProfileStore::rename(const QString &from, const QString &to, QObject *context,
                          DoneCallback callback) {
    QString error;
    QObject *receiver = context ? context : this;
    if (!contains(from)) {
        later(receiver, callback,
              usageError(QStringLiteral("Profile.NotFound"),
                         tr("There is no profile named \"%1\".").arg(from)));
        return;
    }
    if (!isValidName(to, &error)) {
        later(receiver, callback, usageError(QStringLiteral("Profile.Invalid"), error));
        return;
    }
    const bool caseOnly = from.compare(to, Qt::CaseInsensitive) == 0;
    if (from == to || (!caseOnly && names().contains(to, Qt::CaseInsensitive))) {
        later(receiver, callback,
              usageError(QStringLiteral("Profile.Exists"),
                         tr("A profile named \"%1\" already exists.").arg(to)));
        return;
    }
    m_keychain->move(from, to, context, [this, from, to, callback](const ApiError &e) {
        if (e.isError()) {
            callback(e);
            return;
        }
        std::optional<Profile> p = profile(from);
        if (p) {
            const bool wasDefault = m_settings->value(DefaultKey).toString() == from;
            p->name = to;
            removeSettings(from); // first: case-insensitive backends see one group
            writeSettings(*p);
            if (wasDefault)
                m_settings->setValue(DefaultKey, to);
            m_settings->sync();
            Q_EMIT profilesChanged();
        }
        callback(ApiError{});
    });
}

void ProfileStore::remove(const QString &name, QObject *context, DoneCallback callback) {
    if (!isValidName(name)) {
        later(context ? context : this, callback,
              usageError(QStringLiteral("Profile.NotFound"),
                         tr("There is no profile named \"%1\".").arg(name)));
        return;
    }
    m_keychain->remove(name, context, [this, name, callback](const ApiError &e) {
        if (e.isError()) {
            callback(e);
            return;
        }
        if (contains(name)) {
            removeSettings(name);
            Q_EMIT profilesChanged();
        }
        callback(ApiError{});
    });
}

} // namespace trro
