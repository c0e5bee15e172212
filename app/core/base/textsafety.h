#pragma once

#include <QByteArray>
#include <QString>

namespace trro {

// Text from the service, the cache or the user, made safe for where it goes.

// Removes C0 and C1 control characters, DEL, and the Unicode format characters that reorder
// or hide text (bidirectional overrides and isolates, zero-width joiners aside), so that a
// terminal never receives an escape sequence and a line stays one line. Tab becomes a space.
QString stripControls(const QString &text);
bool hasControls(const QString &text);

// Whether a value may be sent as an HTTP header value: printable ASCII (0x20..0x7E) only, no
// CR, LF or other control characters, not longer than maxLength.
bool isSafeHeaderValue(const QString &value, qsizetype maxLength = 4096);

// Whether a region name looks like one ("ap-guangzhou", "na-siliconvalley"): ASCII letters,
// digits and '-', at most 64 characters.
bool isPlausibleRegion(const QString &region);

} // namespace trro
