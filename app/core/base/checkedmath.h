#pragma once

#include <QtGlobal>
#include <limits>

namespace trro {

// Arithmetic on values that came from outside: false instead of undefined behaviour when the
// result does not fit.
inline bool checkedAdd(qint64 a, qint64 b, qint64 *out) {
    return !__builtin_add_overflow(a, b, out);
}
inline bool checkedSub(qint64 a, qint64 b, qint64 *out) {
    return !__builtin_sub_overflow(a, b, out);
}
inline bool checkedMul(qint64 a, qint64 b, qint64 *out) {
    return !__builtin_mul_overflow(a, b, out);
}

// a + b, clamped to the qint64 range.
inline qint64 saturatingAdd(qint64 a, qint64 b) {
    qint64 out = 0;
    if (checkedAdd(a, b, &out))
        return out;
    return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
}

// a - b, clamped to the qint64 range.
inline qint64 saturatingSub(qint64 a, qint64 b) {
    qint64 out = 0;
    if (checkedSub(a, b, &out))
        return out;
    return b < 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
}

} // namespace trro
