# Linux desktop integration (freedesktop.org), with the dashboard only (TRRO_BUILD_GUI):
# desktop entry, AppStream metainfo and hicolor icons. The templates are configured with the
# id, the version and the release date; tests/packaging validates the generated files.

if(TRRO_BUILD_GUI)
  set(TRRO_DESKTOP_FILE ${CMAKE_CURRENT_BINARY_DIR}/linux/${TRRO_APP_ID}.desktop)
  set(TRRO_METAINFO_FILE ${CMAKE_CURRENT_BINARY_DIR}/linux/${TRRO_APP_ID}.metainfo.xml)
  configure_file(linux/${TRRO_APP_ID}.desktop.in ${TRRO_DESKTOP_FILE} @ONLY)
  configure_file(linux/${TRRO_APP_ID}.metainfo.xml.in ${TRRO_METAINFO_FILE} @ONLY)
  set_property(GLOBAL PROPERTY TRRO_DESKTOP_FILE ${TRRO_DESKTOP_FILE})
  set_property(GLOBAL PROPERTY TRRO_METAINFO_FILE ${TRRO_METAINFO_FILE})

  install(FILES ${TRRO_DESKTOP_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${TRRO_METAINFO_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

  set(hicolor ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
  install(FILES ${TRRO_APP_ICON_SVG} DESTINATION ${hicolor}/scalable/apps
          RENAME ${TRRO_APP_ID}.svg)
  foreach(size IN LISTS TRRO_APP_ICON_SIZES)
    trro_app_icon_png(${size} png)
    if(png AND size LESS_EQUAL 512) # hicolor stops at 512; larger sizes are for the .icns
      install(FILES ${png} DESTINATION ${hicolor}/${size}x${size}/apps)
    endif()
  endforeach()
endif()

install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
