// Dashboard links: built from the view state and opened through it (round trips at every level
// of the drill-down), absolute times, no credentials, and hostile links refused.
#include "appsettings.h"
#include "clock.h"
#include "freshdirtestcase.h"
#include "viewlink.h"
#include "viewstate.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace trro;

namespace {

constexpr qint64 Noon = 1772445600; // 2026-03-02 10:00 UTC

DrillPath pathAt(DrillPath::Level level) {
    DrillPath path;
    path.level = level;
    if (level != DrillPath::Level::Fleet) {
        path.intervalStart = Noon - 86400;
        path.intervalEnd = Noon;
    }
    if (level == DrillPath::Level::Device || level == DrillPath::Level::Session)
        path.deviceId = QStringLiteral("veh-0007");
    if (level == DrillPath::Level::Session)
        path.sessionId = QStringLiteral("sess-42:a");
    return path;
}

} // namespace

class TestViewLink final : public FreshDirTestCase {
    Q_OBJECT
private Q_SLOTS:
    void roundTripThroughTheViewState_data();
    void roundTripThroughTheViewState();
    void movingPresetBecomesAbsoluteTimes();
    void exactUrl();
    void acceptsUnixSecondsAndOffsets();
    void neverHoldsCredentials();
    void hostileLinks_data();
    void hostileLinks();
};

void TestViewLink::roundTripThroughTheViewState_data() {
    QTest::addColumn<int>("level");
    QTest::newRow("fleet") << int(DrillPath::Level::Fleet);
    QTest::newRow("interval") << int(DrillPath::Level::Interval);
    QTest::newRow("device") << int(DrillPath::Level::Device);
    QTest::newRow("session") << int(DrillPath::Level::Session);
}

void TestViewLink::roundTripThroughTheViewState() {
    QFETCH(int, level);
    ManualClock clock(Noon * 1000);
    AppSettings settingsA(m_dir->filePath(QStringLiteral("a.ini")));
    ViewState sender(nullptr, &settingsA, &clock);
    ViewSelection shown = sender.value();
    shown.profile = QStringLiteral("ops");
    shown.projectId = QStringLiteral("proj-1");
    shown.interval = Interval::Hour;
    shown.preset = RangePreset::Custom;
    shown.custom = {Noon - 3 * 86400, Noon};
    shown.path = pathAt(DrillPath::Level(level));
    sender.set(shown);

    const QUrl url = ViewLinks::toUrl(ViewLinks::fromSelection(sender.value(), sender.window()));
    QVERIFY(ViewLinks::looksLikeLink(url.toString()));

    // A colleague's dashboard, elsewhere: another project, a moving range, UTC+8.
    AppSettings settingsB(m_dir->filePath(QStringLiteral("b.ini")));
    ViewState receiver(nullptr, &settingsB, &clock);
    ViewSelection theirs = receiver.value();
    theirs.projectId = QStringLiteral("proj-2");
    theirs.zone = ZoneChoice::Utc8;
    theirs.locked = {Noon - 100, Noon};
    receiver.set(theirs);
    QSignalSpy changed(&receiver, &ViewState::changed);

    ViewLink link;
    QString error;
    QVERIFY2(ViewLinks::parse(url.toString(), &link, &error), qPrintable(error));
    receiver.set(ViewLinks::apply(link, receiver.value()));
    QCOMPARE(changed.count(), 1);
    const ViewSelection opened = receiver.value();
    QCOMPARE(opened.profile, shown.profile);
    QCOMPARE(opened.projectId, shown.projectId);
    QCOMPARE(opened.interval, shown.interval);
    QCOMPARE(receiver.window(), sender.window());
    QVERIFY(!opened.isTimeLocked());
    QCOMPARE(opened.path, shown.path);
    QCOMPARE(opened.zone, ZoneChoice::Utc8); // the receiver's own choice
    // And back: the link of what opened is the same link.
    QCOMPARE(ViewLinks::toUrl(ViewLinks::fromSelection(opened, receiver.window())), url);
}

void TestViewLink::movingPresetBecomesAbsoluteTimes() {
    ManualClock clock(Noon * 1000);
    AppSettings settings(m_dir->filePath(QStringLiteral("m.ini")));
    ViewState state(nullptr, &settings, &clock);
    ViewSelection value = state.value();
    value.projectId = QStringLiteral("p");
    value.preset = RangePreset::Last24Hours;
    state.set(value);
    const QUrl url = ViewLinks::toUrl(ViewLinks::fromSelection(state.value(), state.window()));
    clock.advance(5LL * 3600 * 1000000); // opened hours later: still the same period
    ViewLink link;
    QString error;
    QVERIFY(ViewLinks::parse(url.toString(), &link, &error));
    QCOMPARE(link.window, (TimeWindow{Noon - 86400, Noon}));
    state.set(ViewLinks::apply(link, state.value()));
    QCOMPARE(state.window(), (TimeWindow{Noon - 86400, Noon}));
}

