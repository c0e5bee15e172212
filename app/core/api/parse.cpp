#include "parse.h"

#include "responselimits.h"
#include "textsafety.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>
#include <cmath>
#include <limits>

namespace trro {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("trro", text);
}

ApiError malformed(const QString &message) {
    return ApiError::make(ApiError::Kind::Malformed, QStringLiteral("MalformedResponse"), message);
}

ApiError wrongType(const QString &field, const char *expected) {
    return malformed(tr("Field \"%1\" is not %2.").arg(field, tr(expected)));
}

// Reads an integer field; a missing field reads as 0.
bool readIntField(const QJsonObject &o, const QString &path, const QString &key, qint64 *out,
                  ApiError *error) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = 0;
        return true;
    }
    if (!readInteger(v, out)) {
        *error = wrongType(path + key, QT_TRANSLATE_NOOP("trro", "an integer"));
        return false;
    }
    return true;
}

// Reads an integer field that must lie in [lo, hi]; a missing field reads as 0.
bool readBoundedField(const QJsonObject &o, const QString &path, const QString &key, qint64 lo,
                      qint64 hi, qint64 *out, ApiError *error) {
    if (!readIntField(o, path, key, out, error))
        return false;
    if (*out < lo || *out > hi) {
        *error = ApiError::make(
            ApiError::Kind::Malformed, QStringLiteral("ValueOutOfRange"),
            tr("Field \"%1\" is %2, outside %3–%4.").arg(path + key).arg(*out).arg(lo).arg(hi));
        return false;
    }
    return true;
}

// A count: 0..MaxCount.
bool readCountField(const QJsonObject &o, const QString &path, const QString &key, qint64 *out,
                    ApiError *error) {
    return readBoundedField(o, path, key, 0, limits::MaxCount, out, error);
}

// A unix time: 0 (not given) or within the plausible window.
bool readTimeField(const QJsonObject &o, const QString &path, const QString &key, qint64 *out,
                   ApiError *error) {
    if (!readIntField(o, path, key, out, error))
        return false;
    if (*out == 0)
        return true;
    return readBoundedField(o, path, key, limits::EarliestTime, limits::LatestTime, out, error);
}

bool readStringField(const QJsonObject &o, const QString &path, const QString &key, QString *out,
                     ApiError *error) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return true;
    }
    if (v.isString()) {
        if (v.toString().size() > limits::MaxTextLength) {
            *error = malformed(tr("Field \"%1\" is longer than %2 characters.")
                                   .arg(path + key)
                                   .arg(limits::MaxTextLength));
            return false;
        }
        // Server text goes to terminals, tables and spreadsheets: no control characters.
        *out = stripControls(v.toString());
        return true;
    }
    if (v.isDouble()) { // ids sometimes arrive as numbers
        qint64 n = 0;
        if (readInteger(v, &n)) {
            *out = QString::number(n);
            return true;
        }
    }
    *error = wrongType(path + key, QT_TRANSLATE_NOOP("trro", "a string"));
    return false;
}

// Reads a list field; missing or null is an empty list.
bool readArrayField(const QJsonObject &o, const QString &key, QJsonArray *out, ApiError *error) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = {};
        return true;
    }
    if (!v.isArray()) {
        *error = wrongType(key, QT_TRANSLATE_NOOP("trro", "a list"));
        return false;
    }
    *out = v.toArray();
    return true;
}

bool readPage(const QJsonObject &o, Page *page, ApiError *error) {
    Page p;
    if (!readBoundedField(o, {}, QStringLiteral("Total"), 0, limits::MaxListTotal, &p.total,
                          error) ||
        !readBoundedField(o, {}, QStringLiteral("Num"), 0, limits::MaxListTotal, &p.num, error))
        return false;
    if (page)
        *page = p;
    return true;
}

QString elementPath(const QString &list, qsizetype index) {
    return list + QLatin1Char('[') + QString::number(index) + QLatin1String("].");
}

template <typename T, typename Fn>
Result<QList<T>> readList(const QJsonObject &o, const QString &key, Fn readOne) {
    QJsonArray array;
    ApiError error;
    if (!readArrayField(o, key, &array, &error))
        return error;
    QList<T> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = elementPath(key, i);
        if (!array.at(i).isObject())
            return malformed(tr("Field \"%1\" is not an object.").arg(path.chopped(1)));
        T item;
        if (!readOne(array.at(i).toObject(), path, &item, &error))
            return error;
        out.append(std::move(item));
    }
    return out;
}

} // namespace

bool readInteger(const QJsonValue &value, qint64 *out) {
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.007199254740992e15)
            return false;
        *out = qint64(d);
        return true;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (!ok)
            return false;
        *out = n;
        return true;
    }
    return false;
}

