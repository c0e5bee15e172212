#pragma once

#include "causefinder.h"

#include <QAbstractTableModel>
#include <QHash>

namespace trro {

// The rows of a cause report (findCauses(), the Why panel): one per value of each dimension, in
// the report's order (most score first). Device values show their name beside the id.
// Roles: Qt::DisplayRole, Qt::ToolTipRole, Qt::TextAlignmentRole, SortRole, DeviceIdRole (the
// vehicle or cockpit of a device row, else empty), ToneRole (significant rows: Bad),
// FilterTextRole, ReportRowRole, DimensionRole.
class CauseModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DimensionColumn,
        ValueColumn,
        SessionsColumn,
        BadShareColumn,
        BaselineSessionsColumn,
        BaselineBadShareColumn,
        ShareOfBadColumn,
        ContributionColumn, // points of not-bad ratio the value costs the span
        RatioWithoutColumn,
        PValueColumn, // "p (adjusted)"
        TestColumn,   // Fisher's exact test or the z-test
        SignificantColumn,
        ColumnCount
    };
    enum Role {
        ReportRowRole = Qt::UserRole + 32, // int: the row's index in report().rows
        DimensionRole,                     // int (CauseDimension)
    };

    explicit CauseModel(QObject *parent = nullptr);

    // names: DeviceName by DeviceId, shown with the vehicles' and cockpits' ids.
    void setReport(const CauseReport &report, const QHash<QString, QString> &names = {});
    void clear();
    const CauseReport &report() const { return m_report; }
    const QHash<QString, QString> &names() const { return m_names; }
    const CauseRow *row(int row) const; // nullptr out of range

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString testName(ProportionTest test); // translated: "Fisher", "z", ""

private:
    QVariant display(const CauseRow &row, int column) const;
    QVariant sortValue(const CauseRow &row, int column) const;
    QString valueText(const CauseRow &row) const;
    QString tooltip(const CauseRow &row, int column) const;

    CauseReport m_report;
    QHash<QString, QString> m_names;
};

} // namespace trro
