#pragma once

#include "types.h"

#include <QSortFilterProxyModel>

namespace trro {

// Text, type and status filter over a DeviceListModel; sorts by SortRole (numeric where the
// column is numeric or a time).
class DeviceFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DeviceFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text); // matches name or id, case-insensitive, any part
    QString searchText() const { return m_search; }
    void setTypeFilter(DeviceType type); // Unknown: every type
    DeviceType typeFilter() const { return m_type; }
    void setStatusFilter(const QString &status); // "": every status
    QString statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    DeviceType m_type = DeviceType::Unknown;
    QString m_status;
};

} // namespace trro