namespace {

QDateTime readAnyTime(const QJsonValue &value) {
    qint64 seconds = 0;
    const auto fromSeconds = [](qint64 t) {
        // Checked before Qt multiplies it into milliseconds.
        return t < limits::EarliestTime || t > limits::LatestTime
                   ? QDateTime()
                   : QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
    };
    if (value.isDouble() && readInteger(value, &seconds))
        return fromSeconds(seconds);
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    bool numeric = false;
    seconds = text.toLongLong(&numeric);
    if (numeric)
        return fromSeconds(seconds);
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) // "2022-03-22 08:00:00" is seen in some consoles: read it as UTC+8
        t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone(8 * 3600));
    return t;
}

} // namespace

QDateTime readTime(const QJsonValue &value) {
    const QDateTime t = readAnyTime(value);
    if (!t.isValid())
        return t;
    const qint64 seconds = t.toSecsSinceEpoch();
    // Zero is how the service says "never"; beyond the window is noise, not a date.
    if (seconds < limits::EarliestTime || seconds > limits::LatestTime)
        return {};
    return t;
}

Result<QJsonObject> parseEnvelope(const QByteArray &body, int httpStatus) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (httpStatus != 200 && httpStatus != 0) {
            ApiError e = ApiError::make(ApiError::Kind::Http, QStringLiteral("HttpError"),
                                        tr("The service answered HTTP %1.").arg(httpStatus));
            e.httpStatus = httpStatus;
            return e;
        }
        ApiError e = malformed(parseError.error != QJsonParseError::NoError
                                   ? tr("The response is not valid JSON (%1 at byte %2).")
                                         .arg(parseError.errorString())
                                         .arg(parseError.offset)
                                   : tr("The response is not a JSON object."));
        e.httpStatus = httpStatus;
        return e;
    }
    const QJsonValue responseValue = doc.object().value(QLatin1String("Response"));
    if (!responseValue.isObject()) {
        ApiError e = malformed(tr("The response has no \"Response\" object."));
        e.httpStatus = httpStatus;
        return e;
    }
    const QJsonObject response = responseValue.toObject();
    const QString requestId =
        stripControls(response.value(QLatin1String("RequestId")).toString().left(128));
    const QJsonValue errorValue = response.value(QLatin1String("Error"));
    if (!errorValue.isUndefined() && !errorValue.isNull()) {
        const QJsonObject errorObject = errorValue.toObject();
        // The code and the message go to terminals and dialogs: no control characters, and
        // no novel.
        ApiError e = ApiError::make(
            ApiError::Kind::Api,
            stripControls(errorObject.value(QLatin1String("Code")).toString().left(128)),
            stripControls(errorObject.value(QLatin1String("Message"))
                              .toString()
                              .left(limits::MaxTextLength)));
        if (e.code.isEmpty())
            e.code = QStringLiteral("UnknownError");
        e.requestId = requestId;
        e.httpStatus = httpStatus;
        return e;
    }
    if (httpStatus != 200 && httpStatus != 0) {
        ApiError e = ApiError::make(ApiError::Kind::Http, QStringLiteral("HttpError"),
                                    tr("The service answered HTTP %1.").arg(httpStatus));
        e.httpStatus = httpStatus;
        e.requestId = requestId;
        return e;
    }
    return response;
}

Result<IntervalSeries> parseIntervalStatistics(const QJsonObject &response) {
    auto readOne = [](const QJsonObject &o, const QString &path, IntervalBucket *b, ApiError *e) {
        qint64 ratio = 0;
        const bool ok =
            readTimeField(o, path, QStringLiteral("StartTime"), &b->startTime, e) &&
            readTimeField(o, path, QStringLiteral("EndTime"), &b->endTime, e) &&
            readCountField(o, path, QStringLiteral("SessionNum"), &b->sessionNum, e) &&
            readCountField(o, path, QStringLiteral("TotalDuration"), &b->totalDuration, e) &&
            readBoundedField(o, path, QStringLiteral("NotBadSessionRatio"), 0, 100, &ratio, e) &&
            readCountField(o, path, QStringLiteral("ActiveFieldDeviceNum"),
                           &b->activeFieldDeviceNum, e) &&
            readCountField(o, path, QStringLiteral("ActiveRemoteDeviceNum"),
                           &b->activeRemoteDeviceNum, e);
        if (ok)
            b->notBadSessionRatio = int(ratio);
        return ok;
    };
    auto buckets = readList<IntervalBucket>(response, QStringLiteral("SessionStatistics"), readOne);
    if (!buckets)
        return buckets.error();
    IntervalSeries series;
    series.buckets = std::move(buckets.value());
    series.requestId = response.value(QLatin1String("RequestId")).toString();
    return series;
}

