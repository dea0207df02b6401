#pragma once

#include <QSettings>
#include <QString>

/**
 * The application's own preferences (not profiles or drafts), stored with QSettings under the
 * application's organisation and name. Tests get a throw-away location via QStandardPaths test mode.
 */
class AppSettings
{
public:
    AppSettings();

    /// The language the user chose ("nb", "nn", "en"), or empty to follow the system.
    QString language() const;
    void setLanguage(const QString &language);

    /// Presenter mode (larger text, identifiers masked) and its scale in percent (150, 175 or 200).
    bool presenterMode() const;
    void setPresenterMode(bool on);
    int presenterScale() const;
    void setPresenterScale(int percent);

    void sync();

private:
    QSettings m_settings;
};
