#pragma once

#include "apierror.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace trro {

class ProfileStore;

// "Import from tccli…": pick a tccli profile, choose the name it gets here, import it (the key
// goes into the keychain; the tccli files are only read). Open it with open() or show().
class TccliImportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit TccliImportDialog(ProfileStore *profiles, QWidget *parent = nullptr);

    // Where the tccli files are (default: ~/.tccli); re-reads the list.
    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }
    QStringList availableProfiles() const;

    QComboBox *profileCombo() const { return m_source; }
    QLineEdit *nameEdit() const { return m_name; }
    QString statusText() const;
    void import(); // what the Import button does

Q_SIGNALS:
    void imported(const QString &profileName);
    // The keychain refused: the caller shows its banner.
    void keychainUnavailable(const trro::ApiError &error);

private:
    void describeSelection();
    void setBusy(bool busy);

    ProfileStore *m_profiles;
    QString m_directory;
    QComboBox *m_source;
    QLineEdit *m_name;
    QLabel *m_details;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
};

} // namespace trro
