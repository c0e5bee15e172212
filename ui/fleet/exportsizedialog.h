#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace trro {

// Size and scale of a PNG export: logical width and height (the layout of the image) and a
// scale factor (pixel density), with the resulting pixel size shown.
class ExportSizeDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ExportSizeDialog(const QSize &size, double scale, const QSize &natural,
                              QWidget *parent = nullptr);

    QSize imageSize() const;
    double scale() const;

private:
    void onWidthChanged(int width);
    void onHeightChanged(int height);
    void updatePixels();

    QSpinBox *m_width;
    QSpinBox *m_height;
    QCheckBox *m_keepRatio;
    QComboBox *m_scale;
    QLabel *m_pixels;
    double m_ratio;
    bool m_updating = false;
};

} // namespace trro
