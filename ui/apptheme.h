#pragma once

#include <QCoreApplication>
#include <QString>

namespace trro {

// Light, dark or the desktop's palette. Qt 6.4 has no colour-scheme API, so the dashboard
// sets a complete palette (on the Fusion style) for the explicit choices; every widget and
// chart derives its colours from the palette.
class AppTheme final {
    Q_DECLARE_TR_FUNCTIONS(AppTheme)
public:
    enum class Choice { System, Light, Dark };

    static QString key(Choice choice); // system | light | dark
    static bool parseKey(const QString &key, Choice *choice);
    static QString label(Choice choice); // translated

    // Call after the QApplication exists; windows follow through PaletteChange events.
    static void apply(Choice choice);
};

} // namespace trro
