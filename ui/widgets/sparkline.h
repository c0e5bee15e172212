#pragma once

#include <QList>
#include <QWidget>

namespace trro {

// A small trend line without axes: one value per interval, NaN for a gap (no line drawn
// across it). Colours follow the palette unless set.
class Sparkline final : public QWidget {
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);

    void setValues(const QList<double> &values);
    const QList<double> &values() const { return m_values; }
    void setColor(const QColor &color);
    // Values are drawn between these bounds (e.g. 0..100 for a ratio); NaN: fit to the data.
    void setRange(double minimum, double maximum);
    void setStale(bool stale);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_values;
    QColor m_color;
    double m_minimum;
    double m_maximum;
    bool m_stale = false;
};

} // namespace trro
