#pragma once

#include "workspace/RequestFormDraft.h"

#include <QObject>

class DraftStore;
class RequestFormSection;
struct RequestFormValues;

/**
 * Keeps page 5's form as a draft (DraftStore::requestForm), so closing the app never loses a
 * customer half typed: saved (debounced) on every edit, restored when the page opens for the profile,
 * dropped once the request is sent or the person starts on a new customer.
 */
class RequestDraftKeeper : public QObject
{
    Q_OBJECT

public:
    RequestDraftKeeper(DraftStore *drafts, RequestFormSection *form, QObject *parent = nullptr);

    /// Whose drafts: an empty id keeps nothing.
    void setProfile(const QString &profileId) { m_profileId = profileId; }
    /// Puts the saved draft (if any) into the form; false when there was none.
    bool restore();
    /// Forgets the draft (the form is left as it is).
    void clear();

    static RequestFormDraft toDraft(const RequestFormValues &values);
    static RequestFormValues fromDraft(const RequestFormDraft &draft);

private:
    void save();

    DraftStore *m_drafts;
    RequestFormSection *m_form;
    QString m_profileId;
    bool m_restoring = false;
};
