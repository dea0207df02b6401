#include "wizard/RequestDraftKeeper.h"

#include "wizard/RequestFormSection.h"
#include "workspace/DraftStore.h"

RequestDraftKeeper::RequestDraftKeeper(DraftStore *drafts, RequestFormSection *form, QObject *parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_form(form)
{
    connect(m_form, &RequestFormSection::changed, this, &RequestDraftKeeper::save);
}

RequestFormDraft RequestDraftKeeper::toDraft(const RequestFormValues &values)
{
    RequestFormDraft draft;
    draft.kind = values.kind;
    draft.orgNo = values.orgNo;
    draft.externalRef = values.externalRef;
    if (values.rights) {
        for (const Altinn::Right &right : *values.rights)
            draft.rights.append(right.resourceId());
    }
    if (values.packages) {
        for (const Altinn::AccessPackageRef &package : *values.packages)
            draft.accessPackages.append(package.urn);
    }
    draft.allRights = !values.rights.has_value();
    draft.allAccessPackages = !values.packages.has_value();
    draft.redirectUrl = values.redirectUrl;
    draft.title = values.title;
    return draft;
}

RequestFormValues RequestDraftKeeper::fromDraft(const RequestFormDraft &draft)
{
    RequestFormValues values;
    values.kind = draft.kind;
    values.orgNo = draft.orgNo;
    values.externalRef = draft.externalRef;
    if (!draft.allRights) {
        QList<Altinn::Right> rights;
        for (const QString &id : draft.rights)
            rights.append(Altinn::Right::forResource(id));
        values.rights = rights;
    }
    if (!draft.allAccessPackages) {
        QList<Altinn::AccessPackageRef> packages;
        for (const QString &urn : draft.accessPackages)
            packages.append(Altinn::AccessPackageRef{urn});
        values.packages = packages;
    }
    values.redirectUrl = draft.redirectUrl;
    values.title = draft.title;
    return values;
}

bool RequestDraftKeeper::restore()
{
    const auto draft = m_profileId.isEmpty() ? std::nullopt : m_drafts->requestForm(m_profileId);
    if (!draft)
        return false;
    m_restoring = true;
    m_form->setValues(fromDraft(*draft));
    m_restoring = false;
    return true;
}

void RequestDraftKeeper::clear()
{
    if (!m_profileId.isEmpty())
        m_drafts->removeRequestForm(m_profileId);
}

void RequestDraftKeeper::save()
{
    if (m_restoring || m_profileId.isEmpty())
        return;
    const RequestFormDraft draft = toDraft(m_form->values());
    if (draft.isEmpty())
        clear();
    else
        m_drafts->scheduleRequestForm(m_profileId, draft);
}
