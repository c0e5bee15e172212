#include "filteredmodel.h"
#include "sessionfiltermodel.h"
#include "sessionlistmodel.h"
#include "tablerole.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace trro;

namespace {

using Sessions = test::FilteredModel<SessionListModel, SessionFilterModel>;

constexpr qint64 T0 = 1'700'000'000;

DeviceSession session(const QString &id, const QString &remote, qint64 start, qint64 seconds,
                      const QString &resolution, const QString &quality) {
    DeviceSession s;
    s.sessionId = id;
    s.fieldDeviceId = QStringLiteral("ex-017");
    s.remoteDeviceId = remote;
    s.startTime = start;
    s.endTime = start + seconds;
    s.resolution = resolution;
    s.quality = quality;
    return s;
}

QList<DeviceSession> sessions() {
    return {
        session(QStringLiteral("s-a"), QStringLiteral("ck-01"), T0 + 100, 95,
                QStringLiteral("1920x1080"), QStringLiteral("good")),
        session(QStringLiteral("s-b"), QStringLiteral("ck-02"), T0 + 5000, 600,
                QStringLiteral("1280x720"), QStringLiteral("bad")),
        session(QStringLiteral("s-c"), QStringLiteral("ck-01"), T0 + 20, 1200,
                QStringLiteral("720p"), QStringLiteral("normal")),
        session(QStringLiteral("s-d"), QStringLiteral("ck-03"), T0 + 9000, 5,
                QStringLiteral("3840x2160"), QStringLiteral("good")),
    };
}

// The four sessions behind their filter.
struct FourSessions : Sessions {
    FourSessions() { model.setSessions(sessions()); }
};

QStringList ids(const QAbstractItemModel &model) {
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(SessionListModel::SessionIdRole).toString());
    return list;
}

} // namespace

class TestSessionListModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tester();
    void display();
    void resolution_data();
    void resolution();
    void sorting_data();
    void sorting();
    void filter_data();
    void filter();
};

void TestSessionListModel::tester() {
    Sessions f;
    QAbstractItemModelTester sourceTester(&f.model);
    f.model.setSessions(sessions());
    f.filter.sort(SessionListModel::DurationColumn);
    f.model.setDeviceNames({{QStringLiteral("ck-01"), QStringLiteral("Cockpit 1")}});
    f.model.setFocusDevice(QStringLiteral("ex-017"));
    f.model.setTimeZone(QTimeZone(8 * 3600));
    f.filter.setQualityFilter(QStringLiteral("good"));
    f.filter.setSearchText(QStringLiteral("cockpit"));
    f.model.setSessions(sessions().mid(1));
    f.filter.setQualityFilter({});
    f.model.setSessions({});
    QCOMPARE(f.filter.rowCount(), 0);
}

void TestSessionListModel::display() {
    SessionListModel model;
    model.setSessions(sessions());
    model.setDeviceNames({{QStringLiteral("ck-01"), QStringLiteral("Cockpit 1")}});
    model.setFocusDevice(QStringLiteral("ex-017"));
    const QModelIndex remote = model.index(0, SessionListModel::RemoteDeviceColumn);
    QCOMPARE(remote.data().toString(), QStringLiteral("Cockpit 1"));
    QCOMPARE(remote.data(Qt::ToolTipRole).toString(), QStringLiteral("ck-01"));
    QCOMPARE(model.index(1, SessionListModel::RemoteDeviceColumn).data().toString(),
             QStringLiteral("ck-02")); // no name known: the id
    QCOMPARE(remote.data(DeviceIdRole).toString(), QStringLiteral("ck-01")); // the peer
    // Quality: text and tone, never colour alone.
    const QModelIndex bad = model.index(1, SessionListModel::QualityColumn);
    QCOMPARE(bad.data().toString(), SessionListModel::tr("Bad"));
    QCOMPARE(bad.data(ToneRole).toInt(), int(Tone::Bad));
    QCOMPARE(model.index(0, SessionListModel::QualityColumn).data(ToneRole).toInt(),
             int(Tone::Good));
    QCOMPARE(model.index(2, SessionListModel::QualityColumn).data(ToneRole).toInt(),
             int(Tone::Warning));
    QVERIFY(model.index(0, SessionListModel::DurationColumn)
                .data()
                .toString()
                .contains(QLocale().toString(35)));
    QCOMPARE(model.index(0, SessionListModel::DurationColumn)
                 .data(Qt::TextAlignmentRole)
                 .value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
}

void TestSessionListModel::resolution_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("pixels");
    QTest::newRow("WxH") << QStringLiteral("1920x1080") << qint64(1920 * 1080);
    QTest::newRow("W*H") << QStringLiteral("1280*720") << qint64(1280 * 720);
    QTest::newRow("spaces and X") << QStringLiteral(" 640 X 480 ") << qint64(640 * 480);
    QTest::newRow("1080p") << QStringLiteral("1080p") << qint64(1920 * 1080);
    QTest::newRow("720P") << QStringLiteral("720P") << qint64(1280 * 720);
    QTest::newRow("garbage") << QStringLiteral("HD") << qint64(0);
    QTest::newRow("empty") << QString() << qint64(0);
}

