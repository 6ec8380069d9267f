# Build helpers shared by every folder.

# Warnings we hold our own code to.
function(flowsmith_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-missing-field-initializers)
endfunction()

# flowsmith_add_test(tst_name SOURCES a.cpp ... DEPENDS lib ... [GUI] [TIMEOUT seconds])
# Builds a Qt Test executable and registers it with CTest. Every test sees the offscreen
# platform and knows where the sources and the shared data are.
function(flowsmith_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;DEPENDS;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_DEPENDS})
    # Shared test helpers: #include "tests/common/…".
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}")
    if(ARG_GUI)
        target_link_libraries(${name} PRIVATE Qt6::Widgets)
    endif()
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_compile_definitions(${name} PRIVATE
        FLOWSMITH_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        FLOWSMITH_SHARED_DIR="${FLOWSMITH_SHARED_DIR}"
        FLOWSMITH_BINARY_DIR="${PROJECT_BINARY_DIR}")
    flowsmith_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    set(timeout 300)
    if(ARG_TIMEOUT)
        set(timeout ${ARG_TIMEOUT})
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${timeout}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;FLOWSMITH_SOURCE_DIR=${PROJECT_SOURCE_DIR};FLOWSMITH_SHARED_DIR=${FLOWSMITH_SHARED_DIR};FLOWSMITH_BINARY_DIR=${PROJECT_BINARY_DIR}")
endfunction()

# Collects every library a target links, directly or through other targets.
function(_flowsmith_collect_links target out)
    set(seen "")
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue current)
        if(current IN_LIST seen OR NOT TARGET ${current})
            continue()
        endif()
        list(APPEND seen ${current})
        get_target_property(aliased ${current} ALIASED_TARGET)
        if(aliased)
            list(APPEND queue ${aliased})
        endif()
        foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
            get_target_property(libs ${current} ${property})
            if(libs)
                foreach(lib ${libs})
                    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
                    list(APPEND queue ${lib})
                endforeach()
            endif()
        endforeach()
    endwhile()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

# Fails the configure step when `target` links `forbidden`, however indirectly.
function(flowsmith_forbid_link target forbidden)
    if(NOT TARGET ${target})
        return()
    endif()
    _flowsmith_collect_links(${target} links)
    get_target_property(forbidden_real ${forbidden} ALIASED_TARGET)
    foreach(lib ${links})
        if(lib STREQUAL forbidden OR (forbidden_real AND lib STREQUAL forbidden_real))
            message(FATAL_ERROR "Layering violation: ${target} links ${forbidden}")
        endif()
    endforeach()
endfunction()

# The sources lupdate scans for the catalogue: every product target with user-visible strings
# (lupdate reads only the files it is given). The studio's translation target and the
# catalogue test (tests/unit/translations) use the same list, so what is checked is what
# is extracted. Call after the targets exist (app/ and later).
function(flowsmith_translated_sources out)
    set(sources)
    foreach(target flowsmith_model flowsmith_simulator flowsmith_editors flowsmith-cli flowsmith)
        get_target_property(dir ${target} SOURCE_DIR)
        get_target_property(target_sources ${target} SOURCES)
        foreach(source ${target_sources})
            if(NOT IS_ABSOLUTE "${source}")
                set(source "${dir}/${source}")
            endif()
            # Generated files (moc, rcc) live in the build tree, which may sit inside the source tree.
            string(FIND "${source}" "${PROJECT_BINARY_DIR}/" in_build)
            if(source MATCHES "\\.(cpp|h)$" AND source MATCHES "^${PROJECT_SOURCE_DIR}/"
               AND NOT in_build EQUAL 0)
                list(APPEND sources "${source}")
            endif()
        endforeach()
    endforeach()
    list(REMOVE_DUPLICATES sources)
    list(SORT sources)
    set(${out} ${sources} PARENT_SCOPE)
endfunction()
