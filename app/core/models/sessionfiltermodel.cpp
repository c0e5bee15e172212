#include "sessionfiltermodel.h"

#include "sessionlistmodel.h"
#include "tablerole.h"

namespace trro {

SessionFilterModel::SessionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void SessionFilterModel::setQualityFilter(const QString &quality) {
    if (quality == m_quality)
        return;
    m_quality = quality;
    invalidateFilter();
}

void SessionFilterModel::setSearchText(const QString &text) {
    const QString normalized = text.trimmed().toLower();
    if (normalized == m_search)
        return;
    m_search = normalized;
    invalidateFilter();
}

bool SessionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_quality.isEmpty() && index.data(SessionListModel::QualityRole).toString() != m_quality)
        return false;
    return m_search.isEmpty() || index.data(FilterTextRole).toString().contains(m_search);
}

} // namespace trro
