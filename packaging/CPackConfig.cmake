# Debian package: `cpack -G DEB` in the build directory (see docs/packaging.md).
install(FILES ${PROJECT_SOURCE_DIR}/packaging/org.artiststudio.ArtistStudio.desktop
        DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/org.artiststudio.ArtistStudio.metainfo.xml
        DESTINATION share/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/artist-studio.svg
        DESTINATION share/icons/hicolor/scalable/apps
        RENAME org.artiststudio.ArtistStudio.svg)

set(CPACK_PACKAGE_NAME "artist-studio")
set(CPACK_PACKAGE_VENDOR "Artist Studio")
set(CPACK_PACKAGE_CONTACT "Artist Studio developers <dev@artiststudio.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_PACKAGE_SECTION "sound")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so shlibdeps cannot see them: the SQLite driver and the platform plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, libsecret-1-0, qt6-translations-l10n")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
include(CPack)
