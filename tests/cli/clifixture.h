#pragma once

// The local service and the expected values shared by the trro-stats end-to-end tests.

#include "clirun.h"
#include "intervalcolumns.h"
#include "localservice.h"
#include "rawclient.h"

#include <QObject>
#include <QTest>
#include <memory>

namespace trro::test {

Credentials makeKey(const char *id, const char *secret, const char *token = "");
// The CLI signs with CliKey; the expected values are fetched with ExpectKey, so that the two
// never share a rate-limit budget. TempKey is a temporary key with its session token.
extern const Credentials CliKey;
extern const Credentials ExpectKey;
extern const Credentials TempKey;

// Credentials by the name a test's data gives them: "cli" is CliKey, "wrong" CliKey with another
// secret key, "unknown" CliKey with a SecretId the service does not know, "none" no credentials,
// "temp" TempKey and "temp-no-token" TempKey without its session token.
Credentials keyNamed(const QString &name);

// A service of 20 vehicles (and 12 cockpits) for CliKey alone.
sim::ServiceOptions cliService();
// A service of 20 vehicles for CliKey that answers the share failureRate of the requests with one
// fault: fault is its sim::faultName() ("5xx", "internal", "malformed", "slow").
sim::ServiceOptions faultyService(const QString &fault, double failureRate);

// One bucket of a raw response as the CSV row trro-stats must write for it.
QString bucketRow(const QString &deviceId, const QJsonObject &bucket);

class CliFixture final {
public:
    // Starts the service (20 vehicles and 12 cockpits) and lists its devices. False on failure.
    bool start();

    sim::LocalService *service() const { return m_service.get(); }
    RawClient &raw() { return *m_raw; }

    // Runs trro-stats with --endpoint of the service, the key in the environment and TZ.
    // environment: further "NAME=value" entries (TRRO_NOW, TRRO_TZ, LANG ...).
    CliRun cli(const QStringList &arguments, const Credentials &credentials = CliKey,
               const QByteArray &tz = QByteArrayLiteral("UTC"),
               const QStringList &environment = {});
    // Runs trro-stats with arguments it must refuse as a usage error before asking the service
    // anything: exit code 2, message in what it writes to stderr, no request. The run is given
    // back in *run when not null.
    void checkUsageError(const QStringList &arguments, const QString &message,
                         CliRun *run = nullptr);
    // The raw DescribeSessionStatistics of the project (of device, when given) from from to
    // rangeEnd.
    QJsonObject totals(qint64 from, const QString &device = {});
    // `stats --project <project> --interval <interval> --from <from> --to <to>`, then more.
    QStringList stats(const QString &interval, qint64 from, qint64 to,
                      const QStringList &more = {}) const;
    // The same with from and to as trro-stats reads them ("-1d", "2024-06-01", "now").
    QStringList stats(const QString &interval, const QString &from, const QString &to,
                      const QStringList &more = {}) const;
    // The CSV lines trro-stats must write for `stats` (header included), computed from raw
    // responses: every bucket of every device, DeviceId then StartTime (stable).
    QStringList expectedRows(const QString &interval, const QStringList &devices, qint64 from,
                             qint64 to);

    QString project;
    QStringList fieldDevices;  // sorted
    QStringList remoteDevices; // sorted
    qint64 rangeEnd = 0; // a past hour, so that sessions still running cannot change the answers

private:
    std::unique_ptr<sim::LocalService> m_service;
    std::unique_ptr<RawClient> m_raw;
};

// The test classes of trro-stats against the one service of m_f, started before the first test.
class CliTestCase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_f.start(), StartFailure); }

protected:
    static constexpr char StartFailure[] =
        "the local service should start and list vehicles and cockpits";
    CliFixture m_f;
};

} // namespace trro::test
