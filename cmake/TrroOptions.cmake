# One INTERFACE target that every project target links: language level, warnings, strict Qt.
add_library(trro_options INTERFACE)
target_compile_features(trro_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(trro_options INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual>
  $<$<AND:$<CXX_COMPILER_ID:GNU,Clang>,$<BOOL:${TRRO_WARNINGS_AS_ERRORS}>>:-Werror>
  $<$<CXX_COMPILER_ID:MSVC>:/W4 /permissive->
  $<$<AND:$<CXX_COMPILER_ID:MSVC>,$<BOOL:${TRRO_WARNINGS_AS_ERRORS}>>:/WX>)
target_compile_definitions(trro_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_FOREACH
  QT_NO_KEYWORDS
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  TRRO_VERSION="${PROJECT_VERSION}")
if(TRRO_SANITIZE)
  target_compile_options(trro_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(trro_options INTERFACE -fsanitize=address,undefined)
endif()
