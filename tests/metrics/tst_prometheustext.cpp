// The Prometheus text exposition format writer: names, escaping, values, families written
// once, counters ending in _total, histograms cumulative up to +Inf with _sum and _count.

#include "prometheustext.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace trro;

class TestPrometheusText final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Qt Test finds a test function's data by the _data suffix.
    // NOLINTBEGIN(readability-identifier-naming)
    void names_data();
    void names();
    void escapesLabelValues_data();
    void escapesLabelValues();
    void escapesHelp();
    void formatsValues_data();
    void formatsValues();
    void writesFamilies();
    void refusesWhatWouldBreakTheFormat();
    void histogramIsCumulative();
    void histogramIgnoresBadBounds();
    // NOLINTEND(readability-identifier-naming)
};

void TestPrometheusText::names_data() {
    QTest::addColumn<bool>("label"); // a label name, else a metric name
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("metric: plain") << false << QByteArray("trro_sessions") << true;
    QTest::newRow("metric: colon") << false << QByteArray("job:trro_sessions:sum") << true;
    QTest::newRow("metric: leading underscore") << false << QByteArray("_x") << true;
    QTest::newRow("metric: digits after") << false << QByteArray("x2") << true;
    QTest::newRow("metric: empty") << false << QByteArray() << false;
    QTest::newRow("metric: leading digit") << false << QByteArray("2x") << false;
    QTest::newRow("metric: dash") << false << QByteArray("trro-sessions") << false;
    QTest::newRow("metric: space") << false << QByteArray("trro sessions") << false;
    QTest::newRow("metric: brace") << false << QByteArray("x{a=\"1\"}") << false;
    QTest::newRow("metric: newline") << false << QByteArray("x\ny") << false;
    QTest::newRow("metric: non-ascii") << false << QByteArray("trro_\xc3\xa9") << false;
    QTest::newRow("metric: too long") << false << QByteArray(201, 'a') << false;
    QTest::newRow("label: plain") << true << QByteArray("project") << true;
    QTest::newRow("label: underscore") << true << QByteArray("_project") << true;
    QTest::newRow("label: colon") << true << QByteArray("a:b") << false;
    QTest::newRow("label: reserved") << true << QByteArray("__name__") << false;
    QTest::newRow("label: leading digit") << true << QByteArray("1a") << false;
    QTest::newRow("label: empty") << true << QByteArray() << false;
}

void TestPrometheusText::names() {
    QFETCH(bool, label);
    QFETCH(QByteArray, name);
    QFETCH(bool, valid);
    QCOMPARE(label ? PrometheusText::isLabelName(name) : PrometheusText::isMetricName(name), valid);
}

void TestPrometheusText::escapesLabelValues_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("escaped");
    QTest::newRow("plain") << QStringLiteral("prj-0001") << QByteArray("prj-0001");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QByteArray("a\\\\b");
    QTest::newRow("quote") << QStringLiteral("a\"b") << QByteArray("a\\\"b");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("a\\nb");
    QTest::newRow("all") << QStringLiteral("\\\"\n") << QByteArray("\\\\\\\"\\n");
    QTest::newRow("escape sequence stays text") << QStringLiteral("\\n") << QByteArray("\\\\n");
    QTest::newRow("utf-8") << QStringLiteral("车辆") << QByteArray("\xe8\xbd\xa6\xe8\xbe\x86");
    QTest::newRow("braces and equals") << QStringLiteral("}x=\"") << QByteArray("}x=\\\"");
}

void TestPrometheusText::escapesLabelValues() {
    QFETCH(QString, value);
    QFETCH(QByteArray, escaped);
    QCOMPARE(PrometheusText::escapeLabelValue(value), escaped);
}

void TestPrometheusText::escapesHelp() {
    // HELP escapes backslash and line feed only; a double quote stays as it is.
    QCOMPARE(PrometheusText::escapeHelp(QStringLiteral("a\\b\n\"c\"")),
             QByteArray("a\\\\b\\n\"c\""));
}

void TestPrometheusText::formatsValues_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("integer") << 42.0 << QByteArray("42");
    QTest::newRow("negative") << -3.0 << QByteArray("-3");
    QTest::newRow("timestamp") << 1765000000.0 << QByteArray("1765000000");
    QTest::newRow("ratio") << 0.85 << QByteArray("0.85");
    QTest::newRow("small") << 0.001 << QByteArray("0.001");
    QTest::newRow("huge") << 1e300 << QByteArray("1e+300");
    QTest::newRow("+Inf") << std::numeric_limits<double>::infinity() << QByteArray("+Inf");
    QTest::newRow("-Inf") << -std::numeric_limits<double>::infinity() << QByteArray("-Inf");
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QByteArray("NaN");
}

