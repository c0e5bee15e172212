#include "pgstore.h"

#include "pgbind.h"
#include "pgschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace trro {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("trro::PgStore", text);
}

// The first second of the UTC month holding t.
QDateTime monthStart(qint64 t) {
    const QDate date = QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).date();
    return QDateTime(QDate(date.year(), date.month(), 1), QTime(0, 0), QTimeZone::utc());
}

QString lockText(const StoreScope &scope) {
    return scope.endpoint + QLatin1Char('#') + scope.account;
}

} // namespace

PgStore::PgStore(const PgLocation &location)
    : m_location(location)
    , m_connection(QStringLiteral("trro-pgstore-") + QUuid::createUuid().toString(QUuid::Id128)) {}

PgStore::~PgStore() {
    close();
}

QSqlDatabase PgStore::database() const {
    return QSqlDatabase::database(m_connection, false);
}

bool PgStore::isOpen() const {
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

void PgStore::close() {
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool PgStore::fail(const QString &what, const QString &detail) {
    m_error = detail.isEmpty() ? what : what + QStringLiteral(": ") + detail.trimmed();
    return false;
}

bool PgStore::failQuery(const QString &what, const QSqlQuery &query) {
    return fail(what, query.lastError().text());
}

bool PgStore::rollbackWith(const QString &what, const QSqlQuery &query) {
    failQuery(what, query);
    database().rollback();
    return false;
}

bool PgStore::open(bool migrate) {
    if (isOpen())
        return true;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(tr("Qt's PostgreSQL driver (QPSQL) is not installed"),
                    tr("install the package libqt6sql6-psql"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    m_location.applyTo(db);
    if (!db.open())
        return fail(tr("The store %1 could not be opened").arg(m_location.display()),
                    db.lastError().text());
    QSqlQuery setup(db);
    setup.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    // No NOTICE lines on stderr ("relation ... already exists, skipping").
    setup.exec(QStringLiteral("SET client_min_messages TO warning"));
    if (!migrate)
        return true;
    QString error;
    if (!pgschema::migrate(db, pgschema::CurrentVersion, &error))
        return fail(error, QString());
    return true;
}

bool PgStore::tryLock(const StoreScope &scope) {
    m_error.clear();
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT pg_try_advisory_lock(hashtextextended(?, 0))"));
    query.addBindValue(lockText(scope));
    if (!query.exec() || !query.next())
        return failQuery(tr("The store could not be locked"), query);
    return query.value(0).toBool();
}

bool PgStore::unlock(const StoreScope &scope) {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT pg_advisory_unlock(hashtextextended(?, 0))"));
    query.addBindValue(lockText(scope));
    if (!query.exec() || !query.next())
        return failQuery(tr("The store could not be unlocked"), query);
    return query.value(0).toBool();
}

// Creates the monthly partitions of table that [from, to] touches, each in a statement of its
// own outside the data's transaction (creating one locks the parent table for a moment).
bool PgStore::ensureMonths(const QString &table, qint64 from, qint64 to) {
    QDateTime month = monthStart(from);
    const QDateTime last = monthStart(qMax(from, to));
    for (int guard = 0; month <= last && guard < 1200; ++guard) {
        const QDateTime next = month.addMonths(1);
        const QString name = table + month.toString(QStringLiteral("'_p'yyyyMM"));
        if (!m_partitions.contains(name)) {
            QSqlQuery query(database());
            const QString sql =
                QStringLiteral("CREATE TABLE IF NOT EXISTS %1 PARTITION OF %2 FOR VALUES FROM "
                               "('%3') TO ('%4')")
                    .arg(name, table, month.toString(Qt::ISODate), next.toString(Qt::ISODate));
            if (!query.exec(sql))
                return failQuery(tr("The store could not add the partition %1").arg(name), query);
            m_partitions.insert(name);
        }
        month = next;
    }
    return true;
}

QHash<QString, qint64> PgStore::settledMarks(const StoreScope &scope, const QString &projectId,
                                             Interval interval) {
    QHash<QString, qint64> marks;
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT device_id, settled_until FROM series_progress WHERE "
                       "endpoint = ? AND account = ? AND project_id = ? AND interval = ?"));
    query.addBindValue(pgText(scope.endpoint));
    query.addBindValue(pgText(scope.account));
    query.addBindValue(pgText(projectId));
    query.addBindValue(intervalName(interval));
    if (!query.exec()) {
        failQuery(tr("The store could not be read"), query);
        return marks;
    }
    while (query.next())
        marks.insert(query.value(0).toString(), query.value(1).toLongLong());
    return marks;
}

qint64 PgStore::sessionsSettledUntil(const StoreScope &scope, const QString &projectId) {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT settled_until FROM session_progress WHERE endpoint = ? "
                                 "AND account = ? AND project_id = ?"));
    query.addBindValue(pgText(scope.endpoint));
    query.addBindValue(pgText(scope.account));
    query.addBindValue(pgText(projectId));
    if (!query.exec()) {
        failQuery(tr("The store could not be read"), query);
        return -1;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool PgStore::recordCycle(const StoreScope &scope, qint64 now, bool success,
                          const QString &status) {
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT INTO collector_state (endpoint, account, last_success, last_attempt, "
        "last_status) VALUES (?, ?, ?, ?, ?) ON CONFLICT (endpoint, account) DO UPDATE SET "
        "last_success = coalesce(EXCLUDED.last_success, collector_state.last_success), "
        "last_attempt = EXCLUDED.last_attempt, last_status = EXCLUDED.last_status"));
    query.addBindValue(pgText(scope.endpoint));
    query.addBindValue(pgText(scope.account));
    query.addBindValue(success ? QVariant(now) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(now);
    query.addBindValue(status.left(1000));
    if (!query.exec())
        return failQuery(tr("The store could not record the cycle"), query);
    return true;
}

StoreFreshness PgStore::freshness(const StoreScope &scope) {
    StoreFreshness result;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT coalesce(last_success, 0), last_attempt, last_status "
                                 "FROM collector_state WHERE endpoint = ? AND account = ?"));
    query.addBindValue(pgText(scope.endpoint));
    query.addBindValue(pgText(scope.account));
    if (!query.exec()) {
        failQuery(tr("The store could not be read"), query);
        return result;
    }
    if (query.next()) {
        result.lastSuccess = query.value(0).toLongLong();
        result.lastAttempt = query.value(1).toLongLong();
        result.status = query.value(2).toString();
    }
    return result;
}

