#include "causemodel.h"

#include "causetext.h"
#include "tablerole.h"
#include "textsafety.h"

#include <QLocale>
#include <cmath>

namespace trro {
namespace {

bool isDevice(CauseDimension dimension) {
    return dimension == CauseDimension::Field || dimension == CauseDimension::Remote;
}

// NaN sorts below every number, so that rows without a share gather at one end.
double sortable(double value) {
    return std::isfinite(value) ? value : -1.0;
}

} // namespace

CauseModel::CauseModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void CauseModel::setReport(const CauseReport &report, const QHash<QString, QString> &names) {
    beginResetModel();
    m_report = report;
    m_names = names;
    endResetModel();
}

void CauseModel::clear() {
    setReport({});
}

const CauseRow *CauseModel::row(int row) const {
    return row >= 0 && row < m_report.rows.size() ? &m_report.rows.at(row) : nullptr;
}

int CauseModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int CauseModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CauseModel::testName(ProportionTest test) {
    switch (test) {
    case ProportionTest::Fisher:
        return tr("Fisher");
    case ProportionTest::ZTest:
        return tr("z");
    case ProportionTest::None:
        break;
    }
    return {};
}

QString CauseModel::valueText(const CauseRow &row) const {
    const QString value = stripControls(row.value);
    if (row.other)
        return tr("(other values)");
    const QString name = stripControls(m_names.value(row.value));
    if (!isDevice(row.dimension) || name.isEmpty() || name == value)
        return value;
    return tr("%1 (%2)").arg(name, value);
}

QVariant CauseModel::display(const CauseRow &row, int column) const {
    const CauseText text;
    const QLocale locale;
    // Counts scaled from a sample are marked, so that they never pass for exact ones.
    const auto count = [&](qint64 n) {
        return row.estimated ? tr("≈%1").arg(locale.toString(n)) : locale.toString(n);
    };
    switch (column) {
    case DimensionColumn:
        return CauseText::dimensionTitle(row.dimension);
    case ValueColumn:
        return valueText(row);
    case SessionsColumn:
        return count(row.sessions);
    case BadShareColumn:
        return text.percent(row.badShare);
    case BaselineSessionsColumn:
        return count(row.baselineSessions);
    case BaselineBadShareColumn:
        return text.percent(row.baselineBadShare);
    case ShareOfBadColumn:
        return text.percent(row.shareOfBad);
    case ContributionColumn:
        return std::isfinite(row.ratioWithout)
                   ? tr("%1 pt").arg(locale.toString(row.contributionPoints, 'f', 1))
                   : QStringLiteral("-");
    case RatioWithoutColumn:
        return text.percent(row.ratioWithout);
    case PValueColumn:
        if (row.test == ProportionTest::None)
            return QStringLiteral("-");
        return tr("%1 (%2)").arg(locale.toString(row.pValue, 'g', 2),
                                 locale.toString(row.adjustedPValue, 'g', 2));
    case TestColumn:
        return testName(row.test);
    case SignificantColumn:
        return row.significant ? tr("Yes") : tr("No");
    default:
        break;
    }
    return {};
}

QVariant CauseModel::sortValue(const CauseRow &row, int column) const {
    switch (column) {
    case DimensionColumn:
        return int(row.dimension);
    case ValueColumn:
        return valueText(row).toLower();
    case SessionsColumn:
        return row.sessions;
    case BadShareColumn:
        return sortable(row.badShare);
    case BaselineSessionsColumn:
        return row.baselineSessions;
    case BaselineBadShareColumn:
        return sortable(row.baselineBadShare);
    case ShareOfBadColumn:
        return sortable(row.shareOfBad);
    case ContributionColumn:
        return std::isfinite(row.ratioWithout) ? row.contributionPoints : -1e9;
    case RatioWithoutColumn:
        return sortable(row.ratioWithout);
    case PValueColumn:
        return row.test == ProportionTest::None ? 2.0 : row.adjustedPValue;
    case TestColumn:
        return int(row.test);
    case SignificantColumn:
        return row.significant ? 1 : 0;
    default:
        break;
    }
    return {};
}

QString CauseModel::tooltip(const CauseRow &row, int column) const {
    const QLocale locale;
    switch (column) {
    case SessionsColumn:
    case BadShareColumn:
        return tr("%1 of %2 sessions in the span were bad")
            .arg(locale.toString(row.badSessions), locale.toString(row.sessions));
    case BaselineSessionsColumn:
    case BaselineBadShareColumn:
        return tr("%1 of %2 sessions in the baseline were bad")
            .arg(locale.toString(row.baselineBadSessions), locale.toString(row.baselineSessions));
    case ContributionColumn:
    case RatioWithoutColumn:
        return tr("Without this value's sessions the span's not-bad ratio would be %1 instead "
                  "of %2")
            .arg(CauseText().percent(row.ratioWithout), CauseText().percent(m_report.ratio));
    case PValueColumn:
    case TestColumn:
        if (row.test == ProportionTest::None)
            return row.estimated ? tr("Not tested: the counts are estimated from a sample of "
                                      "session details")
                                 : tr("Not tested: the value has no sessions in the baseline");
        return tr("%1; the adjusted p-value (Benjamini-Hochberg over %n tested value(s)) is "
                  "compared with %2",
                  nullptr, m_report.testedValues)
            .arg(row.test == ProportionTest::Fisher
                     ? tr("Fisher's exact test (an expected count is below 5)")
                     : tr("Two-proportion z-test"),
                 locale.toString(m_report.alpha));
    case ValueColumn:
        return row.estimated ? tr("%1: estimated from the sessions whose details were read")
                                   .arg(stripControls(row.value))
                             : stripControls(row.value);
    default:
        break;
    }
    return {};
}

QVariant CauseModel::data(const QModelIndex &index, int role) const {
    const CauseRow *r = index.isValid() ? row(index.row()) : nullptr;
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, index.column());
    case Qt::ToolTipRole: {
        const QString tip = tooltip(*r, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        return index.column() == DimensionColumn || index.column() == ValueColumn ||
                       index.column() == TestColumn
                   ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case SortRole:
        return sortValue(*r, index.column());
    case DeviceIdRole:
        return isDevice(r->dimension) && !r->other ? r->value : QString();
    case ToneRole:
        if (r->significant)
            return int(Tone::Bad);
        return {};
    case FilterTextRole:
        return (CauseText::dimensionTitle(r->dimension) + QLatin1Char(' ') + valueText(*r))
            .toLower();
    case ReportRowRole:
        return index.row();
    case DimensionRole:
        return int(r->dimension);
    default:
        break;
    }
    return {};
}

QVariant CauseModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ShareOfBadColumn:
            return tr("Of the span's bad sessions, the share this value holds");
        case ContributionColumn:
            return tr("Points of not-bad ratio the value costs the span: the ratio without its "
                      "sessions minus the span's ratio");
        case PValueColumn:
            return tr("The test's p-value, and in brackets the p-value adjusted over every "
                      "value tested");
        case SignificantColumn:
            return tr("The adjusted p-value is below the level and the bad share grew");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DimensionColumn:
        return tr("Dimension");
    case ValueColumn:
        return tr("Value");
    case SessionsColumn:
        return tr("Sessions");
    case BadShareColumn:
        return tr("Bad %");
    case BaselineSessionsColumn:
        return tr("Baseline");
    case BaselineBadShareColumn:
        return tr("Baseline bad %");
    case ShareOfBadColumn:
        return tr("Share of bad");
    case ContributionColumn:
        return tr("Contribution");
    case RatioWithoutColumn:
        return tr("Ratio without");
    case PValueColumn:
        return tr("p (adjusted)");
    case TestColumn:
        return tr("Test");
    case SignificantColumn:
        return tr("Significant");
    default:
        break;
    }
    return {};
}

} // namespace trro
