#include "sessionfindingsmodel.h"

#include "tablerole.h"

namespace trro {

SessionFindingsModel::SessionFindingsModel(QObject *parent)
    : QAbstractListModel(parent) {}

void SessionFindingsModel::setFindings(const QList<DiagnosisFinding> &findings) {
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

DiagnosisFinding SessionFindingsModel::finding(int row) const {
    return m_findings.value(row);
}

int SessionFindingsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_findings.size());
}

QVariant SessionFindingsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiagnosisFinding &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return finding.text;
    case ToneRole:
        switch (finding.severity) {
        case DiagnosisFinding::Severity::Critical:
            return int(Tone::Bad);
        case DiagnosisFinding::Severity::Warning:
            return int(Tone::Warning);
        case DiagnosisFinding::Severity::Info:
            return int(Tone::Neutral);
        }
        return {};
    case FromRole:
        return finding.from;
    case ToRole:
        return finding.to;
    case SideRole:
        return deviceTypeName(finding.side);
    case MetricRole:
        return finding.metric;
    case SeverityRole:
        return int(finding.severity);
    default:
        return {};
    }
}

} // namespace trro
