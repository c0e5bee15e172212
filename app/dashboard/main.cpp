// trro-dashboard: parses the command line, sets up the API stack (or the in-process demo
// service) and opens the main window.

#include "apiclient.h"
#include "apicontext.h"
#include "appsettings.h"
#include "apptheme.h"
#include "cachedstats.h"
#include "credentialresolver.h"
#include "credentials/credentialscontroller.h"
#include "credentialstore.h"
#include "live/livecontroller.h"
#include "localization.h"
#include "localservice.h"
#include "mainwindow.h"
#include "pgurl.h"
#include "profilestore.h"
#include "timespec.h"
#include "viewlink.h"
#include "viewlinkhandoff.h"
#include "viewtools.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QScreen>
#include <QStandardPaths>
#include <QThread>
#include <cstdio>
#include <memory>

using namespace trro;

namespace {

struct Arguments {
    bool demo = false;
    bool wall = false; // --wall: the wall display instead of the window
    QString endpoint;
    QString profile;
    QString store; // --store: the shared history store for this run
    StartOptions start;
    QString link; // trro-dashboard://open?...: opened in the running dashboard, else here
    QString page; // --page: fleet | now | usage
    qint64 whyFrom = 0, whyTo = 0; // --why FROM..TO
};

int usageError(const QString &message) {
    std::fprintf(stderr, "trro-dashboard: %s\n", qUtf8Printable(message));
    return 2;
}

QString text(const char *source) { // source: a QT_TRANSLATE_NOOP("main", ...) literal
    return QCoreApplication::translate("main", source);
}

// The dashboard's own options.
struct Options {
    const QCommandLineOption demo{
        QStringLiteral("demo"),
        text(QT_TRANSLATE_NOOP("main", "Start the built-in local TRRO service with demo data."))};
    const QCommandLineOption wall{
        QStringLiteral("wall"),
        text(QT_TRANSLATE_NOOP("main", "Full-screen wall display of the project's running "
                                       "sessions, today's figures and alerts (Esc: the window)."))};
    const QCommandLineOption endpoint{
        QStringLiteral("endpoint"),
        text(QT_TRANSLATE_NOOP("main", "API endpoint (default: TRRO_ENDPOINT or %1)."))
            .arg(QLatin1String(Endpoint::DefaultUrl)),
        QStringLiteral("URL")};
    const QCommandLineOption profile{QStringLiteral("profile"),
                                     text(QT_TRANSLATE_NOOP("main", "Credentials profile.")),
                                     QStringLiteral("NAME")};
    const QCommandLineOption project{QStringLiteral("project"),
                                     text(QT_TRANSLATE_NOOP("main", "Project to open.")),
                                     QStringLiteral("ID")};
    const QCommandLineOption interval{
        QStringLiteral("interval"),
        text(QT_TRANSLATE_NOOP("main", "Statistic interval: hour, day or month.")),
        QStringLiteral("hour|day|month")};
    const QCommandLineOption from{QStringLiteral("from"),
                                  text(QT_TRANSLATE_NOOP("main", "Start of the range.")),
                                  QStringLiteral("T")};
    const QCommandLineOption to{QStringLiteral("to"),
                                text(QT_TRANSLATE_NOOP("main", "End of the range.")),
                                QStringLiteral("T")};
    const QCommandLineOption device{
        QStringLiteral("device"),
        text(QT_TRANSLATE_NOOP("main", "Device to overlay on the fleet (repeatable).")),
        QStringLiteral("ID")};
    const QCommandLineOption store{
        QStringLiteral("store"),
        text(QT_TRANSLATE_NOOP("main", "Shared history store to read statistics from (a "
                                       "PostgreSQL URL; default: the setting).")),
        QStringLiteral("URL")};
    const QCommandLineOption page{
        QStringLiteral("page"),
        text(QT_TRANSLATE_NOOP("main", "Page to open first: fleet, now (the running sessions) "
                                       "or usage (minutes by tier and licences).")),
        QStringLiteral("fleet|now|usage")};
    const QCommandLineOption why{
        QStringLiteral("why"),
        text(QT_TRANSLATE_NOOP("main", "Ask why the fleet's quality changed over a span (both "
                                       "times as for --from and --to), against the same length "
                                       "just before, and show the answer in the Why panel.")),
        QStringLiteral("FROM..TO")};
    const QCommandLineOption lang{
        QStringLiteral("lang"),
        text(QT_TRANSLATE_NOOP("main", "Language: zh_CN or en (default: the system's language).")),
        QStringLiteral("LANG")};
};

// What to show first: project, interval, range and overlaid devices. -1, or the exit code of
// a usage error.
int readStartView(const QCommandLineParser &parser, const Options &o, StartOptions *start) {
    start->projectId = parser.value(o.project);
    if (parser.isSet(o.interval)) {
        Interval value = Interval::Day;
        if (!parseInterval(parser.value(o.interval), &value))
            return usageError(
                text(QT_TRANSLATE_NOOP("main", "--interval must be hour, day or month.")));
        start->interval = value;
    }
    if (parser.isSet(o.from) || parser.isSet(o.to)) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        qint64 end = now.toSecsSinceEpoch();
        QString error;
        const QTimeZone zone = QTimeZone::systemTimeZone();
        if (parser.isSet(o.to) && !parseTimeSpec(parser.value(o.to), now, &end, &error, zone))
            return usageError(QStringLiteral("--to: ") % error);
        qint64 begin = end - 7 * 86400;
        if (parser.isSet(o.from) && !parseTimeSpec(parser.value(o.from), now, &begin, &error, zone))
            return usageError(QStringLiteral("--from: ") % error);
        if (end <= begin)
            return usageError(text(QT_TRANSLATE_NOOP("main", "--from must be before --to.")));
        start->range = TimeWindow{begin, end};
    }
    if (parser.isSet(o.device)) {
        QStringList ids;
        const QStringList values = parser.values(o.device);
        for (const QString &value : values) {
            for (const QString &id : value.split(u',', Qt::SkipEmptyParts))
                ids << id.trimmed();
        }
        start->deviceIds = ids;
    }
    return -1;
}

