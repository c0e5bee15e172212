#include "exportsizedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace trro {

ExportSizeDialog::ExportSizeDialog(const QSize &size, double scale, const QSize &natural,
                                   QWidget *parent)
    : QDialog(parent)
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_keepRatio(new QCheckBox(tr("Keep the proportions of the window"), this))
    , m_scale(new QComboBox(this))
    , m_pixels(new QLabel(this))
    , m_ratio(natural.isEmpty() ? 16.0 / 10.0 : double(natural.width()) / natural.height()) {
    setWindowTitle(tr("Export as PNG"));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(200, 10000);
        box->setSuffix(tr(" px"));
        box->setAccelerated(true);
    }
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    m_keepRatio->setChecked(false);
    for (double factor : {1.0, 1.5, 2.0, 3.0})
        m_scale->addItem(tr("%1×").arg(QLocale().toString(factor, 'g', 2)), factor);
    int index = m_scale->findData(scale);
    m_scale->setCurrentIndex(index >= 0 ? index : 0);
    m_scale->setAccessibleName(tr("Scale"));
    m_scale->setToolTip(tr("Pixel density: 2× gives a sharp image on high-resolution screens "
                           "and in print"));
    m_pixels->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(QString(), m_keepRatio);
    form->addRow(tr("&Scale:"), m_scale);
    form->addRow(tr("Image:"), m_pixels);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_width, &QSpinBox::valueChanged, this, &ExportSizeDialog::onWidthChanged);
    connect(m_height, &QSpinBox::valueChanged, this, &ExportSizeDialog::onHeightChanged);
    connect(m_keepRatio, &QCheckBox::toggled, this, [this](bool keep) {
        if (keep)
            onWidthChanged(m_width->value());
    });
    connect(m_scale, &QComboBox::currentIndexChanged, this, &ExportSizeDialog::updatePixels);
    updatePixels();
}

QSize ExportSizeDialog::imageSize() const {
    return {m_width->value(), m_height->value()};
}

double ExportSizeDialog::scale() const {
    return m_scale->currentData().toDouble();
}

void ExportSizeDialog::onWidthChanged(int width) {
    if (m_keepRatio->isChecked() && !m_updating) {
        m_updating = true;
        m_height->setValue(int(std::lround(width / m_ratio)));
        m_updating = false;
    }
    updatePixels();
}

void ExportSizeDialog::onHeightChanged(int height) {
    if (m_keepRatio->isChecked() && !m_updating) {
        m_updating = true;
        m_width->setValue(int(std::lround(height * m_ratio)));
        m_updating = false;
    }
    updatePixels();
}

void ExportSizeDialog::updatePixels() {
    const QLocale locale;
    const double factor = scale();
    m_pixels->setText(tr("%1 × %2 pixels")
                          .arg(locale.toString(qint64(std::lround(m_width->value() * factor))),
                               locale.toString(qint64(std::lround(m_height->value() * factor)))));
}

} // namespace trro
