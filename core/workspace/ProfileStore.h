#pragma once

#include "workspace/Profile.h"

#include <QList>
#include <QString>

#include <optional>

/**
 * All profiles and the current one, in one JSON file written atomically (QSaveFile). Default file:
 * QStandardPaths::AppDataLocation + "/profiles.json". Shared by the wizard and systemuser-cli.
 */
class ProfileStore
{
public:
    explicit ProfileStore(const QString &filePath = {});

    QString filePath() const { return m_filePath; }
    /// Reads the file again; false (and @p error) when it exists but cannot be read.
    bool load(QString *error = nullptr);
    QList<Profile> profiles() const { return m_profiles; }
    std::optional<Profile> find(const QString &id) const;
    std::optional<Profile> findByName(const QString &name) const;
    /// Inserts or replaces (by id) and saves; sets updatedAt (and createdAt for a new one).
    bool save(Profile profile, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);
    QString currentId() const { return m_currentId; }
    bool setCurrentId(const QString &id, QString *error = nullptr);

private:
    bool write(QString *error);

    QString m_filePath;
    QList<Profile> m_profiles;
    QString m_currentId;
};
