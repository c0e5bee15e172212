# The trro-stats man page, generated at build time from trro-stats.1.in (version, release
# date, paths), compressed with gzip -9n when gzip is available (Debian policy), installed to
# man1. tests/packaging renders it with groff -ww and checks it against trro-stats --help.

set(TRRO_MAN_TEMPLATE ${CMAKE_CURRENT_SOURCE_DIR}/man/trro-stats.1.in)
set(TRRO_MAN_PAGE ${CMAKE_CURRENT_BINARY_DIR}/man/trro-stats.1)
if(IS_ABSOLUTE "${TRRO_INSTALL_TRANSLATIONSDIR}")
  set(man_translations_dir "${TRRO_INSTALL_TRANSLATIONSDIR}")
else()
  set(man_translations_dir "${CMAKE_INSTALL_PREFIX}/${TRRO_INSTALL_TRANSLATIONSDIR}")
endif()

add_custom_command(
  OUTPUT ${TRRO_MAN_PAGE}
  COMMAND ${CMAKE_COMMAND}
          -DINPUT=${TRRO_MAN_TEMPLATE}
          -DOUTPUT=${TRRO_MAN_PAGE}
          -DPROJECT_VERSION=${PROJECT_VERSION}
          -DPROJECT_HOMEPAGE_URL=${PROJECT_HOMEPAGE_URL}
          -DTRRO_RELEASE_DATE=${TRRO_RELEASE_DATE}
          -DTRRO_MAN_TRANSLATIONS_DIR=${man_translations_dir}
          -P ${CMAKE_CURRENT_SOURCE_DIR}/man/configure-man-page.cmake
  DEPENDS ${TRRO_MAN_TEMPLATE} ${CMAKE_CURRENT_SOURCE_DIR}/man/configure-man-page.cmake
  COMMENT "Generating the trro-stats man page"
  VERBATIM)

find_program(TRRO_GZIP gzip)
if(TRRO_GZIP)
  set(installed_man_page ${TRRO_MAN_PAGE}.gz)
  add_custom_command(
    OUTPUT ${installed_man_page}
    COMMAND ${TRRO_GZIP} -9 -n -f -k ${TRRO_MAN_PAGE}
    DEPENDS ${TRRO_MAN_PAGE}
    COMMENT "Compressing the trro-stats man page"
    VERBATIM)
else()
  set(installed_man_page ${TRRO_MAN_PAGE})
endif()
add_custom_target(trro_man_page ALL DEPENDS ${TRRO_MAN_PAGE} ${installed_man_page})
set_property(GLOBAL PROPERTY TRRO_MAN_PAGE ${TRRO_MAN_PAGE})
install(FILES ${installed_man_page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
