#pragma once

// The client side of a benchmark: the dashboard's API stack signed in to the local service,
// with a statistics cache of its own in a temporary folder, so nothing is served from an
// earlier run.

#include "apistack.h"
#include "servicethread.h"

#include <QTemporaryDir>

namespace trro::bench {

class BenchStack final {
public:
    BenchStack(const ServiceThread &host, const Credentials &key)
        : m_stack(optionsIn(m_dir)) {
        m_stack.configure(Endpoint::parse(host.service()->url().toString()), key);
    }

    TrroApi *api() const { return m_stack.api(); }
    CachedStats *statistics() const { return m_stack.statistics(); }

private:
    static ApiStackOptions optionsIn(const QTemporaryDir &dir) {
        ApiStackOptions options;
        options.cachePath = dir.filePath(QStringLiteral("stats-cache.sqlite"));
        return options;
    }

    QTemporaryDir m_dir; // before m_stack: its path is the stack's cache
    ApiStack m_stack;
};

} // namespace trro::bench
