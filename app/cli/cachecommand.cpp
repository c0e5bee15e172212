#include "cachecommand.h"

#include "clisession.h"
#include "console.h"
#include "statscache.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <limits>

namespace trro::cli {
namespace {

ExportTable infoTable(const CacheInfo &info) {
    using Kind = ExportTable::Kind;
    ExportTable table;
    const auto column = [&table](const char *key, Kind kind) {
        table.columns.append({QLatin1String(key), QLatin1String(key), kind});
    };
    column("Path", Kind::Text);
    column("Usable", Kind::Text);
    column("SchemaVersion", Kind::Integer);
    column("FileBytes", Kind::Integer);
    column("DataBytes", Kind::Integer);
    column("LimitBytes", Kind::Integer);
    column("Series", Kind::Integer);
    column("Pieces", Kind::Integer);
    column("OldestFetch", Kind::DateTime);
    column("NewestFetch", Kind::DateTime);
    table.rows.append({QDir::toNativeSeparators(info.path),
                       info.open ? QStringLiteral("yes") : QStringLiteral("no"),
                       qint64(info.schemaVersion), info.fileBytes, info.dataBytes, info.limitBytes,
                       info.series, info.rows, info.oldest, info.newest});
    return table;
}

} // namespace

void CacheCommand::addOptions(QCommandLineParser &parser) {
    addOutputOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), tr("info | clear | limit SIZE"),
                                 tr("info|clear|limit SIZE"));
}

bool CacheCommand::parseSize(const QString &text, qint64 *bytes) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,15})\\s*([KMG]?)(?:i?B)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    const QString unit = match.captured(2).toUpper();
    const int shift = unit == QLatin1String("K")   ? 10
                      : unit == QLatin1String("M") ? 20
                      : unit == QLatin1String("G") ? 30
                                                   : 0;
    const qint64 value = match.captured(1).toLongLong();
    if (value > (std::numeric_limits<qint64>::max() >> shift))
        return false;
    *bytes = value << shift;
    return true;
}

bool CacheCommand::configure(const QCommandLineParser &parser, QString *error) {
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("info") && args.size() == 1) {
        m_action = Action::Info;
    } else if (action == QLatin1String("clear") && args.size() == 1) {
        m_action = Action::Clear;
    } else if (action == QLatin1String("limit") && args.size() == 2) {
        m_action = Action::Limit;
        if (!parseSize(args[1], &m_limitBytes) || (m_limitBytes > 0 && m_limitBytes < (1 << 20))) {
            *error = tr("cache limit expects a size of at least 1M, such as 256M or 2G (0: the "
                        "default), not \"%1\".")
                         .arg(args[1]);
            return false;
        }
    } else {
        *error = tr("cache expects one action: info, clear or limit SIZE.");
        return false;
    }
    if (session()->options().noCache) {
        *error = tr("cache manages the cache that --no-cache leaves alone: drop one of them.");
        return false;
    }
    return readOutput(parser, error);
}

void CacheCommand::start() {
    StatsCache cache;
    connect(&cache, &StatsCache::warning, this,
            [](const QString &message) { Console::instance().warning(message); });
    switch (m_action) {
    case Action::Info:
        runInfo(cache);
        break;
    case Action::Clear:
        runClear(cache);
        break;
    case Action::Limit:
        runLimit(cache);
        break;
    }
}

void CacheCommand::runInfo(StatsCache &cache) {
    const CacheInfo info = cache.info();
    if (m_format != ExportFormat::Table) {
        finish(writeOutput(infoTable(info), true) ? ExitOk : ExitUsage);
        return;
    }
    const QLocale locale;
    const auto size = [&locale](qint64 bytes) { return locale.formattedDataSize(bytes); };
    const auto when = [&locale](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : tr("never");
    };
    const QList<QPair<QString, QString>> lines{
        {tr("File"), QDir::toNativeSeparators(info.path)},
        {tr("State"), info.open ? tr("in use") : tr("unusable (see the warning above)")},
        {tr("Size on disk"), size(info.fileBytes)},
        {tr("Data"), tr("%1 of %2 allowed").arg(size(info.dataBytes), size(info.limitBytes))},
        {tr("Series"), locale.toString(info.series)},
        {tr("Pieces"), locale.toString(info.rows)},
        {tr("Oldest fetch"), when(info.oldest)},
        {tr("Newest fetch"), when(info.newest)},
    };
    qsizetype width = 0;
    for (const auto &line : lines)
        width = qMax(width, line.first.size());
    QString text;
    for (const auto &line : lines)
        text += QString(line.first + QLatin1Char(':')).leftJustified(width + 2) + line.second +
                QLatin1Char('\n');
    finish(writeData(text.toUtf8()) ? ExitOk : ExitUsage);
}

void CacheCommand::runClear(StatsCache &cache) {
    if (!cache.clear()) {
        Console::instance().error(tr("The statistics cache %1 could not be cleared.")
                                      .arg(QDir::toNativeSeparators(cache.path())));
        finish(ExitUsage);
        return;
    }
    Console::instance().info(
        tr("The statistics cache %1 is empty.").arg(QDir::toNativeSeparators(cache.path())));
    finish(ExitOk);
}

void CacheCommand::runLimit(StatsCache &cache) {
    if (!cache.saveMaxBytes(m_limitBytes)) {
        Console::instance().error(tr("The size limit of the statistics cache %1 could not be "
                                     "changed.")
                                      .arg(QDir::toNativeSeparators(cache.path())));
        finish(ExitUsage);
        return;
    }
    const CacheInfo info = cache.info();
    const QLocale locale;
    Console::instance().info(tr("The statistics cache may now hold %1 (it holds %2).")
                                 .arg(locale.formattedDataSize(info.limitBytes),
                                      locale.formattedDataSize(info.dataBytes)));
    finish(ExitOk);
}

} // namespace trro::cli
