#pragma once

class QApplication;
class QString;

/// Applies the application's style sheet (resources/style/app.qss) on top of the platform style.
void installApplicationStyle(QApplication &application);
/// Presenter mode: the style sheet's point sizes times @p scale (1.0 = as written), applied at once.
void setApplicationStyleScale(QApplication &application, double scale);
/// @p sheet with every `font-size: …pt` multiplied by @p scale.
QString scaledStyleSheet(const QString &sheet, double scale);
