#pragma once

#include <Qt>

namespace trro {

// Roles shared by the table models of the drill-down panels. Each model documents which it
// answers; model-specific roles start at Qt::UserRole + 32.
enum TableRole {
    SortRole = Qt::UserRole + 1, // numbers as numbers, times as unix seconds, text lower-cased
    DeviceIdRole,                // QString: the device of the row
    ToneRole,                    // int (trro::Tone), or no value: how the UI should colour the cell
    FilterTextRole,              // QString: everything the text filter matches, lower-cased
};

// A meaning, not a colour: the UI maps it to the palette (light or dark) and always shows
// text beside it, so colour is never the only carrier of information.
enum class Tone { Neutral = 0, Good, Warning, Bad };

} // namespace trro
