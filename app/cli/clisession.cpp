#include "clisession.h"

#include "apiclient.h"
#include "apistack.h"
#include "cachedstats.h"
#include "clicredentials.h"
#include "console.h"
#include "endpoint.h"
#include "localservice.h"

#include <QDateTime>
#include <QMetaObject>
#include <QTimeZone>

namespace trro::cli {

CliSession::CliSession(const GlobalOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_now(QDateTime::currentDateTimeUtc()) {
    // TRRO_NOW (unix seconds) stands in for the current time when times are read from the
    // command line, so that "today" or "-1d@d" can be checked against fixed answers.
    bool ok = false;
    const qint64 fixed = qEnvironmentVariable("TRRO_NOW").toLongLong(&ok);
    if (ok && fixed > 0)
        m_now = QDateTime::fromSecsSinceEpoch(fixed, QTimeZone::utc());
}

// The client stack goes first (declared after the demo service), then the demo service.
CliSession::~CliSession() = default;

ApiClient *CliSession::client() const {
    return m_stack ? m_stack->client() : nullptr;
}

RequestScheduler *CliSession::scheduler() const {
    return m_stack ? m_stack->scheduler() : nullptr;
}

TrroApi *CliSession::api() const {
    return m_stack ? m_stack->api() : nullptr;
}

CachedStats *CliSession::statistics() const {
    return m_stack ? m_stack->statistics() : nullptr;
}

QString CliSession::defaultProjectId() const {
    return m_options.demo ? sim::LocalService::demoProjectId() : QString();
}

void CliSession::fail(ExitCode code, const QString &message,
                      const std::function<void(ExitCode)> &done) {
    m_lastError = message;
    Console::instance().error(message);
    QMetaObject::invokeMethod(
        this, [done, code] { done(code); }, Qt::QueuedConnection);
}

void CliSession::open(std::function<void(ExitCode)> done) {
    QString endpointText = Endpoint::resolve(m_options.endpoint);
    if (m_options.demo) {
        m_demoService = std::make_unique<sim::LocalService>();
        m_demoService->setOptions(sim::LocalService::demoOptions(
            QDateTime::currentDateTime().offsetFromUtc(), QDateTime::currentSecsSinceEpoch()));
        if (!m_demoService->listen()) {
            fail(ExitNetwork, tr("The demo service could not listen on 127.0.0.1."), done);
            return;
        }
        endpointText = m_demoService->url().toString();
    }
    QString endpointError;
    const Endpoint endpoint = Endpoint::parse(endpointText, &endpointError);
    if (!endpoint.isValid()) {
        fail(ExitUsage, endpointError, done);
        return;
    }

    const auto useCredentials = [this, done](const Result<ResolvedCredentials> &result) {
        if (!result.ok()) {
            m_lastError = result.error().userMessage();
            Console::instance().error(m_lastError);
            done(result.error().kind == ApiError::Kind::Usage ? ExitUsage : ExitCredentials);
            return;
        }
        const Credentials &credentials = result.value().credentials;
        Console::instance().addSecret(credentials.secretKey);
        Console::instance().addSecret(credentials.sessionToken);

        ApiStackOptions stackOptions;
        if (m_options.deadlineMs > 0)
            stackOptions.scheduler.jobDeadlineMs = m_options.deadlineMs;
        stackOptions.timeoutMs = m_options.timeoutMs;
        // The demo service starts anew on another port each run: nothing to keep.
        stackOptions.cacheEnabled = !m_options.noCache && !m_options.demo;
        if (!m_options.storeUrl.isEmpty()) {
            QString ignored; // checked when the options were read
            stackOptions.sharedStore = PgLocation::parse(m_options.storeUrl, &ignored);
        }
        m_stack = std::make_unique<ApiStack>(stackOptions);
        // The resolver's endpoint: --endpoint, else the profile's or TRRO_ENDPOINT (see
        // CredentialResolver for the order), else the default one.
        m_stack->configure(Endpoint::parse(result.value().endpointUrl), credentials);
        ApiClient *client = m_stack->client();
        if (m_options.verbose) {
            client->setTraceEnabled(true);
            connect(client, &ApiClient::trace, this,
                    [](const QString &line) { Console::instance().raw(line); });
        }
        connect(client, &ApiClient::clockSkewCorrected, this, [](qint64 seconds) {
            Console::instance().warning(
                tr("This computer's clock differs from the service's by %1 s; requests are "
                   "stamped with the service's time. Correct the system clock (enable NTP).")
                    .arg(seconds));
        });
        connect(m_stack->statistics(), &CachedStats::warning, this,
                [](const QString &message) { Console::instance().warning(message); });
        done(ExitOk);
    };

    if (m_options.demo) {
        ResolvedCredentials demo;
        demo.credentials = sim::LocalService::demoCredentials();
        if (!m_options.region.isEmpty())
            demo.credentials.region = m_options.region;
        demo.endpointUrl = endpoint.toString();
        QMetaObject::invokeMethod(
            this, [useCredentials, demo] { useCredentials(demo); }, Qt::QueuedConnection);
        return;
    }
    resolveCliCredentials(m_options, this, useCredentials);
}

} // namespace trro::cli
