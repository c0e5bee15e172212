#include "localization.h"
#include "modelformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The catalogues are complete (nothing unfinished, obsolete or vanished), lupdate finds no
// string that the catalogues lack, and the embedded catalogue really translates.
class TestTranslations final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void lupdateAddsNothing_data();
    void lupdateAddsNothing();
    void pluralCatalogueIsComplete();
    void englishPluralsAreEnglish();
    void embeddedCatalogueTranslates();

private:
    struct Entry {
        QString context;
        QString source;
        QString type; // "", unfinished, obsolete, vanished
        QString translation;
    };
    static QList<Entry> read(const QString &path, QString *error);
    // Runs lupdate with options over the sources into a copy of the catalogue at path; the
    // copy's entries, or an empty list with *error set.
    static QList<Entry> updatedCopy(const QString &path, const QStringList &options,
                                    QString *error);
    static void addCatalogueRows();
};

QList<TestTranslations::Entry> TestTranslations::read(const QString &path, QString *error) {
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                entry = Entry{context, {}, {}, {}};
            } else if (xml.name() == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                // Plural forms come as <numerusform> children: their texts are concatenated.
                entry.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entries << entry;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

QList<TestTranslations::Entry>
TestTranslations::updatedCopy(const QString &path, const QStringList &options, QString *error) {
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.ts"));
    if (!dir.isValid() || !QFile::copy(path, copy)) {
        *error = QStringLiteral("cannot copy %1").arg(path);
        return {};
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(TRRO_LUPDATE),
                  options + QStringList{QStringLiteral("-no-obsolete"),
                                        QStringLiteral("-locations"), QStringLiteral("none"),
                                        QStringLiteral("@") + QStringLiteral(TRRO_SOURCES_LIST),
                                        QStringLiteral("-ts"), copy});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        *error = QString::fromLocal8Bit(lupdate.readAll());
        return {};
    }
    return read(copy, error);
}

void TestTranslations::addCatalogueRows() {
    QTest::addColumn<QString>("path");
    const QStringList files =
        QStringLiteral(TRRO_TS_FILES).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file.section(QLatin1Char('/'), -1))) << file;
}

void TestTranslations::catalogueIsComplete_data() {
    addCatalogueRows();
}

void TestTranslations::catalogueIsComplete() {
    QFETCH(QString, path);
    QString error;
    const QList<Entry> entries = read(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(entries.size() > 100);
    QStringList problems;
    for (const Entry &e : entries) {
        if (!e.type.isEmpty() || e.translation.trimmed().isEmpty())
            problems << QStringLiteral("%1 [%2]: %3")
                            .arg(e.context, e.type.isEmpty() ? QStringLiteral("empty") : e.type,
                                 e.source);
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 entries need work, e.g.:\n").arg(problems.size()) +
                        problems.mid(0, 20).join(QLatin1Char('\n'))));
}

void TestTranslations::lupdateAddsNothing_data() {
    addCatalogueRows();
}

void TestTranslations::lupdateAddsNothing() {
    QFETCH(QString, path);
    QString error;
    const QList<Entry> after = updatedCopy(path, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Entry> before = read(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> known;
    for (const Entry &e : before)
        known.insert(e.context + QLatin1Char('\x1f') + e.source);
    QStringList added;
    for (const Entry &e : after) {
        if (!known.contains(e.context + QLatin1Char('\x1f') + e.source))
            added << e.context + QLatin1String(": ") + e.source;
    }
    QVERIFY2(
        added.isEmpty(),
        qPrintable(QStringLiteral("%1 strings are missing from %2 (run the update_translations "
                                  "target and translate them), e.g.:\n")
                       .arg(added.size())
                       .arg(path) +
                   added.mid(0, 20).join(QLatin1Char('\n'))));
    QCOMPARE(after.size(), before.size()); // and none vanished
}

void TestTranslations::pluralCatalogueIsComplete() {
    const QString path = QStringLiteral(TRRO_PLURAL_TS_FILE);
    QString error;
    const QList<Entry> after = updatedCopy(
        path,
        {QStringLiteral("-pluralonly"), QStringLiteral("-target-language"), QStringLiteral("en")},
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Entry> before = read(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(before.size() >= 5);
    QStringList problems;
    for (const Entry &e : after) {
        if (!e.type.isEmpty() || e.translation.trimmed().isEmpty())
            problems << e.context + QLatin1String(": ") + e.source;
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("plural forms missing from %1 (build the "
                                       "update_plural_translations target and write them):\n")
                            .arg(path) +
                        problems.join(QLatin1Char('\n'))));
    QCOMPARE(after.size(), before.size());
}

void TestTranslations::englishPluralsAreEnglish() {
    QCOMPARE(trro::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(trro::formatAge(1), QStringLiteral("1 second"));
    QCOMPARE(trro::formatAge(45), QStringLiteral("45 seconds"));
    QCOMPARE(trro::formatAge(3 * 86400 + 5), QStringLiteral("3 days"));
}

void TestTranslations::embeddedCatalogueTranslates() {
    QCOMPARE(trro::installTranslations(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    const QString translated = QCoreApplication::translate(
        "trro::TimeSpec", "\"%1\" is not a time: use unix seconds, ISO-8601 with Z or an offset "
                          "(2024-05-01T08:00:00+08:00), a date (2024-05-01), or now, -24h, -7d.");
    QVERIFY(!translated.startsWith(QLatin1String("\"%1\" is not a time")));
    QCOMPARE(trro::installTranslations(QStringLiteral("fr_FR")), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
