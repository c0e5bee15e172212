// trro-collector's metrics endpoint under scrapes. Prints figures; see docs/PERFORMANCE.md.
//
//   bench_metrics [--devices 1000] [--scrapes 200]
//
// The figures of a read of the store (the fleet and every device at hour and day, as
// --metrics-per-device shows them) go into the collector's metrics, then a client scrapes
// http://127.0.0.1:PORT/metrics over loopback one scrape after the other: the time of a scrape
// from the request to the last byte (median, p95, max), the size of the answer, the time of
// rendering a read (once per cycle) and the server's part of a scrape (the health lines and the
// answer's parts, without the socket).

#include "benchtiming.h"
#include "metricsendpoint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <cstdio>

using namespace trro;
using namespace trro::collector;

namespace {

constexpr int Renders = 20;

StoreFigures figures(int devices) {
    StoreFigures f;
    f.ok = true;
    for (const Interval interval : {Interval::Hour, Interval::Day}) {
        for (int d = 0; d <= devices; ++d) {
            StoreSeriesFigures s;
            s.series.projectId = QStringLiteral("prj-0001");
            if (d > 0)
                s.series.deviceId = QStringLiteral("vehicle-%1").arg(d, 5, 10, QChar(u'0'));
            s.series.interval = interval;
            s.bucketEnd = 1765000000;
            s.empty = false;
            s.bucket.sessionNum = 10 + d % 7;
            s.bucket.totalDuration = 300 + d;
            s.bucket.notBadSessionRatio = 80 + d % 20;
            f.series.append(s);
        }
    }
    f.bucketRows = 744000;
    return f;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("devices"), QStringLiteral("Devices."), QStringLiteral("N"),
                        QStringLiteral("1000")},
                       {QStringLiteral("scrapes"), QStringLiteral("Scrapes."), QStringLiteral("N"),
                        QStringLiteral("200")}});
    parser.process(app);
    const int devices = parser.value(QStringLiteral("devices")).toInt();
    const int scrapes = parser.value(QStringLiteral("scrapes")).toInt();

    MetricsEndpoint endpoint(true, nullptr);
    ListenAddress address;
    QString error;
    if (!ListenAddress::parse(QStringLiteral("0"), &address, &error) ||
        !endpoint.listen(address, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const StoreFigures read = figures(devices);
    QList<double> renderWall, renderCpu;
    for (int i = 0; i < Renders; ++i) {
        bench::Sample render;
        render.start();
        endpoint.metrics()->readStarted();
        endpoint.metrics()->readFinished(read);
        render.stop(&renderWall, &renderCpu);
    }
    // The server's share of a scrape: the health lines rendered, the parts handed out.
    QList<double> partsWall, partsCpu;
    for (int i = 0; i < scrapes; ++i) {
        bench::Sample parts;
        parts.start();
        const QByteArrayList answer = endpoint.metrics()->scrape();
        parts.stop(&partsWall, &partsCpu);
    }

    QNetworkAccessManager manager;
    const QUrl url(endpoint.address().metricsUrl());
    QList<double> wall, cpu;
    qsizetype bytes = 0;
    for (int i = 0; i < scrapes; ++i) {
        bench::Sample sample;
        sample.start();
        QNetworkReply *reply = manager.get(QNetworkRequest(url));
        // An event loop that ends at the reply's end: QTest::qWaitFor sleeps 10 ms between its
        // rounds of events, which the figures measured before.
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        if (!reply->isFinished())
            return 1;
        bytes = reply->readAll().size();
        sample.stop(&wall, &cpu);
        delete reply;
    }
    const bench::Stats s = bench::stats(wall);
    const bench::Stats r = bench::stats(renderWall);
    const bench::Stats p = bench::stats(partsWall);
    std::printf("devices %d (per-device series at hour and day), answer %lld bytes\n", devices,
                qlonglong(bytes));
    std::printf("render of a read (%d): median %.2f ms, max %.2f ms (CPU median %.2f ms)\n",
                Renders, r.median, r.max, bench::stats(renderCpu).median);
    std::printf("server's part of a scrape (%d): median %.3f ms, max %.3f ms\n", scrapes, p.median,
                p.max);
    std::printf("scrape over loopback (%d): median %.2f ms, p95 %.2f ms, max %.2f ms\n", scrapes,
                s.median, s.p95, s.max);
    return 0;
}
