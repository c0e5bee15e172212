// libFuzzer target: any bytes as a TRRO response. The client's reading of a reply (the value
// count limit, the Date header, the bounded clock correction), the envelope, every typed parser
// and its range checks, the anomaly checks, the cache's reading of an answer and of its own
// rows, the text filters and every exporter (the machine exports of trro-stats and the
// dashboard's chart CSV) must neither crash nor trip AddressSanitizer /
// UndefinedBehaviorSanitizer, and what they accept must hold the promised bounds. Built with
// -DTRRO_FUZZ=ON under clang; run with scripts/fuzz.sh.
#include "anomalies.h"
#include "cacheplan.h"
#include "chartcsvexport.h"
#include "parse.h"
#include "replyreader.h"
#include "responselimits.h"
#include "statscache.h"
#include "statsexport.h"
#include "textsafety.h"

#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace trro;

namespace {

void silence(QtMsgType, const QMessageLogContext &, const QString &) {}

// A property the code promises; a violation is a crash the fuzzer keeps.
void require(bool condition) {
    if (!condition)
        std::abort();
}

qint64 int64At(const QByteArray &bytes, qsizetype offset) {
    qint64 v = 0;
    if (offset + qsizetype(sizeof v) <= bytes.size())
        std::memcpy(&v, bytes.constData() + offset, sizeof v);
    return v;
}

// What the parsers let through must be in range (the validation on parse).
void checkBuckets(const QList<IntervalBucket> &buckets) {
    for (const IntervalBucket &b : buckets) {
        require(b.sessionNum >= 0 && b.sessionNum <= limits::MaxCount);
        require(b.totalDuration >= 0 && b.totalDuration <= limits::MaxCount);
        require(b.notBadSessionRatio >= 0 && b.notBadSessionRatio <= 100);
        require(b.activeFieldDeviceNum >= 0 && b.activeRemoteDeviceNum >= 0);
        require(b.startTime == 0 ||
                (b.startTime >= limits::EarliestTime && b.startTime <= limits::LatestTime));
    }
}

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
    checkBuckets(buckets);
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

// The cache's check of its own rows, on pieces made of the input's bytes: every field any
// 64-bit value; what passes must be plausible and must plan without trouble.
void cacheRows(const QByteArray &bytes) {
    const qint64 now = 1790000000; // fixed: the run must not depend on the day
    QList<CachePiece> accepted;
    for (qsizetype at = 0; at + 10 * 8 <= bytes.size() && accepted.size() < 64; at += 10 * 8) {
        CachePiece p;
        p.cellStart = int64At(bytes, at);
        p.cellEnd = int64At(bytes, at + 8);
        p.clipStart = int64At(bytes, at + 16);
        p.clipEnd = int64At(bytes, at + 24);
        p.fetchedAt = int64At(bytes, at + 32);
        p.empty = (p.fetchedAt & 1) != 0;
        p.tail = (p.fetchedAt & 2) != 0;
        p.bucket.startTime = p.cellStart;
        p.bucket.endTime = p.cellEnd;
        p.bucket.sessionNum = int64At(bytes, at + 40);
        p.bucket.totalDuration = int64At(bytes, at + 48);
        p.bucket.notBadSessionRatio = int(int64At(bytes, at + 56));
        p.bucket.activeFieldDeviceNum = int64At(bytes, at + 64);
        p.bucket.activeRemoteDeviceNum = int64At(bytes, at + 72);
        if (StatsCache::implausibleColumn(p, now) != nullptr)
            continue;
        require(p.cellStart < p.cellEnd && p.fetchedAt <= now + 300);
        accepted.append(p);
    }
    if (accepted.isEmpty())
        return;
    PlanInput in;
    in.start = limits::EarliestTime;
    in.end = limits::LatestTime;
    in.now = now;
    in.pieces = accepted;
    (void)planQuery(in, CachePolicy{});
}

// The client's handling of a reply: the body under a value limit taken from the input, a
// Date header made of the input, and the clock step it leads to.
void replyHandling(const QByteArray &body) {
    const qint64 maxValues = body.isEmpty() ? 0 : qint64(quint8(body.front())) * 4;
    const Result<QJsonObject> read =
        readReplyBody(QStringLiteral("DescribeSessionStatisticsByInterval"), body, 200, maxValues);
    if (maxValues > 0 && limits::countJsonValues(body, maxValues) > maxValues)
        require(!read.ok() && read.error().code == QLatin1String("TooManyItems") &&
                !read.error().isRetryable());
    (void)parseHttpDate(body.left(40));
    const qint64 skew = int64At(body, 0);
    const qint64 offset = int64At(body, 8) % (2 * 86400);
    for (const bool expired : {false, true}) {
        const ClockStep step = clockStep(skew, offset, expired, 86400);
        if (step.kind == ClockStep::Kind::Follow || step.kind == ClockStep::Kind::Correct)
            require(step.offset >= -86400 && step.offset <= 86400);
    }
    const QString text = QString::fromUtf8(body.left(512));
    require(!hasControls(stripControls(text)));
    (void)isSafeHeaderValue(text);
    (void)isPlausibleRegion(text);
    StatsQuery q;
    q.startTime = int64At(body, 16);
    q.endTime = int64At(body, 24);
    q.interval = Interval(quint8(body.size() > 1 ? body.at(1) : 0) % 3);
    const qint64 buckets = limits::maxBuckets(q);
    require(buckets > 0 && buckets <= limits::MaxBucketsUnbounded);
    require(limits::maxValues(buckets) > buckets);
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
    replyHandling(body);
    cacheRows(body);
    const Result<QJsonObject> envelope = parseEnvelope(body, 200);
    if (!envelope.ok()) {
        (void)envelope.error().userMessage();
        // An HTTP error status changes how a body that is no envelope is reported.
        (void)parseEnvelope(body, 503).error().userMessage();
        return 0;
    }
    const QJsonObject &response = envelope.value();
    intervalStatistics(response);
    if (const Result<SessionTotals> totals = parseSessionTotals(response); totals.ok()) {
        require(totals.value().notBadSessionRatio >= 0 && totals.value().notBadSessionRatio <= 100);
        exportAll(totalsTable(QStringLiteral("device"), 1, 2, totals.value()));
    }
    Page page;
    if (const auto devices = parseDevices(response, &page); devices.ok()) {
        require(page.total >= 0 && page.total <= limits::MaxListTotal);
        for (const Device &d : devices.value())
            require(!hasControls(d.deviceName) && !hasControls(d.deviceId));
        exportAll(devicesTable(devices.value()));
    }
    if (const auto projects = parseProjects(response, &page); projects.ok())
        exportAll(projectsTable(projects.value()));
    if (const auto sessions = parseDeviceSessions(response, &page); sessions.ok())
        exportAll(sessionsTable(sessions.value()));
    return 0;
}
