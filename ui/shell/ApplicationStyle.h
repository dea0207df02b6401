#pragma once

class QApplication;

/// Applies the application's style sheet (resources/style/app.qss) on top of the platform style.
void installApplicationStyle(QApplication &application);
