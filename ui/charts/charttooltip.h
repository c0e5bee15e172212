#pragma once

#include "chartdata.h"
#include "chartpalette.h"

#include <QFrame>
#include <QLocale>

class QLabel;

namespace trro {

// The one tooltip of the linked charts: every value of the hovered interval, for every series,
// with the anomaly flags of its buckets. A child widget (not QToolTip) so that it follows the
// crosshair smoothly and never steals focus.
class ChartTooltip final : public QFrame {
    Q_OBJECT
public:
    explicit ChartTooltip(QWidget *parent = nullptr);

    // Shows html near anchor (parent coordinates), kept inside the parent.
    void showAt(const QString &html, const QPoint &anchor);
    QString text() const;

    // The buckets of series that belong to the interval [start, end): those starting in it
    // and those covering its start.
    static QList<qsizetype> bucketsIn(const ChartSeries &series, qint64 start, qint64 end);
    static QString flagText(BucketFlags flags, const IntervalBucket &bucket);
    // "partial: 00:00–14:37": the part a partial bucket counts, in zone.
    static QString partialText(const BucketCoverage &coverage, const QTimeZone &zone,
                               const QLocale &locale);
    static QString html(const ChartData &data, qint64 start, qint64 end, int threshold,
                        const ChartPalette &palette, const QLocale &locale);
    // The row of ChartData::without over [start, end) (sessions and not-bad ratio); empty
    // where it has no bucket.
    static QString withoutRow(const ChartData &data, qint64 start, qint64 end,
                              const ChartPalette &palette, const QLocale &locale);
    // The rows of the previous period's ghost of series (its values, then the difference:
    // now minus then); empty when the series has no ghost.
    static QString previousRows(const ChartData &data, const ChartSeries &series, qint64 start,
                                qint64 end, const ChartPalette &palette, const QLocale &locale);

private:
    QLabel *m_label;
};

} // namespace trro
