#include "appsettings.h"

namespace trro {

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat)) {}

AppSettings::~AppSettings() = default;

void AppSettings::sync() {
    m_settings->sync();
}

QString AppSettings::fileName() const {
    return m_settings->fileName();
}

QVariant AppSettings::read(QLatin1StringView name) const {
    return m_settings->value(QString(name));
}

void AppSettings::write(QLatin1StringView name, const QVariant &value) {
    if (value.isValid())
        m_settings->setValue(QString(name), value);
    else
        m_settings->remove(QString(name));
}

} // namespace trro
