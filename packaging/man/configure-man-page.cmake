# cmake -DINPUT=... -DOUTPUT=... -DPROJECT_VERSION=... -DPROJECT_HOMEPAGE_URL=...
#       -DTRRO_RELEASE_DATE=... -DTRRO_MAN_TRANSLATIONS_DIR=... -DTRRO_MAN_MONITORING_DIR=...
#       -P configure-man-page.cmake
# Configures the man page template at build time (called by man.cmake).
foreach(var INPUT OUTPUT PROJECT_VERSION PROJECT_HOMEPAGE_URL TRRO_RELEASE_DATE
            TRRO_MAN_TRANSLATIONS_DIR TRRO_MAN_MONITORING_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "configure-man-page.cmake: ${var} is not set")
  endif()
endforeach()
# Man pages escape hyphens as \-; the paths and the URL come unescaped.
string(REPLACE "-" "\\-" TRRO_MAN_TRANSLATIONS_DIR "${TRRO_MAN_TRANSLATIONS_DIR}")
string(REPLACE "-" "\\-" TRRO_MAN_MONITORING_DIR "${TRRO_MAN_MONITORING_DIR}")
configure_file(${INPUT} ${OUTPUT} @ONLY)
