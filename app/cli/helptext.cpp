#include "helptext.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <algorithm>

namespace trro::cli {
namespace {

int editDistance(const QString &a, const QString &b) {
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

QString optionLines(const QCommandLineParser &parser) {
    const QStringList lines = parser.helpText().split(QLatin1Char('\n'));
    QStringList out;
    for (const QString &line : lines) {
        if (out.isEmpty() && !line.startsWith(QLatin1String("  -")))
            continue; // before the first option line
        if (line.isEmpty())
            break;
        out.append(line);
    }
    return out.join(QLatin1Char('\n'));
}

QStringList optionNames(const QString &optionLines) {
    static const QRegularExpression name(QStringLiteral("^\\s+(?:-\\w, )?--([a-z][a-z-]*)"),
                                         QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = name.globalMatch(optionLines); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

QString closestMatch(const QString &word, const QStringList &candidates) {
    const QString w = word.toLower();
    if (w.isEmpty())
        return {};
    QString best;
    int bestDistance = 3;
    QStringList prefixed;
    for (const QString &c : candidates) {
        if (c.startsWith(w) && w.size() >= 2)
            prefixed.append(c);
        const int d = editDistance(w, c);
        if (d < bestDistance && d < c.size()) {
            bestDistance = d;
            best = c;
        }
    }
    if (best.isEmpty() && prefixed.size() == 1)
        return prefixed.front();
    return best;
}

QString unknownOption(const QCommandLineParser &parser) {
    const QStringList unknown = parser.unknownOptionNames();
    return unknown.isEmpty() ? QString() : unknown.front();
}

} // namespace trro::cli