// --why FROM..TO: a question asked once the project is open. -1, or a usage error's code.
int readWhy(const QCommandLineParser &parser, const Options &o, Arguments *args) {
    if (!parser.isSet(o.why))
        return -1;
    const QStringList parts = parser.value(o.why).split(QStringLiteral(".."));
    if (parts.size() != 2)
        return usageError(text(QT_TRANSLATE_NOOP("main", "--why takes FROM..TO.")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    QString error;
    if (!parseTimeSpec(parts.at(0).trimmed(), now, &args->whyFrom, &error, zone) ||
        !parseTimeSpec(parts.at(1).trimmed(), now, &args->whyTo, &error, zone))
        return usageError(QStringLiteral("--why: ") % error);
    if (args->whyTo <= args->whyFrom || args->whyTo - args->whyFrom > 31 * 86400)
        return usageError(text(QT_TRANSLATE_NOOP(
            "main", "--why: the span must be longer than 0 and at most 31 days.")));
    return -1;
}

// Returns -1 when the window should open, else the exit code (--help, --version, errors).
int parseArguments(const QStringList &arguments, Arguments *args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(text(QT_TRANSLATE_NOOP(
        "main", "Fleet dashboard for Tencent Cloud Real-time Remote Operation (TRRO).\n"
                "Credentials: --profile, else TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY "
                "(+ TENCENTCLOUD_SESSION_TOKEN, TENCENTCLOUD_REGION), else the default profile.\n"
                "Times: unix seconds, ISO-8601 with Z or an offset, YYYY-MM-DD or "
                "YYYY-MM-DDTHH:MM in the system's time zone, today, yesterday, or relative "
                "(now, -24h, -7d, -2w; -1d@d snaps to the start of the day).")));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("link"),
        text(QT_TRANSLATE_NOOP("main", "A dashboard link (trro-dashboard://open?...) to open; "
                                       "a dashboard already running opens it instead.")),
        QStringLiteral("[link]"));
    const Options o;
    parser.addOptions({o.demo, o.wall, o.endpoint, o.profile, o.project, o.interval, o.from, o.to,
                       o.device, o.store, o.page, o.why, o.lang});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("trro-dashboard %s\n", TRRO_VERSION);
        return 0;
    }
    if (parser.isSet(o.lang) && !isSupportedLanguage(parser.value(o.lang)))
        return usageError(text(QT_TRANSLATE_NOOP("main", "--lang must be zh_CN or en, not \"%1\"."))
                              .arg(parser.value(o.lang)));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() == 1 && ViewLinks::looksLikeLink(positional.constFirst()))
        args->link = positional.constFirst();
    else if (!positional.isEmpty())
        return usageError(text(QT_TRANSLATE_NOOP("main", "unexpected argument: %1"))
                              .arg(positional.constFirst()));

    if (parser.isSet(o.page) && !MainWindow::startPages().contains(parser.value(o.page)))
        return usageError(
            text(QT_TRANSLATE_NOOP("main", "--page must be fleet, now or usage, not \"%1\"."))
                .arg(parser.value(o.page)));
    args->page = parser.value(o.page);
    args->demo = parser.isSet(o.demo);
    args->wall = parser.isSet(o.wall);
    args->endpoint = parser.value(o.endpoint);
    args->profile = parser.value(o.profile);
    if (parser.isSet(o.store)) {
        QString why;
        if (!PgLocation::parse(parser.value(o.store), &why).isValid())
            return usageError(QStringLiteral("--store: ") % why);
        args->store = parser.value(o.store);
    }
    if (args->demo && (!args->endpoint.isEmpty() || !args->profile.isEmpty()))
        return usageError(text(QT_TRANSLATE_NOOP(
            "main", "--demo runs its own local service and its own key; it cannot be "
                    "combined with --endpoint or --profile.")));
    if (const int code = readWhy(parser, o, args); code >= 0)
        return code;
    return readStartView(parser, o, &args->start);
}

