#pragma once

#include "apierror.h"
#include "types.h"

#include <QPointer>
#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;

namespace trro {

class DeviceFilterModel;
class DeviceListModel;
class ToneProxyModel;
class TrroApi;

// Every device of the project (all pages of DescribeDeviceList), with a search box, type and
// status filters and multi-selection, and each device's bad sessions in the toolbar's range
// from one project-wide session list (a sortable column, so that the worst vehicles of a week
// are visible before any drill-down). Never opens dialogs: errors go out on errorOccurred and
// the last good list stays on screen, marked stale.
class DevicePanel final : public QWidget {
    Q_OBJECT
public:
    explicit DevicePanel(TrroApi *api, QWidget *parent = nullptr);
    ~DevicePanel() override;

    void setProject(const QString &projectId); // clears and loads when the project changes
    QString projectId() const { return m_projectId; }
    void reload();
    void setTimeZone(const QTimeZone &zone);
    // The range of the "bad sessions in range" column, [from, to) in unix seconds: loaded again
    // when it or the project changes, and on reload().
    void setRange(qint64 from, qint64 to);
    bool isLoadingBadSessions() const { return m_badRequest != nullptr; }
    // Columns (DeviceListModel::Column) the table shows; the ID is hidden by default.
    void setColumnVisible(int column, bool visible);
    bool isColumnVisible(int column) const;

    bool isLoading() const { return m_request != nullptr; }
    bool isStale() const { return m_stale; }
    QList<Device> devices() const;
    Device device(const QString &deviceId) const; // default-constructed when unknown
    QStringList selectedDeviceIds() const;
    // Restores a selection (e.g. from settings); ids not loaded yet are applied after loading.
    void setSelectedDeviceIds(const QStringList &deviceIds);
    void focusSearch();

    DeviceListModel *model() const { return m_model; }

Q_SIGNALS:
    void selectionChanged(const QStringList &deviceIds);
    void deviceOpened(const QString &deviceId);
    void devicesLoaded(const QList<trro::Device> &devices);
    void loadingChanged(bool loading);
    void errorOccurred(const trro::ApiError &error);
    void badSessionsLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void showColumnMenu(const QPoint &position);
    void applyFilters();
    void onLoaded(const QList<Device> &devices);
    void onFailed(const ApiError &error);
    void applyPendingSelection();
    void emitSelection();
    void updateStatus();
    void setStale(bool stale);
    void loadBadSessions();

    TrroApi *m_api;
    DeviceListModel *m_model;
    DeviceFilterModel *m_filter;
    ToneProxyModel *m_tone;
    QLineEdit *m_search = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_status = nullptr;
    QTableView *m_table = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_summary = nullptr;
    QString m_projectId;
    QPointer<QObject> m_request;    // context of the running load
    QPointer<QObject> m_badRequest; // context of the running session list
    qint64 m_from = 0;
    qint64 m_to = 0;
    QStringList m_pendingSelection;
    QStringList m_lastSelection;
    bool m_stale = false;
};

} // namespace trro
