#include "connectiontester.h"

#include "apistack.h"
#include "trroapi.h"

namespace trro {

namespace {

ApiStackOptions testerOptions() {
    ApiStackOptions options;
    options.timeoutMs = ConnectionTester::TimeoutMs;
    options.cacheEnabled = false; // only the project list, never statistics
    return options;
}

} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_stack(new ApiStack(testerOptions(), this)) {}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::start(const Endpoint &endpoint, const Credentials &credentials) {
    cancel();
    m_stack->configure(endpoint, credentials);
    auto *run = new QObject(this);
    m_run = run;
    m_stack->api()->projects(
        run,
        [this, run](const Result<QList<Project>> &result) {
            run->deleteLater();
            if (m_run == run)
                m_run.clear();
            if (result.ok())
                Q_EMIT succeeded(result.value());
            else
                Q_EMIT failed(result.error());
        },
        Priority::Interactive);
}

void ConnectionTester::cancel() {
    // Destroying the context cancels the request; its callback does not run.
    delete m_run.data();
}

QString ConnectionTester::describeFailure(const ApiError &error) {
    QStringList lines{tr("The connection test failed.")};
    if (!error.code.isEmpty())
        lines << tr("Code: %1").arg(error.code);
    lines << tr("Message: %1").arg(error.message);
    if (!error.requestId.isEmpty())
        lines << tr("RequestId: %1").arg(error.requestId);
    if (error.httpStatus != 0 && error.httpStatus != 200)
        lines << tr("HTTP status: %1").arg(error.httpStatus);
    return lines.join(QLatin1Char('\n'));
}

} // namespace trro
