// trro-stats for someone learning it from its help: usage errors that say what is wrong and
// point at the command's own help, suggestions for misspelt commands and options, options of
// the command listed before the global ones, output files that are refused with the reason,
// warnings for unknown devices and empty answers, and no double-encoded text in anything it
// prints, in English and in Chinese.

#include "../i18n/mojibake.h"
#include "clifixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace trro;
using namespace trro::test;

class TestTrroStatsUsage final : public CliTestCase {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void commandHelpListsItsOwnOptionsFirst_data();
    void commandHelpListsItsOwnOptionsFirst();
    void shortOptions();
    void outputFileErrorsSayWhy();
    void symlinkIsFollowedOnlyWhenForced();
    void unknownDeviceIsWarned();
    void deviceStatusIsFiltered_data();
    void deviceStatusIsFiltered();
    void noMojibakeInEitherLanguage_data();
    void noMojibakeInEitherLanguage();

private:
    QStringList stats(const QStringList &more) const;

    QTemporaryDir m_dir;
};

void TestTrroStatsUsage::initTestCase() {
    QVERIFY2(m_f.start(), StartFailure);
    QVERIFY(m_dir.isValid());
}

QStringList TestTrroStatsUsage::stats(const QStringList &more) const {
    return m_f.stats(QStringLiteral("day"), m_f.rangeEnd - 2 * 86400, m_f.rangeEnd, more);
}

void TestTrroStatsUsage::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions"); // every one of these is on stderr
    const QString stats = QStringLiteral("stats");
    const QString p = QStringLiteral("-p");
    const QString project = QStringLiteral("prj1");
    QTest::newRow("misspelt command") << QStringList{QStringLiteral("stat")}
                                      << QStringList{QStringLiteral("Unknown command \"stat\""),
                                                     QStringLiteral("Did you mean \"stats\"?"),
                                                     QStringLiteral("trro-stats --help")};
    QTest::newRow("misspelt option")
        << QStringList{stats, QStringLiteral("--intervall"), QStringLiteral("day")}
        << QStringList{QStringLiteral("intervall"), QStringLiteral("Did you mean \"--interval\"?"),
                       QStringLiteral("\"trro-stats stats --help\"")};
    QTest::newRow("misspelt global option")
        << QStringList{QStringLiteral("--verbsoe"), stats}
        << QStringList{QStringLiteral("Did you mean \"--verbose\"?")};
    QTest::newRow("command error points at its help")
        << QStringList{stats, p, project, QStringLiteral("--interval"), QStringLiteral("week")}
        << QStringList{QStringLiteral("--interval must be"),
                       QStringLiteral("\"trro-stats stats --help\"")};
    QTest::newRow("output is a format")
        << QStringList{stats,
                       p,
                       project,
                       QStringLiteral("--interval"),
                       QStringLiteral("day"),
                       QStringLiteral("--output"),
                       QStringLiteral("json")}
        << QStringList{QStringLiteral("Did you mean \"--format json\"?"),
                       QStringLiteral("--output ./json")};
    QTest::newRow("lang it cannot show")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("projects")}
        << QStringList{QStringLiteral("--lang must be zh_CN or en"), QStringLiteral("\"fr\"")};
    QTest::newRow("huge relative time")
        << QStringList{stats,
                       p,
                       project,
                       QStringLiteral("--interval"),
                       QStringLiteral("day"),
                       QStringLiteral("--from"),
                       QStringLiteral("-9999999w")}
        << QStringList{QStringLiteral("--from"), QStringLiteral("outside the years 2000 to 2099")};
    QTest::newRow("year before 2000")
        << QStringList{stats,
                       p,
                       project,
                       QStringLiteral("--interval"),
                       QStringLiteral("day"),
                       QStringLiteral("--from"),
                       QStringLiteral("1999-01-01")}
        << QStringList{QStringLiteral("outside the years 2000 to 2099")};
    QTest::newRow("unknown zone") << QStringList{QStringLiteral("--tz"),
                                                 QStringLiteral("Mars/Olympus"), stats}
                                  << QStringList{QStringLiteral("--tz"),
                                                 QStringLiteral("is not a time zone")};
    QTest::newRow("append without a file")
        << QStringList{stats,
                       p,
                       project,
                       QStringLiteral("--interval"),
                       QStringLiteral("day"),
                       QStringLiteral("--append")}
        << QStringList{QStringLiteral("--append needs --output")};
    QTest::newRow("top without all-devices")
        << QStringList{QStringLiteral("totals"), p, project, QStringLiteral("--top"),
                       QStringLiteral("5")}
        << QStringList{QStringLiteral("--top needs --all-devices")};
    QTest::newRow("verbose and quiet")
        << QStringList{QStringLiteral("-q"), QStringLiteral("--verbose"),
                       QStringLiteral("projects")}
        << QStringList{QStringLiteral("cannot be combined")};
}

