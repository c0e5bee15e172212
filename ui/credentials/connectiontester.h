#pragma once

#include "apierror.h"
#include "credentials.h"
#include "endpoint.h"
#include "types.h"

#include <QObject>
#include <QPointer>

namespace trro {

class ApiStack;

// "Test connection" of the credentials dialog: one DescribeProjectList (all pages) with the
// credentials being edited. It has its own small ApiStack (no cache) because the credentials
// under test are not (yet) the dashboard's; requests still go through ApiClient::send, the one
// signing path.
class ConnectionTester final : public QObject {
    Q_OBJECT
public:
    static constexpr int TimeoutMs = 15000;

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Cancels a test still running and starts a new one.
    void start(const Endpoint &endpoint, const Credentials &credentials);
    void cancel();
    bool isRunning() const { return !m_run.isNull(); }

    // The failure as the dialog shows it: code, message, RequestId and HTTP status, one a line.
    static QString describeFailure(const ApiError &error);

Q_SIGNALS:
    void succeeded(const QList<trro::Project> &projects);
    void failed(const trro::ApiError &error);

private:
    ApiStack *m_stack;
    QPointer<QObject> m_run; // the context of the running test
};

} // namespace trro
