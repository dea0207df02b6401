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

    void sync();

private:
    QSettings m_settings;
};
