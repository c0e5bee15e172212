#pragma once

#include "command.h"

namespace trro {
class StatsCache;
}

namespace trro::cli {

// cache info|clear|limit [SIZE]: the local statistics cache shared with the dashboard.
//   info   where it is, its size against its limit, how many series and pieces it holds and
//          when they were fetched (--format table, csv or json; --output FILE).
//   clear  empties it (the next runs ask the service again).
//   limit  sets the size limit every program uses: 512M, 2G, 65536K or plain bytes; 0 goes
//          back to the default. Least recently used series are dropped to fit.
class CacheCommand final : public Command {
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    bool configure(const QCommandLineParser &parser, QString *error) override;
    bool needsService() const override { return false; }
    void start() override;

    // "512M", "2G", "65536K", "1048576" (binary units); false for anything else.
    static bool parseSize(const QString &text, qint64 *bytes);

private:
    enum class Action { Info, Clear, Limit };

    void runInfo(StatsCache &cache);
    void runClear(StatsCache &cache);
    void runLimit(StatsCache &cache);

    Action m_action = Action::Info;
    qint64 m_limitBytes = 0;
};

} // namespace trro::cli
