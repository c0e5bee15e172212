#pragma once

#include "licencesummary.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace trro {

class LicenceDevicesFilterModel;
class LicenceDevicesModel;
class ToneProxyModel;

// The project's licences: the summary (valid, bound, unbound, expired, expiring this month)
// over the devices by days left (LicenceDevicesModel), fewest first; rows under 30 days in the
// warning tone, under 7 days and expired ones in the critical tone with a tinted background,
// and the state spelled out with a swatch, so colour is never the only cue. A text filter and
// "expiring within 30 days only". Activating a row (double-click, Enter) opens the device.
class LicencesPanel final : public QWidget {
    Q_OBJECT
public:
    explicit LicencesPanel(LicenceDevicesModel *model, QWidget *parent = nullptr);

    void setSummary(const std::optional<LicenceSummary> &summary);
    void setStale(bool stale);
    // The device the page is scoped to (its row is selected) and its licence count.
    void setDevice(const QString &deviceId, const std::optional<qint64> &licences);

    QTableView *table() const { return m_table; }
    LicenceDevicesFilterModel *filter() const { return m_filter; }
    ToneProxyModel *toneModel() const { return m_tone; }
    QString summaryText() const; // the summary as plain text (tests, accessibility)

Q_SIGNALS:
    void deviceOpened(const QString &deviceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildTable();
    void selectDevice();

    LicenceDevicesModel *m_model;
    ToneProxyModel *m_tone;
    LicenceDevicesFilterModel *m_filter;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_device;
    QLineEdit *m_search;
    QCheckBox *m_expiringOnly;
    QTableView *m_table;
    QString m_deviceId;
};

} // namespace trro
