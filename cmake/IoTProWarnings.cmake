# One interface target carries the project's warning flags and Qt's strictness switches.
# Warnings become errors through CMAKE_COMPILE_WARNING_AS_ERROR (set by the "ci" preset).
add_library(iotpro_warnings INTERFACE)
target_compile_options(iotpro_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wconversion -Wsign-conversion -Wformat=2)
target_compile_definitions(iotpro_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
