// The one view state against the local service: one signal carrying the value, what changed,
// the requests it derives, the project list with its offline fallback, the saved choices and
// the auto-refresh, on a manual clock.
#include "appsettings.h"
#include "clock.h"
#include "freshdirtestcase.h"
#include "localservice.h"
#include "servicefixture.h"
#include "viewstate.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace trro;
using trro::test::ServiceFixture;

namespace {

// 2026-03-02 10:00 UTC: a fixed moment, so the derived windows are known.
constexpr qint64 Noon = 1772445600;

ViewSelection lastValue(const QSignalSpy &spy) {
    return spy.last().at(0).value<ViewSelection>();
}

ViewChanges lastChanges(const QSignalSpy &spy) {
    return spy.last().at(1).value<ViewChanges>();
}

} // namespace

class TestViewState final : public FreshDirTestCase {
    Q_OBJECT
private Q_SLOTS:
    void oneSignalCarriesTheValue();
    void projectChangeResetsDevicesAndPath();
    void derivesTheRequestsFromTheClock();
    void totalsCompareEqualWindowsEndingNow();
    void savedAndRestored();
    void startOptionsWin();
    void loadsProjectsAndPicksOne();
    void offlineKeepsTheProjectOfLastTime();
    void autoRefreshTicksOnTheClock();

private:
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("view.ini")); }
};

void TestViewState::oneSignalCarriesTheValue() {
    AppSettings settings(settingsFile());
    ManualClock clock(Noon * 1000);
    ViewState state(nullptr, &settings, &clock);
    QSignalSpy changed(&state, &ViewState::changed);

    ViewSelection next = state.value();
    next.interval = Interval::Hour;
    state.set(next);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(lastValue(changed), next);
    QCOMPARE(state.value(), next);
    QCOMPARE(lastChanges(changed), ViewChanges(ViewChange::Range));

    state.set(next); // the same value: nothing to say
    QCOMPARE(changed.count(), 1);

    next.zone = ZoneChoice::Utc8;
    next.selectedDevices = {QStringLiteral("veh-1")};
    state.set(next);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(lastChanges(changed), ViewChange::Zone | ViewChange::Devices);

    DrillPath path;
    path.level = DrillPath::Level::Device;
    path.deviceId = QStringLiteral("veh-1");
    state.setPath(path);
    QCOMPARE(lastChanges(changed), ViewChanges(ViewChange::Path));
    QCOMPARE(lastValue(changed).path, path);
    // The custom bounds only matter when the custom range is chosen.
    next = state.value();
    next.custom = {Noon - 86400, Noon};
    state.set(next);
    QCOMPARE(changed.count(), 3);
    next.preset = RangePreset::Custom;
    state.set(next);
    QCOMPARE(lastChanges(changed), ViewChanges(ViewChange::Range));
}

void TestViewState::projectChangeResetsDevicesAndPath() {
    AppSettings settings(settingsFile());
    settings.setValue(AppSettings::ProjectId, QStringLiteral("p1"));
    settings.setValue(AppSettings::SelectedDevices, QStringList{QStringLiteral("veh-1")});
    ManualClock clock(Noon * 1000);
    ViewState state(nullptr, &settings, &clock);
    QCOMPARE(state.value().projectId, QStringLiteral("p1"));
    QCOMPARE(state.value().selectedDevices, QStringList{QStringLiteral("veh-1")});
    QSignalSpy changed(&state, &ViewState::changed);

    DrillPath path;
    path.level = DrillPath::Level::Interval;
    path.intervalStart = Noon - 3600;
    path.intervalEnd = Noon;
    state.setPath(path);
    ViewSelection other = state.value();
    other.projectId = QStringLiteral("p2");
    state.set(other);
    QCOMPARE(lastChanges(changed), ViewChange::Project | ViewChange::Devices | ViewChange::Path);
    QVERIFY(state.value().selectedDevices.isEmpty()); // they belonged to p1
    QCOMPARE(state.value().path, DrillPath::fleet());

    state.setSelectedDevices({QStringLiteral("veh-9")});
    // Back to p1: its devices were saved with it ... until p2 became the saved project.
    other = state.value();
    other.projectId = QStringLiteral("p1");
    state.set(other);
    QVERIFY(state.value().selectedDevices.isEmpty());
    // A caller that says which devices come with the project keeps them.
    other = state.value();
    other.projectId = QStringLiteral("p2");
    other.selectedDevices = {QStringLiteral("veh-7")};
    state.set(other);
    QCOMPARE(state.value().selectedDevices, QStringList{QStringLiteral("veh-7")});
}

