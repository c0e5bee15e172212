#pragma once

#include "sessiondiagnosis.h"

#include <QAbstractListModel>

namespace trro {

// The findings of a session's diagnosis, worst first, one row each: the sentence
// (Qt::DisplayRole, Qt::ToolTipRole), ToneRole (severity), SideRole, MetricRole and the moment
// it refers to (FromRole, ToRole: unix seconds), which the session view shows on its charts.
class SessionFindingsModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        FromRole = Qt::UserRole + 32, // qint64
        ToRole,                       // qint64
        SideRole,                     // QString: field | remote | ""
        MetricRole,                   // QString
        SeverityRole,                 // int (DiagnosisFinding::Severity)
    };

    explicit SessionFindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<DiagnosisFinding> &findings);
    const QList<DiagnosisFinding> &findings() const { return m_findings; }
    DiagnosisFinding finding(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<DiagnosisFinding> m_findings;
};

} // namespace trro