Result<SessionTotals> parseSessionTotals(const QJsonObject &response) {
    SessionTotals t;
    ApiError e;
    qint64 ratio = 0;
    if (!readCountField(response, {}, QStringLiteral("SessionNum"), &t.sessionNum, &e) ||
        !readCountField(response, {}, QStringLiteral("TotalDuration"), &t.totalDuration, &e) ||
        !readBoundedField(response, {}, QStringLiteral("NotBadSessionRatio"), 0, 100, &ratio, &e) ||
        !readCountField(response, {}, QStringLiteral("ActiveFieldDeviceNum"),
                        &t.activeFieldDeviceNum, &e) ||
        !readCountField(response, {}, QStringLiteral("ActiveRemoteDeviceNum"),
                        &t.activeRemoteDeviceNum, &e))
        return e;
    t.notBadSessionRatio = int(ratio);
    return t;
}

Result<QList<Device>> parseDevices(const QJsonObject &response, Page *page) {
    ApiError e;
    if (!readPage(response, page, &e))
        return e;
    return readList<Device>(
        response, QStringLiteral("Devices"),
        [](const QJsonObject &o, const QString &path, Device *d, ApiError *err) {
            QString type;
            const bool ok =
                readStringField(o, path, QStringLiteral("DeviceId"), &d->deviceId, err) &&
                readStringField(o, path, QStringLiteral("DeviceName"), &d->deviceName, err) &&
                readStringField(o, path, QStringLiteral("DeviceStatus"), &d->deviceStatus, err) &&
                readStringField(o, path, QStringLiteral("DeviceType"), &type, err) &&
                readStringField(o, path, QStringLiteral("ProjectId"), &d->projectId, err);
            d->deviceType = parseDeviceType(type);
            d->modifyTime = readTime(o.value(QLatin1String("ModifyTime")));
            d->lastReportTime = readTime(o.value(QLatin1String("LastReportTime")));
            return ok;
        });
}

Result<QList<Project>> parseProjects(const QJsonObject &response, Page *page) {
    ApiError e;
    if (!readPage(response, page, &e))
        return e;
    return readList<Project>(
        response, QStringLiteral("Projects"),
        [](const QJsonObject &o, const QString &path, Project *p, ApiError *err) {
            const bool ok =
                readStringField(o, path, QStringLiteral("ProjectId"), &p->projectId, err) &&
                readStringField(o, path, QStringLiteral("ProjectName"), &p->projectName, err) &&
                readStringField(o, path, QStringLiteral("ProjectDescription"),
                                &p->projectDescription, err) &&
                readStringField(o, path, QStringLiteral("PolicyMode"), &p->policyMode, err);
            p->modifyTime = readTime(o.value(QLatin1String("ModifyTime")));
            return ok;
        });
}

Result<QList<DeviceSession>> parseDeviceSessions(const QJsonObject &response, Page *page) {
    ApiError e;
    if (!readPage(response, page, &e))
        return e;
    return readList<DeviceSession>(
        response, QStringLiteral("DeviceSessionList"),
        [](const QJsonObject &o, const QString &path, DeviceSession *s, ApiError *err) {
            return readStringField(o, path, QStringLiteral("SessionId"), &s->sessionId, err) &&
                   readStringField(o, path, QStringLiteral("RemoteDeviceId"), &s->remoteDeviceId,
                                   err) &&
                   readStringField(o, path, QStringLiteral("FieldDeviceId"), &s->fieldDeviceId,
                                   err) &&
                   readStringField(o, path, QStringLiteral("Resolution"), &s->resolution, err) &&
                   readTimeField(o, path, QStringLiteral("StartTime"), &s->startTime, err) &&
                   readTimeField(o, path, QStringLiteral("EndTime"), &s->endTime, err) &&
                   readStringField(o, path, QStringLiteral("Quality"), &s->quality, err);
        });
}

Result<QList<RecentSession>> parseRecentSessions(const QJsonObject &response, Page *page) {
    ApiError e;
    if (!readPage(response, page, &e))
        return e;
    return readList<RecentSession>(
        response, QStringLiteral("RecentSessionList"),
        [](const QJsonObject &o, const QString &path, RecentSession *s, ApiError *err) {
            return readStringField(o, path, QStringLiteral("SessionId"), &s->sessionId, err) &&
                   readStringField(o, path, QStringLiteral("RemoteDeviceId"), &s->remoteDeviceId,
                                   err) &&
                   readStringField(o, path, QStringLiteral("FieldDeviceId"), &s->fieldDeviceId,
                                   err) &&
                   readStringField(o, path, QStringLiteral("Resolution"), &s->resolution, err) &&
                   readTimeField(o, path, QStringLiteral("StartTime"), &s->startTime, err) &&
                   readTimeField(o, path, QStringLiteral("LatestUpdateTime"), &s->latestUpdateTime,
                                 err);
        });
}

} // namespace trro
