#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

namespace trro {
namespace {

QString matchLanguage(const QString &requested) {
    const QString name = requested.isEmpty() ? QLocale::system().name() : requested;
    if (name.startsWith(QLatin1String("zh"), Qt::CaseInsensitive)) {
        // Traditional Chinese users still read Simplified Chinese better than English.
        return QStringLiteral("zh_CN");
    }
    return QStringLiteral("en");
}

void load(const QString &file, const QString &directory) {
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

QString languageArgument(const QStringList &arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if ((a == QLatin1String("--lang") || a == QLatin1String("-lang")) &&
            i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

QStringList supportedLanguages() {
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

bool isSupportedLanguage(const QString &value) {
    static const QRegularExpression pattern(QStringLiteral("^(en|zh)([_-][A-Za-z]{2,4})?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(value.trimmed()).hasMatch();
}

QString installTranslations(const QString &requested) {
    const QString language = matchLanguage(requested);
    // An explicit choice also sets number and date formats; otherwise they follow the system.
    if (!requested.isEmpty() && QLocale().name() != requested)
        QLocale::setDefault(QLocale(language == QLatin1String("zh_CN") ? QStringLiteral("zh_CN")
                                                                       : QStringLiteral("en_US")));
    if (language == QLatin1String("en")) {
        // The source text is English; the catalogue only has the plural forms.
        load(QStringLiteral("trro_en"), QStringLiteral(":/i18n"));
        return language;
    }
    load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(QStringLiteral("trro_") + language, QStringLiteral(":/i18n"));
    return language;
}

} // namespace trro
