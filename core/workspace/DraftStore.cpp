#include "workspace/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcDrafts, "systemuser.workspace.drafts")

const QString DefinitionFile = u"system-definition.json"_s;
const QString StateFile = u"wizard-state.json"_s;
const QString NewProfileFile = u"new-profile.json"_s;

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

DraftStore::DraftStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty()
              ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s
              : directory)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftStore::flush);
}

DraftStore::~DraftStore()
{
    flush();
}

bool DraftStore::isUsableProfileId(const QString &profileId)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$"_s);
    return pattern.match(profileId).hasMatch();
}

QString DraftStore::definitionPath(const QString &profileId) const
{
    return m_directory + u'/' + profileId + u'/' + DefinitionFile;
}

QString DraftStore::statePath(const QString &profileId) const
{
    return m_directory + u'/' + profileId + u'/' + StateFile;
}

QString DraftStore::requestFormPath(const QString &profileId) const
{
    return m_directory + u'/' + profileId + u"/request-form.json"_s;
}

std::optional<RequestFormDraft> DraftStore::requestForm(const QString &profileId) const
{
    if (!isUsableProfileId(profileId))
        return std::nullopt;
    const auto object = readObject(requestFormPath(profileId));
    if (!object)
        return std::nullopt;
    return RequestFormDraft::fromJson(*object);
}

void DraftStore::scheduleRequestForm(const QString &profileId, const RequestFormDraft &form)
{
    if (isUsableProfileId(profileId))
        schedule(requestFormPath(profileId), form.toJson());
}

bool DraftStore::removeRequestForm(const QString &profileId)
{
    if (!isUsableProfileId(profileId))
        return false;
    m_pending.remove(requestFormPath(profileId));
    return removeFile(requestFormPath(profileId));
}

QString DraftStore::newProfilePath() const
{
    return m_directory + u'/' + NewProfileFile;
}

std::optional<QJsonObject> DraftStore::readObject(const QString &path) const
{
    QByteArray contents = m_pending.value(path);
    if (!m_pending.contains(path)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        contents = file.readAll();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(contents, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // A damaged draft is not worth a dialog: it is only a convenience copy. Say so in the log.
        qCWarning(lcDrafts) << "ignoring unreadable draft" << path << parseError.errorString();
        return std::nullopt;
    }
    return document.object();
}

bool DraftStore::write(const QString &path, const QByteArray &contents, QString *error)
{
    const auto fail = [&](const QString &detail) {
        const QString message = tr("Your draft could not be saved in %1 (%2). Check that the disk is not "
                                   "full and that you may write there; your input stays on screen.")
                                    .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()), detail);
        if (error)
            *error = message;
        return false;
    };
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(tr("the folder cannot be created"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.write(contents);
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

bool DraftStore::removeFile(const QString &path)
{
    m_pending.remove(path);
    return !QFile::exists(path) || QFile::remove(path);
}

void DraftStore::schedule(const QString &path, const QJsonObject &object)
{
    m_pending.insert(path, toBytes(object));
    m_timer.start();
}

void DraftStore::flush()
{
    m_timer.stop();
    const QHash<QString, QByteArray> pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        QString error;
        if (!write(it.key(), it.value(), &error))
            Q_EMIT saveFailed(error);
    }
}

std::optional<QJsonObject> DraftStore::systemDefinition(const QString &profileId) const
{
    if (!isUsableProfileId(profileId))
        return std::nullopt;
    return readObject(definitionPath(profileId));
}

bool DraftStore::saveSystemDefinition(const QString &profileId, const QJsonObject &definition, QString *error)
{
    if (!isUsableProfileId(profileId))
        return false;
    m_pending.remove(definitionPath(profileId));
    return write(definitionPath(profileId), toBytes(definition), error);
}

void DraftStore::scheduleSystemDefinition(const QString &profileId, const QJsonObject &definition)
{
    if (isUsableProfileId(profileId))
        schedule(definitionPath(profileId), definition);
}

bool DraftStore::removeSystemDefinition(const QString &profileId)
{
    return isUsableProfileId(profileId) && removeFile(definitionPath(profileId));
}

std::optional<int> DraftStore::lastPage(const QString &profileId) const
{
    if (!isUsableProfileId(profileId))
        return std::nullopt;
    const auto state = readObject(statePath(profileId));
    if (!state || !state->value(u"lastPage"_s).isDouble())
        return std::nullopt;
    return state->value(u"lastPage"_s).toInt();
}

bool DraftStore::saveLastPage(const QString &profileId, int page, QString *error)
{
    if (!isUsableProfileId(profileId))
        return false;
    const QJsonObject state{
        {u"lastPage"_s, page}, {u"savedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    return write(statePath(profileId), toBytes(state), error);
}

bool DraftStore::clearLastPage(const QString &profileId)
{
    return isUsableProfileId(profileId) && removeFile(statePath(profileId));
}

std::optional<QJsonObject> DraftStore::newProfileForm() const
{
    const auto stored = readObject(newProfilePath());
    if (!stored || !stored->value(u"form"_s).isObject())
        return std::nullopt;
    return stored->value(u"form"_s).toObject();
}

bool DraftStore::saveNewProfileForm(const QJsonObject &form, QString *error)
{
    m_pending.remove(newProfilePath());
    const QJsonObject stored{
        {u"form"_s, form}, {u"savedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    return write(newProfilePath(), toBytes(stored), error);
}

void DraftStore::scheduleNewProfileForm(const QJsonObject &form)
{
    schedule(newProfilePath(),
        QJsonObject{
            {u"form"_s, form}, {u"savedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
}

bool DraftStore::clearNewProfileForm()
{
    return removeFile(newProfilePath());
}

bool DraftStore::removeProfile(const QString &profileId)
{
    if (!isUsableProfileId(profileId))
        return false;
    m_pending.remove(definitionPath(profileId));
    m_pending.remove(statePath(profileId));
    QDir folder(m_directory + u'/' + profileId);
    return !folder.exists() || folder.removeRecursively();
}

std::optional<DraftStore::ResumePoint> DraftStore::resumePoint() const
{
    std::optional<ResumePoint> newest;
    const auto consider = [&newest](ResumePoint candidate) {
        if (!newest || candidate.savedAt > newest->savedAt)
            newest = std::move(candidate);
    };

    const QStringList folders = QDir(m_directory).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &profileId : folders) {
        if (!isUsableProfileId(profileId))
            continue;
        const auto state = readObject(statePath(profileId));
        if (!state || !state->value(u"lastPage"_s).isDouble())
            continue;
        consider({profileId, state->value(u"lastPage"_s).toInt(),
            QDateTime::fromString(state->value(u"savedAt"_s).toString(), Qt::ISODateWithMs)});
    }
    if (const auto stored = readObject(newProfilePath()); stored && stored->value(u"form"_s).isObject())
        consider(
            {QString(), 0, QDateTime::fromString(stored->value(u"savedAt"_s).toString(), Qt::ISODateWithMs)});
    return newest;
}
