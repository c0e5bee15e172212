#include "sessionsample.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <memory>

namespace trro {
namespace {

constexpr qint64 MinSliceSec = 60;

QString tr(const char *text) {
    return QCoreApplication::translate("trro::SessionSample", text);
}

qint64 scaled(qint64 count, double fraction) {
    return fraction > 0 ? qint64(std::llround(double(count) / fraction)) : count;
}

} // namespace

QList<QPair<qint64, qint64>> sampleSlices(qint64 start, qint64 end, int slices) {
    QList<QPair<qint64, qint64>> out;
    if (end <= start || slices < 1)
        return out;
    const qint64 length = end - start;
    const qint64 count = std::clamp<qint64>(length / MinSliceSec, 1, slices);
    for (qint64 i = 0; i < count; ++i)
        out.append({start + length * i / count, start + length * (i + 1) / count});
    return out;
}

Result<SessionSample> selfWeightingSample(const QList<SampleSlice> &slices, qint64 maxTotal) {
    // The sessions each slice may give: started in it, not seen in an earlier slice.
    QList<QList<DeviceSession>> usable;
    QList<qint64> totals;
    QSet<QString> seen;
    double fraction = 1;
    for (const SampleSlice &slice : slices) {
        QList<DeviceSession> own;
        for (const DeviceSession &s : slice.page.sessions) {
            if (s.startTime < slice.start || s.startTime >= slice.end)
                continue;
            if (!s.sessionId.isEmpty() && seen.contains(s.sessionId))
                continue;
            seen.insert(s.sessionId);
            own.append(s);
        }
        const qint64 total = std::clamp<qint64>(slice.page.total, 0, maxTotal);
        if (total > 0 && own.isEmpty())
            return ApiError::make(ApiError::Kind::Malformed, QStringLiteral("MalformedResponse"),
                                  tr("The session list of a slice counts %1 sessions but sent "
                                     "none that started in it.")
                                      .arg(total));
        if (total > 0)
            fraction = std::min(fraction, double(std::min<qint64>(own.size(), total)) / total);
        usable.append(own);
        totals.append(total);
    }
    SessionSample sample;
    sample.fraction = fraction;
    for (qsizetype i = 0; i < usable.size(); ++i) {
        const QList<DeviceSession> &own = usable.at(i);
        sample.total += totals.at(i);
        const qsizetype keep = std::min<qsizetype>(
            own.size(), qsizetype(std::llround(fraction * double(totals.at(i)))));
        // Evenly over what the slice sent: the middle of each of `keep` equal parts.
        for (qsizetype j = 0; j < keep; ++j)
            sample.sessions.append(own.at((2 * j + 1) * own.size() / (2 * keep)));
    }
    return sample;
}

void scaleSampledReport(CauseReport *report, double spanFraction, double baselineFraction) {
    if (spanFraction >= 1 && baselineFraction >= 1)
        return;
    report->sessions = scaled(report->sessions, spanFraction);
    report->badSessions = scaled(report->badSessions, spanFraction);
    report->baselineSessions = scaled(report->baselineSessions, baselineFraction);
    report->baselineBadSessions = scaled(report->baselineBadSessions, baselineFraction);
    for (CauseRow &row : report->rows) {
        row.sessions = scaled(row.sessions, spanFraction);
        row.badSessions = scaled(row.badSessions, spanFraction);
        row.baselineSessions = scaled(row.baselineSessions, baselineFraction);
        row.baselineBadSessions = scaled(row.baselineBadSessions, baselineFraction);
        row.estimated = true;
    }
}

void fetchSessionSample(TrroApi *api, const QString &projectId, qint64 start, qint64 end,
                        int slices, QObject *context,
                        std::function<void(const Result<SessionSample> &)> callback) {
    struct Run {
        QList<SampleSlice> slices;
        int pending = 0;
        bool failed = false;
        std::function<void(const Result<SessionSample> &)> callback;
    };
    auto run = std::make_shared<Run>();
    run->callback = std::move(callback);
    for (const auto &[from, to] : sampleSlices(start, end, slices))
        run->slices.append({from, to, {}});
    run->pending = int(run->slices.size());
    if (run->pending == 0) {
        run->callback(SessionSample{});
        return;
    }
    for (qsizetype i = 0; i < run->slices.size(); ++i) {
        const SampleSlice &slice = run->slices.at(i);
        api->deviceSessionsFirstPage(
            projectId, QString(), slice.start, slice.end, context,
            [run, i](const Result<DeviceSessionPage> &page) {
                if (run->failed)
                    return;
                if (!page.ok()) {
                    run->failed = true;
                    run->callback(page.error());
                    return;
                }
                run->slices[i].page = page.value();
                if (--run->pending == 0)
                    run->callback(selfWeightingSample(run->slices, 2'000'000));
            },
            Priority::Interactive);
    }
}

} // namespace trro
