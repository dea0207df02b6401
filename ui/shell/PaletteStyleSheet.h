#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

class QApplication;

/**
 * Sets the application's style sheet with colours for the current palette, and sets it again when
 * the palette changes (QEvent::ApplicationPaletteChange). resources/style/app.qss is written with
 * colours for a light window; under a dark palette (window lightness below one half) fill() swaps
 * each colour for its dark variant and takes heading, hint and context bar colours from the palette.
 */
class PaletteStyleSheet : public QObject
{
    Q_OBJECT

public:
    /// Applies @p sheet to @p application now and after every palette change; owned by @p application.
    explicit PaletteStyleSheet(QApplication *application, const QString &sheet);

    /// The sheet applied; setting it applies it at once.
    QString sheet() const { return m_sheet; }
    void setSheet(const QString &sheet);

    static bool isDark(const QPalette &palette);
    /// @p sheet with its colours for @p palette (unchanged for a light palette).
    static QString fill(const QString &sheet, const QPalette &palette);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();

    QApplication *m_application;
    QString m_sheet;
    bool m_applying = false;
};
