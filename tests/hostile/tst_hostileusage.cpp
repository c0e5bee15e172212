// UsageApi against a service that lies: impossible minutes and dates leave warnings and
// correct sums, pages that never end or overflow their TotalCount stop within the bound, days
// outside the range or sent twice are not counted twice.

#include "hostilefixture.h"
#include "licencesummary.h"
#include "usageapi.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace trro;
using namespace trro::test;

namespace {

constexpr qint64 Start = 1790000000 / 86400 * 86400 - 8 * 3600; // a China midnight
constexpr qint64 Day = 86400;

QJsonObject detail(qint64 day, const QJsonObject &minutes) {
    QJsonObject o = minutes;
    o.insert(u"SessionTime"_s, QString::number(day));
    return o;
}

// The answer of one page of a usage list: its TotalCount and the items under key.
HostileReply listPage(qint64 total, const QString &key, const QJsonArray &items) {
    return HostileServer::ok({{u"TotalCount"_s, total}, {key, items}});
}

// HostileFixture with a UsageApi on its scheduler, and the calls of the tests as run() gives them.
struct UsageFixture : HostileFixture {
    Result<UsageDays> durationDetails(const UsageQuery &query) {
        return run<UsageDays>(
            [&](QObject *context, auto done) { usage.durationDetails(query, context, done); });
    }
    Result<WarnedList<DeviceLicence>> licenceDevices(const QString &project) {
        return run<WarnedList<DeviceLicence>>(
            [&](QObject *context, auto done) { usage.licenceDevices(project, {}, context, done); });
    }
    Result<WarnedList<LicenceGroup>> licenses() {
        return run<WarnedList<LicenceGroup>>(
            [&](QObject *context, auto done) { usage.licenses({}, {}, context, done); });
    }

    // Answers every request with the reply for the page it asks for (PageNum).
    void answerPages(const std::function<HostileReply(int page)> &reply) {
        server.setResponder([reply](const HostileRequest &request, int) {
            return reply(request.params.value(u"PageNum"_s).toInt());
        });
    }

    UsageApi usage{scheduler};
};

} // namespace

class TestHostileUsage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void impossibleMinutesAreLeftOutOfTheSums();
    void daysTwiceOrOutsideTheRangeCountOnce();
    void hostileLicenceDates();
    void repeatedPageEndsTheList();
    void pagesThatNeverEndAreBounded();
    void moreThanTotalCountIsAnError();
};

void TestHostileUsage::impossibleMinutesAreLeftOutOfTheSums() {
    UsageFixture f;
    QVERIFY(f.listening);
    f.server.answerAlways(
        listPage(3, u"DurationDetails"_s,
                 {detail(Start, {{u"HD"_s, 100}, {u"FHD"_s, -50}, {u"DeductDuration"_s, 100}}),
                  detail(Start + Day, {{u"TwoK"_s, 2e12}, {u"SD"_s, 7}}),
                  detail(Start + 2 * Day, {{u"MultiHD"_s, u"30"_s}, {u"Online"_s, 999}})}));
    const UsageQuery query{u"p"_s, {}, Start, Start + 3 * Day};
    const Result<UsageDays> r = f.durationDetails(query);
    QVERIFY(r.ok());
    QCOMPARE(r.value().days.size(), 3);
    QCOMPARE(r.value().warnings.size(), 2);
    QVERIFY(r.value().warnings.at(0).contains(u"-50"_s));
    QVERIFY(r.value().warnings.at(1).contains(u"2000000000000"_s));
    qint64 sum = 0;
    for (const UsageDay &d : r.value().days)
        sum += d.minutes.minutes();
    QCOMPARE(sum, 100 + 7 + 30); // no -50, no 2e12, no Online
    QVERIFY(r.value().days.at(0).minutes.isRejected(int(UsageTier::FHD)));
    QCOMPARE(f.server.requestCount("GetDurationDetails"), 1);
    const HostileRequest &sent = f.server.requests().constFirst();
    QCOMPARE(sent.params.value(u"PageNum"_s).toInt(), 1);
    QCOMPARE(sent.params.value(u"PageSize"_s).toInt(), UsageApi::RequestedPageSize);
    QCOMPARE(sent.params.value(u"StartTime"_s).toInteger(), Start);
}

