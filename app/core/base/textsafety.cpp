#include "textsafety.h"

namespace trro {
namespace {

bool isControl(char32_t c) {
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    // Bidirectional embeddings, overrides and isolates; line and paragraph separators.
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 ||
           c == 0x2029 || c == 0x200e || c == 0x200f || c == 0x061c;
}

} // namespace

bool hasControls(const QString &text) {
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            return true;
    }
    return false;
}

QString stripControls(const QString &text) {
    if (!hasControls(text))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\t')
            out.append(u' ');
        else if (!isControl(c.unicode()))
            out.append(c);
    }
    return out;
}

bool isSafeHeaderValue(const QString &value, qsizetype maxLength) {
    if (value.size() > maxLength)
        return false;
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

bool isPlausibleRegion(const QString &region) {
    if (region.isEmpty() || region.size() > 64)
        return false;
    for (const QChar c : region) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace trro