void TestViewState::derivesTheRequestsFromTheClock() {
    AppSettings settings(settingsFile());
    ManualClock clock(Noon * 1000);
    ViewState state(nullptr, &settings, &clock);
    ViewSelection v = state.value();
    v.projectId = QStringLiteral("p1");
    v.interval = Interval::Hour;
    v.preset = RangePreset::Last24Hours;
    v.zone = ZoneChoice::Utc;
    state.set(v);
    FleetRequest request = state.fleetRequest();
    QCOMPARE(request.projectId, QStringLiteral("p1"));
    QCOMPARE(request.interval, Interval::Hour);
    QCOMPARE(request.window,
             TimeRange::window(RangePreset::Last24Hours,
                               QDateTime::fromSecsSinceEpoch(Noon, QTimeZone::utc()),
                               QTimeZone::utc()));
    QCOMPARE(state.pageContext().zone, QTimeZone::utc());
    QCOMPARE(state.pageContext().window, request.window);

    // "Last 24 hours" follows the clock ...
    clock.advance(3600LL * 1000000);
    QCOMPARE(state.fleetRequest().window.to, request.window.to + 3600);
    // ... unless the time is locked.
    v = state.value();
    v.locked = state.window();
    QSignalSpy messages(&state, &ViewState::statusMessage);
    state.set(v);
    QCOMPARE(messages.count(), 1);
    clock.advance(3600LL * 1000000);
    QCOMPARE(state.fleetRequest().window, v.locked);
    QCOMPARE(state.fleetRequest().totalsWindows().current, v.locked);
    QCOMPARE(state.fleetRequest().totalsWindows().previous, v.locked.previous());
}

void TestViewState::totalsCompareEqualWindowsEndingNow() {
    // The clock stands at 14:37 in UTC+8: the day buckets the charts draw are cut at both
    // ends of "Last 7 days", the KPI totals compare 7 × 24 h ending now with the 7 × 24 h
    // before, both exactly as long.
    AppSettings settings(settingsFile());
    const qint64 now =
        QDateTime(QDate(2026, 3, 2), QTime(14, 37), QTimeZone(8 * 3600)).toSecsSinceEpoch();
    ManualClock clock(now * 1000);
    ViewState state(nullptr, &settings, &clock);
    ViewSelection v = state.value();
    v.projectId = QStringLiteral("p1");
    v.preset = RangePreset::Last7Days;
    v.zone = ZoneChoice::Utc8;
    state.set(v);
    const ComparedWindows compared = state.fleetRequest().totalsWindows();
    QCOMPARE(compared.current.to, now);
    QCOMPARE(compared.current.from, now - 7 * 86400);
    QCOMPARE(compared.previous.to, now - 7 * 86400);
    QCOMPARE(compared.previous.from, now - 14 * 86400);
    QCOMPARE(compared.previous.length(), compared.current.length());

    // "Last 7 complete days": the charts and the totals end at midnight, the comparison is
    // the seven days before.
    v.preset = RangePreset::Last7CompleteDays;
    state.set(v);
    const qint64 midnight =
        QDateTime(QDate(2026, 3, 2), QTime(0, 0), QTimeZone(8 * 3600)).toSecsSinceEpoch();
    const FleetRequest request = state.fleetRequest();
    QCOMPARE(request.window, TimeWindow({midnight - 7 * 86400, midnight}));
    QCOMPARE(request.totalsWindows().current, request.window);
    QCOMPARE(request.totalsWindows().previous,
             TimeWindow({midnight - 14 * 86400, midnight - 7 * 86400}));
}

void TestViewState::savedAndRestored() {
    ViewSelection chosen;
    {
        AppSettings settings(settingsFile());
        ViewState state(nullptr, &settings);
        chosen = state.value();
        chosen.projectId = QStringLiteral("p3");
        chosen.interval = Interval::Month;
        chosen.preset = RangePreset::Custom;
        chosen.custom = {Noon - 5 * 86400, Noon};
        chosen.zone = ZoneChoice::Utc8;
        chosen.autoRefreshSeconds = 60;
        chosen.selectedDevices = {QStringLiteral("veh-2"), QStringLiteral("roc-1")};
        state.set(chosen);
        settings.sync();
    }
    AppSettings settings(settingsFile());
    ViewState restored(nullptr, &settings);
    QCOMPARE(restored.value(), chosen);
}

