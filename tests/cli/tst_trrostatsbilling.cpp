// trro-stats usage, licenses and check --metric licence-days|forecast-minutes against the local
// service, over real HTTP: the minutes by tier per day are the service's own (days without
// minutes as zeros) and their session minutes add up to the statistics' TotalDuration of the
// same days; the licences are the service's licence book, sorted by the days left and filtered
// by --expiring-within; the check metrics give OK, WARNING and CRITICAL (0, 1, 2) for ranges
// around the true figure. Every "now" is fixed (TRRO_NOW, --to): nothing depends on today.

#include "clifixture.h"
#include "fleet.h"
#include "fleetusagedays.h"
#include "licencebook.h"
#include "usageforecast.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace trro;
using namespace trro::test;

namespace {

constexpr qint64 Day = 86400;

QString n(qint64 v) {
    return QString::number(v);
}

qint64 floorDays(qint64 seconds) {
    return seconds >= 0 ? seconds / Day : -((-seconds + Day - 1) / Day);
}

// The CSV as one map per row, by header key.
QList<QHash<QString, QString>> csvMaps(const QByteArray &out) {
    const QList<QStringList> rows = parseCsv(out);
    QList<QHash<QString, QString>> maps;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QHash<QString, QString> map;
        for (qsizetype c = 0; c < rows.front().size(); ++c)
            map.insert(rows.front().at(c), rows.at(r).value(c));
        maps.append(map);
    }
    return maps;
}

const QStringList TierKeys{u"Voice"_s,      u"SD"_s,       u"HD"_s,        u"FHD"_s,
                           u"TwoK"_s,       u"FourK"_s,    u"Online"_s,    u"MultiSD"_s,
                           u"MultiHD"_s,    u"MultiFHD"_s, u"MultiTwoK"_s, u"MultiFourK"_s,
                           u"MultiOnline"_s};

} // namespace

class TestTrroStatsBilling final : public CliTestCase {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usageByDayIsTheServicesTiers_data();
    void usageByDayIsTheServicesTiers();
    void usageTotalAndForecastInJson();
    void usageTableHasTheForecastFooter();
    void licencesAreTheBook_data();
    void licencesAreTheBook();
    void licencesOfEveryProject();
    void licenceDaysCheck_data();
    void licenceDaysCheck();
    void forecastMinutesCheck_data();
    void forecastMinutesCheck();
    void badArguments_data();
    void badArguments();

private:
    // The service's days of [from, to) for the device (empty: the project), as UsageDay.
    QList<UsageDay> truthDays(const QString &device, qint64 from, qint64 to);
    qint64 statisticsMinutes(const QString &device, qint64 from, qint64 to);
    // The bound licence groups of the project (-1: every project).
    QList<const sim::LicenceGroup *> bound(int project) const;
    QString deviceId(const sim::LicenceGroup *g) const;

    qint64 m_dayFrom = 0; // ten whole China days ending before the fixture's range end
    qint64 m_dayTo = 0;
    qint64 m_now = 0; // TRRO_NOW of the licence runs
};

void TestTrroStatsBilling::initTestCase() {
    QVERIFY2(m_f.start(), StartFailure);
    m_dayTo = sim::Fleet::bucketStart(Interval::Day, m_f.rangeEnd);
    m_dayFrom = m_dayTo - 10 * Day;
    m_now = m_f.service()->serviceTime();
}

QList<UsageDay> TestTrroStatsBilling::truthDays(const QString &device, qint64 from, qint64 to) {
    sim::Fleet &fleet = m_f.service()->fleet();
    const int project = fleet.catalog().projectIndex(m_f.project);
    const int d = device.isEmpty() ? -1 : fleet.catalog().deviceIndex(device);
    return fleetUsageDays(fleet, project, d, from, to, m_f.service()->serviceTime());
}

qint64 TestTrroStatsBilling::statisticsMinutes(const QString &device, qint64 from, qint64 to) {
    QJsonObject params{{u"ProjectId"_s, m_f.project}, {u"StartTime"_s, from}, {u"EndTime"_s, to}};
    if (!device.isEmpty())
        params.insert(u"DeviceId"_s, device);
    QString error;
    const QJsonObject totals = m_f.raw().call(u"DescribeSessionStatistics"_s, params, &error);
    return error.isEmpty() ? totals.value(QLatin1String("TotalDuration")).toInteger(-1) : -1;
}

