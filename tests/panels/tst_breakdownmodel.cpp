#include "breakdownmodel.h"
#include "tablerole.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace trro;

namespace {

constexpr qint64 Hour = 1'700'000'000 / 3600 * 3600;

IntervalBucket bucket(qint64 start, qint64 sessions, qint64 minutes, int ratio) {
    IntervalBucket b;
    b.startTime = start;
    b.endTime = start + 3600;
    b.sessionNum = sessions;
    b.totalDuration = minutes;
    b.notBadSessionRatio = ratio;
    return b;
}

Device device(const QString &id) {
    Device d;
    d.deviceId = id;
    d.deviceName = id.toUpper();
    d.deviceType = DeviceType::Field;
    return d;
}

QList<Device> devices(int count) {
    QList<Device> list;
    for (int i = 0; i < count; ++i)
        list.append(device(QStringLiteral("dev-%1").arg(i, 2, 10, QLatin1Char('0'))));
    return list;
}

DeviceIntervalStats stats(qint64 sessions, int ratio) {
    DeviceIntervalStats s;
    s.sessionNum = sessions;
    s.totalDuration = sessions * 7;
    s.notBadSessionRatio = ratio;
    s.bucketCount = 1;
    return s;
}

// The model behind a proxy sorting on SortRole, as the panel sorts it, under the model tester.
struct SortedModel {
    SortedModel() {
        sorter.setSourceModel(&model);
        sorter.setSortRole(SortRole);
        sorter.setDynamicSortFilter(true);
    }
    // The device ids sorted ascending by column.
    QStringList order(int column) {
        sorter.sort(column, Qt::AscendingOrder);
        QStringList ids;
        for (int row = 0; row < sorter.rowCount(); ++row)
            ids.append(sorter.index(row, 0).data(DeviceIdRole).toString());
        return ids;
    }

    BreakdownModel model;
    QSortFilterProxyModel sorter;
    QAbstractItemModelTester tester{&sorter};
};

} // namespace

class TestBreakdownModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fromBuckets_data();
    void fromBuckets();
    void tester();
    void worst_data();
    void worst();
    void sortingIsNumeric_data();
    void sortingIsNumeric();
    void states();
    void rowsWithoutNumbersSortLast();
    void impactSortsBySessionsThenMinutes();
};

void TestBreakdownModel::fromBuckets_data() {
    QTest::addColumn<QList<IntervalBucket>>("buckets");
    QTest::addColumn<qint64>("sessions");
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<int>("ratio");
    QTest::addColumn<int>("count");

    QTest::newRow("none") << QList<IntervalBucket>{} << qint64(0) << qint64(0) << 0 << 0;
    QTest::newRow("one bucket, as is")
        << QList<IntervalBucket>{bucket(Hour, 12, 340, 83)} << qint64(12) << qint64(340) << 83 << 1;
    QTest::newRow("the next interval is left out")
        << QList<IntervalBucket>{bucket(Hour, 12, 340, 83), bucket(Hour + 3600, 5, 50, 10)}
        << qint64(12) << qint64(340) << 83 << 1;
    QTest::newRow("duplicates weighted by sessions")
        << QList<IntervalBucket>{bucket(Hour, 30, 300, 100), bucket(Hour, 10, 100, 60)}
        << qint64(40) << qint64(400) << 90 << 2;
    QTest::newRow("a bucket starting before is left out")
        << QList<IntervalBucket>{bucket(Hour - 3600, 3, 3, 0), bucket(Hour + 1000, 4, 40, 50)}
        << qint64(4) << qint64(40) << 50 << 1;
}

void TestBreakdownModel::fromBuckets() {
    QFETCH(QList<IntervalBucket>, buckets);
    QFETCH(qint64, sessions);
    QFETCH(qint64, minutes);
    QFETCH(int, ratio);
    QFETCH(int, count);
    const DeviceIntervalStats result = DeviceIntervalStats::fromBuckets(buckets, Hour, Hour + 3600);
    QCOMPARE(result.sessionNum, sessions);
    QCOMPARE(result.totalDuration, minutes);
    QCOMPARE(result.notBadSessionRatio, ratio);
    QCOMPARE(result.bucketCount, count);
}

