// Links and saved views in the dashboard window, against the local service: "Copy link" and
// opening it in another window (also handed over through the single-instance socket), links
// to a profile or a project the user lacks, saved views from the Views menu, export and import.
#include "apicontext.h"
#include "appsettings.h"
#include "fleetcontroller.h"
#include "links/linkcontroller.h"
#include "links/savedviewsmenu.h"
#include "mainwindow.h"
#include "viewlink.h"
#include "viewlinkhandoff.h"
#include "viewstate.h"
#include "viewtools.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <atomic>
#include <thread>

using namespace trro;

class TestViewTools final : public test::WindowTestCase {
    Q_OBJECT
private Q_SLOTS:
    void copiedLinkOpensTheSameView();
    void linkHandedOverToTheRunningWindow();
    void linkWaitsForTheProfiles();
    void unknownProfileIsRefused();
    void projectTheAccountLacks();
    void hostileLinkIsRefused();
    void savedViewsFromTheMenu();
    void savedViewsExportAndImport();

private:
    QMessageBox *problemBox(MainWindow *window, const char *name) const;
    void checkLinkProblem(MainWindow *window, const char *subject, const char *reason);
};

QMessageBox *TestViewTools::problemBox(MainWindow *window, const char *name) const {
    QMessageBox *box = window->findChild<QMessageBox *>(QLatin1String(name));
    return box && box->isVisible() ? box : nullptr;
}

// The link problem box is shown, names subject and gives reason; it is closed afterwards.
void TestViewTools::checkLinkProblem(MainWindow *window, const char *subject, const char *reason) {
    QMessageBox *box = problemBox(window, "linkProblem");
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String(subject)), qPrintable(box->text()));
    QVERIFY(box->text().contains(QLatin1String(reason)));
    box->close();
}

void TestViewTools::copiedLinkOpensTheSameView() {
    auto window = m_fx.makeWindow();
    window->setProfiles({QStringLiteral("Test")}, QStringLiteral("Test"));
    QTRY_VERIFY_WITH_TIMEOUT(!window->viewState()->projects().isEmpty(), 20000);
    DrillPath path;
    path.level = DrillPath::Level::Device;
    path.deviceId = QStringLiteral("veh-0001");
    window->viewState()->setPath(path);
    window->viewTools()->links()->copyLinkAction()->trigger();
    const QString link = QApplication::clipboard()->text();
    QVERIFY2(ViewLinks::looksLikeLink(link), qPrintable(link));
    QVERIFY(!link.contains(sim::LocalService::demoCredentials().secretKey));
    QVERIFY(!link.contains(sim::LocalService::demoCredentials().secretId));

    // Another dashboard (its own settings: a colleague's) opens it.
    const ViewSelection shown = window->viewState()->value();
    const TimeWindow shownWindow = window->viewState()->window();
    window.reset();
    m_fx.useSettings(QStringLiteral("colleague.ini"));
    auto other = m_fx.makeWindow(m_fx.defaultStart(false));
    other->setProfiles({QStringLiteral("Test")}, QStringLiteral("Test"));
    QVERIFY(other->viewTools()->openLink(link));
    const ViewSelection opened = other->viewState()->value();
    QCOMPARE(opened.projectId, shown.projectId);
    QCOMPARE(opened.interval, shown.interval);
    QCOMPARE(other->viewState()->window(), shownWindow);
    QCOMPARE(opened.path, shown.path);
}

