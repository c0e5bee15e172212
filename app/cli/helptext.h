#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace trro::cli {

// The "Options:" block of a parser's help text (the lines under the heading), or empty.
QString optionLines(const QCommandLineParser &parser);
// The long option names a block of option lines documents ("interval", "all-devices", ...).
QStringList optionNames(const QString &optionLines);

// The candidate closest to word when it is a plausible misspelling (at most two edits, or a
// unique prefix); empty otherwise.
QString closestMatch(const QString &word, const QStringList &candidates);

// The unknown option in a QCommandLineParser error ("Unknown option 'intervl'."), or empty.
QString unknownOption(const QCommandLineParser &parser);

} // namespace trro::cli
