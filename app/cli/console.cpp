#include "console.h"

#include "textsafety.h"

#include <QLocale>
#include <cstdio>
#include <unistd.h>

namespace trro::cli {
namespace {

constexpr int BarWidth = 30;

// "trro-stats: " or "trro-collector: ": the program that speaks.
QString prefix() {
    return QCoreApplication::applicationName() + QLatin1String(": ");
}

void put(const QString &text) {
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

} // namespace

Console &Console::instance() {
    static Console console;
    return console;
}

void Console::addSecret(const QString &secret) {
    if (!secret.isEmpty() && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString Console::redact(const QString &line) const {
    QString out = line;
    for (const QString &secret : m_secrets)
        out.replace(secret, QLatin1String("***"));
    return out;
}

void Console::error(const QString &message) {
    write(prefix() + tr("error: %1").arg(message));
}

void Console::warning(const QString &message) {
    if (m_quiet)
        return;
    write(prefix() + tr("warning: %1").arg(message));
}

void Console::info(const QString &message) {
    if (m_quiet)
        return;
    write(prefix() + message);
}

void Console::raw(const QString &line) {
    write(line);
}

bool Console::stderrIsTerminal() {
    return ::isatty(STDERR_FILENO) == 1;
}

bool Console::stdoutIsTerminal() {
    return ::isatty(STDOUT_FILENO) == 1;
}

namespace {

// Whatever produced the text (the service's messages, file names, ids from the command line),
// no control character reaches the terminal: line by line, so that help text keeps its lines.
QString terminalSafe(const QString &text) {
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = stripControls(line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void Console::write(const QString &line) {
    const bool hadProgress = !m_progressLine.isEmpty();
    if (hadProgress)
        put(QStringLiteral("\r\x1b[K"));
    put(terminalSafe(redact(line)) + QLatin1Char('\n'));
    if (hadProgress)
        put(m_progressLine);
}

void Console::progress(qint64 done, qint64 total, const QString &label) {
    if (m_quiet || !stderrIsTerminal() || total <= 0)
        return;
    const int filled = int(qBound<qint64>(0, done * BarWidth / total, qint64(BarWidth)));
    const QLocale locale;
    m_progressLine =
        QLatin1Char('[') + QString(filled, QLatin1Char('#')) +
        QString(BarWidth - filled, QLatin1Char(' ')) + QLatin1String("] ") +
        tr("%1 of %2 %3").arg(locale.toString(done), locale.toString(total), stripControls(label));
    put(QStringLiteral("\r\x1b[K") + m_progressLine);
}

void Console::endProgress() {
    if (m_progressLine.isEmpty())
        return;
    m_progressLine.clear();
    put(QStringLiteral("\r\x1b[K"));
}

} // namespace trro::cli
