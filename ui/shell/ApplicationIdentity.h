#pragma once

class QApplication;

/// The desktop entry's id (cmake/Packaging.cmake's APP_ID): ties windows to the installed entry and its icon.
inline constexpr char16_t ApplicationDesktopId[] = u"no.systemuserwizard.SystemUserWizard";

/// The application's icon on every window and its desktop entry id (Wayland and task bars use it).
void installApplicationIdentity(QApplication &application);
