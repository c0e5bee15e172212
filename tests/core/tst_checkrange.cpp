// The Monitoring Plugins ranges of "trro-stats check -w/-c": each form, its ends included, '@'
// inversion, the text kept for the performance data, why a value alerts, and the refusals.
#include "checkrange.h"
#include "localization.h"

#include <QTest>

using namespace trro;

class TestCheckRange final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslations(QStringLiteral("en")); }
    void alerts_data();
    void alerts();
    void violation_data();
    void violation();
    void refused_data();
    void refused();
    void atLeast();
};

void TestCheckRange::alerts_data() {
    QTest::addColumn<QString>("range");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("alerts");
    const auto row = [](const char *range, double value, bool alerts) {
        QTest::addRow("%s at %g", range, value) << QString::fromLatin1(range) << value << alerts;
    };
    // "10": outside 0..10.
    row("10", -1, true);
    row("10", 0, false);
    row("10", 10, false);
    row("10", 10.5, true);
    // "10:": below 10.
    row("10:", 9.99, true);
    row("10:", 10, false);
    row("10:", 1e12, false);
    // "~:10": above 10.
    row("~:10", -1e12, false);
    row("~:10", 10, false);
    row("~:10", 11, true);
    // "10:20": outside 10..20.
    row("10:20", 9, true);
    row("10:20", 10, false);
    row("10:20", 20, false);
    row("10:20", 21, true);
    // "@10:20": inside 10..20, ends included.
    row("@10:20", 9, false);
    row("@10:20", 10, true);
    row("@10:20", 20, true);
    row("@10:20", 21, false);
    row("@10", 0, true);
    row("@10", -1, false);
    row("@~:10", -5, true);
    row("@10:", 10, true);
    row("@10:", 9, false);
    // Signs, fractions, an empty start, the whole line.
    row("-5:5", -5, false);
    row("-5:5", -5.5, true);
    row("+1.5:2.25", 2.25, false);
    row("+1.5:2.25", 2.26, true);
    row(":10", -1, true);
    row(":10", 10, false);
    row("~:", -1e300, false);
    row("@~:", 0, true);
    row(" 10: ", 9, true);
}

void TestCheckRange::alerts() {
    QFETCH(QString, range);
    QFETCH(double, value);
    QFETCH(bool, alerts);
    QString error;
    const std::optional<CheckRange> parsed = CheckRange::parse(range, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->alerts(value), alerts);
    QCOMPARE(parsed->text(), range.trimmed());
    QCOMPARE(parsed->violation(value).isEmpty(), !alerts);
}

void TestCheckRange::violation_data() {
    QTest::addColumn<QString>("range");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("why");
    QTest::newRow("below") << "90:" << 85.0 << "below 90%";
    QTest::newRow("above") << "~:90" << 95.0 << "above 90%";
    QTest::newRow("below 0") << "10" << -1.0 << "below 0%";
    QTest::newRow("above the end") << "10" << 11.0 << "above 10%";
    QTest::newRow("between") << "@10:20" << 15.0 << "between 10% and 20%";
    QTest::newRow("at least") << "@10:" << 15.0 << "at least 10%";
    QTest::newRow("at most") << "@~:20" << 15.0 << "at most 20%";
    QTest::newRow("anything") << "@~:" << 15.0 << "inside @~:";
    QTest::newRow("as written") << "2.50:" << 1.0 << "below 2.50%";
}

void TestCheckRange::violation() {
    QFETCH(QString, range);
    QFETCH(double, value);
    QFETCH(QString, why);
    QString error;
    const std::optional<CheckRange> parsed = CheckRange::parse(range, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->violation(value, QStringLiteral("%")), why);
}

void TestCheckRange::refused_data() {
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("reason");
    QTest::newRow("start above the end") << "10:5"
                                         << "the start 10 is above the end 5";
    QTest::newRow("word") << "abc"
                          << "\"abc\" is not a number";
    QTest::newRow("at alone") << "@"
                              << "no bounds";
    QTest::newRow("empty") << ""
                           << "no bounds";
    QTest::newRow("blank") << "   "
                           << "no bounds";
    QTest::newRow("two colons") << "1:2:3"
                                << "more than one ':'";
    QTest::newRow("exponent") << "1e3"
                              << "\"1e3\" is not a number";
    QTest::newRow("infinity") << "inf"
                              << "\"inf\" is not a number";
    QTest::newRow("nan") << "0:nan"
                         << "\"nan\" is not a number";
    QTest::newRow("tilde as end") << "0:~"
                                  << "\"~\" is not a number";
    QTest::newRow("inner space") << "1 :2"
                                 << "\"1 \" is not a number";
    QTest::newRow("two at") << "@@1"
                            << "\"@1\" is not a number";
    QTest::newRow("bare dot") << "1.:"
                              << "\"1.\" is not a number";
    QTest::newRow("long") << QString(65, u'1') << "longer than 64 characters";
    QTest::newRow("control") << "1\x1b[31m"
                             << "\"1[31m\" is not a number";
}

void TestCheckRange::refused() {
    QFETCH(QString, range);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!CheckRange::parse(range, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("10:20")), qPrintable(error)); // the forms
    QVERIFY(!error.contains(QLatin1Char('\x1b')));
    QVERIFY(error.size() < 300);
}

void TestCheckRange::atLeast() {
    const CheckRange range = CheckRange::atLeast(90);
    QCOMPARE(range.text(), QStringLiteral("90:"));
    QVERIFY(range.alerts(89));
    QVERIFY(!range.alerts(90));
    QString error;
    QCOMPARE(CheckRange::parse(QStringLiteral("90:"), &error), range);
}

QTEST_GUILESS_MAIN(TestCheckRange)
#include "tst_checkrange.moc"
