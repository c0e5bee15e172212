#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace trro::cli {

// Everything trro-stats (and trro-collector) says on stderr: messages, warnings, the progress bar.
// Every line goes through redact() so that a secret can never reach the terminal, whatever produced
// the line.
class Console final {
    Q_DECLARE_TR_FUNCTIONS(trro::cli::Console)
public:
    static Console &instance();

    // Strings that must never be printed (the SecretKey, the session token).
    void addSecret(const QString &secret);
    QString redact(const QString &line) const;

    // Quiet: warnings, notes and the progress bar are not shown (errors and raw lines are).
    void setQuiet(bool quiet) { m_quiet = quiet; }
    bool isQuiet() const { return m_quiet; }

    void error(const QString &message);   // "trro-stats: error: ..."
    void warning(const QString &message); // "trro-stats: warning: ..."
    void info(const QString &message);    // "trro-stats: ..."
    void raw(const QString &line);        // the line as it is (trace output, help)

    static bool stderrIsTerminal();
    static bool stdoutIsTerminal();

    // A one-line bar, redrawn in place; only drawn when stderr is a terminal.
    void progress(qint64 done, qint64 total, const QString &label);
    void endProgress();

private:
    Console() = default;
    void write(const QString &line);

    QStringList m_secrets;
    QString m_progressLine;
    bool m_quiet = false;
};

} // namespace trro::cli
