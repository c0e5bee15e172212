// One dashboard per user: a second start hands its link to the running one over a local socket.
// The sender blocks (it runs before any window exists), so the tests send from another thread
// while this one serves.
#include "viewlinkhandoff.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <atomic>
#include <memory>
#include <thread>

using namespace trro;

namespace {

QString uniqueName() {
    return QStringLiteral("tst-handoff-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// Sends from a worker thread and waits (serving this thread's events) for its answer.
bool sendFromAnotherThread(const QString &name, const QString &link) {
    auto result = std::make_shared<std::atomic<int>>(-1);
    std::thread sender(
        [name, link, result] { *result = ViewLinkHandOff::sendToRunning(name, link) ? 1 : 0; });
    const bool finished = QTest::qWaitFor([&result] { return *result >= 0; }, 15000);
    sender.join();
    return finished && *result == 1;
}

// A link sent to name from another thread reaches handoff, once.
void checkReceivesALink(ViewLinkHandOff &handoff, const QString &name) {
    QSignalSpy received(&handoff, &ViewLinkHandOff::linkReceived);
    QVERIFY(sendFromAnotherThread(name, QStringLiteral("trro-dashboard://open")));
    QCOMPARE(received.count(), 1);
}

} // namespace

class TestViewLinkHandOff final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void linkGoesToTheRunningOne();
    void emptyMessageAsksForTheWindow();
    void nobodyRunning();
    void replacesASocketLeftByACrash();
    void secondDashboardDoesNotTakeOver();
    void oversizedMessageIsDropped();
    void namePerUser();
};

void TestViewLinkHandOff::linkGoesToTheRunningOne() {
    const QString name = uniqueName();
    ViewLinkHandOff running(name);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &ViewLinkHandOff::linkReceived);
    const QString link = QStringLiteral("trro-dashboard://open?project=p&interval=day&from="
                                        "1772445600&to=1772449200&device=%E8%BD%A6");
    QVERIFY(sendFromAnotherThread(name, link));
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.front().front().toString(), link);
    // A second link too: the server keeps listening.
    QVERIFY(sendFromAnotherThread(name, link + QStringLiteral("&session=s")));
    QCOMPARE(received.count(), 2);
}

void TestViewLinkHandOff::emptyMessageAsksForTheWindow() {
    const QString name = uniqueName();
    ViewLinkHandOff running(name);
    QVERIFY(running.listen());
    QSignalSpy activated(&running, &ViewLinkHandOff::activationRequested);
    QSignalSpy received(&running, &ViewLinkHandOff::linkReceived);
    QVERIFY(sendFromAnotherThread(name, QString()));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(received.count(), 0);
}

void TestViewLinkHandOff::nobodyRunning() {
    QVERIFY(!ViewLinkHandOff::sendToRunning(uniqueName(), QStringLiteral("x"), 500));
}

void TestViewLinkHandOff::replacesASocketLeftByACrash() {
    const QString name = uniqueName();
    // A crashed dashboard leaves its socket file behind: a plain listen() fails on it.
    QFile leftOver(QDir::tempPath() + QLatin1Char('/') + name);
    QVERIFY(leftOver.open(QIODevice::WriteOnly));
    leftOver.close();
    QLocalServer plain;
    QVERIFY(!plain.listen(name));
    ViewLinkHandOff next(name);
    QVERIFY(next.listen());
    checkReceivesALink(next, name);
}

void TestViewLinkHandOff::secondDashboardDoesNotTakeOver() {
    const QString name = uniqueName();
    ViewLinkHandOff first(name);
    QVERIFY(first.listen());
    ViewLinkHandOff second(name);
    QVERIFY(!second.listen());
    checkReceivesALink(first, name);
}

void TestViewLinkHandOff::oversizedMessageIsDropped() {
    const QString name = uniqueName();
    ViewLinkHandOff running(name);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &ViewLinkHandOff::linkReceived);
    // The sender refuses to send it...
    QVERIFY(!sendFromAnotherThread(name, QString(ViewLinkHandOff::MaxMessageBytes, u'a')));
    // ...and a raw client that sends it anyway is cut off without a signal.
    QLocalSocket raw;
    raw.connectToServer(name);
    QVERIFY(raw.waitForConnected(2000) || raw.state() == QLocalSocket::ConnectedState);
    raw.write(QByteArray(ViewLinkHandOff::MaxMessageBytes + 100, 'a'));
    raw.flush();
    QTRY_VERIFY_WITH_TIMEOUT(raw.state() == QLocalSocket::UnconnectedState, 10000);
    QCOMPARE(received.count(), 0);
}

void TestViewLinkHandOff::namePerUser() {
    const QString name = ViewLinkHandOff::defaultServerName();
    QVERIFY(name.startsWith(QLatin1String("trro-dashboard-")));
    QCOMPARE(name, ViewLinkHandOff::defaultServerName());
    QVERIFY(name.size() < 64);
}

QTEST_GUILESS_MAIN(TestViewLinkHandOff)
#include "tst_viewlinkhandoff.moc"
