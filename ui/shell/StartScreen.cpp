#include "shell/StartScreen.h"

using namespace Qt::Literals::StringLiterals;

namespace {

using PageId = OnboardingWizard::PageId;

struct Entry
{
    QStringView name;
    StartScreen::Kind kind;
    PageId page;
};

const Entry Entries[] = {
    {u"home", StartScreen::Kind::Home, PageId::Profile},
    {u"profile", StartScreen::Kind::WizardPage, PageId::Profile},
    {u"maskinporten", StartScreen::Kind::WizardPage, PageId::MaskinportenClient},
    {u"system", StartScreen::Kind::WizardPage, PageId::SystemDefinition},
    {u"publish", StartScreen::Kind::WizardPage, PageId::Publish},
    {u"request", StartScreen::Kind::WizardPage, PageId::CustomerRequest},
    {u"approval", StartScreen::Kind::WizardPage, PageId::Approval},
    {u"token", StartScreen::Kind::WizardPage, PageId::TestAuthentication},
    {u"summary", StartScreen::Kind::WizardPage, PageId::Summary},
    {u"customers", StartScreen::Kind::Customers, PageId::Profile},
    {u"person", StartScreen::Kind::Person, PageId::Profile},
};

} // namespace

QStringList StartScreen::names()
{
    QStringList names;
    for (const Entry &entry : Entries)
        names.append(entry.name.toString());
    return names;
}

std::optional<StartScreen> StartScreen::fromName(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    for (const Entry &entry : Entries) {
        if (entry.name == wanted) {
            StartScreen screen;
            screen.kind = entry.kind;
            screen.page = entry.page;
            return screen;
        }
    }
    return std::nullopt;
}