QList<const sim::LicenceGroup *> TestTrroStatsBilling::bound(int project) const {
    QList<const sim::LicenceGroup *> groups;
    for (const sim::LicenceGroup &g : m_f.service()->fleet().licences().groups()) {
        if (g.device >= 0 && (project < 0 || g.project == project))
            groups << &g;
    }
    return groups;
}

QString TestTrroStatsBilling::deviceId(const sim::LicenceGroup *g) const {
    return m_f.service()->fleet().catalog().devices().at(g->device).deviceId;
}

void TestTrroStatsBilling::usageByDayIsTheServicesTiers_data() {
    QTest::addColumn<QString>("device");
    QTest::newRow("project") << QString();
    QTest::newRow("a vehicle") << m_f.fieldDevices.at(1);
    QTest::newRow("a cockpit") << m_f.remoteDevices.at(0);
}

void TestTrroStatsBilling::usageByDayIsTheServicesTiers() {
    QFETCH(QString, device);
    QStringList args{u"--no-cache"_s, u"usage"_s, u"-p"_s,    m_f.project, u"--from"_s,
                     n(m_dayFrom),    u"--to"_s,  n(m_dayTo), u"-f"_s,     u"csv"_s};
    if (!device.isEmpty())
        args << u"--device"_s << device;
    const CliRun run = m_f.cli(args);
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QList<QStringList> rows = parseCsv(run.out);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.front(), QStringList({u"DeviceId"_s, u"SessionTime"_s, u"Date"_s}) + TierKeys +
                               QStringList({u"DeductDuration"_s, u"SessionMinutes"_s}));
    const QList<QHash<QString, QString>> days = csvMaps(run.out);
    QCOMPARE(days.size(), 10); // every day, those without minutes too

    QHash<qint64, UsageMinutes> truth;
    for (const UsageDay &d : truthDays(device, m_dayFrom, m_dayTo))
        truth.insert(d.day, d.minutes);
    qint64 sum = 0;
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QHash<QString, QString> &row = days.at(i);
        const qint64 start = m_dayFrom + i * Day;
        QCOMPARE(row.value(u"DeviceId"_s), device);
        QCOMPARE(row.value(u"SessionTime"_s), n(start));
        QCOMPARE(
            row.value(u"Date"_s),
            QDateTime::fromSecsSinceEpoch(start, serviceDayZone()).date().toString(Qt::ISODate));
        const UsageMinutes expected = truth.value(start);
        for (int t = 0; t < UsageTierCount; ++t)
            QCOMPARE(row.value(TierKeys.at(t)), n(expected.tiers[size_t(t)]));
        QCOMPARE(row.value(u"DeductDuration"_s), n(expected.deductDuration));
        QCOMPARE(row.value(u"SessionMinutes"_s), n(expected.minutes()));
        // Each day's session minutes are the statistics' TotalDuration of that day.
        QCOMPARE(row.value(u"SessionMinutes"_s).toLongLong(),
                 statisticsMinutes(device, start, start + Day));
        sum += row.value(u"SessionMinutes"_s).toLongLong();
    }
    QCOMPARE(sum, statisticsMinutes(device, m_dayFrom, m_dayTo));
    QVERIFY(sum > 0); // the project, a vehicle and a cockpit all drove in ten working days
}