void TestTrroStatsUsage::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const CliRun run = m_f.cli(arguments);
    QVERIFY2(run.finished, run.err.constData());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    for (const QString &text : std::as_const(mentions))
        QVERIFY2(err.contains(text), qPrintable(QStringLiteral("'%1' not in:\n%2").arg(text, err)));
}

void TestTrroStatsUsage::commandHelpListsItsOwnOptionsFirst_data() {
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("ownOption");
    QTest::addColumn<QString>("column");
    QTest::newRow("stats") << QStringLiteral("stats") << QStringLiteral("--complete-only")
                           << QStringLiteral("NotBadSessionRatio");
    QTest::newRow("totals") << QStringLiteral("totals") << QStringLiteral("--all-devices")
                            << QStringLiteral("BadSessionNum");
    QTest::newRow("devices") << QStringLiteral("devices") << QStringLiteral("--status")
                             << QStringLiteral("LastReportTime");
    QTest::newRow("sessions") << QStringLiteral("sessions") << QStringLiteral("--device")
                              << QStringLiteral("Quality");
}

void TestTrroStatsUsage::commandHelpListsItsOwnOptionsFirst() {
    QFETCH(QString, command);
    QFETCH(QString, ownOption);
    QFETCH(QString, column);
    const CliRun run = m_f.cli({command, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const QString help = QString::fromUtf8(run.out);
    const qsizetype own = help.indexOf(ownOption);
    const qsizetype global = help.indexOf(QStringLiteral("--endpoint"));
    QVERIFY2(own > 0 && global > own, qPrintable(help));
    const qsizetype examples = help.indexOf(QStringLiteral("Examples:"));
    QVERIFY2(examples > own && examples < global, qPrintable(help));
    QVERIFY2(help.indexOf(QStringLiteral("trro-stats ") + command, examples) > examples,
             qPrintable(help));
    QVERIFY2(help.indexOf(column, examples) > examples, qPrintable(help));
    QVERIFY(help.contains(QStringLiteral("--tz")));
}

void TestTrroStatsUsage::shortOptions() {
    const QString file = m_dir.filePath(QStringLiteral("short.out"));
    const CliRun run = m_f.cli(
        {QStringLiteral("stats"), QStringLiteral("-p"), m_f.project, QStringLiteral("--interval"),
         QStringLiteral("day"), QStringLiteral("--from"), QString::number(m_f.rangeEnd - 86400 * 3),
         QStringLiteral("--to"), QString::number(m_f.rangeEnd), QStringLiteral("-f"),
         QStringLiteral("csv"), QStringLiteral("-o"), file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile out(file);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(csvRows(out.readAll()),
             m_f.expectedRows(QStringLiteral("day"), {}, m_f.rangeEnd - 86400 * 3, m_f.rangeEnd));
}

void TestTrroStatsUsage::outputFileErrorsSayWhy() {
    CliRun run = m_f.cli(stats({QStringLiteral("-o"), QStringLiteral("/nonexistent/x.csv")}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("does not exist"), run.err.constData());
    QVERIFY2(run.err.contains("/nonexistent"), run.err.constData());
    run = m_f.cli(stats({QStringLiteral("-o"), m_dir.path()}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("is a directory"), run.err.constData());
}

void TestTrroStatsUsage::symlinkIsFollowedOnlyWhenForced() {
    const QString target = m_dir.filePath(QStringLiteral("target.csv"));
    const QString link = m_dir.filePath(QStringLiteral("link.csv"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep\n");
    file.close();
    QVERIFY(QFile::link(target, link));
    CliRun run = m_f.cli(stats({QStringLiteral("-o"), link}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("symbolic link"), run.err.constData());
    QVERIFY2(run.err.contains("--force"), run.err.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep\n"));
    file.close();
    run = m_f.cli(stats({QStringLiteral("-o"), link, QStringLiteral("--force")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("DeviceId,StartTime"));
}

void TestTrroStatsUsage::unknownDeviceIsWarned() {
    // One character off a real id: the warning suggests it; the run itself succeeds.
    QString typo = m_f.fieldDevices.first();
    typo[typo.size() - 1] = typo.back() == QLatin1Char('x') ? QLatin1Char('y') : QLatin1Char('x');
    const CliRun run = m_f.cli(
        stats({QStringLiteral("--device"), typo, QStringLiteral("-f"), QStringLiteral("csv")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QStringLiteral("has no device \"%1\"").arg(typo)), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Did you mean \"%1\"?").arg(m_f.fieldDevices.first())),
             qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("No data")), qPrintable(err));
    QCOMPARE(csvRows(run.out), QStringList{IntervalHeader});
    // totals and sessions check their --device too.
    for (const char *command : {"totals", "sessions"}) {
        const CliRun other = m_f.cli({QLatin1String(command), QStringLiteral("-p"), m_f.project,
                                      QStringLiteral("--device"), typo, QStringLiteral("-f"),
                                      QStringLiteral("csv")});
        QVERIFY2(other.exitCode == 0, other.err.constData());
        QVERIFY2(
            QString::fromUtf8(other.err).contains(QStringLiteral("has no device \"%1\"").arg(typo)),
            other.err.constData());
    }
    // A real device: no such warning.
    const CliRun known = m_f.cli(stats({QStringLiteral("--device"), m_f.fieldDevices.first(),
                                        QStringLiteral("-f"), QStringLiteral("csv")}));
    QVERIFY2(known.exitCode == 0, known.err.constData());
    QVERIFY2(!known.err.contains("has no device"), known.err.constData());
}

void TestTrroStatsUsage::deviceStatusIsFiltered_data() {
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("accepted");
    QTest::newRow("online") << QStringLiteral("online")
                            << QStringList{QStringLiteral("ready"), QStringLiteral("connected")};
    QTest::newRow("offline") << QStringLiteral("offline") << QStringList{QStringLiteral("offline")};
    QTest::newRow("Ready") << QStringLiteral("Ready") << QStringList{QStringLiteral("ready")};
}

void TestTrroStatsUsage::deviceStatusIsFiltered() {
    QFETCH(QString, status);
    QFETCH(QStringList, accepted);
    // Every device of the project in one of those states, whatever the service filters (asked
    // before and after the run: a device may connect in between).
    const auto expected = [&] {
        QStringList ids;
        const QJsonArray devices = m_f.raw().allPages(QStringLiteral("DescribeDeviceList"),
                                                      {{QStringLiteral("ProjectId"), m_f.project}},
                                                      QStringLiteral("Devices"));
        for (const QJsonValue &value : devices) {
            const QJsonObject device = value.toObject();
            if (accepted.contains(device.value(QLatin1String("DeviceStatus")).toString()))
                ids << device.value(QLatin1String("DeviceId")).toString();
        }
        ids.sort();
        return ids;
    };
    const QStringList before = expected();
    const CliRun run =
        m_f.cli({QStringLiteral("devices"), QStringLiteral("-p"), m_f.project,
                 QStringLiteral("--status"), status, QStringLiteral("-f"), QStringLiteral("csv")});
    const QStringList after = expected();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QStringList> rows = parseCsv(run.out);
    QVERIFY(!rows.isEmpty());
    const qsizetype column = rows.front().indexOf(QStringLiteral("DeviceStatus"));
    QVERIFY(column > 0);
    QStringList got;
    for (const QStringList &row : rows.mid(1)) {
        QVERIFY2(accepted.contains(row.at(column)), qPrintable(row.join(QLatin1Char(','))));
        got << row.front();
    }
    got.sort();
    QVERIFY2(got == before || got == after, qPrintable(got.join(QLatin1Char(' '))));
}

void TestTrroStatsUsage::noMojibakeInEitherLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestTrroStatsUsage::noMojibakeInEitherLanguage() {
    QFETCH(QString, language);
    const QStringList lang{QStringLiteral("--lang"), language};
    QList<CliRun> runs;
    // Every help text.
    runs << m_f.cli(lang + QStringList{QStringLiteral("--help")});
    for (const char *command :
         {"stats", "totals", "devices", "projects", "sessions", "credentials", "cache"})
        runs << m_f.cli(lang + QStringList{QLatin1String(command), QStringLiteral("--help")});
    // A rejected key: the service's error with its RequestId, then the hint after a dash.
    const Credentials wrong = makeKey("AKIDcli0test0key000000000000000001", "notTheSecretKey");
    const CliRun rejected = m_f.cli(lang + QStringList{QStringLiteral("projects")}, wrong);
    QCOMPARE(rejected.exitCode, 3);
    QVERIFY2(rejected.err.contains("RequestId"), rejected.err.constData());
    QVERIFY2(QString::fromUtf8(rejected.err).contains(QStringLiteral(" \u2014 ")),
             rejected.err.constData());
    runs << rejected;
    // Usage errors and warnings.
    runs << m_f.cli(lang + QStringList{QStringLiteral("stat")});
    runs << m_f.cli(lang + stats({QStringLiteral("--from"), QStringLiteral("-9999999w")}));
    runs << m_f.cli(lang + stats({QStringLiteral("--device"), QStringLiteral("nope")}));
    for (const CliRun &run : std::as_const(runs)) {
        QVERIFY(run.finished);
        for (const QByteArray &bytes : {run.out, run.err}) {
            const QString text = QString::fromUtf8(bytes);
            QVERIFY2(!isMojibake(text), bytes.constData());
        }
    }
    if (language == QLatin1String("zh_CN")) { // really translated: the hint is in Chinese
        const QString err = QString::fromUtf8(rejected.err);
        const QString hint = err.mid(err.indexOf(QStringLiteral(" \u2014 ")));
        QVERIFY2(std::any_of(hint.cbegin(), hint.cend(),
                             [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() < 0xa000; }),
                 rejected.err.constData());
    }
}

QTEST_GUILESS_MAIN(TestTrroStatsUsage)
#include "tst_trrostatsusage.moc"