void TestPrometheusText::formatsValues() {
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    QCOMPARE(PrometheusText::formatValue(value), text);
}

void TestPrometheusText::writesFamilies() {
    PrometheusText out;
    QVERIFY(out.family("trro_sessions", PrometheusText::Type::Gauge, QStringLiteral("Sessions.")));
    QVERIFY(
        out.sample({{"project", QStringLiteral("p\"1")}, {"interval", QStringLiteral("day")}}, 12));
    QVERIFY(out.family("trro_x_total", PrometheusText::Type::Counter, QStringLiteral("X.")));
    QVERIFY(out.sample({}, 3));
    QCOMPARE(out.text(), QByteArray("# HELP trro_sessions Sessions.\n"
                                    "# TYPE trro_sessions gauge\n"
                                    "trro_sessions{project=\"p\\\"1\",interval=\"day\"} 12\n"
                                    "# HELP trro_x_total X.\n"
                                    "# TYPE trro_x_total counter\n"
                                    "trro_x_total 3\n"));
    QCOMPARE(out.take().size() > 0, true);
    QVERIFY(out.text().isEmpty());
}

void TestPrometheusText::refusesWhatWouldBreakTheFormat() {
    PrometheusText out;
    QVERIFY(!out.sample({}, 1)); // no family yet
    QVERIFY(!out.family("bad-name", PrometheusText::Type::Gauge, QString()));
    QVERIFY(!out.sample({}, 1)); // still none
    QVERIFY(!out.family("trro_requests", PrometheusText::Type::Counter, QString()));
    QVERIFY(out.family("trro_g", PrometheusText::Type::Gauge, QString()));
    QVERIFY(!out.family("trro_g", PrometheusText::Type::Gauge, QString())); // written once
    QVERIFY(!out.sample({{"bad-label", QStringLiteral("x")}}, 1));
    QVERIFY(!out.sample({{"__name__", QStringLiteral("x")}}, 1));
    QVERIFY(!out.sample({{"le", QStringLiteral("1")}}, 1));
    QVERIFY(!out.histogram({}, PromHistogram({1})));
    QCOMPARE(out.text(), QByteArray("# HELP trro_g \n# TYPE trro_g gauge\n"));
}

void TestPrometheusText::histogramIsCumulative() {
    PromHistogram h({1, 5, 10});
    for (const double v : {0.5, 1.0, 3.0, 7.0, 20.0, 30.0})
        h.observe(v);
    PrometheusText out;
    QVERIFY(
        out.family("trro_cycle_seconds", PrometheusText::Type::Histogram, QStringLiteral("C.")));
    QVERIFY(out.histogram({{"job", QStringLiteral("a")}}, h));
    QCOMPARE(out.text(), QByteArray("# HELP trro_cycle_seconds C.\n"
                                    "# TYPE trro_cycle_seconds histogram\n"
                                    "trro_cycle_seconds_bucket{job=\"a\",le=\"1\"} 2\n"
                                    "trro_cycle_seconds_bucket{job=\"a\",le=\"5\"} 3\n"
                                    "trro_cycle_seconds_bucket{job=\"a\",le=\"10\"} 4\n"
                                    "trro_cycle_seconds_bucket{job=\"a\",le=\"+Inf\"} 6\n"
                                    "trro_cycle_seconds_sum 61.5\n"
                                    "trro_cycle_seconds_count 6\n")
                             .replace("_sum 61.5", "_sum{job=\"a\"} 61.5")
                             .replace("_count 6", "_count{job=\"a\"} 6"));
    QCOMPARE(h.cumulativeCount(3), h.count());
}

void TestPrometheusText::histogramIgnoresBadBounds() {
    PromHistogram h({5, 1, std::numeric_limits<double>::infinity(), 10,
                     std::numeric_limits<double>::quiet_NaN()});
    QCOMPARE(h.upperBounds(), (QList<double>{5, 10}));
    h.observe(std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(h.count(), quint64(0));
    PrometheusText out;
    out.family("x", PrometheusText::Type::Histogram, QString());
    QVERIFY(out.histogram({}, PromHistogram({})));
    QVERIFY(out.text().endsWith("x_bucket{le=\"+Inf\"} 0\nx_sum 0\nx_count 0\n"));
}

QTEST_GUILESS_MAIN(TestPrometheusText)
#include "tst_prometheustext.moc"
