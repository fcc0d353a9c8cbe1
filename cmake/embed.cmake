# relplan_embed_files(TARGET <target> NAME <symbol> FILES <files...>)
# Compiles the files' text into TARGET, as `std::span<const relplan::EmbeddedFile> <symbol>()`
# (declared in calendars/embedded.hpp), so the binary needs no data path at run time.
function(relplan_embed_files)
  cmake_parse_arguments(ARG "" "TARGET;NAME" "FILES" ${ARGN})
  set(out "${CMAKE_CURRENT_BINARY_DIR}/${ARG_NAME}.cpp")
  string(REPLACE ";" "|" file_list "${ARG_FILES}")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNAME=${ARG_NAME} "-DFILES=${file_list}"
            -DBASE=${PROJECT_SOURCE_DIR} -P ${PROJECT_SOURCE_DIR}/cmake/embed_generate.cmake
    DEPENDS ${ARG_FILES} ${PROJECT_SOURCE_DIR}/cmake/embed_generate.cmake
    COMMENT "Embedding ${ARG_NAME}"
    VERBATIM)
  target_sources(${ARG_TARGET} PRIVATE "${out}")
endfunction()
