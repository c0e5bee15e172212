#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace trro::sim {

// Reads request parameters the way the service does: integers as JSON numbers or numeric
// strings, JSON null as absent. The first problem is kept (MissingParameter, InvalidParameter,
// InvalidParameterValue, UnknownParameter) and every later read is a no-op.
class ParamReader final {
public:
    explicit ParamReader(const QJsonObject &params)
        : m_params(params) {}

    // UnknownParameter for any name not listed.
    void allowOnly(const QStringList &names);
    bool has(const QString &name) const;
    QString string(const QString &name, bool required, const QString &fallback = {});
    // An integer >= minimum; `fallback` when absent and not required.
    qint64 integer(const QString &name, bool required, qint64 fallback, qint64 minimum = 0);
    // Fails with InvalidParameterValue unless the value is one of `allowed` (when present).
    void expectOneOf(const QString &name, const QString &value, const QStringList &allowed);
    void fail(const QString &code, const QString &message);

    bool failed() const { return !m_errorCode.isEmpty(); }
    QString errorCode() const { return m_errorCode; }
    QString errorMessage() const { return m_errorMessage; }

private:
    QJsonObject m_params;
    QString m_errorCode;
    QString m_errorMessage;
};

} // namespace trro::sim
