#pragma once

#include <QSortFilterProxyModel>

namespace trro {

// Quality and text filter over a SessionListModel; sorts by SortRole.
class SessionFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SessionFilterModel(QObject *parent = nullptr);

    void setQualityFilter(const QString &quality); // good | normal | bad | "" (every quality)
    QString qualityFilter() const { return m_quality; }
    void setSearchText(const QString &text); // session id, device ids or names, resolution
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_quality;
    QString m_search;
};

} // namespace trro