// Options of QGuiApplication itself (QGuiApplication takes them out of argv); those that take
// a value are followed by it.
QStringList withoutQtOptions(const QStringList &arguments) {
    static const QStringList withValue{
        QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
        QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"),
        QStringLiteral("-qwindowtitle"),    QStringLiteral("-display"),
        QStringLiteral("-geometry"),        QStringLiteral("-style"),
        QStringLiteral("-stylesheet"),      QStringLiteral("-session")};
    static const QStringList flags{QStringLiteral("-reverse"), QStringLiteral("-nograb"),
                                   QStringLiteral("-dograb"), QStringLiteral("-sync")};
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (i > 0 && withValue.contains(a)) {
            ++i;
            continue;
        }
        if (i > 0 && (flags.contains(a) || a.startsWith(QLatin1String("-style=")) ||
                      a.startsWith(QLatin1String("-stylesheet="))))
            continue;
        out << a;
    }
    return out;
}

void setApplicationNames() {
    // The same settings file as trro-stats and the credential profiles.
    QCoreApplication::setOrganizationName(QLatin1String(ProfileStore::SettingsOrganization));
    QCoreApplication::setApplicationName(QLatin1String(ProfileStore::SettingsApplication));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRRO_VERSION));
}

void installLanguage(const AppSettings &settings) {
    const QString language = languageArgument(QCoreApplication::arguments());
    installTranslations(language.isEmpty() ? settings.value(AppSettings::Language) : language);
}

// The demo service starts anew on another port each run: no cache worth keeping.
// The shared history store: --store, else the setting (one that does not parse is left out;
// the store's banner would not help there).
ApiStackOptions stackOptionsFor(bool demo, const QString &store, const AppSettings &settings) {
    ApiStackOptions options;
    options.cacheEnabled = !demo;
    QString ignored;
    if (!demo)
        options.sharedStore = PgLocation::parse(
            store.isEmpty() ? settings.value(AppSettings::SharedStore) : store, &ignored);
    return options;
}