void TestHostileUsage::daysTwiceOrOutsideTheRangeCountOnce() {
    UsageFixture f;
    QVERIFY(f.listening);
    f.answerPages([](int page) {
        QJsonArray days;
        if (page == 1)
            days = {detail(Start, {{u"HD"_s, 10}}), detail(Start + 400 * Day, {{u"HD"_s, 1}})};
        else
            days = {detail(Start, {{u"HD"_s, 10}}), detail(Start + Day, {{u"HD"_s, 5}})};
        return listPage(2, u"DurationDetails"_s, days);
    });
    const UsageQuery query{u"p"_s, {}, Start, Start + 2 * Day};
    const Result<UsageDays> r = f.durationDetails(query);
    QVERIFY(r.ok());
    QCOMPARE(r.value().days.size(), 2);
    QCOMPARE(r.value().days.at(0).minutes.minutes() + r.value().days.at(1).minutes.minutes(), 15);
    QCOMPARE(r.value().warnings.size(), 2); // the day outside, the day sent twice
}

void TestHostileUsage::hostileLicenceDates() {
    UsageFixture f;
    QVERIFY(f.listening);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonArray ab{
        QJsonObject{{u"DeviceId"_s, u"a"_s}, {u"RemainDay"_s, -5}, {u"ExpireTime"_s, u"86400"_s}},
        QJsonObject{{u"DeviceId"_s, u"b"_s},
                    {u"RemainDay"_s, 3},
                    {u"ExpireTime"_s, QString::number(now + 3 * Day + 60)}}};
    QJsonArray abc = ab;
    abc.append(QJsonObject{
        {u"DeviceId"_s, u"c"_s}, {u"RemainDay"_s, 10}, {u"ExpireTime"_s, u"not a time"_s}});
    const auto answer = [](const QJsonArray &devices) {
        return listPage(devices.size(), u"Devices"_s, devices);
    };
    f.server.answerAlways(answer(abc));
    const Result<WarnedList<DeviceLicence>> bad = f.licenceDevices(u"p"_s);
    // A time that is not a number is not the API's answer at all.
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, ApiError::Kind::Malformed);

    f.server.answerAlways(answer(ab));
    const Result<WarnedList<DeviceLicence>> r = f.licenceDevices(u"p"_s);
    QVERIFY(r.ok());
    QCOMPARE(r.value().warnings.size(), 2); // RemainDay -5, ExpireTime 1970
    const QList<DeviceLicenceDays> sorted = byRemainingDays(r.value().items, now);
    QCOMPARE(sorted.at(0).device.deviceId, u"b"_s);
    QCOMPARE(sorted.at(0).days, std::optional<qint64>(3));
    QCOMPARE(sorted.at(1).device.deviceId, u"a"_s);
    QVERIFY(!sorted.at(1).days.has_value()); // neither value can be believed
}

void TestHostileUsage::repeatedPageEndsTheList() {
    UsageFixture f;
    QVERIFY(f.listening);
    f.server.answerAlways(
        listPage(1000000, u"Licenses"_s,
                 {QJsonObject{{u"Status"_s, 1}, {u"LicenseIds"_s, QJsonArray{u"x"_s}}}}));
    const auto r = f.licenses();
    QVERIFY(r.ok());
    QCOMPARE(r.value().items.size(), 1);
    QCOMPARE(f.server.requestCount("GetLicenses"), 2);
}

void TestHostileUsage::pagesThatNeverEndAreBounded() {
    UsageFixture f;
    QVERIFY(f.listening);
    // Ten devices on the first page, then one new one a page: the list cannot reach its
    // TotalCount of 25 within ceil(25 / 10) + 1 pages.
    f.answerPages([](int page) {
        QJsonArray devices;
        for (int i = 0; i < (page == 1 ? 10 : 1); ++i)
            devices.append(QJsonObject{{u"DeviceId"_s, u"d%1-%2"_s.arg(page).arg(i)}});
        return listPage(25, u"Devices"_s, devices);
    });
    const auto r = f.licenceDevices({});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"TooManyItems"_s);
    QCOMPARE(f.server.requestCount("GetDevices"), 4);
}

void TestHostileUsage::moreThanTotalCountIsAnError() {
    UsageFixture f;
    QVERIFY(f.listening);
    f.server.setResponder([](const HostileRequest &, int) {
        QJsonArray days;
        for (int i = 0; i < 5; ++i)
            days.append(detail(Start + i * Day, {{u"HD"_s, 1}}));
        return listPage(2, u"DurationDetails"_s, days);
    });
    const UsageQuery query{u"p"_s, {}, Start, Start + 10 * Day};
    const Result<UsageDays> r = f.durationDetails(query);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"TooManyItems"_s);
}

QTEST_GUILESS_MAIN(TestHostileUsage)
#include "tst_hostileusage.moc"
