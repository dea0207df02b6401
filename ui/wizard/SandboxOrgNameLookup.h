#pragma once

#include "common/OrgNumberField.h"

#include <QCoreApplication>

#include <functional>

class WizardContext;

/// Organisation names from the sandbox's register (WizardContext::sandboxOrganisations, fetched once),
/// for an OrgNumberField.
class SandboxOrgNameLookup
{
    Q_DECLARE_TR_FUNCTIONS(SandboxOrgNameLookup)

public:
    /// @p notFoundMessage says what it means for the caller that the register does not know a number.
    static OrgNumberField::NameLookup create(
        WizardContext *context, std::function<QString()> notFoundMessage);
};
