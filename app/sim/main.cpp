// trro-sim: the local TRRO service as a stand-alone program, for demos and manual testing.
#include "fleet.h"
#include "localservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;
using trro::sim::LocalService;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("trro-sim", text);
}

int usageError(const QString &message) {
    QTextStream(stderr) << message << u'\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"trro-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TRRO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Local TRRO service with a synthetic fleet. The accepted key comes from "
           "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (with TENCENTCLOUD_SESSION_TOKEN "
           "for a temporary key), else the built-in demo key."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, tr("TCP port on 127.0.0.1 (0: any free port)."),
                                  u"N"_s, u"0"_s);
    const QCommandLineOption devices(u"devices"_s, tr("Vehicles in the demo project."), u"N"_s,
                                     u"300"_s);
    const QCommandLineOption seed(u"seed"_s, tr("Seed of the synthetic fleet."), u"N"_s,
                                  u"20220325"_s);
    const QCommandLineOption rate(u"rate"_s, tr("Requests per second per action (0: no limit)."),
                                  u"R"_s, u"20"_s);
    const QCommandLineOption pageCap(u"page-size-cap"_s, tr("Largest PageSize served."), u"N"_s,
                                     u"100"_s);
    const QCommandLineOption failRate(
        u"fail-rate"_s, tr("Share of requests answered with a fault (0..1)."), u"F"_s, u"0"_s);
    const QCommandLineOption faults(
        u"faults"_s, tr("Faults to inject: 5xx,internal,malformed,slow,drop,ratelimit."), u"LIST"_s,
        u"5xx,internal,malformed,slow,drop,ratelimit"_s);
    const QCommandLineOption slowMs(u"slow-ms"_s, tr("Delay of slow answers in milliseconds."),
                                    u"N"_s, u"3000"_s);
    const QCommandLineOption clockOffset(
        u"clock-offset"_s, tr("Offset of the service's clock in seconds."), u"SEC"_s, u"0"_s);
    const QCommandLineOption example(u"example"_s,
                                     tr("Answer with the published example responses."));
    parser.addOptions(
        {port, devices, seed, rate, pageCap, failRate, faults, slowMs, clockOffset, example});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    bool ok = true;
    const auto number = [&](const QCommandLineOption &option, qint64 minimum, qint64 maximum) {
        bool valid = false;
        const qint64 value = parser.value(option).toLongLong(&valid);
        if (!valid || value < minimum || value > maximum) {
            usageError(tr("Invalid value for --%1: %2")
                           .arg(option.names().constFirst(), parser.value(option)));
            ok = false;
        }
        return value;
    };
    const auto real = [&](const QCommandLineOption &option, double minimum, double maximum) {
        bool valid = false;
        const double value = parser.value(option).toDouble(&valid);
        if (!valid || value < minimum || value > maximum) {
            usageError(tr("Invalid value for --%1: %2")
                           .arg(option.names().constFirst(), parser.value(option)));
            ok = false;
        }
        return value;
    };

    trro::sim::ServiceOptions options;
    const quint16 portNumber = quint16(number(port, 0, 65535));
    const qint64 seedValue = number(seed, 0, std::numeric_limits<qint64>::max());
    options.fleet =
        trro::sim::FleetConfig::standard(int(number(devices, 1, 20000)), quint64(seedValue));
    options.ratePerSecond = real(rate, 0, 100000);
    options.pageSizeCap = int(number(pageCap, 1, 100000));
    options.faults.failureRate = real(failRate, 0, 1);
    options.faults.slowMs = int(number(slowMs, 0, 600000));
    options.faults.seed = quint64(seedValue);
    options.clockOffsetSec = number(clockOffset, -100LL * 365 * 86400, 100LL * 365 * 86400);
    options.exampleMode = parser.isSet(example);
    const QStringList faultList = parser.value(faults).split(u',', Qt::SkipEmptyParts);
    const QStringList known = {u"5xx"_s,  u"internal"_s, u"malformed"_s,
                               u"slow"_s, u"drop"_s,     u"ratelimit"_s};
    for (const QString &f : faultList) {
        if (!known.contains(f.trimmed())) {
            usageError(tr("Unknown fault: %1").arg(f));
            ok = false;
        }
    }
    if (!ok)
        return 2;
    const auto has = [&](const QString &name) {
        return faultList.contains(name) || faultList.contains(u' ' + name);
    };
    options.faults.http5xx = has(u"5xx"_s);
    options.faults.internalError = has(u"internal"_s);
    options.faults.malformedJson = has(u"malformed"_s);
    options.faults.slow = has(u"slow"_s);
    options.faults.dropConnection = has(u"drop"_s);
    options.faults.rateLimit = has(u"ratelimit"_s);

    trro::Credentials key = trro::Credentials::fromEnvironment();
    const bool fromEnvironment = key.isComplete();
    if (!fromEnvironment)
        key = LocalService::demoCredentials();
    options.keys = {key};

    LocalService service(options);
    if (!service.listen(QHostAddress::LocalHost, portNumber)) {
        QTextStream(stderr) << tr("Cannot listen on 127.0.0.1:%1.").arg(portNumber) << u'\n';
        return 1;
    }
    QTextStream out(stdout);
    out << tr("TRRO local service listening on %1").arg(service.url().toString()) << u'\n';
    out << (fromEnvironment
                ? tr("Accepting SecretId %1 (from the environment%2)")
                      .arg(key.secretId,
                           key.sessionToken.isEmpty() ? QString() : tr(", temporary key"))
                : tr("Accepting the demo SecretId %1").arg(key.secretId))
        << u'\n';
    out << tr("Demo project: %1").arg(LocalService::demoProjectId()) << u'\n';
    out.flush();
    return app.exec();
}
