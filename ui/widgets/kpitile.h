#pragma once

#include <QFrame>
#include <QList>

class QLabel;

namespace trro {

class Sparkline;

// One key figure of the range: a title, the value, its change against the previous period of
// the same length (arrow, colour and text, so colour never carries the meaning alone) and a
// sparkline of the interval series. Loading and stale states are visible.
class KpiTile final : public QFrame {
    Q_OBJECT
public:
    enum class Format { Count, Minutes, Percent };

    explicit KpiTile(const QString &title, Format format, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_titleText; }
    void setHigherIsBetter(bool higherIsBetter) { m_higherIsBetter = higherIsBetter; }
    void setComparisonLabel(const QString &label); // "vs previous 7 days"

    // hasPrevious false: the previous period is unknown (not fetched or failed).
    void setValue(double current, double previous, bool hasPrevious);
    void setTrend(const QList<double> &values);
    void clear(); // no data: an em dash
    void setLoading(bool loading);
    void setStale(bool stale);

    QString valueText() const;
    QString deltaText() const;
    bool isStale() const { return m_stale; }

    static QString formatValue(double value, Format format);
    // "▲ 12.5 %" (relative) for counts and minutes, "▼ 3 pts" for percentages.
    static QString formatDelta(double current, double previous, Format format);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateDeltaColor();
    void updateAccessibility();

    QString m_titleText;
    Format m_format;
    bool m_higherIsBetter = true;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_unit;
    QLabel *m_delta;
    QLabel *m_comparison;
    Sparkline *m_spark;
    double m_current = 0;
    double m_previous = 0;
    bool m_hasValue = false;
    bool m_hasPrevious = false;
    bool m_loading = false;
    bool m_stale = false;
};

} // namespace trro
