#pragma once

#include "apierror.h"
#include "causefinder.h"
#include "result.h"
#include "sessiontelemetry.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace trro {

class TrroApi;

// What to look for: the project, the span and the baseline (unix seconds, [start, end)).
struct CauseQuery {
    QString projectId;
    // Not empty: only this device's sessions (as vehicle or as cockpit), asked with DeviceId.
    // A device's lists are short: they are read whole, never sampled.
    QString deviceId;
    qint64 spanStart = 0, spanEnd = 0;
    qint64 baselineStart = 0, baselineEnd = 0;
    // At most this many session details, for the details dimensions (sessionattributes.h).
    int maxDetails = 300;
    // One DescribeSessionStatistics per span to tell whether the session lists were complete.
    bool checkTotals = true;
    // Above 0: a quick first answer. Each list not in memory is read as a sample, the first
    // page of each of this many slices of its span (sessionsample.h), whatever its length;
    // the report's counts are scaled to the lists' Totals and marked estimated.
    int sampleSlices = 0;
};

// Fetches what the cause finder reads and runs it, through the shared TrroApi (its scheduler
// keeps every action under the rate limit):
//
// 1. the project-wide session list (DescribeDeviceSessionList without DeviceId, every page,
//    bounded by TrroApi's paging) of the span and of the baseline; the vehicles' names
//    (DescribeDeviceList) when the "model" dimension is asked; with checkTotals, the totals of
//    both spans (DescribeSessionStatistics);
// 2. only when a details dimension is asked: the details of a bounded sample of the span's
//    sessions (every bad one first), announced by detailsPlanned() before the first request;
// 3. findCauses() on the global thread pool (a day of 2,800 vehicles takes it some 65 ms), the
//    report delivered on the fetcher's thread; cancel() or a new start() drops it.
//
// The lists of spans that ended at least three hours ago (sessions last at most two) and the
// attributes of every session read are kept in memory, so asking again about the same spans,
// or about another dimension of them, costs no request for what is settled.
class CauseFetcher final : public QObject {
    Q_OBJECT
public:
    explicit CauseFetcher(TrroApi *api, QObject *parent = nullptr);
    ~CauseFetcher() override;

    void start(const CauseQuery &query, const CauseOptions &options);
    void cancel();
    bool isRunning() const { return m_run != nullptr; }

    // Whether the list of [start, end) for the query's project (and device) is in memory:
    // asking about it costs no request.
    bool holdsList(const CauseQuery &query, qint64 start, qint64 end) const;

    // Of the last run: what the finder read.
    const CauseInput &input() const { return m_input; }
    int detailsFailed() const { return m_detailsFailed; }

Q_SIGNALS:
    void listed(qsizetype spanSessions, qsizetype baselineSessions);
    // With checkTotals: whether each list holds as many sessions as the statistics count
    // (-1 when a statistics request failed).
    void totalsChecked(bool complete, qint64 spanListed, qint64 spanCounted, qint64 baselineListed,
                       qint64 baselineCounted);
    // With sampleSlices: how many sessions each sample holds of its list's Total (a list read
    // from memory is whole).
    void sampled(qint64 spanSample, qint64 spanTotal, qint64 baselineSample, qint64 baselineTotal);
    void detailsPlanned(int requests);
    void detailsProgress(int done, int total);
    void finished(const trro::CauseReport &report);
    void failed(const trro::ApiError &error);

private:
    void fetchLists();
    void fetchList(const QString &key, qint64 start, qint64 end, QList<DeviceSession> *out);
    void fetchSample(qint64 start, qint64 end, QList<DeviceSession> *out, qint64 *total,
                     double *fraction);
    void keepList(const QString &key, const QList<DeviceSession> &sessions);
    void fetchNames();
    void fetchTotals(qint64 start, qint64 end, qint64 *out);
    void stepDone();
    void listsDone();
    void fetchDetails();
    void detailsDone(const QString &sessionId, const Result<QList<SideTelemetry>> &result);
    void finish();
    void fail(const ApiError &error);
    void dropRun();
    bool settled(qint64 end) const;

    QPointer<TrroApi> m_api;
    QObject *m_run = nullptr; // context of the current run's requests
    CauseQuery m_query;
    CauseOptions m_options;
    CauseInput m_input;
    int m_pending = 0;
    int m_detailsTotal = 0;
    int m_detailsDone = 0;
    int m_detailsFailed = 0;
    qint64 m_spanCounted = -1;
    qint64 m_baselineCounted = -1;
    qint64 m_spanTotal = 0, m_baselineTotal = 0; // what the samples' lists count
    double m_spanFraction = 1, m_baselineFraction = 1;

    QHash<QString, QList<DeviceSession>> m_lists; // settled lists by project and span
    QHash<QString, SessionAttributes> m_attributes;
    QHash<QString, QHash<QString, QString>> m_names; // DeviceName by DeviceId, per project
};

} // namespace trro

Q_DECLARE_METATYPE(trro::CauseReport)
