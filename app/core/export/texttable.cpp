#include "texttable.h"

#include <QChar>
#include <algorithm>
#include <array>
#include <utility>

namespace trro {
namespace {

// Wide (W) and fullwidth (F) ranges of Unicode's East Asian Width property, merged.
constexpr std::array<std::pair<char32_t, char32_t>, 22> WideRanges{{
    {0x1100, 0x115F},                     // Hangul Jamo initial consonants
    {0x231A, 0x231B},                     // watch, hourglass
    {0x2329, 0x232A},                     // angle brackets
    {0x23E9, 0x23EC},   {0x2E80, 0x303E}, // CJK radicals, Kangxi, CJK symbols and punctuation
    {0x3041, 0x33FF},   // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
    {0x3400, 0x4DBF},   // CJK extension A
    {0x4E00, 0x9FFF},   // CJK unified ideographs
    {0xA000, 0xA4CF},   // Yi
    {0xA960, 0xA97F},   // Hangul Jamo extended A
    {0xAC00, 0xD7A3},   // Hangul syllables
    {0xF900, 0xFAFF},   // CJK compatibility ideographs
    {0xFE10, 0xFE19},   // vertical forms
    {0xFE30, 0xFE6F},   // CJK compatibility forms, small form variants
    {0xFF00, 0xFF60},   // fullwidth forms
    {0xFFE0, 0xFFE6},   // fullwidth signs
    {0x16FE0, 0x18AFF}, // Tangut and friends
    {0x1B000, 0x1B2FF}, // Kana supplement and extensions
    {0x1F300, 0x1F64F}, // pictographs, emoticons
    {0x1F900, 0x1F9FF}, // supplemental symbols and pictographs
    {0x20000, 0x2FFFD}, // CJK extensions B-F, compatibility supplement
    {0x30000, 0x3FFFD}, // CJK extension G and later
}};

int codePointWidth(char32_t ucs) {
    if (ucs == 0x200B || (ucs >= 0x200C && ucs <= 0x200F) || ucs == 0xFEFF)
        return 0; // zero-width space, joiners, marks, BOM
    switch (QChar::category(ucs)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
        return 0;
    default:
        break;
    }
    if (ucs >= 0x1160 && ucs <= 0x11FF)
        return 0; // Hangul medial vowels and final consonants combine
    for (const auto &[first, last] : WideRanges) {
        if (ucs < first)
            break;
        if (ucs <= last)
            return 2;
    }
    return 1;
}

QString padded(const QString &text, int width, TextTable::Align align) {
    const int fill = width - TextTable::displayWidth(text);
    if (fill <= 0)
        return text;
    const QString spaces(fill, QLatin1Char(' '));
    return align == TextTable::Align::Right ? spaces + text : text + spaces;
}

} // namespace

void TextTable::setHeader(const QStringList &titles, const QList<Align> &alignment) {
    m_titles = titles;
    m_alignment = alignment;
    m_alignment.resize(titles.size(), Align::Left);
}

void TextTable::addRow(const QStringList &cells) {
    QStringList row = cells;
    row.resize(m_titles.size());
    m_rows.append(row);
}

QString TextTable::sanitized(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += QLatin1Char(' ');
        else if (c.category() == QChar::Other_Control)
            out += QChar(QChar::ReplacementCharacter);
        else
            out += c;
    }
    return out;
}

int TextTable::displayWidth(const QString &text) {
    int width = 0;
    const QList<uint> codePoints = sanitized(text).toUcs4();
    for (const uint ucs : codePoints)
        width += codePointWidth(char32_t(ucs));
    return width;
}

QString TextTable::toString() const {
    if (m_titles.isEmpty())
        return {};
    const qsizetype columns = m_titles.size();
    QList<int> widths(columns, 0);
    const auto measure = [&widths](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(cells[i]));
    };
    measure(m_titles);
    for (const QStringList &row : m_rows)
        measure(row);

    QString out;
    const auto appendLine = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < columns; ++i) {
            if (i > 0)
                line += QLatin1String("  ");
            line += padded(sanitized(cells[i]), widths[i], m_alignment[i]);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    };
    appendLine(m_titles);
    QStringList rule;
    rule.reserve(columns);
    for (const int width : std::as_const(widths))
        rule.append(QString(width, QLatin1Char('-')));
    appendLine(rule);
    for (const QStringList &row : m_rows)
        appendLine(row);
    return out;
}

} // namespace trro
