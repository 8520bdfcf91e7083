# Packs BUILD_DIR with CPack (TGZ and DEB) into WORK_DIR and fails unless both packages hold
# the three programs, the desktop entry, the icon and the udev rule, the DEB's metadata is
# complete, the desktop entry validates, and the packed programs run.
# Usage: cmake -D CPACK=<cpack> -D BUILD_DIR=<build> -D WORK_DIR=<scratch> -P CheckPackages.cmake

set(programs iotpro-commissioner iotpro-cli iotpro-sim)
set(expected_files
    share/applications/iotpro-commissioner.desktop
    share/icons/hicolor/scalable/apps/iotpro-commissioner.svg
    lib/udev/rules.d/60-iotpro-module.rules)
foreach(program IN LISTS programs)
    list(APPEND expected_files bin/${program})
endforeach()

# Runs a command; stops the test with its output unless it succeeds. Its stdout lands in
# `output_var`.
function(run_checked output_var)
    execute_process(COMMAND ${ARGN}
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        list(JOIN ARGN " " command)
        message(FATAL_ERROR "'${command}' failed (${result}):\n${output}\n${errors}")
    endif()
    set(${output_var} "${output}" PARENT_SCOPE)
endfunction()

# Fails unless `listing` (one path a line, as tar or dpkg-deb print them) has every expected
# file under `prefix`.
function(require_files package listing prefix)
    foreach(file IN LISTS expected_files)
        string(REGEX REPLACE "([.+])" "\\\\\\1" pattern "${prefix}${file}")
        if(NOT listing MATCHES "(^|[ /\n])${pattern}(\n|$)")
            message(FATAL_ERROR "${package} lacks ${prefix}${file}. It holds:\n${listing}")
        endif()
    endforeach()
endfunction()

# The single file a generator wrote.
function(find_package_file output_var directory glob)
    file(GLOB found "${directory}/${glob}")
    list(LENGTH found count)
    if(NOT count EQUAL 1)
        message(FATAL_ERROR "expected one ${glob} in ${directory}, found: ${found}")
    endif()
    set(${output_var} "${found}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
foreach(generator IN ITEMS TGZ DEB)
    run_checked(ignored "${CPACK}" -G ${generator} --config "${BUILD_DIR}/CPackConfig.cmake"
        -B "${WORK_DIR}/${generator}")
endforeach()

# TGZ: relocatable tree under one top-level directory.
find_package_file(tgz "${WORK_DIR}/TGZ" "*.tar.gz")
run_checked(listing tar tzf "${tgz}")
require_files("${tgz}" "${listing}" "")

# DEB: installed under /usr, with metadata a repository accepts.
find_package_file(deb "${WORK_DIR}/DEB" "*.deb")
run_checked(listing dpkg-deb -c "${deb}")
require_files("${deb}" "${listing}" "./usr/")
foreach(field IN ITEMS Package Version Architecture Maintainer Section Depends Description)
    run_checked(value dpkg-deb -f "${deb}" ${field})
    string(STRIP "${value}" value)
    if(value STREQUAL "")
        message(FATAL_ERROR "${deb} has no ${field}")
    endif()
endforeach()
run_checked(depends dpkg-deb -f "${deb}" Depends)
if(NOT depends MATCHES "libqt6core6")
    message(FATAL_ERROR "dpkg-shlibdeps found no Qt dependency: Depends: ${depends}")
endif()

# What the TGZ unpacks to must work: a valid desktop entry, programs that start.
set(unpacked "${WORK_DIR}/unpacked")
file(MAKE_DIRECTORY "${unpacked}")
run_checked(ignored tar xzf "${tgz}" -C "${unpacked}")
file(GLOB root "${unpacked}/*")
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
    run_checked(complaints "${DESKTOP_FILE_VALIDATE}" "${root}/share/applications/iotpro-commissioner.desktop")
    if(NOT complaints STREQUAL "")
        message(FATAL_ERROR "desktop-file-validate:\n${complaints}")
    endif()
else()
    message(STATUS "desktop-file-validate not installed: desktop entry not validated")
endif()
file(READ "${root}/share/applications/iotpro-commissioner.desktop" desktop_entry)
if(NOT desktop_entry MATCHES "\nExec=iotpro-commissioner[ \n]" OR NOT desktop_entry MATCHES "\nIcon=iotpro-commissioner\n")
    message(FATAL_ERROR "the desktop entry does not start the packed program with the packed icon:\n${desktop_entry}")
endif()
foreach(program IN LISTS programs)
    run_checked(version "${root}/bin/${program}" --version)
    if(NOT version MATCHES "[0-9]+\\.[0-9]+\\.[0-9]+")
        message(FATAL_ERROR "${program} --version printed no version: ${version}")
    endif()
endforeach()
message(STATUS "packages OK:\n  ${tgz}\n  ${deb}\n  Depends: ${depends}")
