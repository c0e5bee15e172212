// Saved views: named view states, got back through the view state, kept in the settings, and
// shared as a small JSON file that is validated like any hostile input.
#include "appsettings.h"
#include "clock.h"
#include "freshdirtestcase.h"
#include "savedview.h"
#include "viewstate.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace trro;

namespace {

constexpr qint64 Noon = 1772445600; // 2026-03-02 10:00 UTC

ViewSelection sample() {
    ViewSelection s;
    s.profile = QStringLiteral("ops");
    s.projectId = QStringLiteral("proj-1");
    s.interval = Interval::Hour;
    s.preset = RangePreset::Last24Hours;
    s.zone = ZoneChoice::Utc8;
    s.autoRefreshSeconds = 60;
    s.selectedDevices = {QStringLiteral("veh-1"), QStringLiteral("veh-2")};
    s.path.level = DrillPath::Level::Device;
    s.path.deviceId = QStringLiteral("veh-2");
    return s;
}

} // namespace

class TestSavedView final : public FreshDirTestCase {
    Q_OBJECT
private Q_SLOTS:
    void backThroughTheViewState();
    void lockedTimeIsSavedAsItsWindow();
    void jsonRoundTrip();
    void keptInTheSettings();
    void putReplacesByNameAndIsBounded();
    void exportAndImport();
    void hostileFiles_data();
    void hostileFiles();
};

