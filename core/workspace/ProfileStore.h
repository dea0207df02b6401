#pragma once

#include "workspace/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * All profiles and the current one, in one JSON file written atomically (QSaveFile), readable by the
 * user only. Default file: defaultFilePath(). Shared by the wizard and systemuser-cli. Holds no secrets.
 */
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    /// @p filePath empty = defaultFilePath().
    explicit ProfileStore(const QString &filePath = {});

    /// GenericDataLocation + "/SystemUserWizard/systemuser-wizard/profiles.json" — the same file for
    /// every program of the suite, whatever its application name.
    static QString defaultFilePath();

    QString filePath() const { return m_filePath; }
    /// Reads the file again; false (and @p error) when it exists but cannot be read.
    bool load(QString *error = nullptr);
    QList<Profile> profiles() const { return m_profiles; }
    QStringList ids() const;
    std::optional<Profile> find(const QString &id) const;
    std::optional<Profile> findByName(const QString &name) const;
    /// Inserts or replaces (by id) and saves; sets updatedAt (and createdAt for a new one). An empty id
    /// is made from the name (makeId). On failure nothing changes in memory either.
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