void TestBreakdownModel::tester() {
    BreakdownModel model;
    QSortFilterProxyModel sorter;
    sorter.setSourceModel(&model);
    sorter.setSortRole(SortRole);
    sorter.setDynamicSortFilter(true);
    sorter.sort(BreakdownModel::RatioColumn);
    QAbstractItemModelTester sourceTester(&model);
    QAbstractItemModelTester sortTester(&sorter);
    model.reset(devices(8));
    QCOMPARE(model.rowCount(), 8);
    for (int i = 0; i < 8; ++i)
        model.setStats(QStringLiteral("dev-%1").arg(i, 2, 10, QLatin1Char('0')),
                       stats(i + 1, 100 - 10 * i));
    model.setFailed(QStringLiteral("dev-03"),
                    ApiError::make(ApiError::Kind::Api, QStringLiteral("InternalError"),
                                   QStringLiteral("boom")));
    model.setThreshold(50);
    model.setWorstCount(2);
    model.cancelPending();
    model.reset(devices(3));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestBreakdownModel::worst_data() {
    QTest::addColumn<QList<int>>("ratios"); // -1: no sessions
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("worstCount");
    QTest::addColumn<QList<bool>>("expected");

    QTest::newRow("threshold only")
        << QList<int>{95, 70, 85, 40} << 80 << 0 << QList<bool>{false, true, false, true};
    QTest::newRow("bottom two") << QList<int>{95, 70, 85, 40} << 0 << 2
                                << QList<bool>{false, true, false, true};
    QTest::newRow("ties are included")
        << QList<int>{90, 70, 70, 99} << 0 << 1 << QList<bool>{false, true, true, false};
    QTest::newRow("a perfect device is never worst")
        << QList<int>{100, 100, 100} << 0 << 5 << QList<bool>{false, false, false};
    QTest::newRow("no sessions is never worst")
        << QList<int>{-1, 60, 99} << 80 << 5 << QList<bool>{false, true, true};
    QTest::newRow("either rule") << QList<int>{10, 20, 96, 97, 98, 99} << 50 << 3
                                 << QList<bool>{true, true, true, false, false, false};
}

void TestBreakdownModel::worst() {
    QFETCH(QList<int>, ratios);
    QFETCH(int, threshold);
    QFETCH(int, worstCount);
    QFETCH(QList<bool>, expected);

    BreakdownModel model;
    QAbstractItemModelTester tester(&model);
    model.setThreshold(threshold);
    model.setWorstCount(worstCount);
    const QList<Device> list = devices(int(ratios.size()));
    model.reset(list);
    for (int i = 0; i < ratios.size(); ++i)
        model.setStats(list.at(i).deviceId,
                       ratios.at(i) < 0 ? stats(0, 0) : stats(10, ratios.at(i)));
    QList<bool> flags;
    for (int row = 0; row < model.rowCount(); ++row) {
        flags.append(model.index(row, 0).data(BreakdownModel::WorstRole).toBool());
        QCOMPARE(model.isWorst(row), flags.last());
        // Not colour alone: a worst row says so in its text and its accessible description.
        const QString ratioText = model.index(row, BreakdownModel::RatioColumn).data().toString();
        QCOMPARE(ratioText.startsWith(QChar(0x25BC)), flags.last());
        QCOMPARE(model.index(row, BreakdownModel::DeviceColumn)
                     .data(Qt::AccessibleDescriptionRole)
                     .toString()
                     .isEmpty(),
                 !flags.last());
        const QVariant tone = model.index(row, BreakdownModel::RatioColumn).data(ToneRole);
        QCOMPARE(tone.isValid(), flags.last()); // ordinary rows carry no tone at all
        if (flags.last())
            QCOMPARE(tone.toInt(), int(Tone::Bad));
    }
    QCOMPARE(flags, expected);
}

void TestBreakdownModel::sortingIsNumeric_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("expected");

    // sessions 9, 10, 100, 2: text order would be "10", "100", "2", "9".
    QTest::newRow("sessions") << int(BreakdownModel::SessionsColumn)
                              << QStringList{QStringLiteral("dev-03"), QStringLiteral("dev-00"),
                                             QStringLiteral("dev-01"), QStringLiteral("dev-02")};
    QTest::newRow("minutes") << int(BreakdownModel::MinutesColumn)
                             << QStringList{QStringLiteral("dev-03"), QStringLiteral("dev-00"),
                                            QStringLiteral("dev-01"), QStringLiteral("dev-02")};
    // ratios 100, 9, 85, 10.
    QTest::newRow("ratio") << int(BreakdownModel::RatioColumn)
                           << QStringList{QStringLiteral("dev-01"), QStringLiteral("dev-03"),
                                          QStringLiteral("dev-02"), QStringLiteral("dev-00")};
}

