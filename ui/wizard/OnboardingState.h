#pragma once

#include "model/SystemDefinition.h"
#include "model/SystemUserRequestResponse.h"
#include "onboarding/OnboardingSummary.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

/**
 * What one run of the wizard did, for the summary (page 8): the system as published, the requests
 * sent in this run and the outcome of the token test. Which customer pages 5–7 work on is not here:
 * it is the customer selected in the ledger (CustomerDesk). Owned by WizardContext; reset when the
 * profile changes. Holds no secrets (never a token or a key).
 */
class OnboardingState : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// The system as registered after Publish (or as fetched when nothing needed publishing).
    std::optional<Altinn::SystemDefinition> publishedSystem() const { return m_publishedSystem; }
    QDateTime publishedAt() const { return m_publishedAt; }
    void setPublishedSystem(const Altinn::SystemDefinition &system, const QDateTime &at)
    {
        m_publishedSystem = system;
        m_publishedAt = at;
        Q_EMIT changed();
    }

    /// Requests sent (or found) in this run, newest last; updated in place when their status changes.
    QList<Altinn::SystemUserRequestResponse> requests() const { return m_requests; }
    void recordRequest(const Altinn::SystemUserRequestResponse &request)
    {
        for (Altinn::SystemUserRequestResponse &known : m_requests) {
            if (known.id == request.id) {
                known = request;
                Q_EMIT changed();
                return;
            }
        }
        m_requests.append(request);
        Q_EMIT changed();
    }
    /// Customer names looked up along the way (org number → name).
    QHash<QString, QString> organisationNames() const { return m_organisationNames; }
    void rememberOrganisationName(const QString &orgNo, const QString &name)
    {
        if (!name.isEmpty())
            m_organisationNames.insert(orgNo, name);
    }

    std::optional<Altinn::OnboardingSummary::TokenTest> tokenTest() const { return m_tokenTest; }
    void setTokenTest(const Altinn::OnboardingSummary::TokenTest &test)
    {
        m_tokenTest = test;
        Q_EMIT changed();
    }

    void clear()
    {
        m_publishedSystem.reset();
        m_publishedAt = {};
        m_requests.clear();
        m_organisationNames.clear();
        m_tokenTest.reset();
        Q_EMIT changed();
    }

Q_SIGNALS:
    void changed();

private:
    std::optional<Altinn::SystemDefinition> m_publishedSystem;
    QDateTime m_publishedAt;
    QList<Altinn::SystemUserRequestResponse> m_requests;
    QHash<QString, QString> m_organisationNames;
    std::optional<Altinn::OnboardingSummary::TokenTest> m_tokenTest;
};
