// The local service's sessions in progress: DescribeRecentSessionList from the fleet model and
// its clock (sessions start, run and end), paging, and the details of a running session that
// grow with time.

#include "actionhandler.h"
#include "fleet.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace trro;
using namespace trro::sim;

namespace {

// Wednesday 2026-11-25 14:37 China time: a working afternoon.
const qint64 Afternoon =
    QDateTime(QDate(2026, 11, 25), QTime(14, 37), QTimeZone(8 * 3600)).toSecsSinceEpoch();

} // namespace

class TestSimRunning final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runningMeansStartedAndNotEnded();
    void pagesAddUpToTotal();
    void sessionsStartRunAndEnd();
    void deviceFilter();
    void rangeIsTheLastTwoHours();
    void detailsOfARunningSessionGrow();

private:
    ActionResult recent(qint64 now, const QJsonObject &extra = {}, qint64 page = 1,
                        qint64 size = 100);
    QSet<QString> ids(const ActionResult &result) const;

    std::unique_ptr<Fleet> m_fleet;
    std::unique_ptr<ActionHandler> m_handler;
    QString m_projectId;
    int m_project = 0;
};

void TestSimRunning::initTestCase() {
    m_fleet = std::make_unique<Fleet>(FleetConfig::standard(), Afternoon);
    m_handler = std::make_unique<ActionHandler>(m_fleet.get(), 100);
    m_projectId = FleetConfig::standard().projects.constFirst().projectId;
    m_project = m_fleet->catalog().projectIndex(m_projectId);
}

ActionResult TestSimRunning::recent(qint64 now, const QJsonObject &extra, qint64 page,
                                    qint64 size) {
    QJsonObject params{
        {u"ProjectId"_s, m_projectId}, {u"PageNumber"_s, page}, {u"PageSize"_s, size}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        params.insert(it.key(), it.value());
    return m_handler->handle(u"DescribeRecentSessionList"_s, params, now);
}

QSet<QString> TestSimRunning::ids(const ActionResult &result) const {
    QSet<QString> out;
    for (const QJsonValue &v : result.fields.value(u"RecentSessionList"_s).toArray())
        out.insert(v.toObject().value(u"SessionId"_s).toString());
    return out;
}

void TestSimRunning::runningMeansStartedAndNotEnded() {
    QVERIFY(ActionHandler::isServed(u"DescribeRecentSessionList"_s));
    const ActionResult r = recent(Afternoon);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    const QJsonArray list = r.fields.value(u"RecentSessionList"_s).toArray();
    QVERIFY2(list.size() >= 5, qPrintable(QString::number(list.size())));
    QCOMPARE(r.fields.value(u"Total"_s).toInteger(), list.size());
    QCOMPARE(r.fields.value(u"Num"_s).toInteger(), list.size());
    qint64 previousStart = std::numeric_limits<qint64>::max();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        for (const QString &key : {u"SessionId"_s, u"RemoteDeviceId"_s, u"FieldDeviceId"_s,
                                   u"Resolution"_s, u"StartTime"_s, u"LatestUpdateTime"_s})
            QVERIFY2(o.contains(key), qPrintable(key));
        int p = 0;
        Session s;
        QVERIFY(m_fleet->model().findSession(o.value(u"SessionId"_s).toString(), &p, &s));
        QVERIFY(s.startTime <= Afternoon && Afternoon < s.endTime());
        const qint64 latest = o.value(u"LatestUpdateTime"_s).toInteger();
        QVERIFY(latest >= s.startTime && latest <= Afternoon);
        QCOMPARE(o.value(u"StartTime"_s).toInteger(), s.startTime);
        // Newest first.
        QVERIFY(s.startTime <= previousStart);
        previousStart = s.startTime;
    }
    // Every session the fleet has in progress is listed: sessions of the hours before,
    // filtered by hand.
    QSet<QString> expected;
    const Fleet::SessionPage all = m_fleet->sessions(
        m_project, -1, Afternoon - 3 * 3600, Afternoon + 3 * 3600, Afternoon + 4 * 3600, 0, 100000);
    for (const DeviceSession &d : all.sessions) {
        if (d.startTime <= Afternoon && Afternoon < d.endTime)
            expected.insert(d.sessionId);
    }
    QCOMPARE(ids(r), expected);
}

void TestSimRunning::pagesAddUpToTotal() {
    const ActionResult whole = recent(Afternoon);
    const qint64 total = whole.fields.value(u"Total"_s).toInteger();
    QSet<QString> paged;
    for (qint64 page = 1; page <= (total + 2) / 3; ++page) {
        const ActionResult r = recent(Afternoon, {}, page, 3);
        QVERIFY(r.ok());
        QCOMPARE(r.fields.value(u"Total"_s).toInteger(), total);
        const QSet<QString> got = ids(r);
        QVERIFY(!paged.intersects(got));
        paged.unite(got);
    }
    QCOMPARE(paged, ids(whole));
    QCOMPARE(ids(recent(Afternoon, {}, (total + 2) / 3 + 1, 3)).size(), 0);
    const ActionResult missing = m_handler->handle(u"DescribeRecentSessionList"_s,
                                                   {{u"ProjectId"_s, m_projectId}}, Afternoon);
    QVERIFY(!missing.ok()); // PageNumber and PageSize are required
}