int PgStore::retentionMonths() {
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT value FROM settings WHERE name = 'retention_months'")) ||
        !query.next())
        return 0;
    return qBound(0, query.value(0).toInt(), 1200);
}

bool PgStore::setRetentionMonths(int months) {
    if (months < 0 || months > 1200)
        return fail(tr("The retention must be from 0 to 1200 months"), QString());
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT INTO settings (name, value) VALUES ('retention_months', ?) ON CONFLICT (name) "
        "DO UPDATE SET value = EXCLUDED.value"));
    query.addBindValue(QString::number(months));
    if (!query.exec())
        return failQuery(tr("The store could not save the retention"), query);
    return true;
}

int PgStore::applyRetention(qint64 now) {
    const int months = retentionMonths();
    if (months <= 0)
        return 0;
    // Whole months only: the current one and `months` before it stay.
    const qint64 cutoff = monthStart(now).addMonths(-months).toSecsSinceEpoch();
    QSqlQuery list(database());
    list.prepare(QStringLiteral(
        "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
        "JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname IN ('interval_stats', "
        "'sessions') AND c.relname ~ '^(interval_stats|sessions)_p[0-9]{6}$'"));
    if (!list.exec()) {
        failQuery(tr("The store could not list its partitions"), list);
        return -1;
    }
    QStringList doomed;
    while (list.next()) {
        const QString name = list.value(0).toString();
        const QDate first = QDate::fromString(name.right(6), QStringLiteral("yyyyMM"));
        const QDateTime end = QDateTime(first, QTime(0, 0), QTimeZone::utc()).addMonths(1);
        if (first.isValid() && end.toSecsSinceEpoch() <= cutoff)
            doomed << name;
    }
    for (const QString &name : std::as_const(doomed)) {
        QSqlQuery drop(database());
        if (!drop.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(name))) {
            failQuery(tr("The store could not drop the partition %1").arg(name), drop);
            return -1;
        }
        m_partitions.remove(name);
    }
    return int(doomed.size());
}

} // namespace trro
