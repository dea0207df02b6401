#pragma once

#include "workspace/CustomerRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <optional>

/**
 * Every customer asked for a system user of one system, for one profile in one environment
 * (docs/customer-ledger.md). One JSON file per (profile, environment, system) under
 * defaultDirectory(), shared by the wizard and systemuser-cli. Never holds a secret. What Altinn says
 * wins: LedgerSync and StatusFollower (core/onboarding) bring the records up to date; the person's own
 * note is kept.
 *
 * Saving is coalesced: a change is saved once the ledger has been quiet for SaveQuietPeriod, and a
 * stream of changes at least every SaveLongestDelay. The JSON is encoded and written atomically
 * (QSaveFile, readable by the user only) on a worker thread from a snapshot of the records. flush()
 * saves at once and waits; the destructor calls it, so nothing accepted is lost when the ledger goes.
 */
class CustomerLedger : public QObject
{
    Q_OBJECT

public:
    struct Scope
    {
        QString profileId;
        QString environment;
        QString systemId;
        bool isValid() const { return !profileId.isEmpty() && !systemId.isEmpty(); }
        friend bool operator==(const Scope &, const Scope &) = default;
    };

    /// How long the ledger waits after a change for more before it saves.
    static constexpr std::chrono::milliseconds SaveQuietPeriod{300};
    /// The longest a stream of changes stays unsaved.
    static constexpr std::chrono::milliseconds SaveLongestDelay{2000};

    /// @p filePath empty = defaultFilePath(scope). Reads nothing until load().
    explicit CustomerLedger(Scope scope, const QString &filePath = {}, QObject *parent = nullptr);
    /// Saves what is not saved yet (flush()) and waits for it.
    ~CustomerLedger() override;

    /// GenericDataLocation + "/SystemUserWizard/systemuser-wizard/ledgers", like the profiles.
    static QString defaultDirectory();
    static QString defaultFilePath(const Scope &scope);

    Scope scope() const { return m_scope; }
    QString filePath() const { return m_filePath; }

    /**
     * Reads the file; a missing file is an empty ledger. False (and @p error) when it cannot be read.
     * Replaces what is in memory: call flush() first to keep changes not saved yet.
     */
    bool load(QString *error = nullptr);
    /**
     * Saves every change not saved yet now, and waits for a save under way. True when the file holds
     * every change; false (saveError() says why) when it could not be written.
     */
    bool flush();
    /// Starts saving what is not saved yet without waiting; saved() or saveFailed() follows. Nothing
    /// happens when everything is saved.
    void saveSoon();
    /// A change waits to be saved, or its save failed.
    bool hasUnsavedChanges() const { return m_savedChanges != m_changes; }
    /// The last save error (translated), empty after a successful save.
    QString saveError() const { return m_saveError; }
    /// How many times the file was written: a stream of changes is written once, not once per change.
    int saveCount() const { return m_saveCount; }
    /// Tests and benchmarks shorten or stretch SaveQuietPeriod and SaveLongestDelay.
    void setSaveDelays(std::chrono::milliseconds quiet, std::chrono::milliseconds longest);

    /// Every customer, ordered by organisation number and external reference.
    QList<CustomerRecord> customers() const { return m_records.values(); }
    int size() const { return int(m_records.size()); }
    std::optional<CustomerRecord> find(const QString &key) const;
    std::optional<CustomerRecord> find(const QString &orgNo, const QString &externalRef) const;
    std::optional<CustomerRecord> findByRequestId(const QString &requestId) const;
    /// Every record of one organisation (one per external reference).
    QList<CustomerRecord> forOrganisation(const QString &orgNo) const;
    /// How many customers are in each state.
    QHash<CustomerState, int> counts() const;
    /// Customers whose status Altinn may still change without the vendor doing anything.
    QList<CustomerRecord> followed() const;

    /**
     * Since when the customer has had something to approve (UTC), or invalid when nothing waits for
     * them: the request's creation (else stateSince) while waiting or timed out, stateSince while a
     * change request is pending (its own creation date is not kept).
     */
    static QDateTime waitingSince(const CustomerRecord &record);
    /// Whole days the customer has been waiting at @p now, or -1 when nothing waits for them.
    static int waitingDays(const CustomerRecord &record, const QDateTime &now);
    /// Customers waiting more than @p days days (of 24 hours) at @p now, in the ledger's order.
    QList<CustomerRecord> waitingLongerThan(int days, const QDateTime &now) const;

