#pragma once

// Timing helpers shared by the GUI benchmarks: wall and CPU time of one run, and the median,
// p95 and maximum of many.

#include <QElapsedTimer>
#include <QList>
#include <algorithm>
#include <ctime>

namespace trro::bench {

// CPU time of this thread: unlike wall time it does not count other processes on a busy machine.
inline double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Wall and CPU time of one run.
struct Sample {
    QElapsedTimer wall;
    double cpu = 0;
    void start() {
        wall.start();
        cpu = cpuMs();
    }
    void stop(QList<double> *wallMs, QList<double> *cpuMsList) const {
        wallMs->append(double(wall.nsecsElapsed()) / 1e6);
        cpuMsList->append(cpuMs() - cpu);
    }
};

struct Stats {
    double median = 0;
    double p95 = 0;
    double max = 0;
};

inline Stats stats(QList<double> samples) {
    std::sort(samples.begin(), samples.end());
    Stats s;
    if (samples.isEmpty())
        return s;
    s.median = samples.at(samples.size() / 2);
    s.p95 = samples.at(std::min<qsizetype>(samples.size() - 1, samples.size() * 95 / 100));
    s.max = samples.last();
    return s;
}

} // namespace trro::bench
