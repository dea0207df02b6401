#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/SystemRegisterClient.h"
#include "model/SystemDefinition.h"
#include "model/SystemDefinitionDiff.h"
#include "validation/Finding.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Onboarding {

/**
 * Publishes a system definition: created (POST) when nothing is registered under its id, otherwise
 * get → merge → put, so members the definition does not set are kept as registered. preview() reads
 * what is registered and diffs it field by field; start() publishes and (by default) reads the system
 * back. Shared by the wizard's Publish page and `systemuser-cli system register|update`.
 *
 * A create whose answer may be lost (LostAnswer), or that Altinn answers "system id taken" / "client id
 * used" (a re-run, or the answer to an earlier attempt was lost), is not reported as it came: the system
 * is read by its id. Ours (our vendor, and our client id when we send one) is Created — with an update
 * first when it differs from the definition; someone else's is said to be so; not there is "nothing was
 * registered"; unreadable is "it may have been registered".
 */
class PublishSystemFlow : public QObject
{
    Q_OBJECT

public:
    using Fields = Altinn::SystemRegisterClient::Fields;

    /// What start() may send.
    enum class Action {
        CreateOrUpdate, ///< as the last preview found (a preview is run first when there was none)
        Create, ///< POST only: an existing id is the server's error to report
        Update, ///< get → merge → put only: a 404 is a failure, nothing is created
    };

    struct Outcome
    {
        enum class Result {
            NotRegistered, ///< preview: nothing registered under the id; start() creates it
            Changes, ///< preview: registered, and the definition differs
            Deleted, ///< preview: the id belongs to a deleted system and cannot be used again
            NothingToChange, ///< registered and equal to the definition; start() sent nothing
            Created,
            Updated,
            Failed, ///< see step, failure and explanation; Kind::Cancelled after cancel()
        };
        /// Where a failure happened: after Send succeeded, only reading back failed (it was saved).
        enum class Step { Fetch, Send, ReadBack };

        Result result = Result::Failed;
        Step step = Step::Fetch;
        bool preview = false; ///< from preview() rather than start()
        /// The body sent (Created/Updated, a failure at ReadBack); for a preview, the body start() sends.
        Altinn::SystemDefinition sent;
        QString internalId; ///< Created: the register's own GUID for the system (no other API uses it)
        std::optional<Altinn::SystemDefinition> registered; ///< as read: preview, or read back
        /// Registered → definition; for NotRegistered everything, as Added.
        QList<Altinn::DefinitionChange> changes;
        Altinn::ApiFailure failure;
        Altinn::Explanation explanation;
        /// The server's validation errors placed on the definition's fields (a 400 to POST/PUT).
        QList<Validation::Finding> findings;
        /// Created: the answer to the POST was lost (no answer, 5xx); the system was read back and is ours.
        bool answerLost = false;
        /// Created: Altinn said the id (or client id) was taken, and the system under it is ours as sent —
        /// registered by an earlier attempt (perhaps one whose answer was lost).
        bool alreadyRegistered = false;
        /// With answerLost or alreadyRegistered: what was registered differed from the definition, and an
        /// update (get → merge → put, without the get) made it match.
        bool updatedAfterwards = false;
        /// The create failed and the system was then read by its id: `explanation` says what that found
        /// (not there, someone else's, may have been registered) rather than the create's own error.
        bool lookedUp = false;

        bool isFailed() const { return result == Result::Failed; }
        bool isCancelled() const { return failure.kind == Altinn::ApiFailure::Kind::Cancelled; }
    };

    explicit PublishSystemFlow(Altinn::SystemRegisterClient *systemRegister, QObject *parent = nullptr);
    ~PublishSystemFlow() override;

    /// The definition to publish; only @p fields replace the registered ones in an update.
    void setDefinition(
        const Altinn::SystemDefinition &definition, Fields fields = Altinn::SystemRegisterClient::Field::All);
    Altinn::SystemDefinition definition() const { return m_definition; }
    void setAction(Action action) { m_action = action; }
    /// Whether start() reads the system back after a successful create or update (default on).
    void setReadBack(bool readBack) { m_readBack = readBack; }

    /// Reads what is registered and diffs it with the definition; `finished` with a preview outcome.
    void preview();
    /// Publishes as setAction() says; `finished` with Created, Updated, NothingToChange or Failed (or
    /// Deleted when the id turns out to be a deleted system's).
    void start();
    /// Aborts the call in flight; `finished` follows with a Cancelled failure.
    void cancel();
    bool isBusy() const { return m_busy; }

    /// Everything in @p definition as additions: what registering a new system creates.
    static QList<Altinn::DefinitionChange> everythingAdded(const Altinn::SystemDefinition &definition);

Q_SIGNALS:
    void finished(const Onboarding::PublishSystemFlow::Outcome &outcome);

private:
    void fetch(bool thenPublish);
    void fetched(const Altinn::ApiResult<Altinn::SystemDefinition> &result, bool thenPublish);
    void send(bool creating);
    void sent(const Altinn::ApiFailure &failure, const Altinn::SystemDefinition &body, bool creating,
        const QString &internalId = {});
    /// After a create that may have happened (lost answer, or "already registered"): read the system.
    void reconcileCreate(const Altinn::ApiFailure &failure, const Altinn::SystemDefinition &body);
    void reconciledCreate(const Altinn::ApiFailure &failure, const Altinn::SystemDefinition &body,
        const Altinn::ApiResult<Altinn::SystemDefinition> &found);
    /// Whether @p registered is this vendor's system with this definition's client ids.
    bool isOurs(const Altinn::SystemDefinition &registered) const;
    void readBack(Outcome outcome);
    void fail(Outcome outcome, const Altinn::ApiFailure &failure, const QString &operation);
    void finish(const Outcome &outcome);

    QPointer<Altinn::SystemRegisterClient> m_systemRegister;
    Altinn::SystemDefinition m_definition;
    Fields m_fields = Altinn::SystemRegisterClient::Field::All;
    Action m_action = Action::CreateOrUpdate;
    bool m_readBack = true;
    bool m_busy = false;
    std::optional<Outcome::Result> m_known; ///< what the last preview found
    QPointer<Altinn::ApiOperation> m_operation;
};

} // namespace Onboarding

Q_DECLARE_METATYPE(Onboarding::PublishSystemFlow::Outcome)
