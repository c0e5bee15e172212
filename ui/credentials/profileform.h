#pragma once

#include "credentialstore.h"
#include "profilestore.h"
#include "types.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace trro {

// The fields of one profile. The SecretKey and the session token are password fields that
// start empty: a saved secret is never shown again, an empty field keeps the saved one.
class ProfileForm final : public QWidget {
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent = nullptr);

    // An existing profile; secretSaved tells whether the keychain holds its key.
    void setProfile(const Profile &profile, bool secretSaved);
    void clearForNew();

    Profile profile() const;      // from the fields (name and URL trimmed)
    ProfileSecret secret() const; // what was typed; empty: keep the saved secret
    void clearSecret();
    bool isNew() const { return m_isNew; }

    // false with a translated *error when the fields cannot be saved or tested.
    bool validate(QString *error) const;
    // The projects a successful connection test found: offered as the default project.
    void setProjects(const QList<Project> &projects);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *secretIdEdit() const { return m_secretId; }
    QLineEdit *secretKeyEdit() const { return m_secretKey; }
    QLineEdit *tokenEdit() const { return m_token; }
    QComboBox *endpointCombo() const { return m_endpoint; }
    QLineEdit *customUrlEdit() const { return m_customUrl; }
    QComboBox *regionCombo() const { return m_region; }
    QComboBox *projectCombo() const { return m_project; }

Q_SIGNALS:
    void edited();

private:
    void updateCustomUrl();
    void setProject(const QString &projectId);

    QLineEdit *m_name;
    QLineEdit *m_secretId;
    QLineEdit *m_secretKey;
    QLineEdit *m_token;
    QComboBox *m_region;
    QComboBox *m_endpoint;
    QLineEdit *m_customUrl;
    QComboBox *m_project;
    QLabel *m_secretHint;
    bool m_isNew = true;
};

} // namespace trro