void TestSessionListModel::resolution() {
    QFETCH(QString, text);
    QFETCH(qint64, pixels);
    QCOMPARE(SessionListModel::resolutionPixels(text), pixels);
}

void TestSessionListModel::sorting_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");

    // Durations 95, 600, 1200, 5 s: as text "1 min 35 s" < "10 min" < "20 min" < "5 s".
    QTest::newRow("duration") << int(SessionListModel::DurationColumn) << int(Qt::AscendingOrder)
                              << QStringList{QStringLiteral("s-d"), QStringLiteral("s-a"),
                                             QStringLiteral("s-b"), QStringLiteral("s-c")};
    QTest::newRow("start descending")
        << int(SessionListModel::StartColumn) << int(Qt::DescendingOrder)
        << QStringList{QStringLiteral("s-d"), QStringLiteral("s-b"), QStringLiteral("s-a"),
                       QStringLiteral("s-c")};
    QTest::newRow("resolution by pixels")
        << int(SessionListModel::ResolutionColumn) << int(Qt::AscendingOrder)
        << QStringList{QStringLiteral("s-b"), QStringLiteral("s-c"), QStringLiteral("s-a"),
                       QStringLiteral("s-d")};
    QTest::newRow("quality: bad first")
        << int(SessionListModel::QualityColumn) << int(Qt::AscendingOrder)
        << QStringList{QStringLiteral("s-b"), QStringLiteral("s-c"), QStringLiteral("s-a"),
                       QStringLiteral("s-d")};
}

void TestSessionListModel::sorting() {
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);

    FourSessions f;
    f.filter.sort(column, Qt::SortOrder(order));
    QCOMPARE(ids(f.filter), expected);
}

void TestSessionListModel::filter_data() {
    QTest::addColumn<QString>("quality");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("all") << QString() << QString()
                         << QStringList{QStringLiteral("s-a"), QStringLiteral("s-b"),
                                        QStringLiteral("s-c"), QStringLiteral("s-d")};
    QTest::newRow("good") << QStringLiteral("good") << QString()
                          << QStringList{QStringLiteral("s-a"), QStringLiteral("s-d")};
    QTest::newRow("bad") << QStringLiteral("bad") << QString()
                         << QStringList{QStringLiteral("s-b")};
    QTest::newRow("peer name") << QString() << QStringLiteral("COCKPIT 1")
                               << QStringList{QStringLiteral("s-a"), QStringLiteral("s-c")};
    QTest::newRow("peer id and quality") << QStringLiteral("normal") << QStringLiteral("ck-01")
                                         << QStringList{QStringLiteral("s-c")};
    QTest::newRow("resolution") << QString() << QStringLiteral("3840")
                                << QStringList{QStringLiteral("s-d")};
    QTest::newRow("session id") << QString() << QStringLiteral("s-b")
                                << QStringList{QStringLiteral("s-b")};
    QTest::newRow("nothing") << QStringLiteral("bad") << QStringLiteral("ck-03") << QStringList{};
}

void TestSessionListModel::filter() {
    QFETCH(QString, quality);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);

    FourSessions f;
    f.model.setDeviceNames({{QStringLiteral("ck-01"), QStringLiteral("Cockpit 1")}});
    f.filter.setQualityFilter(quality);
    f.filter.setSearchText(search);
    QStringList found = ids(f.filter);
    found.sort();
    QCOMPARE(found, expected);
}

QTEST_GUILESS_MAIN(TestSessionListModel)
#include "tst_sessionlistmodel.moc"
