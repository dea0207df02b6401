#include "customers/CustomersHeading.h"

#include "altinn/SystemRegisterClient.h"
#include "i18n/Translator.h"
#include "session/VendorSession.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

// Texts that moved here from CustomersView keep its translation context, so their translations stay.

CustomersHeading::CustomersHeading(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_idLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_syncedLabel(new QLabel(this))
{
    setObjectName(u"customersHeading"_s);
    m_titleLabel->setObjectName(u"customersSystemLabel"_s);
    m_titleLabel->setProperty("role", u"sectionHeading"_s);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    m_idLabel->setObjectName(u"customersSystemIdLabel"_s);
    m_idLabel->setProperty("role", u"hint"_s);
    m_idLabel->setTextFormat(Qt::PlainText);
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel->setObjectName(u"customersSummary"_s);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_syncedLabel->setObjectName(u"customersSyncedLabel"_s);
    m_syncedLabel->setProperty("role", u"hint"_s);
    m_syncedLabel->setTextFormat(Qt::PlainText);

    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summaryLabel, 1);
    summaryRow->addWidget(m_syncedLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_idLabel);
    layout->addSpacing(4);
    layout->addLayout(summaryRow);
    showSystem();
    showSynced();
}

void CustomersHeading::setSystem(VendorSession *session, const QString &systemId)
{
    if (session == m_session && systemId == m_systemId)
        return;
    m_session = session;
    if (systemId != m_systemId) {
        m_systemId = systemId;
        if (m_system && m_system->id != systemId)
            m_system.reset();
    }
    lookUp();
    showSystem();
}

void CustomersHeading::setKnownSystem(const std::optional<Altinn::SystemDefinition> &system)
{
    if (!system || system->id.isEmpty())
        return;
    if (system->id == m_systemId) {
        ++m_lookUp; // what is in hand is newer than any answer on its way
        m_system = system;
        showSystem();
    } else if (m_systemId.isEmpty()) {
        m_system = system;
    }
}

void CustomersHeading::lookUp()
{
    const quint64 generation = ++m_lookUp;
    if (!m_session || m_systemId.isEmpty() || (m_system && m_system->id == m_systemId))
        return;
    QPointer<CustomersHeading> self(this);
    const QString systemId = m_systemId;
    m_session->systemRegister()->get(systemId, [self, systemId, generation](const auto &result) {
        // A failure leaves the id as the heading: nothing to say about it here.
        if (!self || generation != self->m_lookUp || !result.ok() || self->m_systemId != systemId)
            return;
        self->m_system = *result.value;
        self->showSystem();
    });
}

QString CustomersHeading::systemName() const
{
    if (!m_system || m_system->id != m_systemId)
        return {};
    // The chosen language's name, else Bokmål's (the primary language), else any.
    const QString language = Translator::languageForLocale(QLocale());
    for (const QString &candidate : {language, u"nb"_s, u"nn"_s, u"en"_s}) {
        const QString name = m_system->name.value(candidate).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return {};
}

void CustomersHeading::showSystem()
{
    const QString name = systemName();
    m_titleLabel->setText(m_systemId.isEmpty()
            ? QString()
            : QCoreApplication::translate("CustomersView", "Customers of %1")
                  .arg(name.isEmpty() ? m_systemId : name));
    m_titleLabel->setVisible(!m_systemId.isEmpty());
    m_idLabel->setText(name.isEmpty() ? QString() : tr("System id: %1").arg(m_systemId));
    m_idLabel->setVisible(!name.isEmpty());
    if (name != m_shownName) {
        m_shownName = name;
        Q_EMIT systemNameChanged();
    }
}

void CustomersHeading::setSummary(const QString &summary)
{
    m_summaryLabel->setText(summary);
}

void CustomersHeading::setSynced(bool hasLedger, const QDateTime &syncedAt)
{
    m_hasLedger = hasLedger;
    m_syncedAt = syncedAt;
    showSynced();
}

void CustomersHeading::showSynced()
{
    if (!m_hasLedger)
        m_syncedLabel->clear();
    else if (m_syncedAt.isValid())
        m_syncedLabel->setText(QCoreApplication::translate("CustomersView", "Last compared with Altinn: %1")
                                   .arg(QLocale().toString(m_syncedAt.toLocalTime(), QLocale::ShortFormat)));
    else
        m_syncedLabel->setText(QCoreApplication::translate("CustomersView", "Not compared with Altinn yet"));
}

void CustomersHeading::changeEvent(QEvent *event)
{
    // The name follows the chosen language; the date its locale.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        showSystem();
        showSynced();
    }
    QWidget::changeEvent(event);
}
