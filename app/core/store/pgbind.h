#pragma once

#include <QString>
#include <QVariant>

namespace trro {

// Qt SQL binds a null QString as SQL NULL. The store's text columns are NOT NULL and "" is a
// value there (the fleet's device id, an empty name): bind those as empty text.
inline QVariant pgText(const QString &text) {
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace trro
