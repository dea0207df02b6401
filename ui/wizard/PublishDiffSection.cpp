#include "wizard/PublishDiffSection.h"

#include "altinn/ErrorExplainer.h"
#include "validation/ValidationCodes.h"
#include "wizard/DefinitionDiffModel.h"

#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

PublishDiffSection::PublishDiffSection(QWidget *parent)
    : QWidget(parent)
    , m_headlineLabel(new QLabel(this))
    , m_explanationLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new DefinitionDiffModel(this))
    , m_publishButton(new QPushButton(this))
    , m_reloadButton(new QPushButton(this))
    , m_backToSystemButton(new QPushButton(this))
{
    setObjectName(u"publishDiffSection"_s);
    m_headlineLabel->setObjectName(u"publishHeadline"_s);
    m_headlineLabel->setProperty("role", u"heading"_s);
    m_headlineLabel->setWordWrap(true);
    m_headlineLabel->setTextFormat(Qt::PlainText);
    QFont headlineFont = m_headlineLabel->font();
    headlineFont.setBold(true);
    m_headlineLabel->setFont(headlineFont);
    m_explanationLabel->setObjectName(u"publishExplanation"_s);
    m_explanationLabel->setWordWrap(true);
    m_explanationLabel->setTextFormat(Qt::PlainText);

    m_view->setObjectName(u"diffTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_view->verticalHeader()->hide();
    // Short columns fit their text; the values share the rest and wrap.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DefinitionDiffModel::BeforeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DefinitionDiffModel::AfterColumn, QHeaderView::Stretch);
    m_view->setMinimumHeight(160);

    m_publishButton->setObjectName(u"publishButton"_s);
    m_reloadButton->setObjectName(u"reloadButton"_s);
    m_backToSystemButton->setObjectName(u"backToSystemButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_publishButton);
    buttons->addWidget(m_reloadButton);
    buttons->addWidget(m_backToSystemButton);
    buttons->addStretch(1);
    connect(m_publishButton, &QPushButton::clicked, this, &PublishDiffSection::publishRequested);
    connect(m_reloadButton, &QPushButton::clicked, this, &PublishDiffSection::reloadRequested);
    connect(m_backToSystemButton, &QPushButton::clicked, this, [this] {
        Validation::Finding finding;
        if (m_state == State::Deleted) {
            // The only way out of a deleted id is a new one.
            finding.code = Validation::Codes::SystemIdExists.toString();
            finding.path = u"/id"_s;
            finding.message = Altinn::ErrorExplainer::explainCode(finding.code).remedy;
        }
        Q_EMIT editRequested(finding);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headlineLabel);
    layout->addWidget(m_explanationLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setTabOrder(m_view, m_publishButton);
    setTabOrder(m_publishButton, m_reloadButton);
    setTabOrder(m_reloadButton, m_backToSystemButton);
    retranslateUi();
}

void PublishDiffSection::retranslateUi()
{
    m_view->setAccessibleName(tr("Differences between the registered system and your draft"));
    m_model->retranslate();
    m_reloadButton->setText(tr("Check &again"));
    m_reloadButton->setAccessibleName(tr("Check again what is registered"));
    m_backToSystemButton->setText(tr("&Edit the system"));
    m_backToSystemButton->setAccessibleName(tr("Go back to the system page"));
}

void PublishDiffSection::setChanges(const QList<Altinn::DefinitionChange> &changes)
{
    m_changeCount = int(changes.size());
    m_model->setChanges(changes);
}

void PublishDiffSection::showState(
    State state, const QString &systemId, const QString &environment, bool justPublished, bool publishing)
{
    m_state = state;
    const bool hasDiff = state == State::NewSystem || state == State::Changes;
    m_view->setVisible(hasDiff);
    m_publishButton->setVisible(hasDiff);
    m_publishButton->setEnabled(hasDiff && !publishing);
    m_publishButton->setText(state == State::NewSystem ? tr("&Register system") : tr("&Update system"));
    m_publishButton->setAccessibleName(state == State::NewSystem
            ? tr("Register the system in %1").arg(environment)
            : tr("Update the registered system in %1").arg(environment));
    m_reloadButton->setVisible(state != State::NoDraft);
    m_reloadButton->setEnabled(!publishing);
    m_backToSystemButton->setVisible(state == State::NoDraft || state == State::Deleted);
    if (hasDiff)
        m_view->resizeRowsToContents();
    QString headline;
    QString explanation;
    switch (state) {
    case State::NoDraft:
        headline = tr("There is nothing to publish yet.");
        explanation = tr("Describe your system on the system page first. It is kept as a draft while you "
                         "work, and published from here.");
        break;
    case State::Loading:
        headline = tr("Checking what is registered in %1…").arg(environment);
        explanation = tr("Your draft “%1” is compared with the registered system.").arg(systemId);
        break;
    case State::LoadFailed:
        headline = tr("Could not check what is registered in %1.").arg(environment);
        explanation = tr("Your draft is kept. The message below says what went wrong and what to do.");
        break;
    case State::NewSystem:
        headline = tr("“%1” is not registered in %2 yet.").arg(systemId, environment);
        explanation = tr("Registering it creates everything listed below.");
        break;
    case State::Changes:
        headline =
            tr("Your draft differs from the registered system in %n place(s).", nullptr, m_changeCount);
        explanation = tr("Updating replaces the registered values with those of your draft, as listed below. "
                         "The registered system is read first, so nothing else is lost.");
        break;
    case State::UpToDate:
        if (justPublished) {
            headline = tr("“%1” is registered in %2.").arg(systemId, environment);
            explanation = tr("Altinn has accepted your draft; below is what it has registered now. Continue "
                             "to ask a customer for a system user.");
        } else {
            headline = tr("No changes — the registered system already matches your draft.");
            explanation = tr("Nothing needs publishing. Continue to ask a customer for a system user.");
        }
        break;
    case State::Deleted:
        headline = tr("The system id “%1” belongs to a deleted system.").arg(systemId);
        explanation = tr("Altinn keeps the id of a deleted system, so it cannot be registered or updated "
                         "again. Choose a new system id on the system page.");
        break;
    }
    m_headlineLabel->setText(headline);
    m_explanationLabel->setText(explanation);
}
