#include "wizard/SandboxPersonChooser.h"

#include "altinn/ApiOperation.h"
#include "altinn/ErrorExplainer.h"
#include "common/Labels.h"
#include "session/VendorSession.h"
#include "wizard/WizardContext.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SandboxPersonChooser::SandboxPersonChooser(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
    , m_message(Labels::fieldMessage(u"personMessage"_s, this))
{
    m_combo->setObjectName(u"approverCombo"_s);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->setBuddy(m_combo);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    row->addWidget(m_combo, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &SandboxPersonChooser::currentPersonChanged);
    // Another session may be another sandbox: what was loaded belongs to the old one.
    connect(m_context, &WizardContext::sessionChanged, this, [this] {
        cancelLoad();
        m_cache.clear();
        fill();
        if (!m_orgNo.isEmpty())
            load();
    });
    retranslateUi();
    fill();
}

SandboxPersonChooser::~SandboxPersonChooser()
{
    cancelLoad();
}

void SandboxPersonChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SandboxPersonChooser::retranslateUi()
{
    m_label->setText(tr("Approve &as:"));
    m_combo->setAccessibleName(tr("Who approves at the customer"));
    m_combo->setAccessibleDescription(
        tr("The sandbox's test persons of the customer organisation. Only an access manager who can give "
           "every right asked for can approve; someone without the role can escalate."));
    fill(); // the entries' texts are translated too
}

void SandboxPersonChooser::setOrganisation(const QString &orgNo)
{
    if (orgNo == m_orgNo && (m_cache.contains(orgNo) || isLoading()))
        return;
    cancelLoad();
    m_orgNo = orgNo;
    fill();
    if (!orgNo.isEmpty() && !m_cache.contains(orgNo))
        load();
}

std::optional<Altinn::SandboxPerson> SandboxPersonChooser::currentPerson() const
{
    const QList<Altinn::SandboxPerson> persons = m_cache.value(m_orgNo);
    const int index = m_combo->currentIndex();
    if (index < 0 || index >= persons.size())
        return std::nullopt;
    return persons.at(index);
}

QString SandboxPersonChooser::currentPersonId() const
{
    const auto person = currentPerson();
    return person ? person->id : QString();
}

void SandboxPersonChooser::cancelLoad()
{
    if (Altinn::ApiOperation *operation = m_loading.data()) {
        m_loading.clear();
        operation->cancel();
    }
}

void SandboxPersonChooser::load()
{
    VendorSession *session = m_context->session();
    if (!session || m_orgNo.isEmpty())
        return;
    Labels::showMessage(m_message, tr("Loading the customer's persons…"), u"hint"_s);
    const QString orgNo = m_orgNo;
    QPointer<SandboxPersonChooser> self(this);
    m_loading = session->sandboxControl()->persons(
        orgNo, {}, [self, orgNo](const Altinn::ApiResult<QList<Altinn::SandboxPerson>> &result) {
            if (!self || result.failure.kind == Altinn::ApiFailure::Kind::Cancelled)
                return;
            self->m_loading.clear();
            if (!result.ok()) {
                if (orgNo == self->m_orgNo) {
                    Labels::showMessage(self->m_message,
                        tr("The persons could not be loaded: %1 Approving now acts as the organisation's "
                           "access "
                           "manager, who can approve everything.")
                            .arg(Altinn::ErrorExplainer::explain(result.failure).summary),
                        u"warning"_s);
                }
                return;
            }
            self->m_cache.insert(orgNo, *result.value);
            if (orgNo == self->m_orgNo)
                self->fill();
        });
}

QString SandboxPersonChooser::labelFor(const Altinn::SandboxPerson &person) const
{
    if (!person.accessManager)
        return tr("%1 – general manager, not an access manager (can only escalate)").arg(person.name);
    if (person.lacks == u"firstRequested")
        return tr("%1 – access manager who lacks the first right asked for").arg(person.name);
    return tr("%1 – access manager who can give every right").arg(person.name);
}

void SandboxPersonChooser::fill()
{
    const QString chosen = currentPersonId();
    const QList<Altinn::SandboxPerson> persons = m_cache.value(m_orgNo);
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (const Altinn::SandboxPerson &person : persons)
            m_combo->addItem(labelFor(person), person.id);
        const int index = m_combo->findData(chosen);
        m_combo->setCurrentIndex(index >= 0 ? index : (persons.isEmpty() ? -1 : 0));
    }
    m_combo->setEnabled(!persons.isEmpty());
    if (!persons.isEmpty() || !isLoading())
        Labels::showMessage(m_message, {}, u"hint"_s);
    if (!persons.isEmpty() || m_orgNo.isEmpty())
        Q_EMIT currentPersonChanged();
}
