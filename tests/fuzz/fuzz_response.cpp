// libFuzzer target: any bytes as a TRRO response. The envelope, every typed parser, the anomaly
// checks, the cache's reading of an answer and every exporter (the machine exports of
// trro-stats and the dashboard's chart CSV) must neither crash nor trip AddressSanitizer /
// UndefinedBehaviorSanitizer. Built with -DTRRO_FUZZ=ON under clang; run with scripts/fuzz.sh.
#include "anomalies.h"
#include "cacheplan.h"
#include "chartcsvexport.h"
#include "parse.h"
#include "statsexport.h"

#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>
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

// The dashboard's CSV of what the charts show: the whole span of the buckets and its second
// half (so that some buckets fall outside), in UTC and at +08:00, the fleet and a device series.
void chartCsv(const QList<IntervalBucket> &buckets, const QString &requestId) {
    if (buckets.isEmpty())
        return;
    qint64 lo = buckets.constFirst().startTime;
    qint64 hi = lo;
    for (const IntervalBucket &b : buckets) {
        lo = std::min({lo, b.startTime, b.endTime});
        hi = std::max({hi, b.startTime, b.endTime});
    }
    const qint64 middle = lo / 2 + hi / 2; // no overflow for any pair of qint64
    const struct {
        qint64 from;
        qint64 to;
    } ranges[] = {{lo, hi}, {middle, hi}};
    for (const auto &range : ranges) {
        for (const QTimeZone &zone : {QTimeZone::utc(), QTimeZone(8 * 3600)}) {
            ChartCsvExport csv(range.from, range.to, zone);
            csv.addSeries(CsvSeries{{}, {}, Interval::Hour, buckets});
            csv.addSeries(CsvSeries{requestId, requestId, Interval::Day, buckets});
            (void)csv.rowCount();
            (void)csv.toCsv();
        }
    }
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
    chartCsv(buckets, series.value().requestId);
    // The cache reads answers too: whatever it accepts must plan without trouble.
    if (!buckets.isEmpty()) {
        const qint64 start = buckets.constFirst().startTime;
        const qint64 end = buckets.constLast().endTime;
        const AbsorbedAnswer answer = absorbAnswer(start, end, end, buckets);
        if (answer.clean) {
            PlanInput in;
            // end - start may not fit in a qint64; as unsigned it is exact since start < end.
            in.start = start + qint64((quint64(end) - quint64(start)) / 3);
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
    const Result<QJsonObject> envelope = parseEnvelope(body, 200);
    if (!envelope.ok()) {
        (void)envelope.error().userMessage();
        // An HTTP error status changes how a body that is no envelope is reported.
        (void)parseEnvelope(body, 503).error().userMessage();
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
