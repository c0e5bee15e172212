#include "types.h"

namespace trro {

QString intervalName(Interval interval) {
    switch (interval) {
    case Interval::Hour:
        return QStringLiteral("hour");
    case Interval::Day:
        return QStringLiteral("day");
    case Interval::Month:
        return QStringLiteral("month");
    }
    return {};
}

bool parseInterval(const QString &text, Interval *interval) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("hour"))
        *interval = Interval::Hour;
    else if (t == QLatin1String("day"))
        *interval = Interval::Day;
    else if (t == QLatin1String("month"))
        *interval = Interval::Month;
    else
        return false;
    return true;
}

qint64 nominalSeconds(Interval interval) {
    switch (interval) {
    case Interval::Hour:
        return 3600;
    case Interval::Day:
        return 86400;
    case Interval::Month:
        return 30 * 86400;
    }
    return 0;
}

QString deviceTypeName(DeviceType type) {
    switch (type) {
    case DeviceType::Field:
        return QStringLiteral("field");
    case DeviceType::Remote:
        return QStringLiteral("remote");
    case DeviceType::Unknown:
        break;
    }
    return {};
}

DeviceType parseDeviceType(const QString &text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("field"))
        return DeviceType::Field;
    if (t == QLatin1String("remote"))
        return DeviceType::Remote;
    return DeviceType::Unknown;
}

} // namespace trro
