// A second process for tst_statscache: writes and reads series in a shared cache file.
// cachewriter PATH NAME COUNT -> exit 0 when every write and read-back succeeded.
#include "cachewriter.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    trro::StatsCache cache(args.at(1));
    QObject::connect(&cache, &trro::StatsCache::warning, &app, [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    if (!cache.open())
        return 3;
    const int count = args.at(3).toInt();
    int failures = 0;
    for (int i = 0; i < count; ++i) {
        const QString device = args.at(2) + QString::number(i % 10);
        const int days = 20 + i % 7;
        if (!trro::test::writeSeries(cache, device, days)) {
            ++failures;
            continue;
        }
        if (trro::test::readSeries(cache, device, days) != trro::test::writerBuckets(device, days))
            ++failures;
    }
    if (failures > 0)
        std::fprintf(stderr, "%d failures\n", failures);
    return failures == 0 ? 0 : 1;
}
