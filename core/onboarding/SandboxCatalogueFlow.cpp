#include "onboarding/SandboxCatalogueFlow.h"

#include "altinn/ApiOperation.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/MetadataClient.h"
#include "altinn/SandboxControlClient.h"
#include "session/VendorSession.h"

#include <QJsonDocument>
#include <QPointer>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Onboarding {

namespace {

/// The languages the access package export is cached in (MetadataClient keeps one copy per language).
const QStringList ExportLanguages{u"nb"_s, u"nn"_s, u"en"_s};

} // namespace

struct SandboxCatalogueFlow::Run
{
    Operation operation = Operation::Send;
    QPointer<VendorSession> session;
    QMetaObject::Connection sessionGone;
    QList<QPointer<Altinn::ApiOperation>> operations;

    SandboxCatalogueImport import;
    QString language;
    QList<QJsonArray> batches;
    Outcome outcome;

    int refreshesLeft = 0;
    QStringList refreshProblems;
};

SandboxCatalogueFlow::SandboxCatalogueFlow(QObject *parent)
    : QObject(parent)
{ }

SandboxCatalogueFlow::~SandboxCatalogueFlow()
{
    cancel();
}

bool SandboxCatalogueFlow::isRunning() const
{
    return m_run != nullptr;
}

void SandboxCatalogueFlow::cancel()
{
    const std::shared_ptr<Run> run = std::exchange(m_run, nullptr);
    if (!run)
        return;
    disconnect(run->sessionGone);
    for (const QPointer<Altinn::ApiOperation> &operation : std::as_const(run->operations)) {
        if (operation)
            operation->cancel(); // its answer is for a run that is over: ignored
    }
}

std::shared_ptr<SandboxCatalogueFlow::Run> SandboxCatalogueFlow::begin(
    VendorSession *session, Operation operation)
{
    cancel();
    auto run = std::make_shared<Run>();
    run->operation = operation;
    run->outcome.operation = operation;
    m_run = run;
    if (!session) {
        finishLater(
            run, Failure::NotSandbox, tr("The sandbox has not started yet. Wait a moment and try again."));
        return nullptr;
    }
    if (!session->environment().isLocal()) {
        finishLater(run, Failure::NotSandbox,
            tr("Only the sandbox has a catalogue of its own; %1 has Altinn's catalogue.")
                .arg(session->environment().displayName()),
            Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Rejected));
        return nullptr;
    }
    run->session = session;
    // The session is replaced when the profile or environment changes: the run cannot go on with it.
    run->sessionGone = connect(session, &QObject::destroyed, this, [this, run] {
        if (isCurrent(run))
            finish(run, Failure::Cancelled, tr("The environment changed underneath. Try again."),
                Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Cancelled));
    });
    return run;
}

void SandboxCatalogueFlow::send(
    VendorSession *session, const SandboxCatalogueImport &import, const QString &language)
{
    const std::shared_ptr<Run> run = begin(session, Operation::Send);
    if (!run)
        return;
    run->import = import;
    run->outcome.kind = import.kind();
    run->language = language.isEmpty() ? import.suggestedLanguage() : language.trimmed().toLower();
    if (!import.isSendable()) {
        finishLater(run, Failure::InvalidInput,
            import.hasErrors() ? tr("Nothing was sent: the file has problems the sandbox would refuse.")
                               : tr("Nothing was sent: there is nothing to add."));
        return;
    }
    if (!ExportLanguages.contains(run->language)) {
        finishLater(run, Failure::InvalidInput,
            tr("The language of the export must be nb, nn or en (got \"%1\").").arg(run->language));
        return;
    }
    run->batches = import.batches();
    run->outcome.batches = int(run->batches.size());
    sendBatch(run);
}

void SandboxCatalogueFlow::sendBatch(const std::shared_ptr<Run> &run)
{
    if (!run->session) {
        finish(run, Failure::Cancelled, tr("The environment changed underneath. Try again."),
            Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Cancelled));
        return;
    }
    const int index = run->outcome.batchesSent;
    if (index >= run->batches.size()) {
        // Organisations are not part of the metadata the pickers read.
        if (run->import.kind() == SandboxCatalogueImport::Kind::Organisations)
            finish(run);
        else
            refreshMetadata(run, run->import.kind() == SandboxCatalogueImport::Kind::AccessPackageExport);
        return;
    }
    Q_EMIT progress(index, int(run->batches.size()));
    const QPointer<SandboxCatalogueFlow> self(this);
    const auto done = [self, run](const Altinn::ApiResult<Altinn::SandboxCatalogueCounts> &result) {
        if (!self || !self->isCurrent(run))
            return;
        if (!result.ok()) {
            self->failed(run, result.failure);
            return;
        }
        run->outcome.added += result.value->added;
        run->outcome.replaced += result.value->replaced;
        run->outcome.areasAdded += result.value->areasAdded;
        run->outcome.areaGroupsAdded += result.value->areaGroupsAdded;
        ++run->outcome.batchesSent;
        self->sendBatch(run);
    };
    Altinn::SandboxControlClient *control = run->session->sandboxControl();
    const QJsonArray &batch = run->batches.at(index);
    switch (run->import.kind()) {
    case SandboxCatalogueImport::Kind::ResourceList:
    case SandboxCatalogueImport::Kind::Resource:
        run->operations.append(control->addCatalogueResources(batch, done));
        break;
    case SandboxCatalogueImport::Kind::AccessPackageExport:
        run->operations.append(control->addCatalogueAccessPackages(batch, run->language, done));
        break;
    case SandboxCatalogueImport::Kind::Organisations:
        run->operations.append(control->addCatalogueOrganisations(batch, done));
        break;
    case SandboxCatalogueImport::Kind::Unknown:
        finish(run, Failure::InvalidInput, tr("Nothing was sent: there is nothing to add."));
        break;
    }
}

