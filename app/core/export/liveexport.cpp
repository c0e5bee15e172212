#include "liveexport.h"

#include <QCoreApplication>

namespace trro {

ExportTable liveSessionsTable(const QList<LiveRow> &rows) {
    using Kind = ExportTable::Kind;
    const auto column = [](const char *key, const char *title, Kind kind) {
        return ExportTable::Column{QLatin1String(key),
                                   QCoreApplication::translate("trro::StatsExport", title), kind};
    };
    ExportTable table;
    table.columns = {
        column("SessionId", QT_TRANSLATE_NOOP("trro::StatsExport", "Session"), Kind::Text),
        column("FieldDeviceId", QT_TRANSLATE_NOOP("trro::StatsExport", "Field device"), Kind::Text),
        column("RemoteDeviceId", QT_TRANSLATE_NOOP("trro::StatsExport", "Remote device"),
               Kind::Text),
        column("Resolution", QT_TRANSLATE_NOOP("trro::StatsExport", "Resolution"), Kind::Text),
        column("StartTime", QT_TRANSLATE_NOOP("trro::StatsExport", "Start"), Kind::UnixTime),
        column("LatestUpdateTime", QT_TRANSLATE_NOOP("trro::StatsExport", "Last report"),
               Kind::UnixTime),
        column("Stale", QT_TRANSLATE_NOOP("trro::StatsExport", "Stale"), Kind::Flag),
    };
    for (const LiveRow &r : rows) {
        if (r.ended)
            continue;
        table.rows.append({r.session.sessionId, r.session.fieldDeviceId, r.session.remoteDeviceId,
                           r.session.resolution, r.session.startTime, r.session.latestUpdateTime,
                           r.stale});
    }
    return table;
}

} // namespace trro
