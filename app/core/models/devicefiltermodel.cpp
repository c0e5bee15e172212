#include "devicefiltermodel.h"

#include "devicelistmodel.h"
#include "tablerole.h"

namespace trro {

DeviceFilterModel::DeviceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void DeviceFilterModel::setSearchText(const QString &text) {
    const QString normalized = text.trimmed().toLower();
    if (normalized == m_search)
        return;
    m_search = normalized;
    invalidateFilter();
}

void DeviceFilterModel::setTypeFilter(DeviceType type) {
    if (type == m_type)
        return;
    m_type = type;
    invalidateFilter();
}

void DeviceFilterModel::setStatusFilter(const QString &status) {
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

bool DeviceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_type != DeviceType::Unknown &&
        index.data(DeviceListModel::DeviceTypeRole).toInt() != int(m_type))
        return false;
    if (!m_status.isEmpty() && index.data(DeviceListModel::DeviceStatusRole).toString() != m_status)
        return false;
    if (m_search.isEmpty())
        return true;
    return index.data(FilterTextRole).toString().contains(m_search);
}

} // namespace trro
