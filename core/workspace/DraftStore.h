#pragma once

#include "workspace/RequestFormDraft.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

/**
 * Work in progress that is not saved anywhere else yet, so closing the app never loses it
 * (a product rule): per profile the system definition being edited (Altinn's request JSON) and the
 * wizard page the user was on, plus the form of a profile that is not created yet. Files live under
 * `<directory>/<profile id>/` (default directory: QStandardPaths::AppDataLocation + "/drafts") and are
 * written atomically with QSaveFile. The `schedule…` functions debounce, so typing does not write on
 * every key stroke; reads see scheduled values at once.
 */
class DraftStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDelayMs = 500;

    /// Where to continue: a profile (empty for the new-profile form) and the wizard page id.
    struct ResumePoint
    {
        QString profileId;
        int page = 0;
        QDateTime savedAt;
    };

    explicit DraftStore(const QString &directory = {}, QObject *parent = nullptr);
    /// Writes whatever is still scheduled.
    ~DraftStore() override;

    QString directory() const { return m_directory; }
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

    std::optional<QJsonObject> systemDefinition(const QString &profileId) const;
    bool saveSystemDefinition(
        const QString &profileId, const QJsonObject &definition, QString *error = nullptr);
    void scheduleSystemDefinition(const QString &profileId, const QJsonObject &definition);
    bool removeSystemDefinition(const QString &profileId);

    std::optional<int> lastPage(const QString &profileId) const;
    bool saveLastPage(const QString &profileId, int page, QString *error = nullptr);
    bool clearLastPage(const QString &profileId);

    /// The customer request form (page 5) of @p profileId, as last typed.
    std::optional<RequestFormDraft> requestForm(const QString &profileId) const;
    void scheduleRequestForm(const QString &profileId, const RequestFormDraft &form);
    bool removeRequestForm(const QString &profileId);

    std::optional<QJsonObject> newProfileForm() const;
    bool saveNewProfileForm(const QJsonObject &form, QString *error = nullptr);
    void scheduleNewProfileForm(const QJsonObject &form);
    bool clearNewProfileForm();

    /// Forgets every draft of @p profileId (when the profile is deleted).
    bool removeProfile(const QString &profileId);

    /// The most recently saved place to continue: a profile's last page or the new-profile form.
    std::optional<ResumePoint> resumePoint() const;

    /// Writes every scheduled draft now.
    void flush();

    /// Profile ids name folders: anything that could leave the drafts folder is refused.
    static bool isUsableProfileId(const QString &profileId);

Q_SIGNALS:
    /// A scheduled write failed; @p message says what happened and what to do, translated.
    void saveFailed(const QString &message);

private:
    QString definitionPath(const QString &profileId) const;
    QString statePath(const QString &profileId) const;
    QString requestFormPath(const QString &profileId) const;
    QString newProfilePath() const;
    std::optional<QJsonObject> readObject(const QString &path) const;
    bool write(const QString &path, const QByteArray &contents, QString *error);
    bool removeFile(const QString &path);
    void schedule(const QString &path, const QJsonObject &object);

    QString m_directory;
    QHash<QString, QByteArray> m_pending; ///< path → contents not yet written
    QTimer m_timer;
};
