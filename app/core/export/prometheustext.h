#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <utility>

namespace trro {

// A histogram's observations: counts per bucket (not cumulative here), their sum and count.
// The upper bounds are finite and ascending; the +Inf bucket is implicit.
class PromHistogram final {
public:
    explicit PromHistogram(const QList<double> &upperBounds);
    void observe(double value);

    const QList<double> &upperBounds() const { return m_bounds; }
    // Observations at most upperBounds()[i]; index upperBounds().size() is +Inf (the count).
    quint64 cumulativeCount(qsizetype bucket) const;
    double sum() const { return m_sum; }
    quint64 count() const { return m_count; }

private:
    QList<double> m_bounds;
    QList<quint64> m_counts; // per bucket, the last one above every bound
    double m_sum = 0;
    quint64 m_count = 0;
};

// The Prometheus text exposition format, version 0.0.4: families of samples, each with its
// HELP and TYPE lines, label values escaped. Names are checked against the format's grammar;
// a family or sample that does not fit is left out (the function says false), so that the
// output stays valid whatever the caller passes; label values may hold anything.
class PrometheusText final {
public:
    static constexpr auto ContentType = "text/plain; version=0.0.4; charset=utf-8";

    enum class Type { Counter, Gauge, Histogram };
    struct Label {
        QByteArray name;
        QString value;
    };
    using Labels = QList<Label>;

    // Starts a family (the samples after it belong to it). False for a name that is not a
    // metric name, a counter whose name does not end in _total, or a family already written.
    bool family(const QByteArray &name, Type type, const QString &help);
    // One sample of the current counter or gauge family.
    bool sample(const Labels &labels, double value);
    // The current histogram family's series: name_bucket{le=...} cumulative up to +Inf, then
    // name_sum and name_count.
    bool histogram(const Labels &labels, const PromHistogram &histogram);

    // Room for this many bytes of text, so that a large exposition grows its buffer once.
    void reserve(qsizetype bytes);
    const QByteArray &text() const { return m_text; }
    QByteArray take() { return std::exchange(m_text, {}); }

    static bool isMetricName(const QByteArray &name);
    static bool isLabelName(const QByteArray &name);
    // Backslash, double quote and line feed escaped, as a label value needs.
    static QByteArray escapeLabelValue(const QString &value);
    // Backslash and line feed escaped, as HELP text needs.
    static QByteArray escapeHelp(const QString &help);
    // Go's float syntax: integers without an exponent, else the shortest form that reads back
    // as the same double; +Inf, -Inf, NaN.
    static QByteArray formatValue(double value);
    // The same two, appended to out without a copy of their own.
    static void appendLabelValue(QByteArray *out, QStringView value);
    static void appendValue(QByteArray *out, double value);

private:
    bool writeSeries(const QByteArray &name, const Labels &labels, const QByteArray &le,
                     double value);

    QByteArray m_text;
    QByteArray m_family;
    Type m_type = Type::Gauge;
    QSet<QByteArray> m_written;
};

} // namespace trro
