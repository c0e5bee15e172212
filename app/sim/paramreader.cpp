#include "paramreader.h"

#include <QJsonValue>
#include <cmath>

using namespace Qt::StringLiterals;

namespace trro::sim {

void ParamReader::fail(const QString &code, const QString &message) {
    if (failed())
        return;
    m_errorCode = code;
    m_errorMessage = message;
}

void ParamReader::allowOnly(const QStringList &names) {
    for (auto it = m_params.constBegin(); it != m_params.constEnd(); ++it) {
        if (!names.contains(it.key())) {
            fail(u"UnknownParameter"_s, u"The parameter `%1` is not recognized."_s.arg(it.key()));
            return;
        }
    }
}

bool ParamReader::has(const QString &name) const {
    const QJsonValue v = m_params.value(name);
    return !v.isUndefined() && !v.isNull();
}

QString ParamReader::string(const QString &name, bool required, const QString &fallback) {
    if (failed())
        return fallback;
    if (!has(name)) {
        if (required)
            fail(u"MissingParameter"_s,
                 u"The request is missing a required parameter `%1`."_s.arg(name));
        return fallback;
    }
    const QJsonValue v = m_params.value(name);
    if (!v.isString()) {
        fail(u"InvalidParameter"_s, u"The parameter `%1` must be a string."_s.arg(name));
        return fallback;
    }
    if (required && v.toString().isEmpty()) {
        fail(u"InvalidParameterValue"_s, u"The value of `%1` must not be empty."_s.arg(name));
        return fallback;
    }
    return v.toString();
}

qint64 ParamReader::integer(const QString &name, bool required, qint64 fallback, qint64 minimum) {
    if (failed())
        return fallback;
    if (!has(name)) {
        if (required)
            fail(u"MissingParameter"_s,
                 u"The request is missing a required parameter `%1`."_s.arg(name));
        return fallback;
    }
    const QJsonValue v = m_params.value(name);
    qint64 value = 0;
    bool ok = false;
    if (v.isDouble()) {
        const double d = v.toDouble();
        ok = std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15;
        value = ok ? qint64(d) : 0;
    } else if (v.isString()) {
        value = v.toString().trimmed().toLongLong(&ok);
    }
    if (!ok) {
        fail(u"InvalidParameter"_s, u"The parameter `%1` must be an integer."_s.arg(name));
        return fallback;
    }
    if (value < minimum) {
        fail(u"InvalidParameterValue"_s,
             u"The value of `%1` must be at least %2."_s.arg(name).arg(minimum));
        return fallback;
    }
    return value;
}

void ParamReader::expectOneOf(const QString &name, const QString &value,
                              const QStringList &allowed) {
    if (failed() || !has(name) || allowed.contains(value))
        return;
    fail(u"InvalidParameterValue"_s,
         u"The value `%1` of `%2` is not one of: %3."_s.arg(value, name, allowed.join(u", "_s)));
}

} // namespace trro::sim