void TestTrroStatsBilling::usageTotalAndForecastInJson() {
    const qint64 to = m_f.rangeEnd;
    const CliRun run =
        m_f.cli({u"--no-cache"_s, u"usage"_s, u"-p"_s, m_f.project, u"--from"_s, n(m_dayFrom),
                 u"--to"_s, n(to), u"--by"_s, u"total"_s, u"-f"_s, u"json"_s});
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    QJsonParseError error{};
    const QJsonObject doc = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    QVERIFY(!doc.contains(u"Days"_s));
    const QJsonObject total = doc.value(u"Total"_s).toObject();
    QCOMPARE(total.value(u"StartTime"_s).toInteger(), m_dayFrom);
    QCOMPARE(total.value(u"EndTime"_s).toInteger(), to);
    const qint64 minutes = statisticsMinutes(QString(), m_dayFrom, to);
    QVERIFY(minutes > 0);
    QCOMPARE(total.value(u"SessionMinutes"_s).toInteger(), minutes);
    QCOMPARE(total.value(u"DeductDuration"_s).toInteger(), minutes);
    qint64 tiers = 0;
    for (const QString &key : TierKeys)
        tiers += key.endsWith(u"Online"_s) ? 0 : total.value(key).toInteger();
    QCOMPARE(tiers, minutes);

    // The forecast as of --to, from the service's days of its month and the week before.
    const auto [from, until] = forecastRange(to);
    const UsageForecast expected = forecastMonth(truthDays(QString(), from, until), to);
    const QJsonObject f = doc.value(u"Forecast"_s).toObject();
    QCOMPARE(f.value(u"AsOf"_s).toInteger(), to);
    QCOMPARE(f.value(u"MonthStart"_s).toInteger(), expected.monthStart);
    QCOMPARE(f.value(u"MonthEnd"_s).toInteger(), expected.monthEnd);
    QCOMPARE(f.value(u"MonthToDate"_s).toInteger(), expected.monthToDate);
    QCOMPARE(f.value(u"Forecast"_s).toInteger(), expected.forecast);
    QCOMPARE(f.value(u"ForecastLow"_s).toInteger(), expected.low);
    QCOMPARE(f.value(u"ForecastHigh"_s).toInteger(), expected.high);
    QCOMPARE(f.value(u"BaselineDays"_s).toInteger(), 7);
    QVERIFY(qAbs(f.value(u"BaselineMean"_s).toDouble() - expected.mean) < 0.01 * expected.mean + 1);
    QCOMPARE(expected.monthToDate,
             statisticsMinutes(QString(), expected.monthStart, to)); // the same sessions
}

void TestTrroStatsBilling::usageTableHasTheForecastFooter() {
    const CliRun run = m_f.cli({u"--no-cache"_s, u"usage"_s, u"-p"_s, m_f.project, u"--from"_s,
                                n(m_dayFrom), u"--to"_s, n(m_dayTo), u"-f"_s, u"table"_s});
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"Total: "_s) && out.contains(u"Month to date"_s) &&
                 out.contains(u"Forecast to the month's end"_s),
             run.out.constData());
    // Tiers the fleet never uses (Voice, SD, 4K, Online) are left out of the table only.
    QVERIFY(!out.section(u'\n', 0, 0).contains(u"Voice"_s));
    QVERIFY(out.section(u'\n', 0, 0).contains(u"FHD"_s));
}

void TestTrroStatsBilling::licencesAreTheBook_data() {
    QTest::addColumn<QString>("within"); // --expiring-within, empty: none
    QTest::addColumn<qint64>("days");
    QTest::newRow("all") << QString() << qint64(-1);
    QTest::newRow("30d") << u"30d"_s << qint64(30);
    QTest::newRow("2w") << u"2w"_s << qint64(14);
    QTest::newRow("0 (the expired)") << u"0"_s << qint64(0);
}

void TestTrroStatsBilling::licencesAreTheBook() {
    QFETCH(QString, within);
    QFETCH(qint64, days);
    QStringList args{u"licenses"_s, u"-p"_s, m_f.project, u"-f"_s, u"csv"_s};
    if (!within.isEmpty())
        args << u"--expiring-within"_s << within;
    const qint64 before = m_f.service()->serviceTime();
    const CliRun run = m_f.cli(args, CliKey, "UTC", {u"TRRO_NOW=%1"_s.arg(m_now)});
    const qint64 after = m_f.service()->serviceTime();
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    const QList<QHash<QString, QString>> rows = csvMaps(run.out);

    // The book's devices of the project, fewest days left (at TRRO_NOW) first, then by id.
    struct Expected {
        qint64 days;
        QString id;
        const sim::LicenceGroup *group;
    };
    QList<Expected> expected;
    for (const sim::LicenceGroup *g :
         bound(m_f.service()->fleet().catalog().projectIndex(m_f.project))) {
        if (days < 0 || g->expireTime - m_now <= days * Day)
            expected.append({floorDays(g->expireTime - m_now), deviceId(g), g});
    }
    std::sort(expected.begin(), expected.end(), [](const Expected &a, const Expected &b) {
        return a.days != b.days ? a.days < b.days : a.id < b.id;
    });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QHash<QString, QString> &row = rows.at(i);
        const Expected &e = expected.at(i);
        QCOMPARE(row.value(u"DeviceId"_s), e.id);
        QCOMPARE(row.value(u"LicenseCount"_s), n(e.group->ids.size()));
        QCOMPARE(row.value(u"LicenseIds"_s), e.group->ids.join(u' '));
        QCOMPARE(row.value(u"ExpireTime"_s), n(e.group->expireTime));
        QCOMPARE(row.value(u"Duration"_s), n(e.group->durationSec));
        QCOMPARE(row.value(u"DaysLeft"_s), n(e.days));
        QCOMPARE(row.value(u"Expired"_s), e.days < 0 ? u"1"_s : u"0"_s);
        QCOMPARE(row.value(u"LimitedTime"_s),
                 n(e.group->ids.size() * sim::LicenceBook::MonthlyMinutesPerLicence));
        // RemainDay is the service's own count at the moment it answered.
        const QString remain = row.value(u"RemainDay"_s);
        QVERIFY2(remain == n(sim::LicenceBook::remainDays(*e.group, before)) ||
                     remain == n(sim::LicenceBook::remainDays(*e.group, after)),
                 qPrintable(remain));
    }
    if (days == 0)
        QVERIFY(std::all_of(rows.begin(), rows.end(), [](const auto &r) {
            return r.value(u"Expired"_s) == u"1"_s || r.value(u"DaysLeft"_s) == u"0"_s;
        }));
}

