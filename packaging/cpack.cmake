# CPack: a .deb and a .tar.gz on Linux, an NSIS installer and a .zip on Windows, a .dmg on
# macOS (the platform parts are in windows/ and macos/). `cpack` in the build directory, or
# `cmake --build <dir> --target package`, after building. docs/PACKAGING.md has the details.

set(CPACK_PACKAGE_NAME trro-dashboard)
set(CPACK_PACKAGE_VENDOR "${TRRO_DEVELOPER_NAME}")
set(CPACK_PACKAGE_CONTACT "${TRRO_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "fleet dashboard for Tencent Cloud TRRO remote driving")
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop dashboard and a command-line tool for fleets driven remotely over Tencent \
Cloud's Real-time Remote Operation service (TRRO): how many remote-driving sessions ran, how \
long they lasted, what share of them had acceptable quality, and how many vehicles and \
cockpits were active, for the whole fleet, one interval, one device and its sessions.

trro-dashboard shows linked charts with drill-down and exports; trro-stats writes the same \
data as a table, CSV or JSON; trro-sim is a local TRRO service for tests and demonstrations.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "TRRO Dashboard")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

# Source package: the repository without build trees and VCS data.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${CPACK_PACKAGE_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/\\.cache/" "/CMakeLists\\.txt\\.user$")

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  set(CPACK_GENERATOR DEB TGZ)
  set(CPACK_PACKAGE_FILE_NAME
      "${CPACK_PACKAGE_NAME}-${CPACK_PACKAGE_VERSION}-Linux-${CMAKE_SYSTEM_PROCESSOR}")

  # Debian 12. dpkg-shlibdeps finds the packages of the libraries the programs link
  # (libqt6core6, libqt6gui6, libqt6widgets6, libqt6network6, libqt6sql6, libqt6charts6,
  # libqt6svg6, libqt6keychain1, libc6, libstdc++6 ...); the plug-in that
  # Qt loads at run time are added here: the SQLite driver of the local cache and the
  # PostgreSQL driver of the shared history store (trro-collector) (the SVG image format
  # plug-in is in libqt6svg6, already linked). tests/packaging checks the Depends field.
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
  set(CPACK_DEBIAN_PACKAGE_SECTION net)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TRRO_PACKAGE_MAINTAINER}")
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libqt6sql6-sqlite (>= ${Qt6_VERSION}), libqt6sql6-psql (>= ${Qt6_VERSION})")
  # Qt's own translations (Chinese dialogs and buttons), a Secret Service for saved profiles,
  # and a font with Chinese glyphs.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
      "qt6-translations-l10n, gnome-keyring | keepassxc | libkf5wallet-bin")
  set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-cjk")
  set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
  set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
endif()

include(CPack)
