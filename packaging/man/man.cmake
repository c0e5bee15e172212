# The man pages of trro-stats and trro-collector, generated at build time from NAME.1.in
# (version, release date, paths), compressed with gzip -9n when gzip is available (Debian
# policy), installed to man1. tests/packaging renders them with groff -ww and checks them
# against the programs' --help.

if(IS_ABSOLUTE "${TRRO_INSTALL_TRANSLATIONSDIR}")
  set(man_translations_dir "${TRRO_INSTALL_TRANSLATIONSDIR}")
else()
  set(man_translations_dir "${CMAKE_INSTALL_PREFIX}/${TRRO_INSTALL_TRANSLATIONSDIR}")
endif()
set(man_monitoring_dir "${CMAKE_INSTALL_PREFIX}/${TRRO_INSTALL_MONITORINGDIR}")
find_program(TRRO_GZIP gzip)

# trro_man_page(NAME PROPERTY): NAME.1 from NAME.1.in; its path in the global PROPERTY.
function(trro_man_page name property)
  set(template ${CMAKE_CURRENT_SOURCE_DIR}/man/${name}.1.in)
  set(page ${CMAKE_CURRENT_BINARY_DIR}/man/${name}.1)
  add_custom_command(
    OUTPUT ${page}
    COMMAND ${CMAKE_COMMAND}
            -DINPUT=${template}
            -DOUTPUT=${page}
            -DPROJECT_VERSION=${PROJECT_VERSION}
            -DPROJECT_HOMEPAGE_URL=${PROJECT_HOMEPAGE_URL}
            -DTRRO_RELEASE_DATE=${TRRO_RELEASE_DATE}
            -DTRRO_MAN_TRANSLATIONS_DIR=${man_translations_dir}
            -DTRRO_MAN_MONITORING_DIR=${man_monitoring_dir}
            -P ${CMAKE_CURRENT_SOURCE_DIR}/man/configure-man-page.cmake
    DEPENDS ${template} ${CMAKE_CURRENT_SOURCE_DIR}/man/configure-man-page.cmake
    COMMENT "Generating the ${name} man page"
    VERBATIM)
  if(TRRO_GZIP)
    set(installed ${page}.gz)
    add_custom_command(
      OUTPUT ${installed}
      COMMAND ${TRRO_GZIP} -9 -n -f -k ${page}
      DEPENDS ${page}
      COMMENT "Compressing the ${name} man page"
      VERBATIM)
  else()
    set(installed ${page})
  endif()
  string(REPLACE "-" "_" target_name "${name}")
  add_custom_target(${target_name}_man_page ALL DEPENDS ${page} ${installed})
  set_property(GLOBAL PROPERTY ${property} ${page})
  install(FILES ${installed} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endfunction()

trro_man_page(trro-stats TRRO_MAN_PAGE)
trro_man_page(trro-collector TRRO_COLLECTOR_MAN_PAGE)
set(TRRO_MAN_PAGE ${CMAKE_CURRENT_BINARY_DIR}/man/trro-stats.1)
