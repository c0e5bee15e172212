#include "degradation.h"

#include "timespec.h"

#include <QCoreApplication>
#include <QDateTime>

namespace trro::sim {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("trro-sim", text);
}

} // namespace

bool parseDegradation(const QString &text, qint64 nowSec, Degradation *out, QString *error) {
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    const qsizetype dots = at < 0 ? -1 : text.indexOf(QLatin1String(".."), at);
    if (equals <= 0 || at < equals + 2 || dots < 0) {
        *error = tr("--degrade takes KIND=VALUE@FROM..TO (KIND field, remote or resolution), "
                    "not \"%1\".")
                     .arg(text);
        return false;
    }
    const QString kind = text.left(equals).trimmed().toLower();
    Degradation d;
    if (kind == QLatin1String("field"))
        d.kind = Degradation::Kind::Field;
    else if (kind == QLatin1String("remote"))
        d.kind = Degradation::Kind::Remote;
    else if (kind == QLatin1String("resolution"))
        d.kind = Degradation::Kind::Resolution;
    else {
        *error =
            tr("--degrade: the kind must be field, remote or resolution, not \"%1\".").arg(kind);
        return false;
    }
    d.value = text.mid(equals + 1, at - equals - 1).trimmed();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(nowSec, QTimeZone::utc());
    QString why;
    const QString from = text.mid(at + 1, dots - at - 1).trimmed();
    const QString to = text.mid(dots + 2).trimmed();
    if (!parseTimeSpec(from, now, &d.from, &why) || !parseTimeSpec(to, now, &d.to, &why)) {
        *error = tr("--degrade %1: %2").arg(text, why);
        return false;
    }
    if (d.to <= d.from) {
        *error = tr("--degrade %1: the span ends before it starts.").arg(text);
        return false;
    }
    *out = d;
    return true;
}

Degradation demoDegradation(qint64 localOffsetSec, qint64 nowSec) {
    const qint64 localMidnight = (nowSec + localOffsetSec) / 86400 * 86400 - localOffsetSec;
    Degradation d;
    d.kind = Degradation::Kind::Remote;
    d.value = QStringLiteral("roc_nb_04");
    d.from = localMidnight - 86400 + 13 * 3600;
    d.to = localMidnight - 86400 + 17 * 3600;
    return d;
}

} // namespace trro::sim
