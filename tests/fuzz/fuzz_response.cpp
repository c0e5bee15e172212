// libFuzzer target: any bytes as a TRRO response. The envelope, every typed parser, the anomaly
// checks, the cache's reading of an answer and every exporter must neither crash nor trip
// AddressSanitizer / UndefinedBehaviorSanitizer. Built with -DTRRO_FUZZ=ON under clang; run
// with scripts/fuzz.sh.
#include "anomalies.h"
#include "cacheplan.h"
#include "parse.h"
#include "statsexport.h"

#include <QJsonObject>
#include <QLocale>
#include <cstddef>
#include <cstdint>

using namespace trro;

namespace {

void silence(QtMsgType, const QMessageLogContext &, const QString &) {}

void exportAll(const ExportTable &table) {
    (void)toCsv(table);
    (void)toJson(table);
    (void)toJson(table, true);
    (void)toText(table, QLocale::c());
    (void)toText(table, QLocale(QLocale::Chinese, QLocale::China));
}

void intervalStatistics(const QJsonObject &response) {
    const Result<IntervalSeries> series = parseIntervalStatistics(response);
    if (!series.ok()) {
        (void)series.error().userMessage();
        return;
    }
    const QList<IntervalBucket> &buckets = series.value().buckets;
    for (const Interval interval : {Interval::Hour, Interval::Day, Interval::Month}) {
        (void)classifyBuckets(buckets, interval);
        (void)describeAnomalies(buckets, interval);
    }
    exportAll(intervalTable(intervalRows({series.value()})));
    // The cache reads answers too: whatever it accepts must plan without trouble.
    if (!buckets.isEmpty()) {
        const qint64 start = buckets.constFirst().startTime;
        const qint64 end = buckets.constLast().endTime;
        const AbsorbedAnswer answer = absorbAnswer(start, end, end, buckets);
        if (answer.clean) {
            PlanInput in;
            in.start = start + (end - start) / 3;
            in.end = end;
            in.now = end;
            in.pieces = answer.pieces;
            in.boundaries = answer.boundaries;
            (void)planQuery(in, CachePolicy{});
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    static const bool quiet = [] {
        qInstallMessageHandler(silence);
        return true;
    }();
    (void)quiet;
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // The HTTP status decides how a body that is not an envelope is reported.
    const int status = size > 0 && (data[0] & 1) ? 503 : 200;
    const Result<QJsonObject> envelope = parseEnvelope(body, status);
    if (!envelope.ok()) {
        (void)envelope.error().userMessage();
        return 0;
    }
    const QJsonObject &response = envelope.value();
    intervalStatistics(response);
    if (const Result<SessionTotals> totals = parseSessionTotals(response); totals.ok())
        exportAll(totalsTable(QStringLiteral("device"), 1, 2, totals.value()));
    Page page;
    if (const auto devices = parseDevices(response, &page); devices.ok())
        exportAll(devicesTable(devices.value()));
    if (const auto projects = parseProjects(response, &page); projects.ok())
        exportAll(projectsTable(projects.value()));
    if (const auto sessions = parseDeviceSessions(response, &page); sessions.ok())
        exportAll(sessionsTable(sessions.value()));
    return 0;
}