void TestSavedView::backThroughTheViewState() {
    ManualClock clock(Noon * 1000);
    AppSettings settings(m_dir->filePath(QStringLiteral("s.ini")));
    ViewState state(nullptr, &settings, &clock);
    state.set(sample());
    const SavedView saved = SavedViews::capture(QStringLiteral("Morning check"), state.value());
    QVERIFY(saved.selection.profile.isEmpty()); // never the account

    ViewSelection elsewhere = state.value();
    elsewhere.projectId = QStringLiteral("proj-2");
    elsewhere.preset = RangePreset::Last90Days;
    elsewhere.zone = ZoneChoice::Local;
    elsewhere.path = DrillPath::fleet();
    state.set(elsewhere);
    QSignalSpy changed(&state, &ViewState::changed);
    state.set(SavedViews::apply(saved, state.value()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(state.value(), sample());
    QCOMPARE(state.window(), (TimeWindow{Noon - 86400, Noon}));
    clock.advance(3600LL * 1000000); // a moving range keeps moving
    QCOMPARE(state.window(), (TimeWindow{Noon - 82800, Noon + 3600}));
}

void TestSavedView::lockedTimeIsSavedAsItsWindow() {
    ViewSelection s = sample();
    s.locked = {Noon - 7200, Noon};
    const SavedView view = SavedViews::capture(QStringLiteral("Incident"), s);
    QCOMPARE(view.selection.preset, RangePreset::Custom);
    QCOMPARE(view.selection.custom, (TimeWindow{Noon - 7200, Noon}));
    QVERIFY(!view.selection.isTimeLocked());
}

void TestSavedView::jsonRoundTrip() {
    ViewSelection custom = sample();
    custom.preset = RangePreset::Custom;
    custom.custom = {Noon - 86400, Noon};
    custom.path.level = DrillPath::Level::Session;
    custom.path.intervalStart = Noon - 3600;
    custom.path.intervalEnd = Noon;
    custom.path.sessionId = QStringLiteral("sess-1");
    const QList<SavedView> views{SavedViews::capture(QStringLiteral("A"), sample()),
                                 SavedViews::capture(QStringLiteral("夜班 B"), custom)};
    QList<SavedView> parsed;
    QString error;
    QVERIFY2(SavedViews::fromJson(SavedViews::toJson(views), &parsed, &error), qPrintable(error));
    QCOMPARE(parsed, views);

    // Every preset is stored by its key and comes back as itself, the complete ones included.
    for (RangePreset preset : TimeRange::presets()) {
        if (preset == RangePreset::Custom)
            continue;
        ViewSelection s = sample();
        s.preset = preset;
        const QList<SavedView> one{SavedViews::capture(QStringLiteral("P"), s)};
        const QByteArray json = SavedViews::toJson(one);
        QVERIFY(json.contains(TimeRange::presetKey(preset).toUtf8()));
        QVERIFY2(SavedViews::fromJson(json, &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.value(0).selection.preset, preset);
    }
}

void TestSavedView::keptInTheSettings() {
    const QString file = m_dir->filePath(QStringLiteral("k.ini"));
    const QList<SavedView> views{SavedViews::capture(QStringLiteral("A"), sample())};
    {
        AppSettings settings(file);
        QVERIFY(SavedViews::load(settings).isEmpty());
        SavedViews::save(settings, views);
        settings.sync();
    }
    AppSettings settings(file);
    QCOMPARE(SavedViews::load(settings), views);
    settings.setValue(AppSettings::SavedViews, QByteArray("{damaged"));
    QVERIFY(SavedViews::load(settings).isEmpty());
}

void TestSavedView::putReplacesByNameAndIsBounded() {
    QList<SavedView> views;
    QVERIFY(SavedViews::put(&views, SavedViews::capture(QStringLiteral("A"), sample())));
    ViewSelection other = sample();
    other.interval = Interval::Day;
    QVERIFY(SavedViews::put(&views, SavedViews::capture(QStringLiteral("A"), other)));
    QCOMPARE(views.size(), 1);
    QCOMPARE(views.front().selection.interval, Interval::Day);
    for (int i = 1; i < SavedViews::MaxViews; ++i)
        QVERIFY(SavedViews::put(&views, SavedViews::capture(QString::number(i), other)));
    QVERIFY(!SavedViews::put(&views, SavedViews::capture(QStringLiteral("one more"), other)));
    QCOMPARE(views.size(), SavedViews::MaxViews);
    QVERIFY(!SavedViews::isValidName(QStringLiteral(" padded")));
    QVERIFY(!SavedViews::isValidName(QStringLiteral("a\nb")));
    QVERIFY(!SavedViews::isValidName(QString(SavedViews::MaxNameLength + 1, u'x')));
}

void TestSavedView::exportAndImport() {
    const QString file = m_dir->filePath(QStringLiteral("team-views.json"));
    const QList<SavedView> views{SavedViews::capture(QStringLiteral("A"), sample())};
    QString error;
    QVERIFY2(SavedViews::exportFile(file, views, &error), qPrintable(error));
    QList<SavedView> imported;
    QVERIFY2(SavedViews::importFile(file, &imported, &error), qPrintable(error));
    QCOMPARE(imported, views);
    QVERIFY(
        !SavedViews::importFile(m_dir->filePath(QStringLiteral("none.json")), &imported, &error));
    QVERIFY(error.contains(QLatin1String("none.json")));
}

void TestSavedView::hostileFiles_data() {
    QTest::addColumn<QByteArray>("json");
    const QByteArray view =
        R"("name": "A", "project": "p", "interval": "day", "range": "last7d", "zone": "utc",)"
        R"( "autoRefresh": 0)";
    const auto file = [](const QByteArray &inner) -> QByteArray {
        return QByteArray(R"({"version": 1, "views": [{)") + inner + "}]}";
    };
    QTest::newRow("not json") << QByteArray("views");
    QTest::newRow("wrong version") << QByteArray(R"({"version": 2, "views": []})");
    QTest::newRow("extra root key") << QByteArray(R"({"version": 1, "views": [], "x": 1})");
    QTest::newRow("unknown view key") << file(view + R"(, "secretKey": "abc")");
    QTest::newRow("no name") << file(view.mid(view.indexOf("\"project")));
    QTest::newRow("control in name")
        << file(R"("name": "a\u001b[2J", )" + view.mid(view.indexOf("\"project")));
    QTest::newRow("bad project") << file(QByteArray(view).replace("\"p\"", "\"a b\""));
    QTest::newRow("bad interval") << file(QByteArray(view).replace("\"day\"", "\"week\""));
    QTest::newRow("bad zone") << file(QByteArray(view).replace("\"utc\"", "\"mars\""));
    QTest::newRow("odd refresh") << file(QByteArray(view).replace("0", "7"));
    QTest::newRow("custom without times") << file(QByteArray(view).replace("last7d", "custom"));
    QTest::newRow("custom inverted") << file(QByteArray(view).replace("last7d", "custom") +
                                             R"(, "from": 1772445600, "to": 1772440000)");
    QTest::newRow("devices not a list") << file(view + R"(, "devices": "veh-1")");
    QTest::newRow("session without device") << file(view + R"(, "session": "s")");
    QTest::newRow("too many views") << QByteArray(R"({"version": 1, "views": [)") +
                                           QByteArray("{},").repeated(SavedViews::MaxViews) +
                                           "{}]}";
    QTest::newRow("too large") << QByteArray(R"({"version": 1, "views": [], "p": ")") +
                                      QByteArray(SavedViews::MaxFileBytes, 'a') + "\"}";
}

void TestSavedView::hostileFiles() {
    // The base view of the rows is valid: each row fails by its change only.
    QList<SavedView> control;
    QString controlError;
    QVERIFY2(SavedViews::fromJson(
                 R"({"version": 1, "views": [{"name": "A", "project": "p", "interval": "day",)"
                 R"( "range": "last7d", "zone": "utc", "autoRefresh": 0}]})",
                 &control, &controlError),
             qPrintable(controlError));
    QFETCH(QByteArray, json);
    QList<SavedView> views{SavedViews::capture(QStringLiteral("kept"), sample())};
    const QList<SavedView> before = views;
    QString error;
    QVERIFY(!SavedViews::fromJson(json, &views, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(views, before);
}

QTEST_GUILESS_MAIN(TestSavedView)
#include "tst_savedview.moc"