void TestSimRunning::sessionsStartRunAndEnd() {
    const QSet<QString> before = ids(recent(Afternoon));
    const QSet<QString> later = ids(recent(Afternoon + 600));
    // Ten minutes later some have ended and others started.
    QVERIFY(!(before - later).isEmpty());
    QVERIFY(!(later - before).isEmpty());
    for (const QString &id : before - later) {
        int p = 0;
        Session s;
        QVERIFY(m_fleet->model().findSession(id, &p, &s));
        QVERIFY(s.endTime() <= Afternoon + 600);
    }
    for (const QString &id : later - before) {
        int p = 0;
        Session s;
        QVERIFY(m_fleet->model().findSession(id, &p, &s));
        QVERIFY(s.startTime > Afternoon);
    }
}

void TestSimRunning::deviceFilter() {
    const QJsonArray all = recent(Afternoon).fields.value(u"RecentSessionList"_s).toArray();
    QVERIFY(!all.isEmpty());
    const QJsonObject one = all.first().toObject();
    for (const QString &key : {u"FieldDeviceId"_s, u"RemoteDeviceId"_s}) {
        const QString device = one.value(key).toString();
        const ActionResult r = recent(Afternoon, {{u"DeviceId"_s, device}});
        QVERIFY(r.ok());
        QVERIFY(ids(r).contains(one.value(u"SessionId"_s).toString()));
        for (const QJsonValue &v : r.fields.value(u"RecentSessionList"_s).toArray())
            QCOMPARE(v.toObject().value(key).toString(), device);
    }
    QCOMPARE(ids(recent(Afternoon, {{u"DeviceId"_s, u"no_such_device"_s}})).size(), 0);
}

void TestSimRunning::rangeIsTheLastTwoHours() {
    // A start outside the last two hours reads as two hours ago: the same list.
    QCOMPARE(ids(recent(Afternoon, {{u"StartTime"_s, Afternoon - 86400}})), ids(recent(Afternoon)));
    // Sessions that started in the last five minutes only.
    const ActionResult r = recent(Afternoon, {{u"StartTime"_s, Afternoon - 300}});
    QVERIFY(r.ok());
    for (const QJsonValue &v : r.fields.value(u"RecentSessionList"_s).toArray())
        QVERIFY(v.toObject().value(u"StartTime"_s).toInteger() >= Afternoon - 300);
    QVERIFY(ids(r).size() < ids(recent(Afternoon)).size());
}

void TestSimRunning::detailsOfARunningSessionGrow() {
    // A session that runs at least five more minutes.
    QString id;
    Session session;
    for (const QString &candidate : ids(recent(Afternoon))) {
        int p = 0;
        Session s;
        QVERIFY(m_fleet->model().findSession(candidate, &p, &s));
        if (s.endTime() > Afternoon + 300 &&
            Fleet::latestReport(s, Afternoon + 300) >= Afternoon + 290) {
            id = candidate;
            session = s;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    const auto lastSample = [&](qint64 now, qint64 from) {
        const ActionResult r = m_handler->handle(
            u"DescribeDeviceSessionDetails"_s, {{u"SessionId"_s, id}, {u"StartTime"_s, from}}, now);
        if (!r.ok())
            return qint64(-1);
        const QJsonObject field = r.fields.value(u"Details"_s).toArray().first().toObject();
        const QJsonArray offsets = field.value(u"TimeOffset"_s).toArray();
        if (offsets.isEmpty())
            return qint64(0);
        return field.value(u"StartTime"_s).toInteger() + offsets.last().toInteger();
    };
    const qint64 first = lastSample(Afternoon, 0);
    QVERIFY(first > session.startTime);
    QVERIFY(first <= Afternoon);
    QVERIFY(first >= Afternoon - 3);
    const qint64 later = lastSample(Afternoon + 300, 0);
    QVERIFY(later > first + 250);
    QVERIFY(later <= Afternoon + 300);
    // Asked from the last sample on: only the new ones.
    const ActionResult tail =
        m_handler->handle(u"DescribeDeviceSessionDetails"_s,
                          {{u"SessionId"_s, id}, {u"StartTime"_s, first + 1}}, Afternoon + 300);
    QVERIFY(tail.ok());
    const QJsonObject field = tail.fields.value(u"Details"_s).toArray().first().toObject();
    QVERIFY(field.value(u"StartTime"_s).toInteger() > first);
    // A session that has not started does not exist yet.
    const ActionResult early = m_handler->handle(u"DescribeDeviceSessionDetails"_s,
                                                 {{u"SessionId"_s, id}}, session.startTime - 60);
    QCOMPARE(early.errorCode, u"ResourceNotFound"_s);
}

QTEST_GUILESS_MAIN(TestSimRunning)
#include "tst_simrunning.moc"
