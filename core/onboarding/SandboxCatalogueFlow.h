#pragma once

#include "altinn/ApiFailure.h"
#include "onboarding/SandboxCatalogueImport.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class VendorSession;

namespace Onboarding {

/**
 * Adds to the sandbox's own catalogue, or lists or clears what was added (docs/sandbox.md#your-own-catalogue)
 * — the one workflow behind `systemuser-cli sandbox catalogue …` and the wizard's "Add to the sandbox's
 * catalogue" dialog.
 *
 * send() takes a checked SandboxCatalogueImport (a file, or one resource or organisation), sends it through
 * the session's SandboxControlClient in batches the sandbox accepts, and adds up what each batch added
 * and replaced. Then, as the catalogue changed, it downloads the resource list and the access package
 * export (nb, nn, en) again: that refreshes the session's metadata cache (MetadataClient keeps it on disk
 * per environment), so the rights pickers and every other reader show the new entries at once. clear()
 * does the same after removing the additions.
 *
 * Entries with a key the catalogue has are replaced, so sending the same file again is safe — also after a
 * failure half-way, which the outcome reports with the batches that did go through.
 *
 * One run at a time (starting one cancels the run before); `finished` once per run, on a later
 * event-loop turn than the start, never after cancel().
 */
class SandboxCatalogueFlow : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        None,
        NotSandbox, ///< no session, or its environment has no sandbox control API
        InvalidInput, ///< the import has errors (findings) or nothing to send; nothing was sent
        Refused, ///< the sandbox refused or did not answer (apiFailure); `batchesSent` went through
        Cancelled, ///< the call was cancelled underneath (e.g. the session was replaced)
    };
    Q_ENUM(Failure)

    enum class Operation { Send, List, Clear };
    Q_ENUM(Operation)

    struct Outcome
    {
        Operation operation = Operation::Send;
        Failure failure = Failure::None;
        QString message; ///< translated: what went wrong and what to do; empty on success
        Altinn::ApiFailure apiFailure; ///< for Refused and Cancelled
        SandboxCatalogueImport::Kind kind = SandboxCatalogueImport::Kind::Unknown;
        int added = 0; ///< resources, packages or organisations new to the catalogue
        int replaced = 0; ///< … that replaced an entry with the same key
        int areasAdded = 0;
        int areaGroupsAdded = 0;
        int batches = 0;
        int batchesSent = 0;
        /// The metadata cache was downloaded again; false (with `cacheProblem`) when that failed — the
        /// catalogue has changed all the same.
        bool cacheRefreshed = false;
        QString cacheProblem;
        QJsonObject additions; ///< List: what GET sandbox/catalogue answered
        QJsonObject removed; ///< Clear: the counts of what was removed

        bool ok() const { return failure == Failure::None; }
    };

    explicit SandboxCatalogueFlow(QObject *parent = nullptr);
    ~SandboxCatalogueFlow() override;

    /// Sends @p import (an export in @p language: nb, nn or en; empty: the import's suggestion).
    void send(VendorSession *session, const SandboxCatalogueImport &import, const QString &language = {});
    void list(VendorSession *session);
    void clear(VendorSession *session);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    /// Batches sent so far of @p total (sending), then the metadata being downloaded again.
    void progress(int sent, int total);
    void refreshingMetadata();
    void finished(const Onboarding::SandboxCatalogueFlow::Outcome &outcome);

private:
    struct Run;

    std::shared_ptr<Run> begin(VendorSession *session, Operation operation);
    void sendBatch(const std::shared_ptr<Run> &run);
    void refreshMetadata(const std::shared_ptr<Run> &run, bool packages);
    void finish(const std::shared_ptr<Run> &run, Failure failure = Failure::None, const QString &message = {},
        const Altinn::ApiFailure &apiFailure = {});
    /// Finishes on the next event-loop turn (finished never comes from inside send()/list()/clear()).
    void finishLater(const std::shared_ptr<Run> &run, Failure failure, const QString &message,
        const Altinn::ApiFailure &apiFailure = {});
    void failed(const std::shared_ptr<Run> &run, const Altinn::ApiFailure &failure);
    bool isCurrent(const std::shared_ptr<Run> &run) const { return run && run == m_run; }

    std::shared_ptr<Run> m_run;
};

} // namespace Onboarding

Q_DECLARE_METATYPE(Onboarding::SandboxCatalogueFlow::Outcome)