void TestViewTools::linkHandedOverToTheRunningWindow() {
    auto window = m_fx.makeWindow();
    window->setProfiles({}, {});
    const QString name =
        QStringLiteral("tst-viewtools-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    ViewLinkHandOff running(name);
    QVERIFY(running.listen());
    connect(&running, &ViewLinkHandOff::linkReceived, window.get(),
            [&window](const QString &link) { window->viewTools()->openLink(link); });
    const QString link = QStringLiteral("trro-dashboard://open?project=%1&interval=hour"
                                        "&from=%2&to=%3&device=veh-0002")
                             .arg(m_fx.service()->projectId())
                             .arg(m_fx.service()->rangeEnd() - 86400)
                             .arg(m_fx.service()->rangeEnd());
    // The second start: it sends and quits (here: a thread, as the sender blocks).
    std::atomic<int> sent{-1};
    std::thread second([&] { sent = ViewLinkHandOff::sendToRunning(name, link) ? 1 : 0; });
    QVERIFY(QTest::qWaitFor([&sent] { return sent >= 0; }, 15000));
    second.join();
    QCOMPARE(sent.load(), 1);
    const ViewSelection value = window->viewState()->value();
    QCOMPARE(value.interval, Interval::Hour);
    QCOMPARE(window->viewState()->window(),
             (TimeWindow{m_fx.service()->rangeEnd() - 86400, m_fx.service()->rangeEnd()}));
    QCOMPARE(value.path.level, DrillPath::Level::Device);
    QCOMPARE(value.path.deviceId, QStringLiteral("veh-0002"));
}

void TestViewTools::linkWaitsForTheProfiles() {
    auto window = m_fx.makeWindow();
    const QString link =
        QStringLiteral("trro-dashboard://open?project=%1&interval=month&from=1772445600"
                       "&to=1772449200&profile=ops")
            .arg(m_fx.service()->projectId());
    QVERIFY(window->viewTools()->openLink(link)); // the keychain has not answered yet
    QCOMPARE(window->viewState()->value().interval, Interval::Day);
    QSignalSpy profile(window->viewTools()->links(), &LinkController::profileRequested);
    window->setProfiles({QStringLiteral("Test"), QStringLiteral("ops")}, QStringLiteral("Test"));
    QCOMPARE(window->viewState()->value().interval, Interval::Month);
    QCOMPARE(profile.count(), 1);
    QCOMPARE(profile.front().front().toString(), QStringLiteral("ops"));
}

void TestViewTools::unknownProfileIsRefused() {
    auto window = m_fx.makeWindow();
    window->setProfiles({QStringLiteral("Test")}, QStringLiteral("Test"));
    const ViewSelection before = window->viewState()->value();
    QVERIFY(!window->viewTools()->openLink(
        QStringLiteral("trro-dashboard://open?project=p&interval=day&from=1772445600"
                       "&to=1772449200&profile=night-shift")));
    QCOMPARE(window->viewState()->value(), before);
    checkLinkProblem(window.get(), "\"night-shift\"", "not set up");
}

void TestViewTools::projectTheAccountLacks() {
    auto window = m_fx.makeWindow();
    window->setProfiles({QStringLiteral("Test")}, QStringLiteral("Test"));
    QTRY_VERIFY_WITH_TIMEOUT(!window->viewState()->projects().isEmpty(), 20000);
    QVERIFY(window->viewTools()->openLink(
        QStringLiteral("trro-dashboard://open?project=someone-elses&interval=day"
                       "&from=1772445600&to=1772449200&profile=Test")));
    checkLinkProblem(window.get(), "someone-elses", "does not have");
}

void TestViewTools::hostileLinkIsRefused() {
    auto window = m_fx.makeWindow();
    window->setProfiles({}, {});
    const ViewSelection before = window->viewState()->value();
    QVERIFY(!window->viewTools()->openLink(
        QStringLiteral("trro-dashboard://open?project=p&interval=day&from=1&to=2&secretKey=x")));
    QCOMPARE(window->viewState()->value(), before);
    QVERIFY(problemBox(window.get(), "linkProblem"));
}

void TestViewTools::savedViewsFromTheMenu() {
    auto window = m_fx.makeWindow();
    SavedViewsMenu *views = window->viewTools()->savedViews();
    QVERIFY(views->saveCurrent(QStringLiteral("Last week, daily")));
    const ViewSelection saved = window->viewState()->value();

    ViewSelection other = saved;
    other.interval = Interval::Hour;
    other.preset = RangePreset::Last24Hours;
    window->viewState()->set(other);

    // The menu lists it; its entry sets the view state back.
    QMenu *menu = window->viewTools()->menu();
    QAction *entry = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QLatin1String("Last week, daily"))
            entry = action;
    }
    QVERIFY(entry);
    entry->trigger();
    ViewSelection expected = saved;
    expected.profile = window->viewState()->value().profile;
    QCOMPARE(window->viewState()->value(), expected);

    // Kept in the settings: a new window has it.
    window.reset();
    auto again = m_fx.makeWindow();
    QCOMPARE(again->viewTools()->savedViews()->views().size(), 1);
    QVERIFY(!again->viewTools()->savedViews()->saveCurrent(QStringLiteral("bad\nname")));
    QVERIFY(problemBox(again.get(), "savedViewsProblem"));
}

void TestViewTools::savedViewsExportAndImport() {
    auto window = m_fx.makeWindow();
    SavedViewsMenu *views = window->viewTools()->savedViews();
    QVERIFY(views->saveCurrent(QStringLiteral("Team standard")));
    const QString file = m_fx.filePath(QStringLiteral("team-%1.json").arg(m_fx.round()));
    QVERIFY(views->exportTo(file));
    window.reset();

    m_fx.useSettings(QStringLiteral("new-member.ini"));
    auto member = m_fx.makeWindow();
    SavedViewsMenu *theirs = member->viewTools()->savedViews();
    QVERIFY(theirs->views().isEmpty());
    QVERIFY(theirs->importFrom(file));
    QCOMPARE(theirs->views().size(), 1);
    QCOMPARE(theirs->views().front().name, QStringLiteral("Team standard"));
    QVERIFY(theirs->open(QStringLiteral("Team standard")));

    QFile damaged(m_fx.filePath(QStringLiteral("damaged.json")));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(R"({"version": 1, "views": [{"name": "x", "project": "p q"}]})");
    damaged.close();
    QVERIFY(!theirs->importFrom(damaged.fileName()));
    QCOMPARE(theirs->views().size(), 1);
    QVERIFY(problemBox(member.get(), "savedViewsProblem"));
}

QTEST_MAIN(TestViewTools)
#include "tst_viewtools.moc"