void TestTrroStatsBilling::licencesOfEveryProject() {
    const CliRun run =
        m_f.cli({u"licenses"_s, u"-f"_s, u"json"_s}, CliKey, "UTC", {u"TRRO_NOW=%1"_s.arg(m_now)});
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    const QJsonArray list = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(list.size(), bound(-1).size());
    QVERIFY(bound(-1).size() >
            bound(m_f.service()->fleet().catalog().projectIndex(m_f.project)).size());
    qint64 previous = std::numeric_limits<qint64>::min();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const qint64 left = o.value(u"DaysLeft"_s).toInteger();
        QVERIFY(left >= previous);
        previous = left;
        QCOMPARE(o.value(u"Expired"_s).toBool(), left < 0);
        QVERIFY(o.value(u"ExpireTime"_s).isDouble());
        QVERIFY(o.value(u"MonthlyRemainTime"_s).isDouble());
    }
}

void TestTrroStatsBilling::licenceDaysCheck_data() {
    QTest::addColumn<QString>("device"); // empty: the project (its fewest days)
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QString>("critical");
    QTest::addColumn<int>("status");
    // "{v}" is the true figure, "{v+1}" one more.
    QTest::newRow("at the bound is ok") << QString() << "{v}:"
                                        << "{v}:" << 0;
    QTest::newRow("warning") << QString() << "{v+1}:"
                             << "{v}:" << 1;
    QTest::newRow("critical") << QString() << "{v+1}:"
                              << "{v+1}:" << 2;
    QTest::newRow("one device ok") << "device"
                                   << "{v}:"
                                   << "{v-1}:" << 0;
    QTest::newRow("one device critical") << "device"
                                         << "{v+30}:"
                                         << "{v+1}:" << 2;
}

void TestTrroStatsBilling::licenceDaysCheck() {
    QFETCH(QString, device);
    QFETCH(QString, warning);
    QFETCH(QString, critical);
    QFETCH(int, status);
    const qint64 at = m_f.rangeEnd; // the check is as of --to
    const int project = m_f.service()->fleet().catalog().projectIndex(m_f.project);
    qint64 v = std::numeric_limits<qint64>::max();
    QString id;
    const QList<const sim::LicenceGroup *> groups = bound(project);
    // One device: the one whose licence runs out last (not the project's figure).
    const sim::LicenceGroup *last =
        *std::max_element(groups.begin(), groups.end(), [](const auto *a, const auto *b) {
            return a->expireTime < b->expireTime;
        });
    for (const sim::LicenceGroup *g : groups) {
        if (!device.isEmpty() && g != last)
            continue;
        const qint64 days = floorDays(g->expireTime - at);
        if (days < v || (days == v && deviceId(g) < id)) {
            v = days;
            id = deviceId(g);
        }
    }
    const auto place = [v](QString range) {
        range.replace(u"{v+30}"_s, n(v + 30));
        range.replace(u"{v+1}"_s, n(v + 1));
        range.replace(u"{v-1}"_s, n(v - 1));
        return range.replace(u"{v}"_s, n(v));
    };
    QStringList args{u"--no-cache"_s, u"check"_s,     u"-p"_s,       m_f.project,
                     u"--to"_s,       n(at),          u"--metric"_s, u"licence-days"_s,
                     u"-w"_s,         place(warning), u"-c"_s,       place(critical)};
    if (!device.isEmpty())
        args << u"--device"_s << id;
    const CliRun run = m_f.cli(args);
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == status, run.out.constData());
    const QString line = QString::fromUtf8(run.out).trimmed();
    QVERIFY2(line.startsWith(
                 u"TRRO %1 - "_s.arg(QStringList{u"OK"_s, u"WARNING"_s, u"CRITICAL"_s}.at(status))),
             qPrintable(line));
    QVERIFY2(line.contains(id), qPrintable(line));
    QVERIFY2(
        line.endsWith(u"| licence-days=%1;%2;%3"_s.arg(v).arg(place(warning), place(critical))),
        qPrintable(line));
    QVERIFY(run.err.isEmpty());
}

