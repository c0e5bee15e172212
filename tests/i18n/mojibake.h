#pragma once

// The test for double-encoded text shared by the catalogue test and the trro-stats tests.

#include <QByteArray>
#include <QString>

namespace trro::test {

// A run of characters up to U+00FF whose Latin-1 bytes are valid UTF-8 with a multi-byte
// sequence is UTF-8 decoded as Latin-1 (or cp1252, whose extra characters are mapped back).
inline bool isMojibake(const QString &text) {
    static const QString cp1252 = QStringLiteral(
        "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d"
        "\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a"
        "\u0153\u009d\u017e\u0178");
    QByteArray run;
    // Whether the bytes are well-formed UTF-8 with at least one multi-byte sequence.
    auto check = [&run] {
        bool multi = false;
        bool valid = true;
        for (qsizetype i = 0; i < run.size() && valid; ++i) {
            const uchar c = uchar(run.at(i));
            if (c < 0x80)
                continue;
            const int length = c >= 0xc2 && c <= 0xdf   ? 2
                               : c >= 0xe0 && c <= 0xef ? 3
                               : c >= 0xf0 && c <= 0xf4 ? 4
                                                        : 0;
            valid = length > 0 && i + length <= run.size();
            for (int k = 1; valid && k < length; ++k)
                valid = (uchar(run.at(i + k)) & 0xc0) == 0x80;
            multi = multi || valid;
            i += length - 1;
        }
        run.clear();
        return multi && valid;
    };
    for (const QChar c : text) {
        const qsizetype high = cp1252.indexOf(c);
        if (c.unicode() <= 0xff) {
            run.append(char(c.unicode()));
        } else if (high >= 0 && !run.isEmpty()) {
            run.append(char(0x80 + high)); // only inside a run: a lone "—" is just a dash
        } else if (check()) {
            return true;
        }
    }
    return check();
}

} // namespace trro::test