void TestBreakdownModel::sortingIsNumeric() {
    QFETCH(int, column);
    QFETCH(QStringList, expected);

    SortedModel sorted;
    const QList<Device> list = devices(4);
    sorted.model.reset(list);
    const QList<qint64> sessions{9, 10, 100, 2};
    const QList<int> ratios{100, 9, 85, 10};
    for (int i = 0; i < 4; ++i)
        sorted.model.setStats(list.at(i).deviceId, stats(sessions.at(i), ratios.at(i)));
    QCOMPARE(sorted.order(column), expected);
}

void TestBreakdownModel::states() {
    BreakdownModel model;
    QAbstractItemModelTester tester(&model);
    QList<Device> list = devices(4);
    list.append(list.first()); // a repeated device still gets one row
    model.reset(list);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.count(BreakdownModel::RowState::Pending), 4);
    QCOMPARE(model.index(0, BreakdownModel::SessionsColumn).data().toString(), QString());

    model.setStats(QStringLiteral("dev-00"), stats(3, 100));
    model.setFailed(QStringLiteral("dev-01"),
                    ApiError::make(ApiError::Kind::Api, QStringLiteral("InternalError"),
                                   QStringLiteral("boom")));
    model.setStats(QStringLiteral("unknown"), stats(3, 100)); // ignored
    model.cancelPending();
    QCOMPARE(model.count(BreakdownModel::RowState::Loaded), 1);
    QCOMPARE(model.count(BreakdownModel::RowState::Failed), 1);
    QCOMPARE(model.count(BreakdownModel::RowState::Cancelled), 2);
    QCOMPARE(model.failedDevices().size(), 1);
    QCOMPARE(model.failedDevices().first().deviceId, QStringLiteral("dev-01"));
    QCOMPARE(model.index(1, BreakdownModel::RatioColumn).data().toString(),
             BreakdownModel::tr("Failed"));
    QCOMPARE(model.index(1, BreakdownModel::RatioColumn).data(BreakdownModel::StateRole).toInt(),
             int(BreakdownModel::RowState::Failed));
    QCOMPARE(model.index(0, BreakdownModel::SessionsColumn).data().toString(),
             QLocale().toString(3));
    model.setPending(QStringLiteral("dev-01"));
    QCOMPARE(model.count(BreakdownModel::RowState::Pending), 1);
    QCOMPARE(model.index(0, BreakdownModel::SessionsColumn)
                 .data(Qt::TextAlignmentRole)
                 .value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
}

