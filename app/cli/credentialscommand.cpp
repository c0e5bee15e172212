#include "credentialscommand.h"

#include "clisession.h"
#include "console.h"
#include "credentialstore.h"
#include "endpoint.h"
#include "profilestore.h"
#include "tccliimport.h"
#include "texttable.h"
#include "trroapi.h"

#include <QCommandLineParser>
#include <QDir>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <optional>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace trro::cli {
namespace {

#ifdef Q_OS_UNIX
// Restores the terminal's echo even when the user interrupts the prompt.
struct termios g_savedTerminal;
volatile std::sig_atomic_t g_echoOff = 0;

extern "C" void restoreEchoAndReraise(int signal) {
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

bool stdinIsTerminal() {
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

// One line of stdin without its line break; nullopt at end of input. On a terminal, `prompt`
// goes to stderr and, when hidden, the typed text is not echoed.
std::optional<QString> readLine(const QString &prompt, bool hidden) {
    const bool terminal = stdinIsTerminal();
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
#ifdef Q_OS_UNIX
    void (*previousInt)(int) = SIG_DFL;
    void (*previousTerm)(int) = SIG_DFL;
    if (terminal && hidden && tcgetattr(STDIN_FILENO, &g_savedTerminal) == 0) {
        struct termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= tcflag_t(ECHONL);
        previousInt = std::signal(SIGINT, restoreEchoAndReraise);
        previousTerm = std::signal(SIGTERM, restoreEchoAndReraise);
        g_echoOff = 1;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    QByteArray line;
    char buffer[512];
    bool any = false;
    while (std::fgets(buffer, sizeof buffer, stdin)) {
        any = true;
        line += buffer;
        if (line.endsWith('\n'))
            break;
    }
    std::memset(buffer, 0, sizeof buffer);
#ifdef Q_OS_UNIX
    if (g_echoOff) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
        g_echoOff = 0;
        std::signal(SIGINT, previousInt);
        std::signal(SIGTERM, previousTerm);
    }
#endif
    if (!any)
        return std::nullopt;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const QString text = QString::fromUtf8(line).trimmed();
    line.fill('\0');
    return text;
}

QString endpointText(const Profile &profile) {
    return profile.endpointKind == EndpointKind::Custom ? profile.customUrl
                                                        : endpointKindName(profile.endpointKind);
}

} // namespace

CredentialsCommand::CredentialsCommand(CliSession *session, QObject *parent)
    : Command(session, parent) {}

CredentialsCommand::~CredentialsCommand() = default;

void CredentialsCommand::addOptions(QCommandLineParser &parser) {
    parser.addOptions({
        {QStringLiteral("project"), tr("set: the profile's default project."), tr("ID")},
        {QStringLiteral("with-token"),
         tr("set: read a third line from stdin, the session token of temporary keys.")},
        {QStringLiteral("make-default"), tr("set, import-tccli: make this the default profile.")},
        {QStringLiteral("overwrite"),
         tr("import-tccli: replace a saved profile of the same name.")},
    });
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("set | delete | list | test | import-tccli"),
                                 tr("set|delete|list|test|import-tccli"));
}

bool CredentialsCommand::configure(const QCommandLineParser &parser, QString *error) {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        *error = tr("credentials expects one action: set, delete, list, test or import-tccli.");
        return false;
    }
    const QString &action = args.front();
    if (action == QLatin1String("set"))
        m_action = Action::Set;
    else if (action == QLatin1String("delete"))
        m_action = Action::Delete;
    else if (action == QLatin1String("list"))
        m_action = Action::List;
    else if (action == QLatin1String("test"))
        m_action = Action::Test;
    else if (action == QLatin1String("import-tccli"))
        m_action = Action::ImportTccli;
    else {
        *error = tr("Unknown credentials action \"%1\" (set, delete, list, test or "
                    "import-tccli).")
                     .arg(action);
        return false;
    }
    m_overwrite = parser.isSet(QStringLiteral("overwrite"));
    m_withToken = parser.isSet(QStringLiteral("with-token"));
    m_makeDefault = parser.isSet(QStringLiteral("make-default"));
    m_projectId = parser.value(QStringLiteral("project")).trimmed();
    const GlobalOptions &options = session()->options();
    m_profileName = options.profile;
    if (options.demo) {
        *error = tr("credentials does not work with --demo (the demo has its own key).");
        return false;
    }
    if ((m_action == Action::Set || m_action == Action::ImportTccli) && m_profileName.isEmpty())
        m_profileName = QStringLiteral("default");
    if (m_action == Action::Delete && m_profileName.isEmpty()) {
        *error = tr("credentials delete needs --profile NAME.");
        return false;
    }
    if ((m_action == Action::Set || m_action == Action::Delete ||
         m_action == Action::ImportTccli) &&
        !ProfileStore::isValidName(m_profileName, error))
        return false;
    if (m_action == Action::Set && !options.endpoint.isEmpty()) {
        const auto kind = parseEndpointKind(options.endpoint);
        if (kind == EndpointKind::Custom) {
            *error = tr("--endpoint takes china, international or the URL of the endpoint.");
            return false;
        }
        if (!kind && !Endpoint::parse(options.endpoint, error).isValid())
            return false;
    }
    return true;
}

