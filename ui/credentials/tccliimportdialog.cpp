#include "tccliimportdialog.h"

#include "credentialstore.h"
#include "profilestore.h"
#include "tccliimport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trro {

TccliImportDialog::TccliImportDialog(ProfileStore *profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_source(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_details(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_importButton(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole)) {
    // Server or user text, never markup.
    for (QLabel *label : {m_details, m_status})
        label->setTextFormat(Qt::PlainText);
    setWindowTitle(tr("Import from tccli"));
    m_source->setAccessibleName(tr("tccli profile"));
    m_name->setAccessibleName(tr("Profile name"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *intro = new QLabel(tr("Profiles of the Tencent Cloud command line. The SecretKey is "
                                "moved into the system keychain; the tccli files are not "
                                "changed."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("tccli &profile:"), m_source);
    form->addRow(tr("&Save as:"), m_name);
    form->addRow(QString(), m_details);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_source, &QComboBox::currentIndexChanged, this, &TccliImportDialog::describeSelection);
    connect(m_importButton, &QPushButton::clicked, this, &TccliImportDialog::import);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setDirectory(TccliImport::defaultDirectory());
}

void TccliImportDialog::setDirectory(const QString &directory) {
    m_directory = directory;
    m_source->clear();
    m_source->addItems(TccliImport::availableProfiles(directory));
    describeSelection();
}

QStringList TccliImportDialog::availableProfiles() const {
    QStringList names;
    for (int i = 0; i < m_source->count(); ++i)
        names.append(m_source->itemText(i));
    return names;
}

QString TccliImportDialog::statusText() const {
    return m_status->text();
}

void TccliImportDialog::describeSelection() {
    m_status->clear();
    const QString name = m_source->currentText();
    if (name.isEmpty()) {
        m_details->setText(
            tr("No tccli profile was found in %1.").arg(QDir::toNativeSeparators(m_directory)));
        m_importButton->setEnabled(false);
        return;
    }
    m_name->setText(name);
    const Result<TccliProfile> read = TccliImport::read(m_directory, name);
    m_importButton->setEnabled(read.ok());
    if (!read.ok()) {
        m_details->setText(read.error().message);
        return;
    }
    const Profile &p = read.value().profile;
    m_details->setText(
        tr("SecretId %1, region %2, endpoint %3")
            .arg(p.secretId, p.region.isEmpty() ? tr("(none)") : p.region, p.endpointUrl()));
}

void TccliImportDialog::import() {
    const Result<TccliProfile> read = TccliImport::read(m_directory, m_source->currentText());
    if (!read.ok()) {
        m_status->setText(read.error().message);
        return;
    }
    QString error;
    const QString name = m_name->text().trimmed();
    if (!ProfileStore::isValidName(name, &error)) {
        m_status->setText(error);
        return;
    }
    setBusy(true);
    m_status->setText(tr("Saving the key in the keychain…"));
    TccliImport::import(m_profiles, read.value(), name, false, this,
                        [this, name](const ApiError &e) {
                            setBusy(false);
                            if (e.isError()) {
                                m_status->setText(e.userMessage());
                                if (CredentialStore::isUnavailable(e))
                                    Q_EMIT keychainUnavailable(e);
                                return;
                            }
                            m_status->setText(tr("Imported as \"%1\".").arg(name));
                            Q_EMIT imported(name);
                            accept();
                        });
}

void TccliImportDialog::setBusy(bool busy) {
    m_source->setEnabled(!busy);
    m_name->setEnabled(!busy);
    m_importButton->setEnabled(!busy);
}

} // namespace trro