void TestViewState::startOptionsWin() {
    AppSettings settings(settingsFile());
    settings.setValue(AppSettings::ProjectId, QStringLiteral("p1"));
    settings.setValue(AppSettings::SelectedDevices, QStringList{QStringLiteral("veh-1")});
    ViewState state(nullptr, &settings);
    StartOptions start;
    start.projectId = QStringLiteral("p2");
    start.interval = Interval::Hour;
    start.range = TimeWindow{Noon - 86400, Noon};
    start.deviceIds = QStringList{QStringLiteral("veh-5")};
    state.applyStartOptions(start);
    QCOMPARE(state.value().projectId, QStringLiteral("p2"));
    QCOMPARE(state.value().interval, Interval::Hour);
    QCOMPARE(state.value().preset, RangePreset::Custom);
    QCOMPARE(state.window(), *start.range);
    QCOMPARE(state.value().selectedDevices, *start.deviceIds);
}

void TestViewState::loadsProjectsAndPicksOne() {
    ServiceFixture f;
    QVERIFY(f.listening);
    AppSettings settings(settingsFile());
    settings.setValue(AppSettings::ProjectId, QStringLiteral("prj_gone"));
    ViewState state(f.api, &settings);
    QSignalSpy changed(&state, &ViewState::changed);
    QSignalSpy projects(&state, &ViewState::projectsChanged);
    QSignalSpy messages(&state, &ViewState::statusMessage);
    state.loadProjects();
    QVERIFY(state.isLoadingProjects());
    QTRY_VERIFY_WITH_TIMEOUT(!state.isLoadingProjects(), 15000);
    QCOMPARE(projects.count(), 1);
    QVERIFY(!state.projects().isEmpty());
    // The saved project is gone: the first one is shown, and the user is told.
    const QString first = state.projects().first().projectId;
    QCOMPARE(state.value().projectId, first);
    QCOMPARE(lastChanges(changed) & ViewChange::Project, ViewChanges(ViewChange::Project));
    QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("prj_gone")));
    QCOMPARE(settings.value(AppSettings::ProjectId), first);
    QVERIFY(state.projectLabel().contains(first));

    // Loaded again with the project known: the same project, announced once more.
    changed.clear();
    state.loadProjects();
    QTRY_VERIFY_WITH_TIMEOUT(!state.isLoadingProjects(), 15000);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(lastChanges(changed), ViewChanges(ViewChange::Project));
    QCOMPARE(lastValue(changed).projectId, first);
}

void TestViewState::offlineKeepsTheProjectOfLastTime() {
    ServiceFixture f;
    QVERIFY(f.listening);
    f.service->close(); // nobody listens any more: a network error
    AppSettings settings(settingsFile());
    settings.setValue(AppSettings::ProjectId, QStringLiteral("prj_last"));
    ViewState state(f.api, &settings);
    QSignalSpy changed(&state, &ViewState::changed);
    QSignalSpy projects(&state, &ViewState::projectsChanged);
    QSignalSpy failed(&state, &ViewState::projectsFailed);
    state.loadProjects();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
    QCOMPARE(projects.last().at(0).value<QList<Project>>().size(), 1);
    QCOMPARE(projects.last().at(0).value<QList<Project>>().first().projectId,
             QStringLiteral("prj_last"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(lastValue(changed).projectId, QStringLiteral("prj_last"));
    QVERIFY(state.projects().isEmpty()); // the next refresh asks again
}

void TestViewState::autoRefreshTicksOnTheClock() {
    AppSettings settings(settingsFile());
    ManualClock clock(Noon * 1000);
    ViewState state(nullptr, &settings, &clock);
    QSignalSpy due(&state, &ViewState::refreshDue);
    ViewSelection v = state.value();
    v.autoRefreshSeconds = 30;
    state.set(v);
    clock.advance(29LL * 1000000);
    QCOMPARE(due.count(), 0);
    clock.advance(1LL * 1000000);
    QCOMPARE(due.count(), 1);
    clock.advance(30LL * 1000000);
    QCOMPARE(due.count(), 2);
    v.autoRefreshSeconds = 0;
    state.set(v);
    clock.advance(120LL * 1000000);
    QCOMPARE(due.count(), 2);
}

QTEST_GUILESS_MAIN(TestViewState)
#include "tst_viewstate.moc"
