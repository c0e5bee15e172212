#include "profileform.h"

#include "endpoint.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace trro {
namespace {

// Regions offered in the region box; any other value can be typed.
const char *const KnownRegions[] = {
    "ap-guangzhou", "ap-shanghai",      "ap-beijing",   "ap-nanjing",   "ap-chengdu",
    "ap-chongqing", "ap-hongkong",      "ap-singapore", "ap-bangkok",   "ap-tokyo",
    "ap-seoul",     "na-siliconvalley", "na-ashburn",   "eu-frankfurt",
};

QLineEdit *secretEdit(QWidget *parent) {
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password); // no copy, no input method, no reveal
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    return edit;
}

} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_secretId(new QLineEdit(this))
    , m_secretKey(secretEdit(this))
    , m_token(secretEdit(this))
    , m_region(new QComboBox(this))
    , m_endpoint(new QComboBox(this))
    , m_customUrl(new QLineEdit(this))
    , m_project(new QComboBox(this))
    , m_secretHint(new QLabel(this)) {
    m_secretHint->setTextFormat(Qt::PlainText); // server or user text, never markup
    m_name->setMaxLength(64);
    m_name->setPlaceholderText(tr("e.g. production"));
    m_name->setAccessibleName(tr("Profile name"));
    m_secretId->setPlaceholderText(tr("AKID…"));
    m_secretId->setAccessibleName(tr("SecretId"));
    m_secretKey->setAccessibleName(tr("SecretKey"));
    m_token->setAccessibleName(tr("Session token"));
    m_token->setPlaceholderText(tr("Only for temporary keys"));

    m_region->setEditable(true);
    m_region->addItem(QString());
    for (const char *region : KnownRegions)
        m_region->addItem(QLatin1String(region));
    m_region->setAccessibleName(tr("Region"));
    m_region->setToolTip(tr("Sent as X-TC-Region; TRRO does not require it."));

    m_endpoint->addItem(tr("China (trro.tencentcloudapi.com)"), int(EndpointKind::China));
    m_endpoint->addItem(tr("International (trro.intl.tencentcloudapi.com)"),
                        int(EndpointKind::International));
    m_endpoint->addItem(tr("Custom URL"), int(EndpointKind::Custom));
    m_endpoint->setAccessibleName(tr("Endpoint"));
    m_customUrl->setPlaceholderText(tr("https://trro.example.com"));
    m_customUrl->setAccessibleName(tr("Custom endpoint URL"));

    m_project->setEditable(true);
    m_project->setAccessibleName(tr("Default project"));
    m_project->setToolTip(tr("The project opened first; \"Test connection\" lists them."));

    m_secretHint->setWordWrap(true);
    m_secretHint->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_secretHint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Secret&Id:"), m_secretId);
    form->addRow(tr("Secret&Key:"), m_secretKey);
    form->addRow(QString(), m_secretHint);
    form->addRow(tr("Session &token:"), m_token);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("&URL:"), m_customUrl);
    form->addRow(tr("Default &project:"), m_project);

    for (QLineEdit *edit : {m_name, m_secretId, m_secretKey, m_token, m_customUrl})
        connect(edit, &QLineEdit::textEdited, this, &ProfileForm::edited);
    connect(m_region, &QComboBox::editTextChanged, this, &ProfileForm::edited);
    connect(m_project, &QComboBox::editTextChanged, this, &ProfileForm::edited);
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomUrl();
        Q_EMIT edited();
    });
    clearForNew();
}

void ProfileForm::setProfile(const Profile &profile, bool secretSaved) {
    m_isNew = false;
    m_name->setText(profile.name);
    m_secretId->setText(profile.secretId);
    clearSecret();
    m_secretKey->setPlaceholderText(secretSaved ? tr("Saved in the keychain") : QString());
    m_secretHint->setText(secretSaved ? tr("Never shown again: type a new key to replace it.")
                                      : tr("Stored in the system keychain, never in a file."));
    m_region->setEditText(profile.region);
    m_endpoint->setCurrentIndex(m_endpoint->findData(int(profile.endpointKind)));
    m_customUrl->setText(profile.customUrl);
    setProject(profile.defaultProject);
    updateCustomUrl();
}

void ProfileForm::clearForNew() {
    m_isNew = true;
    for (QLineEdit *edit : {m_name, m_secretId, m_customUrl})
        edit->clear();
    clearSecret();
    m_secretKey->setPlaceholderText(QString());
    m_secretHint->setText(tr("Stored in the system keychain, never in a file."));
    m_region->setEditText(QString());
    m_endpoint->setCurrentIndex(0);
    m_project->clear();
    updateCustomUrl();
}

Profile ProfileForm::profile() const {
    Profile p;
    p.name = m_name->text().trimmed();
    p.secretId = m_secretId->text().trimmed();
    p.region = m_region->currentText().trimmed();
    p.endpointKind = static_cast<EndpointKind>(m_endpoint->currentData().toInt());
    if (p.endpointKind == EndpointKind::Custom)
        p.customUrl = m_customUrl->text().trimmed();
    const int index = m_project->findText(m_project->currentText());
    p.defaultProject = index >= 0 && m_project->itemData(index).isValid()
                           ? m_project->itemData(index).toString()
                           : m_project->currentText().trimmed();
    return p;
}

ProfileSecret ProfileForm::secret() const {
    ProfileSecret s;
    s.secretKey = m_secretKey->text().trimmed();
    s.sessionToken = m_token->text().trimmed();
    return s;
}

void ProfileForm::clearSecret() {
    m_secretKey->clear();
    m_token->clear();
}

bool ProfileForm::validate(QString *error) const {
    const Profile p = profile();
    if (!ProfileStore::isValidName(p.name, error))
        return false;
    if (p.secretId.isEmpty()) {
        *error = tr("Enter the SecretId.");
        return false;
    }
    if (m_isNew && secret().secretKey.isEmpty()) {
        *error = tr("Enter the SecretKey.");
        return false;
    }
    if (!Endpoint::parse(p.endpointUrl(), error).isValid())
        return false;
    return true;
}

void ProfileForm::setProjects(const QList<Project> &projects) {
    const QString current = profile().defaultProject;
    m_project->clear();
    for (const Project &project : projects) {
        const QString label = project.projectName.isEmpty()
                                  ? project.projectId
                                  : tr("%1 (%2)").arg(project.projectName, project.projectId);
        m_project->addItem(label, project.projectId);
    }
    setProject(current);
}

void ProfileForm::setProject(const QString &projectId) {
    const int index = m_project->findData(projectId);
    if (index >= 0)
        m_project->setCurrentIndex(index);
    else
        m_project->setEditText(projectId);
}

void ProfileForm::updateCustomUrl() {
    const bool custom =
        static_cast<EndpointKind>(m_endpoint->currentData().toInt()) == EndpointKind::Custom;
    m_customUrl->setEnabled(custom);
}

} // namespace trro
