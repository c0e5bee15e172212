#include "baselines.h"

#include "apicontext.h"
#include "localservice.h"
#include "milestone.h"
#include "timerange.h"
#include "trroapi.h"

#include <QApplication>
#include <QMainWindow>
#include <QScreen>
#include <QThread>
#include <QTimer>
#include <cstdio>

namespace trro::bench {

int runEmptyWindow(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.setMinimumSize(960, 640); // as MainWindow, and sized by the rule of trro-dashboard
    const QRect screen = window.screen()->availableGeometry();
    window.resize(std::min(1560, screen.width() * 95 / 100),
                  std::min(980, screen.height() * 95 / 100));
    window.show();
    QTimer::singleShot(60000, &app, [] { QCoreApplication::exit(3); }); // probe not loaded
    return QApplication::exec();
}

int runDataFloor(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    reportMilestone("app");
    QThread serviceThread;
    auto *service = new sim::LocalService;
    service->moveToThread(&serviceThread);
    QObject::connect(&serviceThread, &QThread::finished, service, &QObject::deleteLater);
    serviceThread.start();
    bool listening = false;
    QUrl url;
    QMetaObject::invokeMethod(
        service,
        [service, &listening, &url] {
            sim::ServiceOptions options;
            options.keys = {sim::LocalService::demoCredentials()};
            service->setOptions(options);
            listening = service->listen();
            url = service->url();
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        std::fputs("bench_startup: the demo service could not listen\n", stderr);
        return 1;
    }
    reportMilestone("listening");

    int code = 0;
    {
        ApiContext context;
        context.configure(Endpoint::parse(url.toString()), sim::LocalService::demoCredentials(),
                          QStringLiteral("Demo"));
        TrroApi *api = context.api();
        int pending = 3;
        const auto failed = [&code](const ApiError &error) {
            std::fprintf(stderr, "bench_startup: %s\n", qUtf8Printable(error.code));
            code = 1;
            QCoreApplication::exit(1);
        };
        const auto partDone = [&pending] {
            if (--pending == 0) {
                reportMilestone("data");
                QCoreApplication::exit(0);
            }
        };
        api->projects(
            &context,
            [&](const Result<QList<Project>> &projects) {
                reportMilestone("answer");
                if (!projects.ok())
                    return failed(projects.error());
                // The fleet view's first question: the default range (last 7 days by day).
                const TimeWindow window =
                    TimeRange::window(RangePreset::Last7Days, QDateTime::currentDateTimeUtc(),
                                      QTimeZone::systemTimeZone());
                StatsQuery query;
                query.projectId = sim::LocalService::demoProjectId();
                query.interval = Interval::Day;
                query.startTime = window.from;
                query.endTime = window.to;
                StatsQuery previous = query;
                previous.startTime = window.previous().from;
                previous.endTime = window.previous().to;
                api->intervalStatistics(
                    query, &context,
                    [&](const Result<IntervalSeries> &r) {
                        r.ok() ? partDone() : failed(r.error());
                    },
                    Priority::Interactive);
                for (const StatsQuery &q : {query, previous}) {
                    api->sessionTotals(
                        q, &context,
                        [&](const Result<SessionTotals> &r) {
                            r.ok() ? partDone() : failed(r.error());
                        },
                        Priority::Interactive);
                }
            },
            Priority::Interactive);
        QCoreApplication::exec();
    }
    serviceThread.quit();
    serviceThread.wait();
    return code;
}

} // namespace trro::bench
