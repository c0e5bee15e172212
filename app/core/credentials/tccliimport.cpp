#include "tccliimport.h"

#include "endpoint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

namespace trro {
namespace {

constexpr qint64 MaxFileBytes = 1024 * 1024;

ApiError importError(const QString &message) {
    return ApiError::make(ApiError::Kind::Usage, QStringLiteral("Tccli.Import"), message);
}

// Reads one JSON object file. `missingOk`: an absent file yields an empty object.
Result<QJsonObject> readJsonObject(const QString &path, bool missingOk) {
    QFile file(path);
    if (!file.exists()) {
        if (missingOk)
            return QJsonObject();
        return importError(QCoreApplication::translate("trro::TccliImport", "%1 does not exist.")
                               .arg(QDir::toNativeSeparators(path)));
    }
    if (!file.open(QIODevice::ReadOnly))
        return importError(QCoreApplication::translate("trro::TccliImport", "Cannot read %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > MaxFileBytes)
        return importError(
            QCoreApplication::translate("trro::TccliImport", "%1 is too large to be a tccli file.")
                .arg(QDir::toNativeSeparators(path)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(MaxFileBytes), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return importError(
            QCoreApplication::translate("trro::TccliImport", "%1 is not a JSON object (%2).")
                .arg(QDir::toNativeSeparators(path), parseError.errorString()));
    return doc.object();
}

// The "trro" service entry's endpoint is a host name ("trro.tencentcloudapi.com").
void applyEndpoint(const QString &hostOrUrl, Profile *profile) {
    QString host = hostOrUrl.trimmed();
    if (host.isEmpty())
        return;
    if (host.contains(QLatin1String("://")))
        host = QUrl(host).host();
    const QString china = QUrl(QLatin1String(Endpoint::DefaultUrl)).host();
    const QString intl = QUrl(QLatin1String(Endpoint::InternationalUrl)).host();
    if (host.compare(china, Qt::CaseInsensitive) == 0) {
        profile->endpointKind = EndpointKind::China;
    } else if (host.compare(intl, Qt::CaseInsensitive) == 0) {
        profile->endpointKind = EndpointKind::International;
    } else {
        profile->endpointKind = EndpointKind::Custom;
        profile->customUrl = hostOrUrl.contains(QLatin1String("://"))
                                 ? hostOrUrl.trimmed()
                                 : QLatin1String("https://") + host;
    }
}

} // namespace

QString TccliImport::defaultDirectory() {
    return QDir::home().filePath(QStringLiteral(".tccli"));
}

QStringList TccliImport::availableProfiles(const QString &directory) {
    const QDir dir(directory);
    QStringList names;
    const QStringList files =
        dir.entryList({QStringLiteral("*.credential")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &file : files)
        names.append(file.chopped(int(qstrlen(".credential"))));
    return names;
}

Result<TccliProfile> TccliImport::read(const QString &directory, const QString &name) {
    const QDir dir(directory);
    const Result<QJsonObject> credential =
        readJsonObject(dir.filePath(name + QLatin1String(".credential")), false);
    if (!credential)
        return credential.error();
    const Result<QJsonObject> configure =
        readJsonObject(dir.filePath(name + QLatin1String(".configure")), true);
    if (!configure)
        return configure.error();

    const QJsonObject &cred = credential.value();
    if (cred.value(QLatin1String("type")).toString() == QLatin1String("cvm-role") ||
        cred.contains(QLatin1String("role-arn")))
        return importError(tr("The tccli profile \"%1\" uses a role instead of a key pair; only "
                              "profiles with secretId and secretKey can be imported.")
                               .arg(name));
    TccliProfile imported;
    imported.name = name;
    imported.profile.name = name;
    imported.profile.secretId = cred.value(QLatin1String("secretId")).toString().trimmed();
    imported.secret.secretKey = cred.value(QLatin1String("secretKey")).toString().trimmed();
    imported.secret.sessionToken = cred.value(QLatin1String("token")).toString().trimmed();
    if (imported.profile.secretId.isEmpty() || imported.secret.secretKey.isEmpty())
        return importError(
            tr("The tccli profile \"%1\" has no secretId or no secretKey.").arg(name));

    const QJsonObject &conf = configure.value();
    const QJsonObject sys = conf.value(QLatin1String("_sys_param")).toObject();
    imported.profile.region = sys.value(QLatin1String("region")).toString();
    if (imported.profile.region.isEmpty()) // files written before _sys_param existed
        imported.profile.region = conf.value(QLatin1String("region")).toString();
    applyEndpoint(
        conf.value(QLatin1String("trro")).toObject().value(QLatin1String("endpoint")).toString(),
        &imported.profile);
    return imported;
}

void TccliImport::import(ProfileStore *profiles, const TccliProfile &imported,
                         const QString &asName, bool overwrite, QObject *context,
                         CredentialStore::DoneCallback callback) {
    Profile profile = imported.profile;
    profile.name = asName.isEmpty() ? imported.name : asName;
    if (!overwrite && profiles->contains(profile.name)) {
        QTimer::singleShot(0, context ? context : profiles, [callback, name = profile.name] {
            callback(ApiError::make(ApiError::Kind::Usage, QStringLiteral("Profile.Exists"),
                                    tr("A profile named \"%1\" already exists.").arg(name)));
        });
        return;
    }
    profiles->save(profile, imported.secret, context, std::move(callback));
}

} // namespace trro
