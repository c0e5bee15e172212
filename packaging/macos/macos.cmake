# macOS recipe (not built on the Linux CI; see docs/PACKAGING.md): the bundle's Info.plist with
# the application id, an .icns made with iconutil from the rendered PNGs, macdeployqt on the
# installed bundle (with trro-stats and trro-sim moved inside it), and a .dmg through CPack.

# trro-dashboard.icns from an .iconset of the rendered PNGs (16 to 1024 px).
set(TRRO_MACOS_ICNS ${CMAKE_CURRENT_BINARY_DIR}/macos/trro-dashboard.icns)
set(iconset ${CMAKE_CURRENT_BINARY_DIR}/macos/trro-dashboard.iconset)
find_program(TRRO_ICONUTIL iconutil)
set(iconset_copies)
set(iconset_inputs)
# <name in the iconset>:<pixel size>
foreach(entry 16x16:16 16x16@2x:32 32x32:32 32x32@2x:64 128x128:128 128x128@2x:256
              256x256:256 256x256@2x:512 512x512:512 512x512@2x:1024)
  string(REPLACE ":" ";" entry "${entry}")
  list(GET entry 0 name)
  list(GET entry 1 size)
  trro_app_icon_png(${size} png)
  if(png)
    list(APPEND iconset_copies COMMAND ${CMAKE_COMMAND} -E copy ${png} ${iconset}/icon_${name}.png)
    list(APPEND iconset_inputs ${png})
  endif()
endforeach()
if(TRRO_ICONUTIL AND iconset_inputs)
  add_custom_command(
    OUTPUT ${TRRO_MACOS_ICNS}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
    ${iconset_copies}
    COMMAND ${TRRO_ICONUTIL} --convert icns --output ${TRRO_MACOS_ICNS} ${iconset}
    DEPENDS ${iconset_inputs}
    COMMENT "Assembling the macOS application icon"
    VERBATIM)
  add_custom_target(trro_macos_icon ALL DEPENDS ${TRRO_MACOS_ICNS})
else()
  message(WARNING "iconutil or the rendered PNGs are missing: the bundle gets no icon.")
endif()

# CPack: a drag-and-drop disk image.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_FILE_NAME "trro-dashboard-${PROJECT_VERSION}-macOS")
set(CPACK_DMG_VOLUME_NAME "${TRRO_APP_NAME}")
set(CPACK_DMG_FORMAT UDZO)

# Called at the end of the top-level directory (trro_packaging_finalize).
function(trro_macos_finalize target source_dir binary_dir)
  set(icns ${binary_dir}/macos/trro-dashboard.icns)
  if(TARGET trro_macos_icon)
    target_sources(${target} PRIVATE ${icns})
    set_source_files_properties(${icns} TARGET_DIRECTORY ${target} PROPERTIES
                                GENERATED TRUE MACOSX_PACKAGE_LOCATION Resources)
    add_dependencies(${target} trro_macos_icon)
  endif()
  set_target_properties(${target} PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${source_dir}/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${TRRO_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME "${TRRO_APP_NAME}"
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE trro-dashboard.icns
    MACOSX_BUNDLE_COPYRIGHT "${TRRO_DEVELOPER_NAME}"
    XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER ${TRRO_APP_ID})

  find_program(TRRO_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
  if(NOT TRRO_MACDEPLOYQT)
    message(WARNING "macdeployqt was not found: the installed bundle lacks the Qt frameworks.")
    return()
  endif()
  # The command-line programs are copied inside the bundle (Contents/MacOS) so that they use
  # its Qt frameworks and QtKeychain; in the disk image (a CPack staging prefix) the bundle is
  # all there is. macdeployqt copies the frameworks, plug-ins and non-system libraries and
  # rewrites the load paths.
  set(prefix "\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}")
  set(bundle "${prefix}/$<TARGET_BUNDLE_DIR_NAME:${target}>")
  install(CODE "
    foreach(tool trro-stats trro-sim)
      set(installed \"${prefix}/${CMAKE_INSTALL_BINDIR}/\${tool}\")
      if(EXISTS \"\${installed}\")
        file(COPY_FILE \"\${installed}\" \"${bundle}/Contents/MacOS/\${tool}\")
        if(\"\${installed}\" MATCHES \"/_CPack_Packages/\")
          file(REMOVE \"\${installed}\")
        endif()
      endif()
    endforeach()
    execute_process(
      COMMAND \"${TRRO_MACDEPLOYQT}\" \"${bundle}\" -always-overwrite
              \"-executable=${bundle}/Contents/MacOS/trro-stats\"
              \"-executable=${bundle}/Contents/MacOS/trro-sim\"
      RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
      message(FATAL_ERROR \"macdeployqt failed (\${result})\")
    endif()")
endfunction()