void SandboxCatalogueFlow::list(VendorSession *session)
{
    const std::shared_ptr<Run> run = begin(session, Operation::List);
    if (!run)
        return;
    const QPointer<SandboxCatalogueFlow> self(this);
    run->operations.append(session->sandboxControl()->catalogueAdditions(
        [self, run](const Altinn::ApiResult<QJsonObject> &result) {
            if (!self || !self->isCurrent(run))
                return;
            if (!result.ok()) {
                self->failed(run, result.failure);
                return;
            }
            run->outcome.additions = *result.value;
            self->finish(run);
        }));
}

void SandboxCatalogueFlow::clear(VendorSession *session)
{
    const std::shared_ptr<Run> run = begin(session, Operation::Clear);
    if (!run)
        return;
    const QPointer<SandboxCatalogueFlow> self(this);
    run->operations.append(session->sandboxControl()->clearCatalogueAdditions(
        [self, run](const Altinn::ApiResult<QJsonObject> &result) {
            if (!self || !self->isCurrent(run))
                return;
            if (!result.ok()) {
                self->failed(run, result.failure);
                return;
            }
            run->outcome.removed = result.value->value(u"removed"_s).toObject();
            self->refreshMetadata(run, true);
        }));
}

void SandboxCatalogueFlow::refreshMetadata(const std::shared_ptr<Run> &run, bool packages)
{
    if (!run->session) {
        finish(run, Failure::Cancelled, tr("The environment changed underneath. Try again."),
            Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Cancelled));
        return;
    }
    Q_EMIT refreshingMetadata();
    // Downloading again with CachePolicy::Refresh writes the session's cache files: the pickers (and the
    // names on later pages) read the new entries from there, however they ask.
    Altinn::MetadataClient *metadata = run->session->metadata();
    const QPointer<SandboxCatalogueFlow> self(this);
    const auto answered = [self, run](const Altinn::ApiFailure &failure, bool stale) {
        if (!self || !self->isCurrent(run))
            return;
        if (failure.isFailure() || stale) {
            const Altinn::Explanation explanation = Altinn::ErrorExplainer::explain(failure);
            run->refreshProblems.append(explanation.summary);
        }
        if (--run->refreshesLeft > 0)
            return;
        run->outcome.cacheRefreshed = run->refreshProblems.isEmpty();
        if (!run->outcome.cacheRefreshed) {
            run->outcome.cacheProblem =
                tr("The catalogue changed, but the saved copy of it could not be downloaded again: %1 Use "
                   "Retry in the rights list to load it.")
                    .arg(run->refreshProblems.first());
        }
        self->finish(run);
    };
    run->refreshesLeft = 1 + (packages ? int(ExportLanguages.size()) : 0);
    run->operations.append(metadata->resources(
        [answered](const auto &result) { answered(result.failure, result.ok() && result.value->stale); },
        Altinn::MetadataClient::CachePolicy::Refresh));
    if (!packages)
        return;
    for (const QString &language : ExportLanguages) {
        run->operations.append(metadata->accessPackages(
            language,
            [answered](const auto &result) { answered(result.failure, result.ok() && result.value->stale); },
            Altinn::MetadataClient::CachePolicy::Refresh));
    }
}

void SandboxCatalogueFlow::failed(const std::shared_ptr<Run> &run, const Altinn::ApiFailure &failure)
{
    if (failure.kind == Altinn::ApiFailure::Kind::Cancelled) {
        finish(run, Failure::Cancelled, tr("Cancelled."), failure);
        return;
    }
    // The control API says what to fix in {"error": "…"}; other failures are explained as any call's.
    const QString refusal = failure.kind == Altinn::ApiFailure::Kind::Http
        ? QJsonDocument::fromJson(failure.error.rawBody).object().value(u"error"_s).toString()
        : QString();
    QString message = refusal.isEmpty() ? [&failure] {
        const Altinn::Explanation explanation = Altinn::ErrorExplainer::explain(failure);
        return QString(explanation.summary + u' ' + explanation.remedy).trimmed();
    }()
                                        : tr("The sandbox did not take it: %1").arg(refusal);
    if (run->outcome.batchesSent > 0) {
        message += u' '
            + tr("%1 of %2 parts were added before that; sending the file again is safe.")
                  .arg(run->outcome.batchesSent)
                  .arg(run->outcome.batches);
    }
    finish(run, Failure::Refused, message, failure);
}

void SandboxCatalogueFlow::finishLater(const std::shared_ptr<Run> &run, Failure failure,
    const QString &message, const Altinn::ApiFailure &apiFailure)
{
    const QPointer<SandboxCatalogueFlow> self(this);
    QMetaObject::invokeMethod(
        this,
        [self, run, failure, message, apiFailure] {
            if (self && self->isCurrent(run))
                self->finish(run, failure, message, apiFailure);
        },
        Qt::QueuedConnection);
}

void SandboxCatalogueFlow::finish(const std::shared_ptr<Run> &run, Failure failure, const QString &message,
    const Altinn::ApiFailure &apiFailure)
{
    disconnect(run->sessionGone);
    m_run = nullptr;
    Outcome outcome = run->outcome;
    outcome.failure = failure;
    outcome.message = message;
    outcome.apiFailure = apiFailure;
    Q_EMIT finished(outcome);
}

} // namespace Onboarding
