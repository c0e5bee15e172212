#include "texttable.h"

#include <QTest>

using trro::TextTable;

class TestTextTable final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void displayWidth_data();
    void displayWidth();
    void alignsMixedScripts();
    void rightAlignsAndTrims();
    void neutralisesControlCharacters();
    void emptyWithoutHeader();
};

void TestTextTable::displayWidth_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ascii") << QStringLiteral("truck-001") << 9;
    QTest::newRow("chinese") << QStringLiteral("现场设备") << 8;
    QTest::newRow("mixed") << QStringLiteral("宁波港 truck 7") << 14;
    QTest::newRow("precomposed accent") << QStringLiteral("caf\u00e9") << 4;
    QTest::newRow("combining accent") << QStringLiteral("cafe\u0301") << 4;
    QTest::newRow("fullwidth latin") << QStringLiteral("\uff21\uff22") << 4;
    QTest::newRow("halfwidth katakana") << QStringLiteral("\uff76") << 1;
    QTest::newRow("hangul") << QStringLiteral("\ud55c\uad6d") << 4;
    QTest::newRow("emoji (surrogate pair)") << QStringLiteral("\U0001F600") << 2;
    QTest::newRow("cjk extension b") << QStringLiteral("\U00020000") << 2;
    QTest::newRow("zero width space") << QStringLiteral("a\u200bb") << 2;
    QTest::newRow("tab becomes a space") << QStringLiteral("a\tb") << 3;
    QTest::newRow("escape becomes one cell") << QStringLiteral("\x1b[31m") << 5;
}

void TestTextTable::displayWidth() {
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(TextTable::displayWidth(text), width);
}

// The second column must start at the same terminal column on every line.
void TestTextTable::alignsMixedScripts() {
    TextTable table;
    table.setHeader({QStringLiteral("Device"), QStringLiteral("Name")});
    table.addRow({QStringLiteral("excavator-01"), QStringLiteral("x")});
    table.addRow({QStringLiteral("挖掘机"), QStringLiteral("y")});
    table.addRow({QStringLiteral("宁波港 truck 7"), QStringLiteral("z")});
    const QStringList lines = table.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[1], QStringLiteral("--------------  ----"));
    for (const QString &line : lines.mid(2)) {
        const QString first = line.left(line.size() - 1);
        QCOMPARE(TextTable::displayWidth(first), 16);
        QVERIFY(first.endsWith(QLatin1String("  ")));
    }
}

void TestTextTable::rightAlignsAndTrims() {
    TextTable table;
    table.setHeader({QStringLiteral("Sessions"), QStringLiteral("Device")},
                    {TextTable::Align::Right, TextTable::Align::Left});
    table.addRow({QStringLiteral("7"), QStringLiteral("a")});
    table.addRow({QStringLiteral("1234"), QStringLiteral("long-device")});
    table.addRow({QStringLiteral("12")}); // missing cells are empty
    const QString expected = QStringLiteral("Sessions  Device\n"
                                            "--------  -----------\n"
                                            "       7  a\n"
                                            "    1234  long-device\n"
                                            "      12\n");
    QCOMPARE(table.toString(), expected);
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(table.columnCount(), 2);
}

void TestTextTable::neutralisesControlCharacters() {
    TextTable table;
    table.setHeader({QStringLiteral("Name")});
    table.addRow({QStringLiteral("two\nlines\x1b]0;title\x07")});
    const QString text = table.toString();
    QCOMPARE(text.count(QLatin1Char('\n')), 3);
    QVERIFY(!text.contains(QChar(0x1b)));
    QVERIFY(!text.contains(QChar(0x07)));
    QVERIFY(text.contains(QStringLiteral("two lines")));
}

void TestTextTable::emptyWithoutHeader() {
    TextTable table;
    table.addRow({QStringLiteral("ignored")});
    QCOMPARE(table.toString(), QString());
}

QTEST_APPLESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
