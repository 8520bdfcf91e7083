# iotpro_add_test(NAME <name> SOURCES <files...> LIBS <targets...> LABELS <labels...> [TIMEOUT s])
# One executable per test class, registered with CTest, labelled, offscreen for widgets.
function(iotpro_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 60)
    endif()
    iotpro_add_test_executable(NAME ${T_NAME} SOURCES ${T_SOURCES} LIBS ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        # English whatever the developer's locale: the tests check the source texts.
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;LC_ALL=C;LANGUAGE=")
endfunction()

# iotpro_add_test_executable(NAME <name> SOURCES <files...> LIBS <targets...>)
# The executable alone, for tests registered with their own add_test() (one per fixture).
function(iotpro_add_test_executable)
    cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    set_target_properties(${T_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests)
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test iotpro_warnings ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        IOTPRO_BIN_DIR="${PROJECT_BINARY_DIR}/bin"
        IOTPRO_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endfunction()
