#include "person/PersonPathScreen.h"

#include "common/ScrollingContent.h"
#include "person/PathComparisonDialog.h"
#include "person/PathSideBySideSection.h"
#include "person/PersonInstanceSection.h"
#include "person/PersonIntroSection.h"
#include "person/PersonLoginSection.h"

#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>

using namespace Qt::Literals::StringLiterals;

PersonPathScreen::PersonPathScreen(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_intro(new PersonIntroSection(this))
    , m_login(new PersonLoginSection(context, this))
    , m_instance(new PersonInstanceSection(context, this))
    , m_sideBySide(new PathSideBySideSection(context, this))
{
    setObjectName(u"personPathScreen"_s);
    ScrollingContent::fill(this, u"personPath"_s, {m_intro, m_login, m_instance, m_sideBySide});
    m_scrollArea = findChild<QScrollArea *>(u"personPathScrollArea"_s);
    // The same margins as the customers screen.
    layout()->setContentsMargins(15, 16, 15, 16);

    // Both act with what the login section holds, read at the click.
    m_instance->setInputSource([this] {
        const auto app = m_login->app();
        return PersonInstanceSection::Input{app ? app->first : QString(), app ? app->second : QString(),
            m_login->ownerOrgNo(), m_login->accessToken()};
    });
    m_sideBySide->setInputSource([this] {
        const auto app = m_login->app();
        return PathSideBySideSection::Input{
            app ? app->first : QString(), app ? app->second : QString(), m_login->ownerOrgNo()};
    });

    connect(m_intro, &PersonIntroSection::comparisonRequested, this, &PersonPathScreen::openComparison);
    connect(m_login, &PersonLoginSection::loginChanged, this, &PersonPathScreen::loginChanged);
    connect(m_instance, &PersonInstanceSection::finished, m_sideBySide,
        [this](const Onboarding::PersonAppInstanceFlow::Outcome &outcome) {
            if (!outcome.isCancelled())
                m_sideBySide->setPersonOutcome(outcome);
        });
    connect(m_instance, &PersonInstanceSection::scrollRequested, this, &PersonPathScreen::scrollTo);

    auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &PersonPathScreen::backRequested);
}

void PersonPathScreen::setBrowserOpener(Onboarding::IdPortenLoginFlow::BrowserOpener opener)
{
    m_login->setBrowserOpener(std::move(opener));
}

void PersonPathScreen::focusFirst()
{
    m_login->loginButton()->setFocus(Qt::OtherFocusReason);
}

void PersonPathScreen::loginChanged()
{
    m_instance->setLoggedIn(m_login->isLoggedIn());
    m_sideBySide->setPersonLogin(m_login->pid(), m_login->grantedScopes());
}

void PersonPathScreen::scrollTo(QWidget *widget)
{
    if (m_scrollArea)
        m_scrollArea->ensureWidgetVisible(widget);
}

PathComparisonDialog *PersonPathScreen::comparisonDialog() const
{
    return m_comparison;
}

void PersonPathScreen::openComparison()
{
    if (m_comparison) {
        m_comparison->raise();
        m_comparison->activateWindow();
        return;
    }
    auto *dialog = new PathComparisonDialog(this);
    m_comparison = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
