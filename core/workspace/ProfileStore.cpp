#include "workspace/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int FileFormat = 1;

QString cannotRead(const QString &path, const QString &reason)
{
    return ProfileStore::tr("Cannot read the profiles in %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return ProfileStore::tr("Cannot save the profiles to %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

QString unknownProfile(const QString &id)
{
    return ProfileStore::tr("there is no profile \"%1\"").arg(id);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

ProfileStore::ProfileStore(const QString &filePath)
    : m_filePath(filePath.isEmpty() ? defaultFilePath() : filePath)
{ }

QString ProfileStore::defaultFilePath()
{
    // Not AppDataLocation of the running program: the wizard and systemuser-cli have different
    // application names but share one profile list (the folder the wizard's AppDataLocation names).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/SystemUserWizard/systemuser-wizard/profiles.json"_s;
}

bool ProfileStore::load(QString *error)
{
    QFile file(m_filePath);
    if (!file.exists()) {
        m_profiles.clear();
        m_currentId.clear();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, cannotRead(m_filePath, file.errorString()));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setError(error, cannotRead(m_filePath, parseError.errorString()));
        return false;
    }
    if (!document.isObject()) {
        setError(error, cannotRead(m_filePath, ProfileStore::tr("the file is not a profile list")));
        return false;
    }
    const QJsonObject root = document.object();
    QList<Profile> profiles;
    for (const QJsonValue &value : root.value(u"profiles"_s).toArray()) {
        Profile profile = Profile::fromJson(value.toObject());
        if (!profile.id.isEmpty())
            profiles.append(std::move(profile));
    }
    m_profiles = std::move(profiles);
    m_currentId = root.value(u"current"_s).toString();
    if (!find(m_currentId))
        m_currentId.clear();
    return true;
}

std::optional<Profile> ProfileStore::find(const QString &id) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findByName(const QString &name) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

QStringList ProfileStore::ids() const
{
    QStringList ids;
    for (const Profile &profile : m_profiles)
        ids.append(profile.id);
    return ids;
}

bool ProfileStore::save(Profile profile, QString *error)
{
    const QList<Profile> before = m_profiles;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (profile.id.isEmpty())
        profile.id = Profile::makeId(profile.name, ids());
    profile.updatedAt = now;
    const auto existing = std::find_if(m_profiles.begin(), m_profiles.end(),
        [&profile](const Profile &candidate) { return candidate.id == profile.id; });
    if (existing != m_profiles.end()) {
        if (!profile.createdAt.isValid())
            profile.createdAt = existing->createdAt;
        *existing = std::move(profile);
    } else {
        if (!profile.createdAt.isValid())
            profile.createdAt = now;
        m_profiles.append(std::move(profile));
    }
    if (write(error))
        return true;
    m_profiles = before; // what is in memory stays what is on disk
    return false;
}

bool ProfileStore::remove(const QString &id, QString *error)
{
    const QList<Profile> before = m_profiles;
    const QString currentBefore = m_currentId;
    const auto removed = m_profiles.removeIf([&id](const Profile &profile) { return profile.id == id; });
    if (removed == 0) {
        setError(error, cannotWrite(m_filePath, unknownProfile(id)));
        return false;
    }
    if (m_currentId == id)
        m_currentId.clear();
    if (write(error))
        return true;
    m_profiles = before;
    m_currentId = currentBefore;
    return false;
}

bool ProfileStore::setCurrentId(const QString &id, QString *error)
{
    if (!id.isEmpty() && !find(id)) {
        setError(error, cannotWrite(m_filePath, unknownProfile(id)));
        return false;
    }
    const QString before = m_currentId;
    m_currentId = id;
    if (write(error))
        return true;
    m_currentId = before;
    return false;
}

bool ProfileStore::write(QString *error)
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        setError(error, cannotWrite(m_filePath, info.absolutePath()));
        return false;
    }
    QJsonArray profiles;
    for (const Profile &profile : std::as_const(m_profiles))
        profiles.append(profile.toJson());
    const QJsonObject root{{u"format"_s, FileFormat}, {u"current"_s, m_currentId}, {u"profiles"_s, profiles}};

    // QSaveFile writes a temporary file and renames it: a crash never leaves half a file behind.
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, cannotWrite(m_filePath, file.errorString()));
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        setError(error, cannotWrite(m_filePath, file.errorString()));
        return false;
    }
    return true;
}
