# trro-collector as a system service: the systemd unit (ExecStart with the installed path) and
# an example of its environment file. The package installs them without enabling anything;
# trro-collector(1) and docs/SCALING.md say how to set it up. tests/packaging checks both.
set(TRRO_COLLECTOR_UNIT_TEMPLATE ${CMAKE_CURRENT_SOURCE_DIR}/systemd/trro-collector.service.in)
# The build tree's copy, for the checks.
set(TRRO_COLLECTOR_BINARY "${CMAKE_INSTALL_FULL_BINDIR}/trro-collector")
set(TRRO_COLLECTOR_UNIT ${CMAKE_CURRENT_BINARY_DIR}/systemd/trro-collector.service)
configure_file(${TRRO_COLLECTOR_UNIT_TEMPLATE} ${TRRO_COLLECTOR_UNIT} @ONLY)
set_property(GLOBAL PROPERTY TRRO_COLLECTOR_UNIT ${TRRO_COLLECTOR_UNIT})
# The installed copy names the program where it is installed: the prefix is known only then
# (cmake --install --prefix, CPack's /usr).
set(installed_unit ${CMAKE_CURRENT_BINARY_DIR}/systemd/install/trro-collector.service)
install(CODE "
  set(TRRO_COLLECTOR_BINARY \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/trro-collector\")
  configure_file([[${TRRO_COLLECTOR_UNIT_TEMPLATE}]] [[${installed_unit}]] @ONLY)")
# /usr/lib/systemd/system whatever the multiarch library directory is.
install(FILES ${installed_unit} DESTINATION lib/systemd/system)
install(FILES systemd/trro-collector.env DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
