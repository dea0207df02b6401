#pragma once

class QApplication;

/// The desktop entry's id (cmake/Packaging.cmake's APP_ID): ties windows to the installed entry and its icon.
inline constexpr char16_t ApplicationDesktopId[] = u"no.systemuserwizard.SystemUserWizard";

/// The desktop entry id (Wayland and task bars use it); before the first window is created.
void installApplicationDesktopId();
/// The application's icon on every window; may come after the first frame (its images are decoded here).
void installApplicationIcon(QApplication &application);
