# The application icon. resources/icons/trro-dashboard.svg is the one source (the window icon
# uses it too); PNG sizes are rendered from it at build time with rsvg-convert (Debian:
# librsvg2-bin) or, failing that, ImageMagick. Sizes below 32 px are rendered from
# trro-dashboard-small.svg, the same drawing on a 16 px grid, which stays sharp there.
#
# Result: TRRO_APP_ICON_PNGS, a list of <size>=<file> entries (read one with
# trro_app_icon_png()), and the target trro_app_icons, part of ALL.

set(TRRO_APP_ICON_SIZES 16 22 24 32 48 64 128 256 512)
if(APPLE)
  list(APPEND TRRO_APP_ICON_SIZES 1024) # icon_512x512@2x of the .icns
endif()

find_program(TRRO_RSVG_CONVERT rsvg-convert)
if(WIN32)
  find_program(TRRO_IMAGEMAGICK magick) # convert.exe is a file-system tool on Windows
else()
  find_program(TRRO_IMAGEMAGICK NAMES magick convert)
endif()

set(TRRO_APP_ICON_DIR ${CMAKE_CURRENT_BINARY_DIR}/icons)
set(TRRO_APP_ICON_PNGS)

if(NOT TRRO_RSVG_CONVERT AND NOT TRRO_IMAGEMAGICK)
  message(WARNING "Neither rsvg-convert (librsvg2-bin) nor ImageMagick was found: only the "
                  "scalable application icon is installed, without PNG sizes.")
else()
  set(icon_outputs)
  foreach(size IN LISTS TRRO_APP_ICON_SIZES)
    if(size LESS 32)
      set(svg ${TRRO_APP_ICON_SMALL_SVG})
      set(nominal 16)
    else()
      set(svg ${TRRO_APP_ICON_SVG})
      set(nominal 128)
    endif()
    set(png ${TRRO_APP_ICON_DIR}/${size}x${size}/${TRRO_APP_ID}.png)
    if(TRRO_RSVG_CONVERT)
      set(render ${TRRO_RSVG_CONVERT} --width ${size} --height ${size} --keep-aspect-ratio
                 --format png --output ${png} ${svg})
    else()
      # Rasterise at twice the size, then scale down: ImageMagick's SVG delegates render at
      # the density given, in dots per inch of the drawing's 72-dpi nominal size.
      math(EXPR density "72 * 2 * ${size} / ${nominal}")
      set(render ${TRRO_IMAGEMAGICK} -background none -density ${density} ${svg}
                 -resize ${size}x${size} PNG32:${png})
    endif()
    add_custom_command(
      OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${TRRO_APP_ICON_DIR}/${size}x${size}
      COMMAND ${render}
      DEPENDS ${svg}
      COMMENT "Rendering the ${size}x${size} application icon"
      VERBATIM)
    list(APPEND icon_outputs ${png})
    list(APPEND TRRO_APP_ICON_PNGS "${size}=${png}")
  endforeach()
  add_custom_target(trro_app_icons ALL DEPENDS ${icon_outputs})
endif()

# trro_app_icon_png(<size> <out-var>): the rendered PNG of one size, or "" when none.
function(trro_app_icon_png size out_var)
  set(result "")
  foreach(entry IN LISTS TRRO_APP_ICON_PNGS)
    if(entry MATCHES "^${size}=(.*)$")
      set(result "${CMAKE_MATCH_1}")
    endif()
  endforeach()
  set(${out_var} "${result}" PARENT_SCOPE)
endfunction()
