#include "wizard/ProfileNameSection.h"

#include "common/Labels.h"
#include "wizard/WizardContext.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

#include <utility>

using namespace Qt::Literals::StringLiterals;

ProfileNameSection::ProfileNameSection(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_grid(new QGridLayout(this))
    , m_label(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_message(Labels::fieldMessage(u"profileNameMessage"_s, this))
{
    setObjectName(u"profileNameSection"_s);
    m_edit->setObjectName(u"profileNameEdit"_s);
    m_edit->setMaxLength(80);
    m_label->setBuddy(m_edit);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(1, 1);
    m_grid->addWidget(m_label, 0, 0, Qt::AlignLeft | Qt::AlignVCenter);
    m_grid->addWidget(m_edit, 0, 1);
    m_grid->addWidget(m_message, 1, 1);

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Once the user names the profile, stop suggesting; clearing the field brings the suggestion back.
        m_chosenByUser = !text.trimmed().isEmpty();
    });
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        if (!m_filling)
            Q_EMIT edited();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (!m_chosenByUser)
            suggest(m_suggestion);
    });
    retranslateUi();
}

void ProfileNameSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileNameSection::retranslateUi()
{
    m_label->setText(tr("Profile na&me:"));
    m_edit->setAccessibleName(tr("Profile name"));
    m_edit->setToolTip(tr("Only for you, to tell profiles apart."));
}

QString ProfileNameSection::name() const
{
    return m_edit->text().trimmed();
}

void ProfileNameSection::setName(const QString &name, bool chosenByUser)
{
    const bool wasFilling = std::exchange(m_filling, true);
    m_edit->setText(name);
    m_filling = wasFilling;
    m_chosenByUser = chosenByUser && !name.isEmpty();
    Labels::showMessage(m_message, {}, {});
}

QString ProfileNameSection::suggestedName(
    const QString &orgNumber, const QString &vendorName, const QString &environment)
{
    if (orgNumber.isEmpty())
        return {};
    const QString who = vendorName.isEmpty() ? orgNumber : vendorName;
    QString where;
    if (environment == u"sandbox")
        where = tr("Sandbox");
    else if (environment == u"tt02")
        where = tr("TT02");
    else if (environment == u"prod")
        where = tr("Production");
    else
        where = tr("Custom");
    return tr("%1 (%2)", "profile name: organisation (environment)").arg(who, where);
}

void ProfileNameSection::suggest(const QString &suggestion)
{
    m_suggestion = suggestion;
    if (m_chosenByUser)
        return;
    const bool wasFilling = std::exchange(m_filling, true);
    m_edit->setText(suggestion);
    m_filling = wasFilling;
    Labels::showMessage(m_message, {}, {});
    Q_EMIT suggested();
}

QString ProfileNameSection::problem(const QString &profileId) const
{
    const QString typed = name();
    if (typed.isEmpty())
        return tr("Give the profile a name, for example the organisation and the environment.");
    for (const Profile &other : m_context->profileStore().profiles()) {
        if (other.id != profileId && other.name.compare(typed, Qt::CaseInsensitive) == 0)
            return tr("Another profile has this name already. Choose a different name.");
    }
    return {};
}

void ProfileNameSection::showProblem(const QString &profileId, bool clear)
{
    const bool empty = clear || name().isEmpty();
    Labels::showMessage(m_message, empty ? QString() : problem(profileId), u"error"_s);
}