void TestViewLink::exactUrl() {
    ViewLink link;
    link.projectId = QStringLiteral("proj-1");
    link.interval = Interval::Day;
    link.window = {Noon - 86400, Noon};
    link.path = pathAt(DrillPath::Level::Session);
    QCOMPARE(ViewLinks::toUrl(link).toString(),
             QStringLiteral("trro-dashboard://open?project=proj-1&interval=day"
                            "&from=2026-03-01T10:00:00Z&to=2026-03-02T10:00:00Z"
                            "&bucketFrom=2026-03-01T10:00:00Z&bucketTo=2026-03-02T10:00:00Z"
                            "&device=veh-0007&session=sess-42:a"));
}

void TestViewLink::acceptsUnixSecondsAndOffsets() {
    ViewLink link;
    QString error;
    QVERIFY2(ViewLinks::parse(QStringLiteral("trro-dashboard://open?project=p&interval=month"
                                             "&from=1772445600&to=2026-03-02T20:00:00%2B08:00"),
                              &link, &error),
             qPrintable(error));
    QCOMPARE(link.interval, Interval::Month);
    QCOMPARE(link.window, (TimeWindow{Noon, Noon + 2 * 3600}));
    QCOMPARE(link.path, DrillPath::fleet());
    QVERIFY(link.profile.isEmpty());
}

void TestViewLink::neverHoldsCredentials() {
    ViewSelection selection;
    selection.profile = QStringLiteral("ops");
    selection.projectId = QStringLiteral("p");
    const QString url =
        ViewLinks::toUrl(ViewLinks::fromSelection(selection, {Noon - 60, Noon})).toString();
    QCOMPARE(QUrlQuery(QUrl(url)).queryItems().size(), 5); // project interval from to profile
    const QStringList names{QStringLiteral("secret"), QStringLiteral("token"),
                            QStringLiteral("AKID"), QStringLiteral("@")};
    for (const QString &name : names)
        QVERIFY2(!url.contains(name, Qt::CaseInsensitive), qPrintable(url));
    ViewLink link;
    QString error;
    QVERIFY(!ViewLinks::parse(url + QStringLiteral("&secretKey=abc"), &link, &error));
    QVERIFY(!ViewLinks::parse(QStringLiteral("trro-dashboard://AKID:key@open?project=p&interval="
                                             "day&from=1772445600&to=1772449200"),
                              &link, &error));
}

void TestViewLink::hostileLinks_data() {
    QTest::addColumn<QString>("text");
    const QString ok = QStringLiteral("project=p&interval=day&from=1772445600&to=1772449200");
    const QString base = QStringLiteral("trro-dashboard://open?");
    // A day link of project p from `from` to `to`, as written.
    const auto dayFromTo = [&base](const char *from, const char *to) -> QString {
        return base + QStringLiteral("project=p&interval=day&from=%1&to=%2")
                          .arg(QLatin1String(from), QLatin1String(to));
    };
    QTest::newRow("other scheme") << QStringLiteral("https://open?") + ok;
    QTest::newRow("other action") << QStringLiteral("trro-dashboard://delete?") + ok;
    QTest::newRow("a path") << QStringLiteral("trro-dashboard://open/x?") + ok;
    QTest::newRow("a port") << QStringLiteral("trro-dashboard://open:80?") + ok;
    QTest::newRow("no project") << base + QStringLiteral("interval=day&from=1&to=2");
    QTest::newRow("project with spaces") << base + ok + QStringLiteral("&project=a%20b");
    QTest::newRow("bad project") << base + QStringLiteral("project=a%0Ab&interval=day"
                                                          "&from=1772445600&to=1772449200");
    QTest::newRow("bad interval") << base + QStringLiteral("project=p&interval=week"
                                                           "&from=1772445600&to=1772449200");
    QTest::newRow("inverted") << dayFromTo("1772449200", "1772445600");
    QTest::newRow("local time") << dayFromTo("2026-03-02T10:00:00", "1772449200");
    QTest::newRow("year 1900") << dayFromTo("-2208988800", "1772449200");
    QTest::newRow("huge") << dayFromTo("1", "99999999999999999999");
    QTest::newRow("unknown parameter") << base + ok + QStringLiteral("&zoom=3");
    QTest::newRow("duplicate") << base + ok + QStringLiteral("&project=q");
    QTest::newRow("session without device") << base + ok + QStringLiteral("&session=s");
    QTest::newRow("half a bucket") << base + ok + QStringLiteral("&bucketFrom=1772445600");
    QTest::newRow("control in profile") << base + ok + QStringLiteral("&profile=a%1Bb");
    QTest::newRow("too long") << base + ok + QStringLiteral("&device=") + QString(5000, u'x');
    QTest::newRow("device too long") << base + ok + QStringLiteral("&device=") + QString(200, u'x');
    QTest::newRow("empty") << QString();
}

void TestViewLink::hostileLinks() {
    QFETCH(QString, text);
    ViewLink link;
    link.projectId = QStringLiteral("untouched");
    QString error;
    QVERIFY(!ViewLinks::parse(text, &link, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(link.projectId, QStringLiteral("untouched"));
}

QTEST_GUILESS_MAIN(TestViewLink)
#include "tst_viewlink.moc"