// The window with its API stack and credentials; a link from the command line or from a second
// start (through the local socket) opens in it. Returns the exit code of the event loop.
int runWindow(Arguments &args, AppSettings &settings, const QUrl &serviceUrl) {
    ApiContext context(stackOptionsFor(args.demo, args.store, settings));
    CredentialStore keychain;
    ProfileStore profiles(&keychain);
    CredentialResolver resolver(&profiles);
    MainWindow window(&context, &settings);
    if (!args.page.isEmpty())
        window.setStartPage(args.page); // shown once the project is open
    window.applyStartOptions(args.start);
    if (args.whyTo > args.whyFrom)
        window.setStartWhy(args.whyFrom, args.whyTo);
    std::unique_ptr<CredentialsController> credentialsUi;

    if (args.demo) {
        window.setProfiles({QCoreApplication::translate("main", "Demo")}, {});
        context.configure(Endpoint::parse(serviceUrl.toString()),
                          sim::LocalService::demoCredentials(),
                          QCoreApplication::translate("main", "Demo"));
    } else {
        // Credentials (resolution, welcome page, Profile box, credentials dialog, keychain
        // banner) are wired in by ui/credentials/credentialscontroller.
        credentialsUi =
            std::make_unique<CredentialsController>(&window, &context, &profiles, &resolver);
        credentialsUi->start(args.start, args.profile, args.endpoint);
    }

    if (!settings.contains(AppSettings::WindowGeometry)) {
        const QRect screen = window.screen()->availableGeometry();
        window.resize(std::min(1560, screen.width() * 95 / 100),
                      std::min(980, screen.height() * 95 / 100));
        window.move(screen.center() - window.rect().center());
    }
    if (args.wall)
        window.live()->showWall(); // Esc shows the window
    else
        window.show();
    window.start();
    ViewLinkHandOff handOff;
    handOff.listen();
    QObject::connect(&handOff, &ViewLinkHandOff::linkReceived, &window,
                     [&window](const QString &link) { window.viewTools()->openLink(link); });
    QObject::connect(&handOff, &ViewLinkHandOff::activationRequested, &window, [&window] {
        window.raise();
        window.activateWindow();
    });
    if (!args.link.isEmpty())
        window.viewTools()->openLink(args.link);
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[]) {
    // The command line is read before there is a QApplication: --help, --version and usage
    // errors need no display.
    Arguments args;
    {
        QCoreApplication preflight(argc, argv);
        setApplicationNames();
        AppSettings settings;
        installLanguage(settings);
        if (const int code = parseArguments(withoutQtOptions(QCoreApplication::arguments()), &args);
            code >= 0)
            return code;
        // One dashboard per user: a link goes to the one already running.
        if (!args.link.isEmpty() &&
            ViewLinkHandOff::sendToRunning(ViewLinkHandOff::defaultServerName(), args.link))
            return 0;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.trro_dashboard.TrroDashboard"));

    AppSettings settings;
    installLanguage(settings);
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "TRRO Dashboard"));

    AppTheme::Choice theme = AppTheme::Choice::System;
    if (AppTheme::parseKey(settings.value(AppSettings::Theme), &theme))
        AppTheme::apply(theme);

    // --demo: the local service answers on 127.0.0.1 from its own thread, so that building
    // its answers never holds up the window.
    QThread serviceThread;
    serviceThread.setObjectName(QStringLiteral("demo-service"));
    sim::LocalService *service = nullptr;
    QUrl serviceUrl;
    if (args.demo) {
        service = new sim::LocalService;
        service->moveToThread(&serviceThread);
        QObject::connect(&serviceThread, &QThread::finished, service, &QObject::deleteLater);
        serviceThread.start();
        bool listening = false;
        QMetaObject::invokeMethod(
            service,
            [service, &listening, &serviceUrl] {
                service->setOptions(
                    sim::LocalService::demoOptions(QDateTime::currentDateTime().offsetFromUtc(),
                                                   QDateTime::currentSecsSinceEpoch()));
                listening = service->listen();
                serviceUrl = service->url();
            },
            Qt::BlockingQueuedConnection);
        if (!listening) {
            serviceThread.quit();
            serviceThread.wait();
            return usageError(QCoreApplication::translate(
                "main", "the demo service could not listen on 127.0.0.1."));
        }
        if (args.start.projectId.isEmpty())
            args.start.projectId = sim::LocalService::demoProjectId();
    }

    const int code = runWindow(args, settings, serviceUrl);

    if (service) {
        serviceThread.quit(); // the service is deleted in its thread
        serviceThread.wait();
    }
    return code;
}