void TestBreakdownModel::rowsWithoutNumbersSortLast() {
    SortedModel sorted;
    BreakdownModel &model = sorted.model;
    const QList<Device> list = devices(5);
    model.reset(list);
    model.setStats(list.at(0).deviceId, stats(0, 0)); // no sessions
    model.setFailed(list.at(1).deviceId,
                    ApiError::make(ApiError::Kind::Timeout, QStringLiteral("Timeout"), QString()));
    model.setStats(list.at(3).deviceId, stats(5, 100));
    model.setStats(list.at(4).deviceId, stats(5, 0));
    // list.at(2) stays pending.
    // Worst first, then the best, then rows without a ratio: no sessions, failed, pending.
    QCOMPARE(sorted.order(BreakdownModel::RatioColumn),
             (QStringList{list.at(4).deviceId, list.at(3).deviceId, list.at(0).deviceId,
                          list.at(1).deviceId, list.at(2).deviceId}));
}

// A vehicle with one bad session of one minute does not outrank one with twelve; between equal
// counts the bad minutes decide. The bad minutes (from the session list) stay on the row when
// the exact figures replace the estimate, and rows without a session say so.
void TestBreakdownModel::impactSortsBySessionsThenMinutes() {
    SortedModel sorted;
    BreakdownModel &model = sorted.model;
    const QList<Device> list = devices(5);
    model.reset(list);
    model.setEstimate(list.at(0).deviceId, stats(1, 0), 1);    // 1 bad session, 1 minute
    model.setEstimate(list.at(1).deviceId, stats(12, 0), 30);  // 12 bad sessions, 30 minutes
    model.setEstimate(list.at(2).deviceId, stats(20, 90), 40); // 2 bad sessions, 40 minutes
    model.setEstimate(list.at(3).deviceId, stats(10, 80), 5);  // 2 bad sessions, 5 minutes
    model.setEstimate(list.at(4).deviceId, stats(0, 0), 0);    // no session
    const auto order = [&sorted](int column) { return sorted.order(column); };
    const QStringList bySessions{list.at(1).deviceId, list.at(2).deviceId, list.at(3).deviceId,
                                 list.at(0).deviceId, list.at(4).deviceId};
    QCOMPARE(order(BreakdownModel::BadSessionsColumn), bySessions);
    QCOMPARE(order(BreakdownModel::BadMinutesColumn),
             (QStringList{list.at(2).deviceId, list.at(1).deviceId, list.at(3).deviceId,
                          list.at(0).deviceId, list.at(4).deviceId}));

    // Estimates are marked; the bad minutes are a plain figure of the session list.
    QCOMPARE(model.index(1, BreakdownModel::BadSessionsColumn).data().toString(),
             BreakdownModel::tr("\u2248 %1", "an estimated figure").arg(QLocale().toString(12)));
    QCOMPARE(model.index(1, BreakdownModel::BadMinutesColumn).data().toString(),
             QLocale().toString(30));
    QVERIFY(model.index(4, 0).data(BreakdownModel::NoSessionsRole).toBool());
    QVERIFY(!model.index(0, 0).data(BreakdownModel::NoSessionsRole).toBool());

    // The exact figures replace the estimate (here: 13 bad sessions); the minutes stay.
    model.setStats(list.at(1).deviceId, stats(13, 0));
    QCOMPARE(model.index(1, BreakdownModel::BadSessionsColumn).data().toString(),
             QLocale().toString(13));
    QCOMPARE(model.rows().at(1).badMinutes, 30);
    QCOMPARE(order(BreakdownModel::BadSessionsColumn), bySessions);
    // A pending row without a session list knows no bad minutes: it sorts last.
    model.reset(list.mid(0, 2));
    model.setEstimate(list.at(0).deviceId, stats(3, 0), 9);
    QCOMPARE(model.index(1, BreakdownModel::BadMinutesColumn).data().toString(), QString());
    QVERIFY(!model.index(1, 0).data(BreakdownModel::NoSessionsRole).toBool());
    QCOMPARE(order(BreakdownModel::BadMinutesColumn),
             (QStringList{list.at(0).deviceId, list.at(1).deviceId}));
}

QTEST_GUILESS_MAIN(TestBreakdownModel)
#include "tst_breakdownmodel.moc"
