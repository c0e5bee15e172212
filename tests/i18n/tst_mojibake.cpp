#include "apierror.h"
#include "localization.h"
#include "mojibake.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>
#include <QXmlStreamReader>

// No user-visible text is double-encoded ("â€”" for "—"): every source text and translation of
// the catalogues, every string literal of the sources (a non-ASCII character in a Latin-1
// wrapper is decoded byte by byte), and messages built at run time in both languages.
class TestMojibake final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void detectorFindsMojibake_data();
    void detectorFindsMojibake();
    void cataloguesAreClean_data();
    void cataloguesAreClean();
    void sourceLiteralsAreClean();
    void errorMessagesAreClean_data();
    void errorMessagesAreClean();

private:
};

void TestMojibake::detectorFindsMojibake_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("mojibake");
    const QString dash = QStringLiteral("(RequestId x) \u2014 The signature does not match");
    QTest::newRow("em dash") << dash << false;
    QTest::newRow("em dash as latin-1") << QString::fromLatin1(dash.toUtf8()) << true;
    QTest::newRow("em dash as cp1252") << QStringLiteral("x \u00e2\u20ac\u201d y") << true;
    QTest::newRow("chinese") << QStringLiteral("\u7b7e\u540d\u4e0d\u5339\u914d \u2014 \u8bf7")
                             << false;
    QTest::newRow("chinese as latin-1")
        << QString::fromLatin1(QStringLiteral("\u7b7e\u540d").toUtf8()) << true;
    QTest::newRow("latin-1 words") << QStringLiteral("caf\u00e9, 10 \u00b0C, \u00b1 5") << false;
    QTest::newRow("plain") << QStringLiteral("0\u2013100 %") << false;
}

void TestMojibake::detectorFindsMojibake() {
    QFETCH(QString, text);
    QFETCH(bool, mojibake);
    QCOMPARE(trro::test::isMojibake(text), mojibake);
}

void TestMojibake::cataloguesAreClean_data() {
    QTest::addColumn<QString>("path");
    const QString all =
        QStringLiteral(TRRO_TS_FILES) + QLatin1Char(';') + QStringLiteral(TRRO_PLURAL_TS_FILE);
    const QStringList files = all.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file.section(QLatin1Char('/'), -1))) << file;
}

void TestMojibake::cataloguesAreClean() {
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QXmlStreamReader xml(&file);
    QStringList bad;
    qsizetype texts = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source") || xml.name() == QLatin1String("translation")) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            ++texts;
            if (trro::test::isMojibake(text))
                bad << text;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(texts > 0);
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
}

void TestMojibake::sourceLiteralsAreClean() {
    QFile list(QStringLiteral(TRRO_SOURCES_LIST));
    QVERIFY2(list.open(QIODevice::ReadOnly), qPrintable(list.errorString()));
    static const QRegularExpression literal(QStringLiteral("\"(?:[^\"\\\\\\n]|\\\\.)*\""));
    static const QRegularExpression latin1Wrapper(
        QStringLiteral("(QLatin1(String|Char|StringView)|fromLatin1)\\s*\\(\\s*$"));
    QStringList bad;
    int files = 0;
    for (const QByteArray &line : list.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QFile source(QString::fromLocal8Bit(line.trimmed()));
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.fileName()));
        ++files;
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(source.readAll());
        QVERIFY2(!utf8.hasError(), qPrintable(source.fileName() + QLatin1String(": not UTF-8")));
        for (auto it = literal.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString value = m.captured();
            bool ascii = true;
            for (const QChar c : value)
                ascii = ascii && c.unicode() < 0x80;
            const QString before = text.left(m.capturedStart()).right(40);
            if (trro::test::isMojibake(value) || (!ascii && latin1Wrapper.match(before).hasMatch()))
                bad << source.fileName().section(QLatin1Char('/'), -2) + QLatin1String(": ") +
                           value;
        }
    }
    QVERIFY(files > 50);
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
}

void TestMojibake::errorMessagesAreClean_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    for (const char *language : {"en", "zh_CN"}) {
        for (const char *code : {"AuthFailure.SignatureFailure", "AuthFailure.SignatureExpire",
                                 "AuthFailure.SecretIdNotFound", "AuthFailure.TokenFailure",
                                 "AuthFailure.UnauthorizedOperation", "RequestLimitExceeded"}) {
            QTest::addRow("%s %s", language, code)
                << QString::fromLatin1(language) << QString::fromLatin1(code);
        }
    }
}

void TestMojibake::errorMessagesAreClean() {
    QFETCH(QString, language);
    QFETCH(QString, code);
    QCOMPARE(trro::installTranslations(language), language);
    trro::ApiError error = trro::ApiError::make(trro::ApiError::Kind::Api, code,
                                                QStringLiteral("The signature does not match"));
    error.requestId = QStringLiteral("6f3b7c1e-0000-4000-8000-000000000001");
    const QString message = error.userMessage();
    QVERIFY2(!trro::test::isMojibake(message), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(" \u2014 ")), qPrintable(message)); // then the hint
}

QTEST_GUILESS_MAIN(TestMojibake)
#include "tst_mojibake.moc"
