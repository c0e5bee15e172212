# The definitions that let Nagios 4 and Icinga 2 run trro-stats check: Nagios commands
# (trro-stats.cfg) and an Icinga 2 CheckCommand (trro-stats.conf), installed to
# TRRO_INSTALL_MONITORINGDIR (share/trro-dashboard/monitoring) for nagios.cfg's cfg_file= or an
# Icinga 2 include. Each names trro-stats where it is installed: the prefix is known only then
# (cmake --install --prefix, CPack's /usr). tests/packaging checks them with nagios4 -v and
# icinga2 daemon -C.
set(TRRO_MONITORING_TEMPLATES
    ${CMAKE_CURRENT_SOURCE_DIR}/monitoring/trro-stats.cfg.in
    ${CMAKE_CURRENT_SOURCE_DIR}/monitoring/trro-stats.conf.in
    CACHE INTERNAL "The Nagios and Icinga 2 definitions of trro-stats check")
set(installed_definitions "")
foreach(template IN LISTS TRRO_MONITORING_TEMPLATES)
  get_filename_component(name ${template} NAME_WLE)
  set(installed ${CMAKE_CURRENT_BINARY_DIR}/monitoring/install/${name})
  list(APPEND installed_definitions ${installed})
  install(CODE "
    set(TRRO_STATS_BINARY \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/trro-stats\")
    set(TRRO_MONITORING_DIR \"\${CMAKE_INSTALL_PREFIX}/${TRRO_INSTALL_MONITORINGDIR}\")
    configure_file([[${template}]] [[${installed}]] @ONLY)")
endforeach()
install(FILES ${installed_definitions} DESTINATION ${TRRO_INSTALL_MONITORINGDIR})
