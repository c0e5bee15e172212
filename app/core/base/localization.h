#pragma once

#include <QLocale>
#include <QString>

namespace trro {

// Languages the application ships: English source text and Simplified Chinese.
QStringList supportedLanguages(); // "en", "zh_CN"
// Whether a --lang value names one of them ("en", "en_US", "zh_CN", "zh-CN", "zh").
bool isSupportedLanguage(const QString &value);

// The value of "--lang X" or "--lang=X" in a program's arguments, or an empty string. Read
// before the command line is parsed, so that the help text is already translated.
QString languageArgument(const QStringList &arguments);

// Picks the language: `requested` ("zh_CN", "en", or empty for the system locale), falling
// back to English for anything not shipped. Installs Qt's own translations (qtbase) and the
// application's on the running QCoreApplication; an explicit choice also sets QLocale's default
// so that numbers and dates follow it. Returns the language used ("en" or "zh_CN").
QString installTranslations(const QString &requested);

} // namespace trro