    /**
     * Inserts or replaces the record with the same key; the save follows (see the class). Stamps
     * updatedAt, and stateSince when the state changed; keeps the stored note, name, contact e-mail,
     * language and wanted rights when @p record has none. Emits customerChanged only when something
     * changed. Always true: the change is accepted (a save that fails later is reported through
     * saveFailed and saveError()).
     */
    bool upsert(CustomerRecord record);
    /// Many records at once: one customersChanged() with the keys that changed, one changed().
    bool upsertAll(const QList<CustomerRecord> &records);
    /// False when there is no customer with @p key.
    bool setNote(const QString &key, const QString &note);
    /// False when there is no customer with @p key.
    bool remove(const QString &key);

    /// When the ledger was last reconciled with every list at Altinn (invalid: never).
    QDateTime syncedAt() const { return m_syncedAt; }
    void setSyncedAt(const QDateTime &at);

Q_SIGNALS:
    /// One record was added or changed (not emitted by upsertAll).
    void customerChanged(const QString &key);
    /// upsertAll added or changed the records with @p keys (in the ledger's order).
    void customersChanged(const QStringList &keys);
    void customerRemoved(const QString &key);
    /// Anything changed: after every signal above.
    void changed();
    /// A save after a change failed (@p error as saveError()); the changes stay in memory and the
    /// next change or flush() tries again. Not emitted from the destructor.
    void saveFailed(const QString &error);
    /// A save ended and the file holds every change made so far.
    void saved();

private:
    /// What a save writes, taken on the ledger's thread and encoded on the writer's. The containers
    /// are shared with the ledger's until either side changes them.
    struct Snapshot
    {
        Scope scope;
        QString filePath;
        QMap<QString, CustomerRecord> records;
        QHash<QString, QByteArray> encoded; ///< m_encoded
        QSet<QString> stale; ///< m_stale: encoded again by the writer
        QDateTime syncedAt;
        quint64 changes = 0;
    };
    struct SaveOutcome
    {
        quint64 changes = 0;
        QString failure; ///< empty: written
        QHash<QString, QByteArray> encoded; ///< the records the writer encoded, by key
    };

    bool merge(CustomerRecord record, const QDateTime &now);
    void markChanged();
    void armSaveTimer();
    void saveWhenQuiet();
    void startSave();
    /// Takes in what the writer finished; on the ledger's thread.
    void collectSaveOutcomes();
    void waitForWriter();
    /// Encodes and writes @p snapshot. Runs on the writer's thread.
    static SaveOutcome write(const Snapshot &snapshot);

    Scope m_scope;
    QString m_filePath;
    QMap<QString, CustomerRecord> m_records;
    QDateTime m_syncedAt;
    QString m_saveError;
    // Each record's JSON as the writer last encoded it, so a save re-encodes only what changed: with
    // 10,000 customers, encoding all of them costs far more than writing the file.
    QHash<QString, QByteArray> m_encoded;
    QSet<QString> m_stale; ///< records whose JSON in m_encoded is out of date (or missing)

    quint64 m_changes = 0; ///< counts changes since construction
    quint64 m_savedChanges = 0; ///< m_changes as of the last written file (or the last load)
    bool m_writing = false;
    bool m_saveSoon = false; ///< saveSoon() came while a save was under way
    bool m_destroying = false;
    int m_saveCount = 0;
    std::chrono::milliseconds m_quietPeriod = SaveQuietPeriod;
    std::chrono::milliseconds m_longestDelay = SaveLongestDelay;
    QElapsedTimer m_unsavedSince; ///< since the first change the next save will write
    QTimer m_saveTimer;
    QMutex m_outcomesMutex;
    QList<SaveOutcome> m_outcomes; ///< guarded by m_outcomesMutex
    // Last, so it goes first: its thread writes through this object (the destructor waits for it).
    QThreadPool m_writer;
};