ProfileStore *CredentialsCommand::profiles() {
    if (!m_profiles) {
        m_keychain = new CredentialStore(this);
        m_profiles = new ProfileStore(m_keychain, this);
    }
    return m_profiles;
}

void CredentialsCommand::start() {
    switch (m_action) {
    case Action::Set:
        runSet();
        return;
    case Action::Delete:
        runDelete();
        return;
    case Action::List:
        runList();
        return;
    case Action::Test:
        runTest();
        return;
    case Action::ImportTccli:
        runImportTccli();
        return;
    }
}

void CredentialsCommand::failKeychain(const ApiError &error) {
    if (CredentialStore::isUnavailable(error)) {
        Console::instance().error(error.userMessage());
        Console::instance().info(
            tr("Without a keychain, set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY in "
               "the environment instead; trro-stats never stores keys in a plain file."));
        finish(ExitCredentials);
        return;
    }
    failWith(error);
}

void CredentialsCommand::runSet() {
    const std::optional<QString> secretId = readLine(tr("SecretId: "), false);
    const std::optional<QString> secretKey = readLine(tr("SecretKey (not shown): "), true);
    std::optional<QString> token;
    if (m_withToken)
        token = readLine(tr("Session token (not shown): "), true);
    if (!secretId || !secretKey || secretId->isEmpty() || secretKey->isEmpty() ||
        (m_withToken && (!token || token->isEmpty()))) {
        Console::instance().error(
            m_withToken ? tr("credentials set reads three lines from stdin: the SecretId, the "
                             "SecretKey and the session token.")
                        : tr("credentials set reads two lines from stdin: the SecretId, then the "
                             "SecretKey."));
        finish(ExitUsage);
        return;
    }
    ProfileSecret secret;
    secret.secretKey = *secretKey;
    secret.sessionToken = token.value_or(QString());
    Console::instance().addSecret(secret.secretKey);
    Console::instance().addSecret(secret.sessionToken);

    const GlobalOptions &options = session()->options();
    Profile profile = profiles()->profile(m_profileName).value_or(Profile{});
    profile.name = m_profileName;
    profile.secretId = *secretId;
    if (!options.region.isEmpty())
        profile.region = options.region;
    if (!options.endpoint.isEmpty()) {
        if (const auto kind = parseEndpointKind(options.endpoint)) {
            profile.endpointKind = *kind;
            profile.customUrl.clear();
        } else {
            profile.endpointKind = EndpointKind::Custom;
            profile.customUrl = Endpoint::parse(options.endpoint).toString();
        }
    }
    if (!m_projectId.isEmpty())
        profile.defaultProject = m_projectId;
    profiles()->save(profile, secret, this, [this, profile](const ApiError &error) {
        if (error.isError()) {
            failKeychain(error);
            return;
        }
        if (m_makeDefault)
            profiles()->setDefaultProfile(profile.name);
        const bool isDefault = profiles()->defaultProfile() == profile.name;
        Console::instance().info(
            (isDefault ? tr("Saved profile \"%1\" (SecretId %2, the default profile); the "
                            "SecretKey is in the keychain.")
                       : tr("Saved profile \"%1\" (SecretId %2); the SecretKey is in the "
                            "keychain."))
                .arg(profile.name, profile.secretId));
        finish(ExitOk);
    });
}

