#pragma once

#include <QString>

namespace trro {

// What people read for a tier (the dashboard's columns and legend, the data CSV):
// "Voice", "SD", "HD", "FHD", "2K", "4K", "Online", "Multi-SD", ... "Multi-Online", translated.
// usageTierKey() is the API's field name.
QString usageTierLabel(int tier);

} // namespace trro
