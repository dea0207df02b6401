# (-Wnull-dereference is left out: at -O2 it fires inside Qt's own headers, e.g. qhash.h.)
# One INTERFACE target carries the language standard, warnings and Qt strictness macros.
# Every project target links it (qBittorrent's CommonConfig pattern).
add_library(project_options INTERFACE)

target_compile_features(project_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(project_options INTERFACE
    -Wall -Wextra -Wpedantic
    -Wcast-align -Wconversion -Wsign-conversion -Wshadow
    -Wnon-virtual-dtor -Woverloaded-virtual -Wold-style-cast
    -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough
    -Wmissing-declarations)
if(WARNINGS_AS_ERRORS)
    target_compile_options(project_options INTERFACE -Werror)
endif()

target_compile_definitions(project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    OPENSSL_API_COMPAT=30000
    OPENSSL_NO_DEPRECATED)
