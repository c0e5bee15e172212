#pragma once

#include "causefinder.h"
#include "command.h"

namespace trro {
class CauseFetcher;
} // namespace trro

namespace trro::cli {

// why --project ID --from T [--to T] [--baseline-from T --baseline-to T] [--by LIST] [--top N]
//     [--alpha A] [--max-details N] [--estimate] [--format ...] [--output FILE]
// What the bad sessions of a span have in common, against a baseline (by default the same
// length right before the span): per vehicle, cockpit, resolution, hour of day, name group and,
// from a bounded sample of session details, network mode, SDK version and latency stage. From
// the project-wide session lists through CauseFetcher (causefetcher.h); the method and its
// limits are in docs/CAUSES.md.
class WhyCommand final : public Command {
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    bool configure(const QCommandLineParser &parser, QString *error) override;
    void start() override;
    QString helpDetails() const override;

private:
    bool readBaseline(const QCommandLineParser &parser, QString *error);
    bool readDimensions(const QCommandLineParser &parser, QString *error);
    bool readNumbers(const QCommandLineParser &parser, QString *error);
    void onFinished(const CauseReport &report);
    bool write(const CauseReport &report);

    qint64 m_baselineFrom = 0;
    qint64 m_baselineTo = 0;
    CauseOptions m_options;
    int m_top = 10;
    int m_maxDetails = 300;
    bool m_estimate = false;
    CauseFetcher *m_fetcher = nullptr;
};

} // namespace trro::cli
