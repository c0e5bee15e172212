# Windows recipe (not built on the Linux CI; see docs/PACKAGING.md): an icon and a version
# resource for trro-dashboard.exe, windeployqt on the installed programs, the MSVC runtime,
# the QtKeychain DLL, and an NSIS installer plus a .zip through CPack.

# The .ico (16 to 256 px) from the rendered PNGs, with ImageMagick's magick.exe.
set(TRRO_WINDOWS_ICO ${CMAKE_CURRENT_BINARY_DIR}/windows/trro-dashboard.ico)
set(ico_inputs)
foreach(size 16 24 32 48 64 128 256)
  trro_app_icon_png(${size} png)
  if(png)
    list(APPEND ico_inputs ${png})
  endif()
endforeach()
if(TRRO_IMAGEMAGICK AND ico_inputs)
  add_custom_command(
    OUTPUT ${TRRO_WINDOWS_ICO}
    COMMAND ${TRRO_IMAGEMAGICK} ${ico_inputs} ${TRRO_WINDOWS_ICO}
    DEPENDS ${ico_inputs}
    COMMENT "Assembling the Windows application icon"
    VERBATIM)
  add_custom_target(trro_windows_icon ALL DEPENDS ${TRRO_WINDOWS_ICO})
  file(TO_CMAKE_PATH "${TRRO_WINDOWS_ICO}" ico_path)
  set(TRRO_WINDOWS_ICON_RESOURCE "IDI_ICON1 ICON \"${ico_path}\"")
  set(CPACK_NSIS_MUI_ICON ${TRRO_WINDOWS_ICO})
  set(CPACK_NSIS_MUI_UNIICON ${TRRO_WINDOWS_ICO})
else()
  message(WARNING "ImageMagick (magick.exe) was not found: trro-dashboard.exe and the "
                  "installer get no icon.")
  set(TRRO_WINDOWS_ICON_RESOURCE "")
endif()
configure_file(windows/trro-dashboard.rc.in ${CMAKE_CURRENT_BINARY_DIR}/windows/trro-dashboard.rc
               @ONLY)

# The MSVC runtime next to the programs (the installer needs no vc_redist).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# CPack: NSIS installer with Start menu and desktop shortcuts, trro-stats on PATH on request.
set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_PACKAGE_FILE_NAME "trro-dashboard-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_EXECUTABLES trro-dashboard "${TRRO_APP_NAME}")
set(CPACK_CREATE_DESKTOP_LINKS trro-dashboard)
set(CPACK_NSIS_DISPLAY_NAME "${TRRO_APP_NAME}")
set(CPACK_NSIS_PACKAGE_NAME "${TRRO_APP_NAME}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\trro-dashboard.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}/issues")
set(CPACK_NSIS_CONTACT "${TRRO_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_BRANDING_TEXT "${TRRO_APP_NAME} ${PROJECT_VERSION}")

# Called at the end of the top-level directory (trro_packaging_finalize).
function(trro_windows_finalize target source_dir binary_dir)
  target_sources(${target} PRIVATE ${binary_dir}/windows/trro-dashboard.rc)
  if(TARGET trro_windows_icon)
    add_dependencies(${target} trro_windows_icon)
  endif()

  # QtKeychain is not a Qt module: windeployqt leaves its DLL out.
  get_target_property(keychain_type Qt6Keychain::Qt6Keychain TYPE)
  if(keychain_type STREQUAL "SHARED_LIBRARY")
    install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  endif()

  find_program(TRRO_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
  if(NOT TRRO_WINDEPLOYQT)
    message(WARNING "windeployqt was not found: the installed programs lack the Qt DLLs.")
    return()
  endif()
  # Qt DLLs, plug-ins (platforms, styles, imageformats, sqldrivers, tls) and Qt's own English
  # and Chinese translations next to the installed programs.
  set(bindir "\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}")
  install(CODE "
    execute_process(
      COMMAND \"${TRRO_WINDEPLOYQT}\" $<IF:$<CONFIG:Debug>,--debug,--release>
              --no-compiler-runtime --no-system-d3d-compiler --no-opengl-sw
              --translations en,zh_CN --dir \"${bindir}\"
              \"${bindir}/trro-dashboard.exe\" \"${bindir}/trro-stats.exe\"
              \"${bindir}/trro-sim.exe\"
      RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
      message(FATAL_ERROR \"windeployqt failed (\${result})\")
    endif()")
endfunction()
