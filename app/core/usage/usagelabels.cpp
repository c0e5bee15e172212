#include "usagelabels.h"

#include "usagetypes.h"

#include <QCoreApplication>
#include <array>

namespace trro {
namespace {

const std::array<const char *, UsageTierCount> Labels = {
    QT_TRANSLATE_NOOP("trro::UsageTier", "Voice"),
    QT_TRANSLATE_NOOP("trro::UsageTier", "SD"),
    QT_TRANSLATE_NOOP("trro::UsageTier", "HD"),
    QT_TRANSLATE_NOOP("trro::UsageTier", "FHD"),
    QT_TRANSLATE_NOOP("trro::UsageTier", "2K"),
    QT_TRANSLATE_NOOP("trro::UsageTier", "4K"),
    QT_TRANSLATE_NOOP("trro::UsageTier", "Online"),
    QT_TRANSLATE_NOOP("trro::UsageTier", "Multi-SD"),
    QT_TRANSLATE_NOOP("trro::UsageTier", "Multi-HD"),
    QT_TRANSLATE_NOOP("trro::UsageTier", "Multi-FHD"),
    QT_TRANSLATE_NOOP("trro::UsageTier", "Multi-2K"),
    QT_TRANSLATE_NOOP("trro::UsageTier", "Multi-4K"),
    QT_TRANSLATE_NOOP("trro::UsageTier", "Multi-Online")};

} // namespace

QString usageTierLabel(int tier) {
    if (tier < 0 || tier >= UsageTierCount)
        return {};
    return QCoreApplication::translate("trro::UsageTier", Labels.at(size_t(tier)));
}

} // namespace trro
