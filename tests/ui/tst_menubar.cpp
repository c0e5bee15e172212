#include "localization.h"
#include "mainwindow.h"
#include "windowfixture.h"

#include <QAction>
#include <QLocale>
#include <QMenuBar>
#include <QTest>

using namespace trro;

// The window's menu bar in every language the program ships: each top-level menu has a name
// of its own and a mnemonic no other top-level menu uses.
class TestMenuBar final : public test::WindowTestCase {
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void topLevelMenusAreDistinct_data();
    void topLevelMenusAreDistinct();
};

void TestMenuBar::cleanup() {
    WindowTestCase::cleanup();
    installTranslations(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMenuBar::topLevelMenusAreDistinct_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestMenuBar::topLevelMenusAreDistinct() {
    QFETCH(QString, language);
    QCOMPARE(installTranslations(language), language);
    const auto window = m_fx.makeWindow(); // built after the catalogue: its strings are read now
    QStringList names;
    QList<QChar> mnemonics;
    const QList<QAction *> actions = window->menuBar()->actions();
    QVERIFY(actions.size() >= 3);
    for (const QAction *action : actions) {
        const QString text = action->text();
        const qsizetype amp = text.indexOf(u'&');
        QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
        const QChar mnemonic = text.at(amp + 1).toUpper();
        QString name = text;
        name.remove(u'&');
        // "视图(V)": the Chinese name without its mnemonic's brackets.
        name.remove(QStringLiteral("(%1)").arg(mnemonic), Qt::CaseInsensitive);
        QVERIFY2(!names.contains(name), qPrintable(language + u": two menus named " + name));
        QVERIFY2(!mnemonics.contains(mnemonic),
                 qPrintable(language + u": two menus on Alt+" + QString(mnemonic)));
        names.append(name);
        mnemonics.append(mnemonic);
    }
}

QTEST_MAIN(TestMenuBar)
#include "tst_menubar.moc"