void CredentialsCommand::runDelete() {
    if (!profiles()->contains(m_profileName)) {
        Console::instance().error(tr("There is no profile named \"%1\".").arg(m_profileName));
        finish(ExitUsage);
        return;
    }
    profiles()->remove(m_profileName, this, [this](const ApiError &error) {
        if (error.isError()) {
            failKeychain(error);
            return;
        }
        Console::instance().info(
            tr("Deleted profile \"%1\" and its keychain entries.").arg(m_profileName));
        finish(ExitOk);
    });
}

void CredentialsCommand::runList() {
    // Settings only: listing never needs the keychain and never shows a key.
    const QStringList names = profiles()->names();
    if (names.isEmpty()) {
        Console::instance().info(tr("No saved profiles. Add one with \"trro-stats credentials "
                                    "set --profile NAME\"."));
        finish(ExitOk);
        return;
    }
    const QString defaultName = profiles()->defaultProfile();
    TextTable table;
    table.setHeader({tr("Profile"), tr("SecretId"), tr("Region"), tr("Endpoint"),
                     tr("Default project"), tr("Default")});
    for (const QString &name : names) {
        const std::optional<Profile> p = profiles()->profile(name);
        if (!p)
            continue;
        table.addRow({p->name, p->secretId, p->region, endpointText(*p), p->defaultProject,
                      name == defaultName ? tr("yes") : QString()});
    }
    std::fputs(table.toString().toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
    finish(ExitOk);
}

void CredentialsCommand::runTest() {
    session()->api()->projects(this, [this](const Result<QList<Project>> &result) {
        if (!result.ok()) {
            failWith(result.error(), tr("DescribeProjectList failed"));
            return;
        }
        Console::instance().info(tr("The credentials work: DescribeProjectList answered with "
                                    "%n project(s).",
                                    nullptr, int(result.value().size())));
        finish(ExitOk);
    });
}

void CredentialsCommand::runImportTccli() {
    const QString directory = TccliImport::defaultDirectory();
    const Result<TccliProfile> imported = TccliImport::read(directory, m_profileName);
    if (!imported.ok()) {
        Console::instance().error(imported.error().message);
        const QStringList available = TccliImport::availableProfiles(directory);
        if (!available.isEmpty())
            Console::instance().info(
                tr("tccli profiles in %1: %2")
                    .arg(QDir::toNativeSeparators(directory), available.join(QLatin1String(", "))));
        finish(ExitCredentials);
        return;
    }
    const TccliProfile &profile = imported.value();
    Console::instance().addSecret(profile.secret.secretKey);
    Console::instance().addSecret(profile.secret.sessionToken);
    TccliImport::import(
        profiles(), profile, m_profileName, m_overwrite, this, [this, profile](const ApiError &e) {
            if (e.isError()) {
                if (e.code == QLatin1String("Profile.Exists")) {
                    Console::instance().error(e.message + QLatin1Char(' ') +
                                              tr("Add --overwrite to replace it."));
                    finish(ExitUsage);
                    return;
                }
                failKeychain(e);
                return;
            }
            if (m_makeDefault)
                profiles()->setDefaultProfile(m_profileName);
            Console::instance().info(
                tr("Imported the tccli profile \"%1\" (SecretId %2, "
                   "region %3); the SecretKey is in the keychain.")
                    .arg(m_profileName, profile.profile.secretId,
                         profile.profile.region.isEmpty() ? tr("none") : profile.profile.region));
            finish(ExitOk);
        });
}

} // namespace trro::cli
