#pragma once

#include "credentialstore.h"
#include "profilestore.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace trro {

// A profile as tccli (the Tencent Cloud command line) keeps it: ~/.tccli/<name>.credential
// (JSON: secretId, secretKey, optional token) and ~/.tccli/<name>.configure (JSON: region under
// "_sys_param", and per service {"endpoint", "version"}; the "trro" entry gives the endpoint).
struct TccliProfile {
    QString name;
    Profile profile;      // name, SecretId, region, endpoint (no default project)
    ProfileSecret secret; // key and token, for the keychain only
};

// Imports tccli profiles. Reads the user's tccli files and never writes, moves or deletes them.
class TccliImport final {
    Q_DECLARE_TR_FUNCTIONS(trro::TccliImport)

public:
    static QString defaultDirectory(); // $HOME/.tccli
    // The profile names that have a .credential file, sorted.
    static QStringList availableProfiles(const QString &directory = defaultDirectory());
    // Reads <directory>/<name>.credential and (when present) <name>.configure.
    static Result<TccliProfile> read(const QString &directory, const QString &name);
    // Saves `imported` as profile `asName` (empty: the tccli name): the key into the keychain,
    // the rest into the profile settings (ProfileStore::save). An existing profile of that
    // name is an error unless overwrite is true.
    static void import(ProfileStore *profiles, const TccliProfile &imported, const QString &asName,
                       bool overwrite, QObject *context, CredentialStore::DoneCallback callback);

private:
    TccliImport() = delete;
};

} // namespace trro
