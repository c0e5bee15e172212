#include "prometheustext.h"

#include <QLocale>
#include <algorithm>
#include <charconv>
#include <cmath>

namespace trro {
namespace {

bool isNameStart(char c, bool colon) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (colon && c == ':');
}

bool isNameChar(char c, bool colon) {
    return isNameStart(c, colon) || (c >= '0' && c <= '9');
}

bool isName(const QByteArray &name, bool colon) {
    if (name.isEmpty() || name.size() > 200 || !isNameStart(name.front(), colon))
        return false;
    return std::all_of(name.cbegin(), name.cend(),
                       [colon](char c) { return isNameChar(c, colon); });
}

// Integers up to 2^53 are exact in a double and read best without an exponent.
constexpr double MaxExactInteger = 9007199254740992.0;

void appendEscaped(QByteArray *out, char c) {
    if (c == '\\')
        *out += "\\\\";
    else if (c == '"')
        *out += "\\\"";
    else if (c == '\n')
        *out += "\\n";
    else
        *out += c;
}

} // namespace

void PrometheusText::appendLabelValue(QByteArray *out, QStringView value) {
    // ASCII (device and project ids) goes straight in; anything else through UTF-8.
    const bool ascii =
        std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        for (const QChar c : value)
            appendEscaped(out, char(c.unicode()));
        return;
    }
    for (const char c : value.toUtf8())
        appendEscaped(out, c);
}

void PrometheusText::appendValue(QByteArray *out, double value) {
    if (std::isnan(value)) {
        *out += "NaN";
    } else if (std::isinf(value)) {
        *out += value > 0 ? "+Inf" : "-Inf";
    } else if (value == std::trunc(value) && std::fabs(value) <= MaxExactInteger) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, qint64(value)).ptr;
        out->append(digits, end - digits);
    } else {
        *out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }
}

PromHistogram::PromHistogram(const QList<double> &upperBounds) {
    for (const double bound : upperBounds) {
        if (std::isfinite(bound) && (m_bounds.isEmpty() || bound > m_bounds.last()))
            m_bounds.append(bound);
    }
    m_counts.fill(0, m_bounds.size() + 1);
}

void PromHistogram::observe(double value) {
    if (std::isnan(value))
        return;
    const auto at = std::lower_bound(m_bounds.cbegin(), m_bounds.cend(), value);
    ++m_counts[at - m_bounds.cbegin()];
    m_sum += value;
    ++m_count;
}

quint64 PromHistogram::cumulativeCount(qsizetype bucket) const {
    quint64 total = 0;
    for (qsizetype i = 0; i <= bucket && i < m_counts.size(); ++i)
        total += m_counts.at(i);
    return total;
}

bool PrometheusText::isMetricName(const QByteArray &name) {
    return isName(name, true);
}

bool PrometheusText::isLabelName(const QByteArray &name) {
    return isName(name, false) && !name.startsWith("__");
}

QByteArray PrometheusText::escapeLabelValue(const QString &value) {
    QByteArray out;
    appendLabelValue(&out, value);
    return out;
}

QByteArray PrometheusText::escapeHelp(const QString &help) {
    QByteArray out = help.toUtf8();
    out.replace('\\', "\\\\");
    out.replace('\n', "\\n");
    return out;
}

QByteArray PrometheusText::formatValue(double value) {
    QByteArray out;
    appendValue(&out, value);
    return out;
}

void PrometheusText::reserve(qsizetype bytes) {
    m_text.reserve(bytes);
}

bool PrometheusText::family(const QByteArray &name, Type type, const QString &help) {
    m_family.clear();
    if (!isMetricName(name) || m_written.contains(name) ||
        (type == Type::Counter && !name.endsWith("_total")))
        return false;
    static const char *const typeNames[] = {"counter", "gauge", "histogram"};
    m_text += "# HELP " + name + ' ' + escapeHelp(help) + '\n';
    m_text += "# TYPE " + name + ' ' + typeNames[int(type)] + '\n';
    m_written.insert(name);
    m_family = name;
    m_type = type;
    return true;
}

bool PrometheusText::writeSeries(const QByteArray &name, const Labels &labels, const QByteArray &le,
                                 double value) {
    // Checked before anything is written: a sample that does not fit leaves no partial line.
    for (const Label &label : labels) {
        if (!isLabelName(label.name) || label.name == "le")
            return false;
    }
    m_text += name;
    if (!labels.isEmpty() || !le.isEmpty()) {
        char separator = '{';
        for (const Label &label : labels) {
            m_text += separator;
            m_text += label.name;
            m_text += "=\"";
            appendLabelValue(&m_text, label.value);
            m_text += '"';
            separator = ',';
        }
        if (!le.isEmpty()) {
            m_text += separator;
            m_text += "le=\"";
            m_text += le;
            m_text += '"';
        }
        m_text += '}';
    }
    m_text += ' ';
    appendValue(&m_text, value);
    m_text += '\n';
    return true;
}

bool PrometheusText::sample(const Labels &labels, double value) {
    if (m_family.isEmpty() || m_type == Type::Histogram)
        return false;
    return writeSeries(m_family, labels, {}, value);
}

bool PrometheusText::histogram(const Labels &labels, const PromHistogram &histogram) {
    if (m_family.isEmpty() || m_type != Type::Histogram)
        return false;
    const QByteArray bucket = m_family + "_bucket";
    const QList<double> &bounds = histogram.upperBounds();
    for (qsizetype i = 0; i <= bounds.size(); ++i) {
        const QByteArray le =
            i < bounds.size() ? formatValue(bounds.at(i)) : QByteArrayLiteral("+Inf");
        if (!writeSeries(bucket, labels, le, double(histogram.cumulativeCount(i))))
            return false;
    }
    writeSeries(m_family + "_sum", labels, {}, histogram.sum());
    writeSeries(m_family + "_count", labels, {}, double(histogram.count()));
    return true;
}

} // namespace trro
