#pragma once

// The trro-stats runs that read what the collector stored: against the fixture's service with
// the collector's key, in UTC, each with a cache folder of its own.

#include "clirun.h"
#include "collectorfixture.h"

#include <QTemporaryDir>

namespace trro::test {

class ReaderCalls final {
public:
    CliCall next(const CollectorFixture &fixture) {
        CliCall call;
        call.endpoint = fixture.service->url().toString();
        call.credentials = CollectorKey;
        call.tz = QStringLiteral("UTC");
        call.cacheHome = m_homes.filePath(QStringLiteral("cache%1").arg(++m_count));
        return call;
    }

private:
    QTemporaryDir m_homes;
    int m_count = 0;
};

} // namespace trro::test
