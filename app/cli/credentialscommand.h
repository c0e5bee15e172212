#pragma once

#include "command.h"

namespace trro {
class CredentialStore;
class ProfileStore;
} // namespace trro

namespace trro::cli {

// credentials set|delete|list|test|import-tccli [--profile NAME]
//   set     reads the SecretId and the SecretKey from stdin (two lines; with --with-token a
//           third line holds the session token); on a terminal it prompts and does not echo
//           the secret. --region, --endpoint (china, international or a URL) and --project are
//           kept with the profile; --make-default makes it the default profile.
//   delete  removes the profile and its keychain entries (--profile is required).
//   list    the profiles with their SecretId, region and endpoint; never a key.
//   test    DescribeProjectList with the credentials the other commands would use.
//   import-tccli  the tccli profile NAME (default "default") from ~/.tccli, as the dashboard's
//           import does: the key into the keychain, SecretId, region and endpoint into the
//           profile of the same name (--overwrite replaces one that exists).
// Keychain problems are reported with what to install or start (exit status 3).
class CredentialsCommand final : public Command {
    Q_OBJECT
public:
    explicit CredentialsCommand(CliSession *session, QObject *parent = nullptr);
    ~CredentialsCommand() override;

    void addOptions(QCommandLineParser &parser) override;
    bool configure(const QCommandLineParser &parser, QString *error) override;
    bool needsService() const override { return m_action == Action::Test; }
    void start() override;

private:
    enum class Action { Set, Delete, List, Test, ImportTccli };

    void runSet();
    void runDelete();
    void runList();
    void runTest();
    void runImportTccli();
    void failKeychain(const ApiError &error);
    ProfileStore *profiles();

    Action m_action = Action::List;
    bool m_withToken = false;
    bool m_makeDefault = false;
    bool m_overwrite = false;
    QString m_profileName;
    CredentialStore *m_keychain = nullptr;
    ProfileStore *m_profiles = nullptr;
};

} // namespace trro::cli
