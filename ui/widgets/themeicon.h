#pragma once

#include <QIcon>
#include <QPalette>

class QAction;

namespace trro {

// The dashboard's line icons (resources/icons/<name>.svg, drawn in "currentColor"), painted
// in the given colour so that they read well on light and dark palettes. Falls back to the
// desktop's icon theme name when the resource is missing.
QIcon themedIcon(const QString &name, const QColor &color);
QIcon themedIcon(const QString &name, const QPalette &palette); // in WindowText

// Gives action the icon in the application palette's WindowText, now and again after every
// application palette change (light/dark switch).
void setThemedIcon(QAction *action, const QString &name);

} // namespace trro
