#pragma once

#include "listenaddress.h"
#include "pgurl.h"
#include "types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>
#include <optional>

class QCommandLineParser;

namespace trro::collector {

// trro-collector's own options:
//   --store URL --project ID [--project ID ...] [--interval hour,day] [--since T]
//   [--once | --every DURATION] [--retention MONTHS]
//   [--metrics-listen ADDR:PORT [--metrics-per-device]]
struct CollectorOptions {
    PgLocation store;
    QStringList projects;
    QList<Interval> intervals{Interval::Hour, Interval::Day};
    qint64 since = 0;                           // unix seconds
    bool once = false;                          // one cycle, then exit
    qint64 everySec = 0;                        // else: a cycle every this many seconds
    int retentionMonths = -1;                   // -1: leave the store's setting alone
    std::optional<ListenAddress> metricsListen; // the Prometheus endpoint, when asked for
    bool metricsPerDevice = false;              // per-device series as well (high cardinality)

    static void addTo(QCommandLineParser &parser);
    // Reads and checks the options; false with a translated message (usage error).
    bool readFrom(const QCommandLineParser &parser, const QDateTime &now, const QTimeZone &zone,
                  QString *error);
};

// "30s", "5m", "2h", "1d" or a number of seconds; from 10 s to 7 days.
bool parseDuration(const QString &text, qint64 *seconds);

} // namespace trro::collector