void TestTrroStatsBilling::forecastMinutesCheck_data() {
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QString>("critical");
    QTest::addColumn<int>("status");
    QTest::newRow("at the bound is ok") << "~:{f}"
                                        << "~:{f}" << 0;
    QTest::newRow("warning") << "~:{f-1}"
                             << "~:{f+100}" << 1;
    QTest::newRow("critical") << "~:{f-100}"
                              << "~:{f-1}" << 2;
}

void TestTrroStatsBilling::forecastMinutesCheck() {
    QFETCH(QString, warning);
    QFETCH(QString, critical);
    QFETCH(int, status);
    const qint64 at = m_f.rangeEnd;
    const auto [from, until] = forecastRange(at);
    const UsageForecast expected = forecastMonth(truthDays(QString(), from, until), at);
    const qint64 f = expected.forecast;
    QVERIFY(f > 100);
    const auto place = [f](QString range) {
        range.replace(u"{f+100}"_s, n(f + 100));
        range.replace(u"{f-100}"_s, n(f - 100));
        range.replace(u"{f-1}"_s, n(f - 1));
        return range.replace(u"{f}"_s, n(f));
    };
    const CliRun run =
        m_f.cli({u"--no-cache"_s, u"check"_s, u"-p"_s, m_f.project, u"--to"_s, n(at), u"--metric"_s,
                 u"forecast-minutes"_s, u"-w"_s, place(warning), u"-c"_s, place(critical)});
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == status, run.out.constData());
    const QString line = QString::fromUtf8(run.out).trimmed();
    QVERIFY2(line.endsWith(u"| forecast-minutes=%1;%2;%3;0 month-minutes=%4"_s.arg(f)
                               .arg(place(warning), place(critical))
                               .arg(expected.monthToDate)),
             qPrintable(line));
    QVERIFY2(line.contains(u"month-end forecast %1 minutes (%2 to %3; %4 so far)"_s.arg(f)
                               .arg(expected.low)
                               .arg(expected.high)
                               .arg(expected.monthToDate)),
             qPrintable(line));
}

void TestTrroStatsBilling::badArguments_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mention"); // on stderr, or on stdout for check
    QTest::newRow("usage without --from")
        << QStringList{u"usage"_s, u"-p"_s, u"prj"_s} << 2 << u"--from"_s;
    QTest::newRow("usage --by week")
        << QStringList{u"usage"_s, u"-p"_s, u"prj"_s, u"--from"_s, u"-7d"_s, u"--by"_s, u"week"_s}
        << 2 << u"--by"_s;
    QTest::newRow("usage over a year")
        << QStringList{u"usage"_s,      u"-p"_s,   u"prj"_s,       u"--from"_s,
                       u"2024-01-01"_s, u"--to"_s, u"2025-06-01"_s}
        << 2 << u"366"_s;
    QTest::newRow("licenses --expiring-within soon")
        << QStringList{u"licenses"_s, u"--expiring-within"_s, u"soon"_s} << 2
        << u"--expiring-within"_s;
    QTest::newRow("licenses --expiring-within negative")
        << QStringList{u"licenses"_s, u"--expiring-within"_s, u"-3"_s} << 2
        << u"--expiring-within"_s;
    QTest::newRow("check licence-days of a cockpit") << QStringList{u"check"_s,
                                                                    u"-p"_s,
                                                                    m_f.project,
                                                                    u"--metric"_s,
                                                                    u"licence-days"_s,
                                                                    u"--device"_s,
                                                                    m_f.remoteDevices.at(0)}
                                                     << 3 << u"has no licence"_s;
}

void TestTrroStatsBilling::badArguments() {
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mention);
    const CliRun run = m_f.cli(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, exitCode);
    const QByteArray said = exitCode == 3 ? run.out : run.err;
    QVERIFY2(said.contains(mention.toUtf8()), said.constData());
}

QTEST_GUILESS_MAIN(TestTrroStatsBilling)
#include "tst_trrostatsbilling.moc"
