#include "widgets/breadcrumbbar.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace trro;

class TestBreadcrumbBar final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void crumbs_data();
    void crumbs();
    void clickEmitsLevel();
};

void TestBreadcrumbBar::crumbs_data() {
    QTest::addColumn<QStringList>("initial");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("text"); // empty: truncate(level) instead of setCrumb
    QTest::addColumn<QStringList>("expected");

    const QStringList full{QStringLiteral("Fleet"), QStringLiteral("2026-11-20 14:00"),
                           QStringLiteral("EX-017"), QStringLiteral("session")};
    QTest::newRow("replace the device")
        << full << 2 << QStringLiteral("EX-018")
        << QStringList{full.at(0), full.at(1), QStringLiteral("EX-018")};
    QTest::newRow("append") << full.mid(0, 2) << 2 << QStringLiteral("EX-017") << full.mid(0, 3);
    QTest::newRow("back to the fleet") << full << 0 << QString() << full.mid(0, 1);
    QTest::newRow("truncate past the end keeps all") << full << 7 << QString() << full;
}

void TestBreadcrumbBar::crumbs() {
    QFETCH(QStringList, initial);
    QFETCH(int, level);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    BreadcrumbBar bar;
    bar.setCrumbs(initial);
    if (text.isEmpty())
        bar.truncate(level);
    else
        bar.setCrumb(level, text);
    QCOMPARE(bar.crumbs(), expected);
    QCOMPARE(bar.level(), int(expected.size()) - 1);
    // Every crumb but the last is a button; the last is the bold current place.
    QCOMPARE(bar.findChildren<QToolButton *>().size(), expected.size() - 1);
    bool currentShown = false;
    for (const QLabel *label : bar.findChildren<QLabel *>())
        currentShown = currentShown || (label->text() == expected.last() && label->font().bold());
    QVERIFY(currentShown);
}

void TestBreadcrumbBar::clickEmitsLevel() {
    BreadcrumbBar bar;
    bar.setCrumbs({QStringLiteral("Fleet"), QStringLiteral("14:00"), QStringLiteral("EX-017")});
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy spy(&bar, &BreadcrumbBar::crumbActivated);
    const QList<QToolButton *> buttons = bar.findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), 2);
    for (QToolButton *button : buttons) {
        if (button->text() == QStringLiteral("14:00"))
            QTest::mouseClick(button, Qt::LeftButton);
    }
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toInt(), 1);
    QVERIFY(!buttons.first()->accessibleName().isEmpty());
}

QTEST_MAIN(TestBreadcrumbBar)
#include "tst_breadcrumbbar.moc"
