// trro-sim: the local TRRO service as a stand-alone program, for demos and manual testing.
#include "degradation.h"
#include "fleet.h"
#include "localservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
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

// The command line: the options and what they set in ServiceOptions.
class Arguments final {
public:
    Arguments();
    QCommandLineParser parser;
    // False after a usage error was printed.
    bool read(trro::sim::ServiceOptions *options, quint16 *port);

private:
    qint64 number(const QCommandLineOption &option, qint64 minimum, qint64 maximum);
    double real(const QCommandLineOption &option, double minimum, double maximum);
    bool readFaults(trro::sim::ServiceOptions *options);

    const QCommandLineOption m_port{u"port"_s, tr("TCP port on 127.0.0.1 (0: any free port)."),
                                    u"N"_s, u"0"_s};
    const QCommandLineOption m_devices{u"devices"_s, tr("Vehicles in the demo project."), u"N"_s,
                                       u"300"_s};
    const QCommandLineOption m_seed{u"seed"_s, tr("Seed of the synthetic fleet."), u"N"_s,
                                    u"20220325"_s};
    const QCommandLineOption m_rate{u"rate"_s, tr("Requests per second per action (0: no limit)."),
                                    u"R"_s, u"20"_s};
    const QCommandLineOption m_pageCap{u"page-size-cap"_s, tr("Largest PageSize served."), u"N"_s,
                                       u"100"_s};
    const QCommandLineOption m_failRate{
        u"fail-rate"_s, tr("Share of requests answered with a fault (0..1)."), u"F"_s, u"0"_s};
    const QCommandLineOption m_faults{
        u"faults"_s, tr("Faults to inject: 5xx,internal,malformed,slow,drop,ratelimit."), u"LIST"_s,
        u"5xx,internal,malformed,slow,drop,ratelimit"_s};
    const QCommandLineOption m_slowMs{u"slow-ms"_s, tr("Delay of slow answers in milliseconds."),
                                      u"N"_s, u"3000"_s};
    const QCommandLineOption m_clockOffset{
        u"clock-offset"_s, tr("Offset of the service's clock in seconds."), u"SEC"_s, u"0"_s};
    const QCommandLineOption m_example{u"example"_s,
                                       tr("Answer with the published example responses.")};
    const QCommandLineOption m_degrade{
        u"degrade"_s,
        tr("Make the sessions of a vehicle, a cockpit or a resolution that start in a span bad, "
           "details included: KIND=VALUE@FROM..TO with KIND field, remote or resolution, FROM "
           "and TO unix seconds, ISO 8601 or relative to now (-26h, -1d@d, now). Repeatable."),
        u"SPEC"_s};
    bool m_ok = true;
};

Arguments::Arguments() {
    parser.setApplicationDescription(
        tr("Local TRRO service with a synthetic fleet. The accepted key comes from "
           "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (with TENCENTCLOUD_SESSION_TOKEN "
           "for a temporary key), else the built-in demo key."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({m_port, m_devices, m_seed, m_rate, m_pageCap, m_failRate, m_faults, m_slowMs,
                       m_clockOffset, m_example, m_degrade});
}

qint64 Arguments::number(const QCommandLineOption &option, qint64 minimum, qint64 maximum) {
    bool valid = false;
    const qint64 value = parser.value(option).toLongLong(&valid);
    if (!valid || value < minimum || value > maximum) {
        usageError(tr("Invalid value for --%1: %2")
                       .arg(option.names().constFirst(), parser.value(option)));
        m_ok = false;
    }
    return value;
}

double Arguments::real(const QCommandLineOption &option, double minimum, double maximum) {
    bool valid = false;
    const double value = parser.value(option).toDouble(&valid);
    if (!valid || value < minimum || value > maximum) {
        usageError(tr("Invalid value for --%1: %2")
                       .arg(option.names().constFirst(), parser.value(option)));
        m_ok = false;
    }
    return value;
}

bool Arguments::readFaults(trro::sim::ServiceOptions *options) {
    const QStringList faultList = parser.value(m_faults).split(u',', Qt::SkipEmptyParts);
    const QStringList known = {u"5xx"_s,  u"internal"_s, u"malformed"_s,
                               u"slow"_s, u"drop"_s,     u"ratelimit"_s};
    bool ok = true;
    for (const QString &f : faultList) {
        if (!known.contains(f.trimmed())) {
            usageError(tr("Unknown fault: %1").arg(f));
            ok = false;
        }
    }
    const auto has = [&](const QString &name) {
        return faultList.contains(name) || faultList.contains(u' ' + name);
    };
    options->faults.http5xx = has(u"5xx"_s);
    options->faults.internalError = has(u"internal"_s);
    options->faults.malformedJson = has(u"malformed"_s);
    options->faults.slow = has(u"slow"_s);
    options->faults.dropConnection = has(u"drop"_s);
    options->faults.rateLimit = has(u"ratelimit"_s);
    return ok;
}

bool Arguments::read(trro::sim::ServiceOptions *options, quint16 *port) {
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
        return false;
    }
    *port = quint16(number(m_port, 0, 65535));
    const qint64 seedValue = number(m_seed, 0, std::numeric_limits<qint64>::max());
    options->fleet =
        trro::sim::FleetConfig::standard(int(number(m_devices, 1, 20000)), quint64(seedValue));
    options->ratePerSecond = real(m_rate, 0, 100000);
    options->pageSizeCap = int(number(m_pageCap, 1, 100000));
    options->faults.failureRate = real(m_failRate, 0, 1);
    options->faults.slowMs = int(number(m_slowMs, 0, 600000));
    options->faults.seed = quint64(seedValue);
    options->clockOffsetSec = number(m_clockOffset, -100LL * 365 * 86400, 100LL * 365 * 86400);
    options->exampleMode = parser.isSet(m_example);
    const bool faultsOk = readFaults(options);
    const qint64 now = QDateTime::currentSecsSinceEpoch() + options->clockOffsetSec;
    for (const QString &spec : parser.values(m_degrade)) {
        trro::sim::Degradation degradation;
        QString error;
        if (!trro::sim::parseDegradation(spec, now, &degradation, &error)) {
            usageError(error);
            m_ok = false;
            continue;
        }
        options->fleet.degradations.append(degradation);
    }
    return m_ok && faultsOk;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"trro-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TRRO_VERSION));

    Arguments arguments;
    arguments.parser.process(app);
    trro::sim::ServiceOptions options;
    quint16 portNumber = 0;
    if (!arguments.read(&options, &portNumber))
        return 2;

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
